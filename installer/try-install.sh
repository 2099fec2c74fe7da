#!/usr/bin/env bash
# Installs a built .deb into a throwaway Debian 12 root (debootstrap minbase) and uses it as a
# township's IT staff would: apt resolves the Depends, then `gongkai --version`, a demo database,
# `gongkai doctor` and an offscreen screenshot as the gongkai user, then purge and check nothing is left.
#
# Usage (as root, with network access to a Debian mirror; about 3 minutes the first time):
#   installer/try-install.sh dist/gongkai-kiosk_0.1.0_amd64.deb [ROOT_DIR]
# ROOT_DIR (default build/try-root) is reused by later runs; delete it to start from scratch.
set -euo pipefail

deb=$(realpath "$1")
root=$(realpath -m "${2:-build/try-root}")
mirror=${MIRROR:-http://deb.debian.org/debian}
[[ $(id -u) -eq 0 ]] || { echo "需要 root（debootstrap 和 chroot）" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "需要 debootstrap：sudo apt-get install debootstrap" >&2; exit 1; }

if [[ ! -x $root/usr/bin/apt-get ]]; then
    echo "== debootstrap --variant=minbase bookworm $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
fi
# No daemons start inside the throwaway root.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp "$deb" "$root/root/gongkai-kiosk.deb"

echo "== apt-get install ./$(basename "$deb")"
chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 \
    --no-install-recommends /root/gongkai-kiosk.deb >/dev/null'

echo "== as installed"
chroot "$root" sh -eu <<'SH'
fail() { echo "FAIL: $*" >&2; exit 1; }
gongkai --version
id gongkai
[ "$(stat -c %U:%G:%a /var/lib/gongkai)" = gongkai:gongkai:750 ] || fail "/var/lib/gongkai owner/mode"
[ "$(stat -c %U:%G:%a /etc/gongkai/kiosk.toml)" = root:gongkai:640 ] || fail "kiosk.toml owner/mode"
[ -n "$(find /opt/gongkai/venv -name '*.pyc' -print -quit)" ] || fail "postinst did not compile bytecode"
cd /tmp
su -s /bin/sh gongkai -c 'gongkai demo --db /var/lib/gongkai/kiosk.db --force' >/dev/null
set +e
su -s /bin/sh gongkai -c 'gongkai doctor' > /tmp/doctor.txt
set -e
cat /tmp/doctor.txt
grep -q '^\[ OK \] 数据库' /tmp/doctor.txt || fail "doctor: database not OK"
grep -q '^\[ OK \] 屏幕字体' /tmp/doctor.txt || fail "doctor: screen font not OK"
grep -q '^\[ OK \] 朗读语音' /tmp/doctor.txt || fail "doctor: voice not OK"
su -s /bin/sh gongkai -c 'QT_QPA_PLATFORM=offscreen gongkai screenshot home --out /var/lib/gongkai/home.png' \
    >/dev/null 2>&1 || fail "offscreen screenshot"
[ -s /var/lib/gongkai/home.png ] || fail "no screenshot"
SH
cp "$root/var/lib/gongkai/home.png" "$(dirname "$root")/try-install-home.png" 2>/dev/null || true

echo "== dpkg --purge"
chroot "$root" sh -eu <<'SH'
dpkg --purge gongkai-kiosk >/dev/null
for path in /opt/gongkai /var/lib/gongkai /etc/gongkai; do
    [ ! -e "$path" ] || { echo "FAIL: $path left after purge" >&2; exit 1; }
done
[ -z "$(dpkg-statoverride --list /etc/gongkai/kiosk.toml)" ] || { echo "FAIL: statoverride left" >&2; exit 1; }
SH
echo "OK: installed, used and purged cleanly in $root"

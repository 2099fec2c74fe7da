#!/usr/bin/env bash
# Shows that the README's two commands hold on a fresh Debian 12 machine.
#
# Debootstraps a minbase bookworm root from this machine's configured Debian mirror, clones the committed tree
# (HEAD) into it, and there runs the README's prerequisite line, `make test` and `timeout 60 make demo`, as root.
# Prints one line per step with its time and result; the full output of every step goes to a log file.
# Needs root and debootstrap. Takes a long time (apt, pip of PySide6, the whole suite); not part of `make test`.
#
#   installer/fresh-check.sh [--keep] [--log FILE]
#
# --keep leaves the root in place (its path is printed) to look around in; by default it is removed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

keep=0
log=
while (($#)); do
    case $1 in
        --keep) keep=1 ;;
        --log) log=$2; shift ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fresh-check: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done

die() { echo "fresh-check: $*" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap, chroot, mounts)"
command -v debootstrap >/dev/null || die "needs debootstrap: apt-get install -y debootstrap"
git -C "$repo" rev-parse --verify -q HEAD >/dev/null || die "$repo is not a git checkout"
[[ -z $(git -C "$repo" status --porcelain --untracked-files=no) ]] ||
    echo "fresh-check: note: uncommitted changes are not checked, only the committed HEAD" >&2

# The Debian mirror this machine is configured with: the first source that serves the bookworm suite,
# from deb822 .sources files or one-line .list files.
debian_mirror() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        awk 'BEGIN { RS = ""; FS = "\n" }
             { uri = ""; ok = 0; on = 1
               for (i = 1; i <= NF; i++) {
                   if ($i ~ /^URIs:/) { split(substr($i, 6), u, " "); uri = u[1] }
                   if ($i ~ /^Suites:/ && (" " substr($i, 8) " ") ~ / bookworm /) ok = 1
                   if ($i ~ /^Enabled: *no/) on = 0
               }
               if (ok && on && uri != "") { print uri; exit } }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] || continue
        awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                           if ($(i + 1) == "bookworm") { print $i; exit } }' "$f"
    done
}
# The security mirror, when the machine has one configured (a fresh Debian 12 install has it).
security_mirror() {
    grep -hoE '(URIs:[[:space:]]*|^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)[a-z]+://[^[:space:]]+' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null |
        grep -oE '[a-z]+://[^[:space:]]+' | grep -m1 -- '-security' || true
}
mirror=$(debian_mirror | head -n1)
[[ -n $mirror ]] || die "no Debian bookworm source found in /etc/apt/sources.list or sources.list.d"
security=$(security_mirror)

root=$(mktemp -d /var/tmp/gongkai-fresh.XXXXXX)
chmod 755 "$root"  # it becomes /: mktemp made it 0700, which locks every other user out of the whole system
log=${log:-$root.log}
: >"$log"
mounts=()
cleanup() {
    local i pid
    # Whatever still runs inside the root (e.g. the demo's Xvfb after timeout ended make) is ended first.
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        [[ $(readlink "/proc/$pid/root" 2>/dev/null) == "$root" ]] && kill -9 "$pid" 2>/dev/null
    done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
    if ((keep)); then
        echo "fresh-check: root kept at $root"
    else
        # Only remove the root when nothing is mounted below it any more.
        if ! grep -q " $root/" /proc/mounts; then rm -rf --one-file-system "$root"; fi
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bindmount() {  # bindmount SRC DEST [ro]
    mkdir -p "$2"
    mount --bind "$1" "$2" || return 1
    mounts+=("$2")
    if [[ ${3:-} == ro ]]; then mount -o remount,bind,ro "$2"; fi
}

failed=0
step() {  # step NAME COMMAND...: runs it, logs its output, prints one line
    local name=$1 start rc
    shift
    start=$(date +%s)
    printf '\n===== %s: %s\n' "$name" "$*" >>"$log"
    set +e
    "$@" >>"$log" 2>&1
    rc=$?
    set -e
    local took=$(($(date +%s) - start))
    local result
    if [[ $name == "timeout 60 make demo" && $rc -eq 124 ]]; then
        # Still running when the minute was up: the kiosk was on screen, unless it logged a crash meanwhile.
        if sed -n "/^===== $name/,\$p" "$log" | grep -qE '^Traceback|Segmentation fault|Aborted'; then
            result="FAILED (the kiosk logged a crash; see $log)"
            failed=1
        else
            result="ok (the kiosk was still up after 60 s)"
        fi
    elif ((rc == 0)); then
        result=ok
    else
        result="FAILED (exit $rc; see $log)"
        failed=1
    fi
    printf '%-28s %5ds  %s\n' "$name" "$took" "$result"
    return $rc
}

# A fresh machine: only what the environment says about reaching the package registries, no venv, no CI.
in_root() {
    local -a keep_env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
                       TERM=dumb LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive)
    local v
    for v in $(compgen -e); do
        [[ $v == PIP_* ]] && keep_env+=("$v=${!v}")
    done
    chroot "$root" /usr/bin/env -i "${keep_env[@]}" /bin/bash -c "$1"
}

prepare_root() {
    # The root is a mount point, as / is on a real machine (unshare --propagation needs that); first, so that
    # every later mount lands on top of it.
    bindmount "$root" "$root" || return 1
    # Name resolution, the certificate authorities this machine trusts (the registries are reached through them),
    # and its apt sources for bookworm, bookworm-updates and (when configured) bookworm-security.
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    if [[ -d /usr/local/share/ca-certificates ]]; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    fi
    mkdir -p "$root/etc/ssl/certs"
    [[ -f /etc/ssl/certs/ca-certificates.crt ]] && cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
    {
        echo "deb $mirror bookworm main"
        echo "deb $mirror bookworm-updates main"
        [[ -n $security ]] && echo "deb $security bookworm-security main"
    } >"$root/etc/apt/sources.list"
    rm -f "$root"/etc/apt/sources.list.d/*
    # A chroot has no init: packages must not try to start their services (the tests start their own cupsd).
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    # pip's configuration on this machine, so that pip reaches the registry the same way here,
    # and the local wheel directories it names (read-only).
    local f d
    for f in /etc/pip.conf /etc/xdg/pip /root/.config/pip; do
        [[ -e $f ]] || continue
        mkdir -p "$root$(dirname "$f")"
        cp -a "$f" "$root$f"
    done
    for d in $( (cat /etc/pip.conf /etc/xdg/pip/*.conf /root/.config/pip/*.conf 2>/dev/null
                 printenv | grep '^PIP_' | cut -d= -f2-) |
               grep -oE '(file://)?/[^[:space:]]+' | sed 's|^file://||' | sort -u); do
        # The directory a link or constraint file lives in, when it is a directory on this machine.
        [[ -d $d ]] || d=$(dirname "$d")
        # A local package index links to files beside its simple/ directory: mount the index's root.
        [[ $(basename "$d") == simple ]] && d=$(dirname "$d")
        [[ -d $d && ! -e $root$d ]] || continue
        case $d in /etc|/etc/*|/root|/root/*|/) continue ;; esac
        bindmount "$d" "$root$d" ro || return 1
    done
    bindmount /proc "$root/proc" || return 1
    bindmount /sys "$root/sys" || return 1
    bindmount /dev "$root/dev" || return 1
    bindmount /dev/pts "$root/dev/pts" || return 1
    mkdir -p "$root/dev/shm"
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" && mounts+=("$root/dev/shm")
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp" && mounts+=("$root/tmp")
    mkdir -p "$root/run"
    mount -t tmpfs -o mode=755 tmpfs "$root/run" && mounts+=("$root/run")
    # The committed tree, where the README's clone step can reach it.
    git clone -q --bare "$repo" "$root/srv/gongkai-kiosk.git"
}

# The README's prerequisite line: the first command in its "Two commands" block, before the clone step.
# Read whole first: awk leaves at the line it wants, and under pipefail the writer's SIGPIPE would end the script.
readme=$(git -C "$repo" show HEAD:README.md)
prereq=$(awk '/^## Two commands/ { on = 1 } on && /^```sh/ { code = 1; next } code && /^```/ { exit }
              code && /apt-get/ { sub(/[[:space:]]+#.*/, ""); print; exit }' <<<"$readme")
[[ -n $prereq ]] || die "README.md has no prerequisite line (apt-get ...) in its \"Two commands\" block"
# Its clone step, with the committed tree standing in for <repository-url>.
clone=$(awk '/^## Two commands/ { on = 1 } on && /^```sh/ { code = 1; next }
              code && /^```/ { exit } code && /git clone/ { sub(/[[:space:]]+#.*/, ""); print; exit }' <<<"$readme")
[[ $clone == *"<repository-url>"* ]] || die "README.md has no clone step (git clone <repository-url> ...)"
clone=${clone//<repository-url>//srv/gongkai-kiosk.git}

echo "fresh-check: $(git -C "$repo" log -1 --format='%h %s' | cut -c1-80)"
echo "fresh-check: mirror $mirror; root $root; log $log"
step "debootstrap minbase" debootstrap --variant=minbase bookworm "$root" "$mirror" || exit 1
step "prepare the root" prepare_root || exit 1
step "README prerequisites" in_root "$prereq" || exit 1
step "README clone step" in_root "cd /root && $clone && git log -1 --oneline" || exit 1
checkout=/root/$(basename "${clone##* }")
step "make test" in_root "cd $checkout && make test" || true
step "timeout 60 make demo" in_root "cd $checkout && timeout 60 make demo" || true
grep -E '^=+ .*(passed|failed|error).* in [0-9.]+s' "$log" | tail -n1 | sed 's/^/fresh-check: make test: /' || true
exit $failed

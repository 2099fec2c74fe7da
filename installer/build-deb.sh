#!/usr/bin/env bash
# Builds dist/gongkai-kiosk_VERSION_amd64.deb: the kiosk in a private virtual environment under
# /opt/gongkai, its systemd units, its configuration file and maintainer scripts.
#
# Why a private venv rather than Debian's python3-* packages: PySide6 (with the virtual keyboard),
# opencc and the rest are not all in Debian 12 at the versions the kiosk needs, and a kiosk
# installs offline. So every wheel is fetched here, at build time, and shipped inside the package.
# The venv is made by the target's own interpreter (/usr/bin/python3.11 on Debian 12) so its
# symlinks, pyvenv.cfg and extension-module tags match the machine it will run on; it is built in
# a staging tree and every absolute path that points into the staging tree is rewritten to
# /opt/gongkai before packing.
#
# Environment:
#   OUT_DIR      where the .deb goes (default: dist)
#   WORK_DIR     staging area (default: build/deb)
#   DEB_COMPRESS dpkg-deb compressor options (default: -Zgzip -z1). Measured on the ~500 MB tree, 2 cores:
#                gzip -1 8.5 s / 181 MB; gzip -6 20 s / 163 MB; xz -0 25 s / 138 MB; zstd -3 5.5 s / 153 MB,
#                but lintian rejects zstd members (malformed-deb-archive), so gzip -1 it is.
#   KEEP_STAGE   1 keeps the staging tree (build/deb/root) after packing
#   PIP_*        passed through to pip; e.g. PIP_NO_INDEX=1 PIP_FIND_LINKS=/srv/wheels builds offline
set -euo pipefail
cd "$(dirname "$0")/.."
# The build installs and checks its own tree: nothing of the caller's Python path may leak into it.
unset PYTHONPATH PYTHONHOME
root_dir=$PWD

target_python=/usr/bin/python3.11
[[ -x $target_python ]] || { echo "需要 $target_python（Debian 12 的 python3.11）来创建虚拟环境" >&2; exit 1; }
# pip runs from the dev venv when there is one (it has a recent pip); it installs into the staging venv.
build_python=${BUILD_PYTHON:-$root_dir/.venv/bin/python}
[[ -x $build_python ]] || build_python=$target_python

version=$("$target_python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
package=gongkai-kiosk
arch=amd64
out_dir=${OUT_DIR:-dist}
work_dir=${WORK_DIR:-build/deb}
stage=$work_dir/root
opt=/opt/gongkai
venv=$stage$opt/venv
deb=$out_dir/${package}_${version}_${arch}.deb
started=$(date +%s)

step() { printf '[%3ss] %s\n' $(($(date +%s) - started)) "$*"; }

rm -rf "$work_dir"
mkdir -p "$stage" "$out_dir" "$work_dir/wheels"

step "虚拟环境：$target_python -m venv $opt/venv"
"$target_python" -m venv --without-pip "$venv"
rm -f "$venv"/bin/activate* "$venv"/bin/Activate.ps1

step "构建本项目的 wheel"
# From a copy of the sources, so setuptools' build/ and egg-info never land in the working tree.
mkdir -p "$work_dir/src"
tar -C "$root_dir" --exclude=./.venv --exclude=./.git --exclude=./build --exclude=./dist --exclude=./demo \
    --exclude='*.egg-info' --exclude=__pycache__ --exclude=./.pytest_cache --exclude=./.ruff_cache -cf - . \
    | tar -C "$work_dir/src" -xf -
"$build_python" -m pip wheel -qq --no-deps -w "$work_dir/wheels" "$work_dir/src" 2>"$work_dir/wheel.log" \
    || { cat "$work_dir/wheel.log" >&2; exit 1; }
wheel=$(ls "$work_dir"/wheels/gongkai_kiosk-"$version"-*.whl)

# The same versions the test suite ran against, when a dev venv is there to say which.
constraints=()
if [[ -x $root_dir/.venv/bin/python ]]; then
    "$root_dir/.venv/bin/python" -m pip freeze --exclude-editable 2>/dev/null \
        | grep -v -e '^-e ' -e ' @ ' > "$work_dir/constraints.txt" || true
    constraints=(-c "$work_dir/constraints.txt")
fi

step "安装依赖到虚拟环境（pip --python）"
# Wheels only, so nothing is compiled for the kiosk here; jieba (pure Python) is published as source alone.
"$build_python" -m pip --python "$venv/bin/python" install -qq --no-compile --no-warn-script-location \
    --only-binary=:all: --no-binary=jieba "${constraints[@]}" "$wheel"

step "只留一体机用到的 Qt（installer/qt-keep.txt）"
# PySide6's wheels carry all of Qt; the kiosk maps about seventy of its files (installer/prune_qt.py).
"$target_python" installer/prune_qt.py "$venv/lib/python3.11/site-packages" installer/qt-keep.txt

# babel's CLDR data for every language of the world: the kiosk needs Chinese and its interface languages.
"$target_python" installer/prune_babel.py "$venv/lib/python3.11/site-packages"
# The county service is installed on the county's server as the [county] extra; its code is no use on a
# kiosk, which has none of its packages.
rm -rf "$venv/lib/python3.11/site-packages/county"

step "检查：在裁剪后的环境里走一遍一体机的每一页，Qt 不缺任何东西"
# The same walk that measured the keep-list, now on the pruned tree: a QML module, plugin or library the
# kiosk loads but the build removed fails the build here, not on a township's kiosk.
PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" -m gongkai demo --db "$work_dir/walk.db" >/dev/null
PYTHONDONTWRITEBYTECODE=1 QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work_dir/walk-config" \
    "$venv/bin/python" installer/qt_walk.py "$work_dir/walk.db" 2>"$work_dir/qt-walk.log" \
    || { tail -n 30 "$work_dir/qt-walk.log" >&2; echo "裁剪后的 Qt 缺少一体机用到的文件（见上）：更新 installer/qt-keep.txt" >&2; exit 1; }
tail -n 1 "$work_dir/qt-walk.log"
rm -f "$work_dir/walk.db"

step "改写暂存目录里的绝对路径"
stage_abs=$(cd "$stage" && pwd)
# Console-script shebangs and pyvenv.cfg's "command" line name the staging path.
grep -rlI --null -F "$stage_abs" "$venv/bin" "$venv/pyvenv.cfg" | xargs -0 -r sed -i "s#$stage_abs##g"
# pip's record of where the project wheel came from names the build machine; it means nothing on a kiosk.
rm -f "$venv"/lib/python3.11/site-packages/gongkai_kiosk-*.dist-info/direct_url.json
find "$venv" -name __pycache__ -type d -prune -exec rm -rf {} +

step "整理二进制文件：去掉调试符号，共享库不设可执行位"
# What dh_strip would do; the wheels leave symbols in some extension modules (Pillow, cffi, opencc).
"$target_python" - "$venv" > "$work_dir/elf-files.txt" <<'PY'
import os, sys
for top, _dirs, files in os.walk(sys.argv[1]):
    for name in files:
        path = os.path.join(top, name)
        if not os.path.islink(path):
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    print(path)
PY
tr '\n' '\0' < "$work_dir/elf-files.txt" \
    | xargs -0 -r -n 64 -P 2 strip --strip-unneeded --remove-section=.comment --remove-section=.note
grep -E '\.so(\.[0-9.]+)?$' "$work_dir/elf-files.txt" | tr '\n' '\0' | xargs -0 -r chmod 0644
if leftover=$(grep -rlI -F "$stage_abs" "$venv" | head -5) && [[ -n $leftover ]]; then
    echo "暂存路径仍出现在：$leftover" >&2
    exit 1
fi

step "系统文件：命令、配置、systemd 单元、文档"
# When this build was made: `gongkai doctor` calls a clock earlier than this wrong.
printf '{"version": "%s", "built_at": "%s"}\n' "$version" "$(date --iso-8601=seconds)" > "$stage$opt/build-info.json"
install -D -m 0755 installer/files/gongkai "$stage/usr/bin/gongkai"
install -D -m 0640 installer/files/kiosk.toml "$stage/etc/gongkai/kiosk.toml"
for unit in gongkai-kiosk.service gongkai-sync.service gongkai-sync.timer; do
    install -D -m 0644 "installer/systemd/$unit" "$stage/lib/systemd/system/$unit"
done
doc=$stage/usr/share/doc/$package
install -D -m 0644 installer/debian/copyright "$doc/copyright"
gzip -9n < installer/debian/changelog > "$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"
install -D -m 0644 installer/debian/lintian-overrides "$stage/usr/share/lintian/overrides/$package"

step "控制文件"
mkdir -p "$stage/DEBIAN"
depends=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' \
    installer/debian/depends.txt | paste -sd, - | sed 's/,/, /g')
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@INSTALLED_SIZE@/$installed_kb/" installer/debian/control.in > "$stage/DEBIAN/control"
for script in postinst prerm postrm; do
    install -m 0755 "installer/debian/$script" "$stage/DEBIAN/$script"
done
install -m 0644 installer/debian/conffiles "$stage/DEBIAN/conffiles"

step "打包 $deb"
# Directories 0755 whatever the umask was; then root:root ownership without needing fakeroot.
find "$stage" -type d -exec chmod 0755 {} +
# shellcheck disable=SC2086  # DEB_COMPRESS is a list of options
dpkg-deb --root-owner-group ${DEB_COMPRESS:--Zgzip -z1} --build "$stage" "$deb" >/dev/null

step "检查：安装包里没有县级服务的依赖"
# The county service's packages are the [county] extra (pyproject.toml); a kiosk never runs them. A
# dependency of the kiosk that starts pulling one of them in fails the build here, not on a kiosk.
county_packages='starlette|sqlalchemy|psycopg|psycopg_binary|uvicorn|jinja2|multipart|python_multipart|alembic'
dpkg-deb -c "$deb" > "$work_dir/contents.txt"
if grep -E -i "site-packages/($county_packages)[-./]" "$work_dir/contents.txt" > "$work_dir/county-files.txt"; then
    echo "安装包里有县级服务的依赖（应只在 [county] 中）：" >&2
    head -5 "$work_dir/county-files.txt" >&2
    rm -f "$deb"
    exit 1
fi

# The staging tree is as big as the installed package; KEEP_STAGE=1 keeps it for a look inside.
[[ ${KEEP_STAGE:-} == 1 ]] || rm -rf "$stage" "$work_dir/src"

size_mb=$(du -m "$deb" | cut -f1)
step "完成：$deb（${size_mb} MB，安装后约 $((installed_kb / 1024)) MB）"

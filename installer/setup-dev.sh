#!/usr/bin/env bash
# Installs what `make demo` and `make test` need on a Debian 12 machine:
# the Debian packages listed in installer/debian-packages.txt, and a .venv holding the project.
# A second run only checks, and changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' installer/debian-packages.txt)

missing=()
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then sudo=(); else sudo=(sudo); fi
    echo "Installing Debian packages: ${missing[*]}"
    # A lock held by a concurrent apt run is waited for, not failed on.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}"
fi

python=${PYTHON:-python3}
stamp=.venv/.installed
if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
# Reinstall only when the project's metadata changed since the last install.
if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    touch "$stamp"
fi

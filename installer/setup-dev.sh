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
    # pip says nothing when it cannot reach the index for `--upgrade pip` (the installed one "satisfies" it),
    # and the project's install would then fail with an unrelated message: ask the index first.
    if ! probe=$(.venv/bin/python -m pip index versions pip --retries 2 --timeout 30 2>&1); then
        index=$(.venv/bin/python -m pip config get global.index-url 2>/dev/null || true)
        index=${PIP_INDEX_URL:-${index:-https://pypi.org/simple}}
        echo "setup-dev: pip cannot reach the package index ($index)." >&2
        echo "setup-dev: check the network, a proxy, or pip's configuration (.venv/bin/pip config list)," >&2
        echo "setup-dev: then run 'make setup' again. pip said:" >&2
        grep -E 'ERROR|WARNING' <<<"$probe" | tail -n 3 | sed 's/^/    /' >&2
        exit 1
    fi
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[county,test]'
    touch "$stamp"
fi

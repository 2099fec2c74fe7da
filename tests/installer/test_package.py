"""The .deb as dpkg and a township's IT staff meet it: metadata, files, scripts, and the program inside."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.installer.conftest import ROOT, version

VENV = "/opt/gongkai/venv"


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True, timeout=300).stdout


def control_fields(deb: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for name in ("Package", "Version", "Architecture", "Depends", "Installed-Size", "Maintainer", "Description"):
        fields[name] = dpkg_deb("-f", str(deb), name).strip()
    return fields


def depends_names(depends: str) -> set[str]:
    return {re.split(r"[\s(]", alt.strip())[0] for part in depends.split(",") for alt in part.split("|")}


def test_package_is_named_for_its_version_and_declares_what_it_needs(package):
    assert package.deb.name == f"gongkai-kiosk_{version()}_amd64.deb"
    fields = control_fields(package.deb)
    assert fields["Package"] == "gongkai-kiosk"
    assert fields["Version"] == version()
    assert fields["Architecture"] == "amd64"
    names = depends_names(fields["Depends"])
    expected = {"python3", "python3.11", "fonts-noto-cjk", "fonts-wqy-microhei", "espeak-ng", "libpulse0",
                "cups-client", "cage", "xwayland", "fontconfig", "adduser", "libc6"}
    assert expected <= names, expected - names
    assert "python3 (>= 3.11)" in fields["Depends"]
    # A USB printer behind CUPS needs the local scheduler; an ESC/POS printer does not.
    assert dpkg_deb("-f", str(package.deb), "Recommends").strip() == "cups"
    # Installed size is in KiB and counts the whole venv (Qt alone is ~400 MB).
    assert int(fields["Installed-Size"]) > 300_000


def qt_section_of_dev_packages() -> set[str]:
    """The Qt libraries installer/debian-packages.txt lists for the dev machine: the kiosk needs them too."""
    lines = (ROOT / "installer" / "debian-packages.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# Qt"))
    section = []
    for line in lines[start + 1:]:
        if line.startswith("#") or not line.strip():
            break
        section.append(line.split("#")[0].strip())
    return set(section)


def test_every_qt_system_library_is_a_dependency(package):
    names = depends_names(control_fields(package.deb)["Depends"])
    missing = qt_section_of_dev_packages() - names
    assert not missing, f"Qt libraries missing from Depends: {sorted(missing)}"


@pytest.fixture(scope="module")
def listing(package) -> dict[str, str]:
    """path -> the `ls -l`-style mode column, from dpkg-deb -c."""
    entries = {}
    for line in dpkg_deb("-c", str(package.deb)).splitlines():
        parts = line.split(None, 5)
        path = parts[5].split(" -> ")[0].lstrip(".")
        entries[path.rstrip("/") or "/"] = parts[0] + " " + parts[1]
    return entries


def test_files_are_where_the_kiosk_and_its_admins_expect_them(listing):
    for path in (f"{VENV}/bin/gongkai", f"{VENV}/bin/python3.11", f"{VENV}/pyvenv.cfg",
                 f"{VENV}/lib/python3.11/site-packages/kiosk/__init__.py",
                 f"{VENV}/lib/python3.11/site-packages/PySide6/QtQuick.abi3.so",
                 "/opt/gongkai/build-info.json", "/usr/bin/gongkai", "/etc/gongkai/kiosk.toml",
                 "/lib/systemd/system/gongkai-kiosk.service", "/lib/systemd/system/gongkai-sync.service",
                 "/lib/systemd/system/gongkai-sync.timer",
                 "/usr/share/doc/gongkai-kiosk/copyright", "/usr/share/doc/gongkai-kiosk/changelog.gz"):
        assert path in listing, f"{path} is not in the package"
    # Everything belongs to root; the config (it holds the upload token) is not world-readable.
    assert all(owner == "root/root" for owner in (v.split()[1] for v in listing.values()))
    assert listing["/etc/gongkai/kiosk.toml"].startswith("-rw-r-----")
    assert listing["/usr/bin/gongkai"].startswith("-rwxr-xr-x")
    # Bytecode is compiled on the kiosk by postinst, never shipped (lintian: package-installs-python-bytecode).
    assert not [p for p in listing if "__pycache__" in p or p.endswith(".pyc")]


# The county service's packages (the [county] extra): a kiosk never runs them, so its .deb carries none.
COUNTY_ONLY = ("starlette", "sqlalchemy", "psycopg", "psycopg_binary", "uvicorn", "jinja2", "multipart",
               "python_multipart", "alembic")


def test_package_carries_none_of_the_county_services_packages(listing):
    site = f"{VENV}/lib/python3.11/site-packages/"
    top = {p[len(site):].split("/")[0] for p in listing if p.startswith(site) and len(p) > len(site)}
    names = {t.split("-")[0].lower() for t in top}   # starlette, starlette-1.10.0.dist-info -> starlette
    assert "kiosk" in names and "pyside6" in names, sorted(names)   # the listing is the kiosk's venv
    assert not names & set(COUNTY_ONLY), sorted(names & set(COUNTY_ONLY))


def test_config_is_a_conffile_and_maintainer_scripts_are_posix_sh(package, tmp_path):
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", str(package.deb), str(control)], check=True, timeout=60)
    assert (control / "conffiles").read_text().split() == ["/etc/gongkai/kiosk.toml"]
    for script in ("postinst", "prerm", "postrm"):
        path = control / script
        assert path.stat().st_mode & 0o111, f"{script} is not executable"
        assert path.read_text().startswith("#!/bin/sh\n")
        subprocess.run(["sh", "-n", str(path)], check=True)
        if shutil.which("checkbashisms"):
            subprocess.run(["checkbashisms", str(path)], check=True)
    postinst = (control / "postinst").read_text()
    assert "adduser --system" in postinst and "/var/lib/gongkai" in postinst
    assert "compileall" in postinst
    postrm = (control / "postrm").read_text()
    assert re.search(r'"\$1" = "purge".*rm -rf /var/lib/gongkai', postrm, re.S)


def test_venv_is_made_for_the_kiosks_own_python_and_names_no_build_paths(unpacked):
    venv = unpacked / VENV.lstrip("/")
    cfg = (venv / "pyvenv.cfg").read_text()
    assert "home = /usr/bin" in cfg and f"{VENV}" in cfg
    assert (venv / "bin" / "python3.11").readlink() == Path("/usr/bin/python3.11")
    assert (venv / "bin" / "gongkai").read_text().splitlines()[0] == f"#!{VENV}/bin/python"
    leaked = subprocess.run(["grep", "-rlI", "-F", str(ROOT), str(venv / "bin"), str(venv / "pyvenv.cfg")],
                            capture_output=True, text=True)
    assert leaked.stdout == "", f"build paths left in: {leaked.stdout}"
    info = json.loads((unpacked / "opt/gongkai/build-info.json").read_text())
    assert info["version"] == version()


def in_installed_layout(unpacked: Path, command: str) -> subprocess.CompletedProcess:
    """Run `command` with the package's /opt mounted at /opt in a private mount namespace,
    so the absolute shebangs and the /usr/bin/gongkai wrapper are exercised as installed."""
    script = f"mount --bind {unpacked}/opt /opt && {command}"
    return subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                          capture_output=True, text=True, timeout=180, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})


@pytest.fixture(scope="module")
def can_unshare(unpacked) -> bool:
    if shutil.which("unshare") is None:
        return False
    return in_installed_layout(unpacked, "true").returncode == 0


def test_packaged_gongkai_runs_and_reports_its_version(unpacked, can_unshare):
    if can_unshare:
        result = in_installed_layout(unpacked, f"sh {unpacked}/usr/bin/gongkai --version")
    else:  # no mount namespaces here: run the venv's interpreter from the unpacked tree
        result = subprocess.run([str(unpacked / VENV.lstrip("/") / "bin/python"), "-m", "gongkai", "--version"],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"gongkai {version()}"


def test_packaged_doctor_checks_the_machine_without_qt(unpacked, can_unshare, demo_db_path, tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('printer = "escpos:/dev/usb/lp9"\n', encoding="utf-8")
    args = f"doctor --json --db {demo_db_path} --config {config}"
    if can_unshare:
        result = in_installed_layout(unpacked, f"sh {unpacked}/usr/bin/gongkai {args}")
    else:
        result = subprocess.run([str(unpacked / VENV.lstrip("/") / "bin/python"), "-m", "gongkai", *args.split()],
                                capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    by_check = {c["check"]: c for c in report["checks"]}
    # This machine has the fonts, the voice and a sound demo database; the printer does not exist.
    assert by_check["fonts.screen"]["level"] == "ok"
    assert by_check["fonts.receipt"]["level"] == "ok"
    assert by_check["voice"]["level"] == "ok"
    assert by_check["database"]["level"] == "ok"
    assert by_check["printer"]["level"] == "error" and "/dev/usb/lp9" in by_check["printer"]["message"]
    assert result.returncode == 1


def test_packaged_qt_loads_with_the_kiosks_system_libraries(unpacked, can_unshare):
    """The stripped Qt libraries still load: import the modules the UI uses, offscreen."""
    if not can_unshare:
        pytest.skip("needs mount namespaces to run the venv at /opt/gongkai")
    code = ("import PySide6.QtQuick, PySide6.QtQml, PySide6.QtGui as g; "
            "app = g.QGuiApplication([]); print(PySide6.QtQuick.QQuickWindow.__name__)")
    result = in_installed_layout(unpacked, f"QT_QPA_PLATFORM=offscreen {VENV}/bin/python -c '{code}'")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "QQuickWindow"


@pytest.mark.skipif(os.environ.get("GONGKAI_TRY_INSTALL") != "1",
                    reason="opt-in (GONGKAI_TRY_INSTALL=1): debootstraps a Debian root and installs ~300 MB from a mirror")
def test_installs_uses_and_purges_in_a_throwaway_debian_root(package, tmp_path_factory):
    root = os.environ.get("GONGKAI_TRY_ROOT") or str(tmp_path_factory.mktemp("try") / "root")
    result = subprocess.run(["bash", str(ROOT / "installer/try-install.sh"), str(package.deb), root],
                            capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "[ OK ] 数据库" in result.stdout
    assert "purged cleanly" in result.stdout


@pytest.mark.timeout(1500)  # it works beside the whole suite: on a loaded machine it takes its time
def test_lintian_reports_no_errors(package):
    """Run last in the session (see conftest): lintian has been working in the background since the build."""
    if package.lintian is None:
        pytest.skip("lintian is not installed (installer/debian-packages.txt)")
    output, _ = package.lintian.communicate(timeout=1400)
    errors = [line for line in output.splitlines() if line.startswith("E:")]
    assert not errors, "\n".join(errors)
    assert package.lintian.returncode == 0, output[-2000:]

"""Prune a venv's PySide6 to what the kiosk loads: installer/qt-keep.txt plus the libraries those files need.

    python3 installer/prune_qt.py SITE_PACKAGES installer/qt-keep.txt

PySide6's wheels carry all of Qt (WebEngine, 3D, Charts, PDF, Designer, every QML module and plugin, the
developer tools, 60 MB of translations): most of /opt/gongkai. The kiosk maps about seventy of those files.
This removes, under SITE_PACKAGES/PySide6 only:
- Qt/lib, Qt/plugins, Qt/translations: every file that is neither listed nor needed (DT_NEEDED, followed
  through symlinks) by a listed or kept file;
- Qt/qml: every shared object not kept (the small qmldir, .qmltypes and .qml files stay, so an import's
  error names the module rather than a missing qmldir);
- the Python bindings (PySide6/Qt*.abi3.so) not listed, every .pyi stub, the developer tools and their
  scripts, C++ headers, typesystems, metatypes, libexec and WebEngine's resources.
shiboken6 and libpyside6 are never touched. Prints one JSON line: bytes before and after, files removed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

PRUNED_DIRS = ("Qt/resources", "Qt/metatypes", "Qt/libexec", "include", "typesystems", "glue", "doc", "scripts")


def read_keep(keep_file: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in keep_file.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def tree_bytes(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    """DT_NEEDED names of an ELF file (readelf, from binutils, which the build's strip comes with)."""
    out = subprocess.run(["readelf", "-dW", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line]


def closure(site: Path, kept: set[Path]) -> set[Path]:
    """The kept files, their symlink targets, and every Qt/lib library they need, transitively."""
    qt_lib = site / "PySide6" / "Qt" / "lib"
    todo, done = list(kept), set()
    while todo:
        path = todo.pop()
        if path in done:
            continue
        done.add(path)
        if path.is_symlink():
            todo.append(path.resolve())
        if path.is_file() and is_elf(path):
            for name in needed(path):
                candidate = qt_lib / name
                if candidate.exists() and candidate not in done:
                    todo.append(candidate)
    return done


def removable(site: Path, keep: set[Path]) -> list[Path]:
    pyside = site / "PySide6"
    out: list[Path] = []
    for sub in ("Qt/lib", "Qt/plugins", "Qt/translations"):
        out += [p for p in (pyside / sub).rglob("*") if (p.is_file() or p.is_symlink()) and p not in keep]
    out += [p for p in (pyside / "Qt/qml").rglob("*.so*") if p not in keep]
    for p in pyside.iterdir():
        if p.name.startswith("Qt") and p.name.endswith(".abi3.so") and p not in keep:
            out.append(p)
        elif p.suffix == ".pyi":
            out.append(p)
        elif p.is_file() and not p.suffix and is_elf(p):  # designer, linguist, qmlls, lupdate ...
            out.append(p)
    return out


def prune(site: Path, keep_file: Path) -> dict:
    pyside = site / "PySide6"
    before = tree_bytes(pyside)
    listed: set[Path] = set()
    unmatched = []
    for pattern in read_keep(keep_file):
        matches = list(site.glob(pattern))
        if not matches:
            unmatched.append(pattern)
        listed |= set(matches)
    keep = closure(site, listed)
    doomed = removable(site, keep)
    for path in doomed:
        path.unlink()
    for sub in PRUNED_DIRS:
        shutil.rmtree(pyside / sub, ignore_errors=True)
    # Folders left empty (a plugin family, a QML module's plugin folder) go too.
    for top, dirs, files in sorted(os.walk(pyside), key=lambda t: -len(t[0])):
        if not dirs and not files and Path(top) != pyside:
            Path(top).rmdir()
    venv_bin = site.parents[2] / "bin"
    for tool in venv_bin.glob("pyside6-*"):
        tool.unlink()
    return {"pyside6_bytes_before": before, "pyside6_bytes_after": tree_bytes(pyside),
            "files_removed": len(doomed), "files_kept": len(keep), "keep_lines_matching_nothing": unmatched}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    site, keep_file = Path(argv[0]), Path(argv[1])
    if not (site / "PySide6").is_dir():
        print(f"prune_qt: no PySide6 under {site}", file=sys.stderr)
        return 2
    report = prune(site, keep_file)
    print(json.dumps(report))
    # A listed file that is not there means the keep-list no longer matches this PySide6: regenerate it.
    return 1 if report["keep_lines_matching_nothing"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

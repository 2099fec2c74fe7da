"""The two Debian package lists agree: what the kiosk needs at run time, a developer's machine and CI have too.

installer/debian/depends.txt is the .deb's Depends; installer/debian-packages.txt is what `make setup` installs.
A run-time dependency missing from the dev list means tests that pass nowhere but on a machine that happens to
have it (fontconfig for `gongkai doctor`, xwayland for cage). Only a line marked `# kiosk-only` may be missing.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEPENDS = ROOT / "installer" / "debian" / "depends.txt"
DEV_LIST = ROOT / "installer" / "debian-packages.txt"


def depends_entries(text: str) -> list[tuple[set[str], bool]]:
    """(names, kiosk_only) per Depends line; alternatives (a | b) give several names, versions are dropped."""
    entries = []
    for line in text.splitlines():
        body, _, comment = line.partition("#")
        if not body.strip():
            continue
        names = {re.split(r"[\s(:]", alt.strip())[0] for alt in body.split("|")}
        entries.append((names, comment.strip() == "kiosk-only"))
    return entries


def dev_packages(text: str) -> set[str]:
    return {name for line in text.splitlines() for name in line.partition("#")[0].split()}


def missing_from_dev_list(depends: str, dev_list: str) -> list[str]:
    dev = dev_packages(dev_list)
    return [" | ".join(sorted(names)) for names, kiosk_only in depends_entries(depends)
            if not kiosk_only and not names & dev]


def test_every_run_time_dependency_is_in_the_dev_list_unless_kiosk_only():
    missing = missing_from_dev_list(DEPENDS.read_text(), DEV_LIST.read_text())
    assert not missing, (f"in {DEPENDS.name} but not in {DEV_LIST.name} (add them there, or mark the line "
                         f"`# kiosk-only`): {missing}")


def test_the_check_names_what_is_missing_and_honours_the_marker():
    depends = "python3 (>= 3.11)\nfontconfig\nadduser  # kiosk-only\nlibgl1 | libgl1-mesa-glx\n# a comment\n"
    assert missing_from_dev_list(depends, "python3\nlibgl1-mesa-glx  # the old name\n") == ["fontconfig"]
    assert missing_from_dev_list(depends, "python3\nfontconfig\nlibgl1\n") == []


def test_the_kiosk_only_marker_is_used_sparingly():
    """Marked lines are what a developer's machine really never needs: the maintainer scripts' tools."""
    marked = {name for names, kiosk_only in depends_entries(DEPENDS.read_text()) if kiosk_only for name in names}
    assert marked <= {"adduser"}, marked


def test_what_the_kiosk_session_needs_is_on_both_lists():
    dev = dev_packages(DEV_LIST.read_text())
    runtime = {name for names, _ in depends_entries(DEPENDS.read_text()) for name in names}
    # cage 0.1.4 exits at once without Xwayland; fc-match answers `gongkai doctor`'s font check.
    assert {"cage", "xwayland", "fontconfig"} <= runtime & dev
    # The tests' own tools: the unit checks, the session screenshot, the maintainer scripts' lint.
    assert {"systemd", "grim", "devscripts"} <= dev

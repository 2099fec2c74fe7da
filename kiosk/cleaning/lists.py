"""The cleaning word lists: data files in resources/cleaning, plus local additions.

A kiosk may append entries in $XDG_CONFIG_HOME/gongkai/cleaning/<file>, so a county can allow
a new government app name or block a new casino brand without a software update.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.paths import config_dir, resources_dir

FILES = ("spam_blocklist", "spam_suffixes", "allowlist", "allowed_domains", "footer_labels", "page_crumbs")


@dataclass(frozen=True)
class CleaningLists:
    blocklist: tuple[str, ...]
    suffixes: tuple[str, ...]
    allowlist: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    footer_labels: tuple[str, ...]
    page_crumbs: tuple[str, ...]


def read_list(path: Path) -> list[str]:
    """Entries of one list file: one per line, '#' comments and blank lines skipped."""
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            entries.append(entry)
    return entries


def load_lists(*dirs: Path) -> CleaningLists:
    """Merge the list files found in `dirs`, in order, without duplicates."""
    merged: dict[str, list[str]] = {name: [] for name in FILES}
    for directory in dirs:
        for name in FILES:
            for entry in read_list(directory / f"{name}.txt"):
                if entry not in merged[name]:
                    merged[name].append(entry)
    return CleaningLists(
        blocklist=tuple(merged["spam_blocklist"]),
        suffixes=tuple(merged["spam_suffixes"]),
        allowlist=tuple(merged["allowlist"]),
        allowed_domains=tuple(d.lower().lstrip(".") for d in merged["allowed_domains"]),
        footer_labels=tuple(merged["footer_labels"]),
        page_crumbs=tuple(merged["page_crumbs"]),
    )


@lru_cache(maxsize=1)
def default_lists() -> CleaningLists:
    """The shipped lists plus this machine's additions (read once per process)."""
    return load_lists(resources_dir() / "cleaning", config_dir() / "cleaning")

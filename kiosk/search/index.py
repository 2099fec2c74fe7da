"""Building the ranked index: each row's title, body and title-pinyin terms, best (newest) first.

    reindex(db)                          # after content changed (sync, demo), inside its transaction
    reindex_kind(db, "notice", [12, 13]) # or just the rows that changed
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlite_utils

from kiosk.search.pinyin import py_terms
from kiosk.search.text import expand_runs, literal_runs
from kiosk.store import search_repo

KINDS = search_repo.KINDS
# Positions start high so that rows indexed later can go in front of them (lower = newer).
FIRST_POSITION = 1 << 32
BATCH = 2000


def reindex(db: sqlite_utils.Database) -> None:
    """Rebuild the whole index from the content tables, in the caller's transaction if any."""
    with db.atomic():
        search_repo.clear(db)
        search_repo.set_automerge(db, 0)
        for kind in search_repo.indexed_kinds(db):
            _insert(db, kind, search_repo.source_rows(db, kind), FIRST_POSITION)
        search_repo.set_automerge(db, 4)
        search_repo.optimize(db)


def reindex_kind(db: sqlite_utils.Database, kind: str, ids: Iterable[int]) -> None:
    """Re-index some rows of one kind after they were added, changed or deleted (ids of rows
    that no longer exist are just removed). They rank as the newest of their kind on ties."""
    if kind not in KINDS:
        raise ValueError(f"unknown search kind: {kind}")
    ids = sorted(set(ids))
    if not ids:
        return
    with db.atomic():
        search_repo.delete_entries(db, kind, [
            (position, expand_runs(title_runs), expand_runs(body_runs), py)
            for position, (title_runs, body_runs, py) in search_repo.indexed_rows(db, kind, ids)
        ])
        rows = list(search_repo.source_rows(db, kind, ids))
        lowest = search_repo.lowest_position(db, kind)
        _insert(db, kind, rows, (lowest if lowest is not None else FIRST_POSITION) - len(rows))


def _insert(db: sqlite_utils.Database, kind: str, rows: Iterable, first: int) -> None:
    entries = (_entry(first + n, *row) for n, row in enumerate(rows))
    for batch in batched(entries):
        search_repo.insert_entries(db, kind, batch)


def batched(items: Iterable) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _entry(position: int, ref_id: int, titles: tuple[str, ...], bodies: tuple[str, ...]):
    title_runs, body_runs = literal_runs(*titles), literal_runs(*bodies)
    py = py_terms(*titles)
    return position, ref_id, (title_runs, body_runs, py), (expand_runs(title_runs), expand_runs(body_runs), py)

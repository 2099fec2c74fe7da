"""One search over everything a resident may read: catalogue, documents, notices, policies.

As-you-type: each keystroke runs a handful of bounded FTS5 queries (see search_terms for how
Chinese substrings and pinyin initials become terms). Payouts are never searched.

    groups = search(db, "补贴")          # [SearchGroup(kind='catalogue', label='标准目录', ...), ...]
    reindex(db)                          # after content changed (sync, demo), inside its transaction
    reindex_kind(db, "notice", [12, 13]) # or just the rows that changed
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from gongkai.bench.legacy import search_repo
from gongkai.bench.legacy.terms import expand_runs, initial_terms, literal_runs, parse_query, title_column
from kiosk.search import LABELS, snippet  # the same labels and excerpts as the ranked search
from kiosk.search.index import batched

KINDS = search_repo.KINDS
COUNT_LIMIT = 1000


@dataclass(frozen=True)
class SearchHit:
    kind: str  # 'catalogue' | 'document' | 'notice' | 'policy'
    ref_id: int  # catalogue_items.id / documents.id / notices.id / policies.id
    title: str
    snippet: str  # short plain-text excerpt around the match (no markup)


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    label: str  # 标准目录 / 公开文件 / 村务公开 / 政策解读
    hits: list[SearchHit]
    total: int  # matches of this kind, counted up to `count_limit` (1000): show "1000+" when equal


def search(
    db: sqlite_utils.Database, query: str, *, per_kind: int = 20, count_limit: int = COUNT_LIMIT
) -> list[SearchGroup]:
    """Results grouped by kind (in KINDS order), title matches first, then newest first.

    At most `per_kind` hits per group; `total` counts matches up to `count_limit` so a common
    word stays as fast as a rare one. Groups without hits are left out; '' gives []. Any input
    is accepted: operators, quotes and symbols are plain text here.
    """
    parsed = parse_query(query)
    if parsed.expr is None or per_kind <= 0:
        return []
    groups = []
    for kind in KINDS:
        positions = search_repo.match_positions(db, kind, parsed.expr, per_kind, titles=True)
        total = None
        if len(positions) < per_kind:
            # Title hits are among all hits: ask for enough to fill up with body-only ones.
            everywhere = search_repo.match_positions(db, kind, parsed.expr, per_kind + len(positions))
            if len(everywhere) < per_kind + len(positions):
                total = len(everywhere)
            in_title = set(positions)
            positions += [p for p in everywhere if p not in in_title][: per_kind - len(positions)]
        if not positions:
            continue
        if total is None:
            total = search_repo.count_matches(db, kind, parsed.expr, max(count_limit, len(positions)))
        hits = [
            SearchHit(kind, ref_id, title, snippet(text, parsed.needles))
            for ref_id, title, text in search_repo.hit_rows(db, kind, positions)
        ]
        groups.append(SearchGroup(kind, LABELS[kind], hits, total))
    return groups


def reindex(db: sqlite_utils.Database) -> None:
    """Rebuild the whole index from the content tables (a few seconds per 10,000 texts).

    Runs inside the caller's transaction when there is one (db.atomic() nests as a savepoint).
    """
    with db.atomic():
        search_repo.clear(db)
        search_repo.set_automerge(db, 0)
        for kind in KINDS:
            _insert(db, kind, search_repo.source_rows(db, kind), FIRST_POSITION)
        search_repo.set_automerge(db, 4)
        search_repo.optimize(db)


def reindex_kind(db: sqlite_utils.Database, kind: str, ids: Iterable[int]) -> None:
    """Re-index some rows of one kind after they were added, changed or deleted (ids of rows
    that no longer exist are just removed). They rank as the newest of their kind until the
    next full reindex()."""
    if kind not in KINDS:
        raise ValueError(f"unknown search kind: {kind}")
    ids = sorted(set(ids))
    if not ids:
        return
    with db.atomic():
        search_repo.delete_entries(db, kind, [
            (position, title_column(title_runs, initials), expand_runs(body_runs))
            for position, (title_runs, initials, body_runs) in search_repo.indexed_rows(db, kind, ids)
        ])
        rows = list(search_repo.source_rows(db, kind, ids))
        lowest = search_repo.position_range(db, kind)[0]
        _insert(db, kind, rows, (lowest if lowest is not None else FIRST_POSITION) - len(rows))


# Positions start high so that rows indexed later can go in front of them (lower = newer).
FIRST_POSITION = 1 << 32


def _insert(db: sqlite_utils.Database, kind: str, rows: Iterable, first: int) -> None:
    """Index rows given best (newest) first at ascending positions from `first`, a batch at a
    time so a full rebuild at scale 20 stays within the app's memory budget."""
    entries = (_entry(first + n, *row) for n, row in enumerate(rows))
    for batch in batched(entries):
        search_repo.insert_entries(db, kind, batch)


def _entry(position: int, ref_id: int, titles: tuple[str, ...], bodies: tuple[str, ...]):
    title_runs, initials, body_runs = literal_runs(*titles), initial_terms(*titles), literal_runs(*bodies)
    terms = (title_column(title_runs, initials), expand_runs(body_runs))
    return position, ref_id, (title_runs, initials, body_runs), terms

"""Running an analysed query: per kind, one bm25-ranked FTS5 query; then one list for all kinds.

Per kind, each term's document count (search_vocab_<kind>) says what it costs to rank by it: terms
are taken rarest first until their rows add up to RANK_BUDGET, so a query stays fast on the
largest township while the words that tell pages apart always count. A term too common for the
budget counts in titles only; when even that is too common, the newest CANDIDATES rows matching
the rarest term are ranked instead. Terms no row of a kind holds are left out for that kind.

Scores of different kinds are put on one scale by bm25 itself (the same formula over the same
kind of terms); a small prior per kind, and for how-do-I questions a lift for 办事指南 pages and
policy interpretations, decide the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from kiosk.search.query import Analysis, Term
from kiosk.store import search_repo

KINDS = search_repo.KINDS
WEIGHTS = (6.0, 1.0, 3.0)  # bm25 column weights: title, body, title pinyin
RANK_BUDGET = 6000  # rows bm25 may score per kind and query
CANDIDATES = 200  # newest matching rows ranked when every term is too common
PER_KIND = 40  # best rows taken from each kind before merging
KIND_PRIOR = {"catalogue": 1.15, "policy": 1.1, "document": 1.0, "notice": 1.0}
HOW_TO_LIFT = 1.6
TITLE_BONUS = 2.0  # per unit of weight of a query word found in a hit's title  # 办事指南 / 政策解读 when the resident asks how to do something


@dataclass(frozen=True)
class Candidate:
    kind: str
    position: int
    score: float  # higher is better


def _column_df(counts: dict, term: Term, column: str) -> int:
    tokens = term.tokens()
    return min((counts.get((t, column), 0) for t in tokens), default=0)


def _fts(term: Term, columns: str) -> str:
    tokens = term.tokens()
    if len(tokens) == 1 and len(tokens[0]) == 1:
        return f'{{{columns}}} : "{tokens[0]}"*'
    return f'{{{columns}}} : "{" ".join(tokens)}"'


def plan_kind(db: sqlite_utils.Database, kind: str, analysis: Analysis) -> tuple[str | None, bool]:
    """The FTS5 expression for one kind, and whether to take the newest matches instead of ranking."""
    tokens = [t for term in analysis.terms for t in term.tokens()]
    counts = search_repo.document_counts(db, kind, tokens)
    options = []  # (rows to score, fts text, weight)
    fallback = None
    for term in analysis.terms:
        if term.column == "py":
            df = _column_df(counts, term, "py")
            if df:
                options.append((df, _fts(term, "py"), term.weight, df))
            continue
        if len(term.tokens()[0]) == 1 and len(term.tokens()) == 1:
            options.append((RANK_BUDGET, _fts(term, "title body"), term.weight, RANK_BUDGET))
            continue
        title_df, body_df = _column_df(counts, term, "title"), _column_df(counts, term, "body")
        if not (title_df or body_df):
            continue
        options.append((title_df + body_df, _fts(term, "title body"), term.weight, title_df))
    if not options:
        return None, False
    options.sort(key=lambda o: o[0])
    chosen, used = [], 0
    for rows, fts, weight, title_rows in options:
        if used + rows <= RANK_BUDGET:
            chosen.append((fts, weight))
            used += rows
        elif title_rows and used + title_rows <= RANK_BUDGET and "{title body}" in fts:
            chosen.append((fts.replace("{title body}", "{title}"), weight))
            used += title_rows
        elif fallback is None:
            fallback = fts
    if not chosen:
        return fallback, True
    return " OR ".join(f"({fts})" for fts, weight in chosen for _ in range(weight)), False


def candidates(db: sqlite_utils.Database, analysis: Analysis, *, per_kind: int = PER_KIND,
               kinds: tuple[str, ...] = KINDS) -> list[Candidate]:
    out = []
    for kind in kinds:
        expr, newest = plan_kind(db, kind, analysis)
        if expr is None:
            continue
        limit = CANDIDATES if newest else per_kind
        rows = search_repo.ranked(db, kind, expr, WEIGHTS, limit, newest_first=newest)
        if newest:
            rows = sorted(rows, key=lambda r: (r[1], r[0]))[:per_kind]
        out += [Candidate(kind, pos, -score * KIND_PRIOR[kind]) for pos, score in rows]
    return out

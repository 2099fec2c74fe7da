"""Running an analysed query: per kind, one bm25-ranked FTS5 query; then one list for all kinds.

FTS5's bm25 reads each phrase's whole doclist (for its IDF) and scores every matching row, so
the cost of a query is the number of rows holding its terms. Per kind, each term's row count
(search_vocab_<kind>, cached per token) decides: terms are taken rarest first until their rows
add up to RANK_BUDGET; a term too common for that budget only counts through the title bonus
(kiosk/search/__init__.py). When every term is that common (补贴 in 94,000 documents), the
newest rows with the rarest one in their title are taken instead, which stops early. Terms that
no row of a kind holds are left out for that kind, so they cost nothing. At most MAX_PHRASES
phrases go into one kind's query (a question with many synonyms read 25 doclists across the four
kinds): the rarest are the specific names, and the judged queries found as much with 6 as with all.

Scores of different kinds are put on one scale by bm25 itself (the same formula over the same
kind of terms); a small prior per kind, and for how-do-I questions a lift for 办事指南 pages and
policy interpretations, decide the rest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import sqlite_utils

from kiosk.content_kinds import SEARCHED
from kiosk.search.query import Analysis, Term
from kiosk.store import search_repo

KINDS = search_repo.KINDS
WEIGHTS = (6.0, 1.0, 3.0)  # bm25 column weights: title, body, title pinyin
RANK_BUDGET = 600  # rows bm25 may score per kind and query (about 5 µs each at scale 20)
NEWEST = 40  # rows taken, newest first, when every term is too common to rank
PER_KIND = 30  # best rows taken from each kind before merging
KIND_PRIOR = {k.name: k.search.prior for k in SEARCHED}  # declared per kind (kiosk/content_kinds.py)
HOW_TO_LIFT = 1.6  # 办事指南 / 政策解读 when the resident asks how to do something
TITLE_BONUS = 2.0  # per unit of weight of a query word found in a hit's title
NEWEST_SCORE = 1.0  # the bm25 part of a row found newest-first (its title bonus adds to it)
MAX_PHRASES = 6  # phrases in one kind's bm25 query, rarest first: each reads its doclists, however small the kind
CACHE_TOKENS = 50_000
K1 = 1.2  # FTS5 bm25's k1


@dataclass(frozen=True)
class Candidate:
    kind: str
    position: int
    score: float  # higher is better


class TokenCounts:
    """Per-kind row counts of tokens, looked up once each until the index changes."""

    def __init__(self) -> None:
        self._version: object = None
        self._counts: dict[tuple[str, str], dict[str, int]] = {}

    def get(self, db: sqlite_utils.Database, version: object, kind: str, token: str) -> dict[str, int]:
        if version != self._version or len(self._counts) > CACHE_TOKENS:
            self._version, self._counts = version, {}
        key = (kind, token)
        found = self._counts.get(key)
        if found is None:
            found = self._counts[key] = (search_repo.token_counts(db, kind, token) if token
                                         else {"rows": search_repo.row_count(db, kind)})
        return found


def _df(counts, term: Term, columns: tuple[str, ...]) -> int:
    return min(sum(c.get(col, 0) for col in columns) for c in counts)


def _fts(term: Term, columns: str) -> str:
    tokens = term.tokens()
    if len(tokens) == 1 and len(tokens[0]) == 1:
        return f'{{{columns}}} : "{tokens[0]}"*'
    return f'{{{columns}}} : "{" ".join(tokens)}"'


def repetitions(term: Term) -> int:
    """FTS5's bm25 sums over the query's phrases: a weightier term is given twice (not more:
    every copy reads the doclist again)."""
    return 2 if term.weight >= 3 else 1


@dataclass(frozen=True)
class Plan:
    ranked: str | None  # bm25 over the terms cheap enough to rank by
    newest: str | None  # the rarest term too common to rank: its newest rows (in titles)
    newest_score: float  # what a title match of that term is worth, on bm25's scale


def plan_kind(db, kind: str, analysis: Analysis, counts: TokenCounts, version: object) -> Plan | None:
    """What to ask one kind's table; None when no row of it holds any term."""
    options = []  # (rows bm25 would score, term, columns, title rows)
    for term in analysis.terms:
        tokens = term.tokens()
        if len(tokens) == 1 and len(tokens[0]) == 1:
            options.append((RANK_BUDGET, term, "title body", 0))  # a prefix query: small only in small kinds
            continue
        per_token = [counts.get(db, version, kind, t) for t in tokens]
        if term.column == "py":
            rows = title_rows = _df(per_token, term, ("py",))
        else:
            rows, title_rows = _df(per_token, term, ("title", "body")), _df(per_token, term, ("title",))
        if rows:
            options.append((rows, term, "py" if term.column == "py" else "title body", title_rows))
    if not options:
        return None
    options.sort(key=lambda o: o[0])
    chosen, used, common = [], 0, []
    for rows, term, columns, title_rows in options:
        if sum(times for _, times in chosen) >= MAX_PHRASES:
            break
        if used + rows <= RANK_BUDGET:
            chosen.append((_fts(term, columns), repetitions(term)))
            used += rows
        elif columns == "title body" and title_rows and used + title_rows <= RANK_BUDGET:
            # Common in bodies, not in titles: rank by it where it is in the title.
            chosen.append((_fts(term, "title"), repetitions(term)))
            used += title_rows
        elif term.column == "py" or title_rows:
            common.append((term.weight, -title_rows, term, title_rows))
    ranked = " OR ".join(f"({fts})" for fts, times in chosen for _ in range(times)) or None
    if not common:
        return Plan(ranked, None, 0.0)
    # The weightiest of the common terms, the rarer first: its newest rows holding it in the title.
    common.sort(key=lambda c: (-c[0], -c[1]))
    _, _, term, title_rows = common[0]
    rows_in_kind = max(counts.get(db, version, kind, "")["rows"], title_rows + 1)
    idf = math.log((rows_in_kind - title_rows + 0.5) / (title_rows + 0.5))
    # bm25 of one title hit in a row of average length: idf * tf(k1 + 1) / (tf + k1), tf = title weight.
    tf = WEIGHTS[0]
    score = max(idf, 0.1) * tf * (K1 + 1) / (tf + K1) * repetitions(term) * KIND_PRIOR[kind]
    return Plan(ranked, _fts(term, "py" if term.column == "py" else "title"), score)


def candidates(db: sqlite_utils.Database, analysis: Analysis, counts: TokenCounts, version: object,
               *, per_kind: int = PER_KIND, kinds: tuple[str, ...] = KINDS) -> list[Candidate]:
    out = []
    for kind in kinds:
        plan = plan_kind(db, kind, analysis, counts, version)
        if plan is None:
            continue
        found: dict[int, float] = {}
        if plan.ranked:
            for pos, score in search_repo.ranked(db, kind, plan.ranked, WEIGHTS, per_kind):
                found[pos] = -score * KIND_PRIOR[kind]
        if plan.newest:
            for pos in search_repo.newest(db, kind, plan.newest, NEWEST):
                found[pos] = found.get(pos, 0.0) + plan.newest_score
        out += [Candidate(kind, pos, score) for pos, score in found.items()]
    return out

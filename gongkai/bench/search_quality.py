"""Search quality on the judged resident queries (gongkai/bench/judged_queries.txt).

    judged = load_judged(db)                        # [(query, {(kind, id), ...}), ...]
    score(judged, lambda q: ranked_pages(db, q))    # {'success_at_3': 0.93, 'mrr': 0.81, ...}

A query succeeds when one of the first 3 pages answers it; MRR is the mean of 1/rank of the first
answering page within the first CUTOFF (0 when none is there). The same figures are made for the
kiosk's search, the old exact-substring search (gongkai/bench/legacy) and a jieba + BM25 baseline,
on the questions judged by pages. resident_figures() takes the kiosk's whole answer on every
judged question: routed functions, answer-card precision and the honest no-answer share too.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources

from gongkai.bench import bench_repo

CUTOFF = 20
ROUTES = ("payouts", "status", "apply", "eligibility", "office")


@dataclass(frozen=True)
class Case:
    """One judged question: the pages that answer it, the kiosk function it asks for, whether
    nothing here answers it, and the pages an answer card may come from."""

    query: str
    pages: frozenset
    route: str | None = None
    no_answer: bool = False
    card_pages: frozenset | None = None  # None: the answering pages


def judged_specs() -> list[tuple[str, list[str], str | None, bool, list[str] | None]]:
    """(query, page specs, route, no-answer, card specs) per judged line."""
    text = resources.files("gongkai.bench").joinpath("judged_queries.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, _, rest = line.partition("\t")
        answers, _, card = rest.partition("\t")
        specs = [a.strip() for a in answers.split(";") if a.strip()]
        route = next((a[1:] for a in specs if a.startswith("=")), None)
        none = "!none" in specs
        pages = [a for a in specs if not a.startswith(("=", "!"))]
        card_specs = [c.strip() for c in card.removeprefix("card:").split(";") if c.strip()] if card else None
        out.append((query, pages, route, none, card_specs))
    return out


def judged_lines() -> list[tuple[str, list[str]]]:
    """The questions judged by the pages that answer them (the kiosk, the old search and jieba alike)."""
    return [(query, pages) for query, pages, _, _, _ in judged_specs() if pages]


def load_judged(db) -> list[tuple[str, set[tuple[str, int]]]]:
    judged = []
    for query, specs in judged_lines():
        pages: set[tuple[str, int]] = set()
        for spec in specs:
            pages |= bench_repo.answer_pages(db, spec)
        judged.append((query, pages))
    return judged


def load_cases(db) -> list[Case]:
    def pages_of(specs):
        return frozenset(page for spec in specs for page in bench_repo.answer_pages(db, spec))

    return [Case(query, pages_of(pages), route, none, pages_of(card) if card is not None else None)
            for query, pages, route, none, card in judged_specs()]


def resident_figures(db, cases: list[Case]) -> dict:
    """The kiosk's whole answer on every judged question, as the search page shows it:

    success_at_3 / mrr: a page that answers in the first 3 hits, or, for a question about the
    kiosk's own function, that function as the best answer (rank 1); card_precision: of the
    answer cards shown (content cards and routed ones), the share about what was asked;
    no_answer_share: of the questions nothing here answers, the share shown the honest
    no-answer screen (no best answer, no hits)."""
    from kiosk.search import find

    answered, hits3, rr, misses = 0, 0, 0.0, []
    cards, good_cards, wrong_cards = 0, 0, []
    none_total, none_honest, shown = 0, 0, []
    for case in cases:
        result = find(db, case.query, limit=CUTOFF)
        best = result.best
        if best is not None:
            cards += 1
            if best.kind in ROUTES:
                right = case.route == best.kind
            else:
                right = case.route is None and not case.no_answer and (best.kind, best.ref_id) in (
                    case.card_pages if case.card_pages is not None else case.pages)
            good_cards += right
            if not right:
                wrong_cards.append(f"{case.query} -> {best.title}")
        if case.no_answer:
            none_total += 1
            if result.no_answer:
                none_honest += 1
            else:
                shown.append(case.query)
            continue
        answered += 1
        if case.route is not None:
            first = 1 if best is not None and best.kind == case.route else None
        else:
            ranked = [(h.kind, h.ref_id) for h in result.hits]
            first = next((i for i, page in enumerate(ranked, start=1) if page in case.pages), None)
        if first is not None and first <= 3:
            hits3 += 1
        else:
            misses.append(case.query)
        rr += 1 / first if first else 0.0
    return {
        "success_at_3": round(hits3 / answered, 3) if answered else None,
        "mrr": round(rr / answered, 3) if answered else None,
        "card_precision": round(good_cards / cards, 3) if cards else None,
        "no_answer_share": round(none_honest / none_total, 3) if none_total else None,
        "queries": len(cases), "answered": answered, "cards": cards, "no_answer_questions": none_total,
        "misses": misses, "wrong_cards": wrong_cards, "no_answer_shown": shown,
    }


def score(judged: Iterable[tuple[str, set]], rank: Callable[[str], list[tuple[str, int]]]) -> dict:
    hits3, rr, misses, n = 0, 0.0, [], 0
    for query, pages in judged:
        n += 1
        ranked = rank(query)[:CUTOFF]
        first = next((i for i, page in enumerate(ranked, start=1) if page in pages), None)
        if first is not None and first <= 3:
            hits3 += 1
        else:
            misses.append(query)
        rr += 1 / first if first else 0.0
    return {"success_at_3": round(hits3 / n, 3) if n else None, "mrr": round(rr / n, 3) if n else None,
            "queries": n, "misses": misses}


def kiosk_ranker(db) -> Callable[[str], list[tuple[str, int]]]:
    from kiosk.search import find

    return lambda q: [(h.kind, h.ref_id) for h in find(db, q, limit=CUTOFF).hits]


def legacy_ranker(db) -> Callable[[str], list[tuple[str, int]]]:
    """The old search's list as a resident saw it: groups in kind order, hits in each."""
    from gongkai.bench.legacy.search import search

    return lambda q: [(g.kind, h.ref_id) for g in search(db, q, per_kind=CUTOFF) for h in g.hits]


def build_legacy(db) -> dict:
    """Build the old index in this (bench) database: its build time and size, as today's."""
    from gongkai.bench.legacy import search_repo as legacy_search_repo
    from gongkai.bench.legacy.search import reindex

    legacy_search_repo.create_tables(db)
    start = time.perf_counter()
    reindex(db)
    build_s = time.perf_counter() - start
    return {"build_s": round(build_s, 2), "size_bytes": bench_repo.table_bytes(db, legacy_search_repo.table_names())}


def drop_legacy(db) -> None:
    from gongkai.bench.legacy import search_repo as legacy_search_repo

    legacy_search_repo.drop_tables(db)


def jieba_ranker(db) -> tuple[Callable[[str], list[tuple[str, int]]], float]:
    """jieba words ranked with BM25 (rank-bm25) over every searchable row's title and body.

    Needs the `bench` extra (jieba, rank-bm25). Returns the ranker and its build time."""
    import jieba
    import numpy as np
    from rank_bm25 import BM25Okapi

    from kiosk.store import search_repo

    jieba.setLogLevel(60)
    start = time.perf_counter()
    pages, corpus = [], []
    for kind in search_repo.KINDS:
        for ref_id, titles, bodies in search_repo.source_rows(db, kind):
            pages.append((kind, ref_id))
            corpus.append(_words(jieba, " ".join(titles + bodies)))
    bm25 = BM25Okapi(corpus)
    build_s = time.perf_counter() - start

    def rank(query: str) -> list[tuple[str, int]]:
        words = _words(jieba, query)
        if not words:
            return []
        scores = bm25.get_scores(words)
        top = np.argsort(-scores)[:CUTOFF]
        return [pages[i] for i in top if scores[i] > 0]

    return rank, build_s


def _words(jieba, text: str) -> list[str]:
    return [w for w in jieba.lcut(text.lower(), HMM=False) if w.strip() and any(ch.isalnum() for ch in w)]

"""Search that answers residents in their own words: ranked, by meaning, by sound.

    result = find(db, "低保怎么申请")    # SearchResult: one ranked list, kind labels kept
    result.hits[0]                       # SearchHit(kind='catalogue', label='标准目录', title=..., ...)
    result.best                          # BestAnswer card for a how-do-I question (or None)
    result.did_you_mean                  # when nothing matched: words that sound or look alike
    suggestions(db, "dib")               # ['低保', '最低生活保障', ...] as-you-type, taps not typing
    search(db, "补贴")                   # the same hits grouped by kind (CLI, imports, sync checks)
    reindex(db); reindex_kind(db, "notice", [12, 13])   # after content changed

How a query is understood: kiosk/search/query.py; how it is ranked: kiosk/search/engine.py; the
synonym table: resources/search/ (README.md there). Payouts are never searched or suggested.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import sqlite_utils

from kiosk.clock import SystemClock, today
from kiosk.content_kinds import SEARCHED
from kiosk.search import engine, routes, suggest
from kiosk.search.answer import (
    NOT_ON_A_GUIDE,
    BestAnswer,
    answers,
    asked_aspects,
    faq_answer,
    gives_what_is_asked,
    is_guide,
    is_question,
    read_answer,
)
from kiosk.search.index import reindex as _reindex
from kiosk.search.index import reindex_kind as _reindex_kind
from kiosk.search.phrases import Lexicon
from kiosk.search.query import TOPIC, W_PINYIN, WEAK, Analysis, analyse
from kiosk.search.synonyms import SynonymTable, load_table
from kiosk.search.text import bigrams, clean_query, is_hanzi
from kiosk.store import search_repo

KINDS = search_repo.KINDS
LABELS = {k.name: k.label for k in SEARCHED}  # declared per kind (kiosk/content_kinds.py)
COUNT_LIMIT = 1000
SNIPPET_BEFORE, SNIPPET_LENGTH = 12, 48
LIMIT = 20
CARD_WITHIN = 10
GUIDE_QUESTIONS = ("哪里", "哪儿", "去哪", "带什么", "材料", "多久", "多长时间", "电话", "怎么办", "怎么申请", "如何申请", "怎么弄")  # the answer card is read from a guide among this many first hits
TOPIC_GUIDE_LIFT = 1.3  # a bare topic name (低保, 低宝): its guide before the villages' notices
# A village notice whose 公示 period has ended still answers, as an archive, but after a current one that
# answers as well: the walk's 村里修路的钱花哪了 opened an expired quarter's 项目资金使用情况 first.
ENDED_RANK = 0.8

__all__ = ["KINDS", "LABELS", "BestAnswer", "SearchGroup", "SearchHit", "SearchResult", "find",
           "nearest_topics", "reindex", "reindex_kind", "search", "suggestions", "warm"]


@dataclass(frozen=True)
class SearchHit:
    kind: str  # a searched content kind (kiosk/content_kinds.py): 'catalogue', 'document', 'notice', 'policy'
    ref_id: int  # the id in the kind's indexed table (catalogue_items.id, documents.id, ...)
    title: str
    snippet: str  # short plain-text excerpt around the match (no markup)
    label: str = ""  # 标准目录 / 公开文件 / 村务公开 / 政策解读
    score: float = 0.0
    ended: bool = False  # a notice past its 公示 period (shown marked 已过公示期)


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    label: str
    hits: list[SearchHit]
    total: int  # hits of this kind in the ranked list


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: list[SearchHit]
    best: BestAnswer | None = None
    how_to: bool = False
    words: tuple[str, ...] = ()  # the content words understood (pinyin turned into words)
    did_you_mean: list[str] = field(default_factory=list)  # when there are no hits
    concepts: tuple[str, ...] = ()  # each thing asked about, as the resident said it

    @property
    def no_answer(self) -> bool:
        """Nothing here answers: the screen says so, with the nearest topics and the counter."""
        return not self.hits and self.best is None


# --- per-database caches (the synonym table and the suggestion names) ------------------------

_cache: dict[int, tuple] = {}
_generation = 0


def _state(db: sqlite_utils.Database) -> tuple[SynonymTable, list, engine.TokenCounts, tuple]:
    """What a search needs besides the index, made once per database until its content changes
    (a re-index here, or a write through another connection: PRAGMA data_version)."""
    version = (_generation, db.execute("PRAGMA data_version").fetchone()[0], search_repo.synonyms_version(db))
    cached = _cache.get(id(db.conn))
    if cached and cached[0] == version:
        return cached[1], cached[2], cached[3], version
    table = load_table(search_repo.county_synonym_lines(db))
    names = [suggest.short_title(text) if where == "policy" else text
             for text, where in search_repo.suggestion_sources(db)]
    entries = suggest.entries(table.words(), names)
    counts = cached[3] if cached else engine.TokenCounts()
    # The segmenter's dictionary is made from these on the first query cut, not here.
    lexicon = Lexicon.build(table, [n for n in names if len(n) <= 8])
    _cache[id(db.conn)] = (version, table, entries, counts, lexicon, {})
    return table, entries, counts, version


def _lexicon(db: sqlite_utils.Database) -> Lexicon:
    _state(db)
    return _cache[id(db.conn)][4]


def _memo(db: sqlite_utils.Database) -> dict:
    """Per-database answers kept until the content changes (the topics that find something)."""
    _state(db)
    return _cache[id(db.conn)][5]


def warm(db: sqlite_utils.Database) -> None:
    """Make what the first question needs (the synonym table, suggestion names, the segmenter's
    dictionary and jieba itself) now, so that the first resident does not wait for it."""
    _lexicon(db).segmenter.cut("低保")


def synonym_table(db: sqlite_utils.Database) -> SynonymTable:
    return _state(db)[0]


def reindex(db: sqlite_utils.Database) -> None:
    global _generation
    _reindex(db)
    _generation += 1


def reindex_kind(db: sqlite_utils.Database, kind: str, ids) -> None:
    global _generation
    _reindex_kind(db, kind, ids)
    _generation += 1


# --- searching -------------------------------------------------------------------------------

def find(db: sqlite_utils.Database, query: str, *, limit: int = LIMIT, day: dt.date | None = None) -> SearchResult:
    """One ranked list over every kind, best first whatever its kind. Any input is accepted.

    A question about one of the kiosk's own functions (payouts, a request's status, how to ask
    for information, 政策找人, the office) gets that function as its best answer; otherwise a
    how-do-I question gets the card of a guide about what it asks (never of another topic).
    Pages that speak only of a vague word of the question (钱, 补贴) while it names something
    more are not shown: nothing, said honestly, is better than a wrong first hit.

    `day` is the kiosk's today (default: the machine's): notices whose 公示 ended before it rank below
    current ones of the same relevance and come marked `ended`."""
    table, entries, counts, version = _state(db)
    said = query  # the question as typed stays the result's; what is read is cleaned (kiosk/search/text.py)
    query = clean_query(query or "")
    asked, rest = routes.split_route(query)
    analysis = analyse(rest, table, _lexicon(db))
    route = routes.route_for(asked, analysis)
    if asked and route is None:  # 政策找人 declined for a named topic: the whole question is searched
        analysis = analyse(query, table, _lexicon(db))
    concepts = tuple(c.word for c in analysis.concepts)
    if analysis.empty or limit <= 0:
        best = routes.card(db, route) if route and limit > 0 else None
        return SearchResult(said, [], best, how_to=analysis.how_to, concepts=concepts,
                            did_you_mean=_did_you_mean(entries, analysis))
    found = engine.candidates(db, analysis, counts, version)
    found += engine.guide_candidates(db, analysis, found)
    titles = {}
    for kind in KINDS:
        positions = [c.position for c in found if c.kind == kind]
        if positions:
            titles[kind] = search_repo.hit_titles(db, kind, positions)
    lit_terms = [t for t in analysis.terms if t.column == "lit" and len(t.text) >= 2]
    deciding = analysis.deciding
    bare_topic = (not analysis.how_to and len(deciding) == 1 and deciding[0].strength == TOPIC
                  and len(analysis.concepts) == 1)
    ended = search_repo.ended_notices(db, [row[0] for row in titles.get("notice", {}).values()],
                                      (day or today(SystemClock())).isoformat())
    scored = []
    for c in found:
        row = titles.get(c.kind, {}).get(c.position)
        if row is None:
            continue
        ref_id, title, extra = row
        # What bm25 cannot see in a small kind (a word in most of its rows gets no weight there):
        # the query's words standing in the title count on their own.
        folded = title.casefold()
        score = c.score + engine.TITLE_BONUS * sum(t.weight for t in lit_terms if t.text in folded)
        if is_guide(c.kind, title, extra):
            if analysis.how_to:
                score *= engine.HOW_TO_LIFT
            elif bare_topic:
                score *= TOPIC_GUIDE_LIFT
        if c.kind == "notice" and ref_id in ended:
            score *= ENDED_RANK
        scored.append((score, c.kind, ref_id, title, extra))
    scored.sort(key=lambda s: -s[0])
    hits, seen, guides, faqs = [], set(), [], []
    needles = _needles(analysis)
    relevant = _relevance_check(analysis)
    start = 0
    while start < len(scored) and len(hits) < limit:
        # The texts of the next few in line: most queries need one batch.
        batch = scored[start:start + limit + 8]
        start += len(batch)
        texts = {}
        for kind in {b[1] for b in batch}:
            texts[kind] = search_repo.hit_texts(db, kind, [b[2] for b in batch if b[1] == kind])
        for score, kind, ref_id, title, extra in batch:
            same = _YEARS.sub("#", title)
            if (kind, same) in seen:  # the same guide every year: the best (newest on ties) stands for all
                continue
            text = texts[kind].get(ref_id, "")
            head = f"{title} {extra or ''}".casefold()
            whole = f"{head} {text.casefold()}"
            if not relevant(head, whole):
                continue
            # A 简明问答 is one question and its answer: it belongs in the hits only when its question names
            # everything this one asks (孩子上小学 is no answer to 生孩子有补贴吗).
            if kind == "faq" and deciding and not all(c.in_title(head) for c in deciding):
                continue
            seen.add((kind, same))
            covered = (sum(1 for c in deciding if c.shown_by(head, whole)),
                       sum(1 for c in analysis.concepts if c.strength == WEAK and c.covered(whole)))
            hit = SearchHit(kind, ref_id, title, snippet(text, needles), LABELS[kind], round(score, 4),
                            ended=kind == "notice" and ref_id in ended)
            hits.append((covered, hit))
            if is_guide(kind, title, extra):
                guides.append((hit, text))
            if kind == "faq":
                faqs.append((hit, text))
            if len(hits) >= limit:
                break
    # Pages that speak of more of what was asked come first (a stable sort keeps bm25's order).
    # Among pages that cover as much, an ended notice never stands before a current one.
    if len(analysis.concepts) > 1:
        hits.sort(key=lambda h: (-h[0][0], -h[0][1], h[1].ended))
    ranked = [h for _, h in hits]
    best = routes.card(db, route) if route else None
    # Only question words (怎么, zenme): nothing was asked about, so no page is the answer to it.
    asks = (analysis.how_to or is_question(query)) and bool(analysis.words)
    # A guide's card says what to bring, where to go, how long and whom to call: for a question about one of
    # those the guide answers first; for another (什么时候发) a 简明问答 asking every word of it answers better.
    # What was asked, with question words typed in pinyin read as the words (zenme shenqing: 怎么申请).
    asked = query + "".join(analysis.dropped)
    if best is None and asks and not any(w in asked for w in GUIDE_QUESTIONS):
        best = _faq_card(faqs, query, lambda hit: answers(hit.title, analysis.words))
    # When money comes or how much is what no guide says: a 简明问答 on the topic that gives it answers.
    if best is None and asks and asked_aspects(asked) & NOT_ON_A_GUIDE:
        best = _faq_card(faqs, query, lambda hit: True)
    if best is None and asks and analysis.how_to:
        best = _answer_card(analysis, ranked, guides)
    if best is None and asks:
        first = {(h.kind, h.ref_id) for h in ranked[:3]}
        best = _faq_card(faqs, query, lambda hit: (hit.kind, hit.ref_id) in first)
    return SearchResult(said, ranked, best, analysis.how_to, analysis.words,
                        [] if ranked else _did_you_mean(entries, analysis), concepts)


def _answer_card(analysis: Analysis, ranked: list[SearchHit], guides: list) -> BestAnswer | None:
    """The card of the first guide among the first hits whose title names what was asked (the
    strongest concepts of the question): a guide of another topic is never the answer."""
    asked = analysis.strongest
    if not asked:
        return None
    within = {(h.kind, h.ref_id) for h in ranked[:CARD_WITHIN]}
    order = {(h.kind, h.ref_id): n for n, h in enumerate(ranked)}
    for hit, text in sorted(guides, key=lambda g: order.get((g[0].kind, g[0].ref_id), 1 << 30)):
        if (hit.kind, hit.ref_id) not in within:
            continue
        title = hit.title.casefold()
        if any(c.in_title(title) for c in asked):
            return read_answer(hit.kind, hit.ref_id, hit.title, text)
    return None


def _faq_card(faqs: list, query: str, fits) -> BestAnswer | None:
    """The first 简明问答 (in rank order) that `fits` and whose answer gives the kind of thing asked (an
    amount, a time, a place), as the best answer: its question and the county's answer."""
    for hit, text in faqs:
        if fits(hit) and gives_what_is_asked(query, text):
            return faq_answer(hit.ref_id, hit.title, text)
    return None


def nearest_topics(db: sqlite_utils.Database, query: str, limit: int = 6) -> list[str]:
    """What the township does hold that is nearest to a question nothing answers: words that
    sound or look alike, then the popular topics that find something here."""
    table, entries, _, _ = _state(db)
    analysis = analyse(query, table, _lexicon(db))
    out = [w for w in _did_you_mean(entries, analysis) if w != query.strip()]
    for topic in popular_topics(db, limit):
        if topic not in out:
            out.append(topic)
    return out[:limit]


def search(db: sqlite_utils.Database, query: str, *, per_kind: int = 20,
           count_limit: int = COUNT_LIMIT) -> list[SearchGroup]:
    """The ranked hits grouped by kind (groups in the order of their best hit)."""
    result = find(db, query, limit=max(per_kind * len(KINDS), 1) if per_kind > 0 else 0)
    groups: dict[str, list[SearchHit]] = {}
    for hit in result.hits:
        groups.setdefault(hit.kind, []).append(hit)
    return [SearchGroup(kind, LABELS[kind], hits[:per_kind], min(len(hits), count_limit))
            for kind, hits in groups.items()]


def suggestions(db: sqlite_utils.Database, query: str, *, limit: int = 8) -> list[str]:
    """Names to tap while typing: those the text starts (or its pinyin), then, for a question
    ("高龄补贴怎么领"), its words and what the synonym table says they mean."""
    table, entries, _, _ = _state(db)
    out = suggest.suggest(entries, query, limit)
    if len(out) < limit:
        analysis = analyse(query, table, _lexicon(db))
        known = {e.text for e in entries}
        for word in analysis.words:
            more = [w for w in (word, *table.expansions(word)) if w in known and w != query.strip()]
            more += suggest.suggest(entries, word, limit)
            out += [w for w in dict.fromkeys(more) if w not in out]
    return out[:limit]


def popular_topics(db: sqlite_utils.Database, limit: int = 8) -> list[str]:
    """The shipped list of common topics that find something here (worked out once per content)."""
    memo = _memo(db)
    if "popular" not in memo:
        memo["popular"] = [topic for topic in suggest.popular_topics() if find(db, topic, limit=1).hits]
    return memo["popular"][:limit]


_YEARS = re.compile(r"\d{4}年(?:度|\d{1,2}月)?")


def _relevance_check(analysis: Analysis):
    """Whether a ranked page is about the query at all: it holds one of the query's words, a
    synonym or a word that sounds the same; or at least half the bigrams of one of its words.
    Without this, 火星基地 would list every 宅基地 notice for the bigram 基地. Typed pinyin is
    matched in titles' pinyin only, so it is taken as found."""
    if any(t.column == "py" and t.weight >= W_PINYIN for t in analysis.terms) or all(
        t.role == "stop" for t in analysis.terms
    ):
        return lambda head, text: True
    if analysis.concepts:
        deciding = analysis.deciding
        return lambda head, text: any(c.shown_by(head, text) for c in deciding)
    whole = [t.text for t in analysis.terms if t.column == "lit" and t.role == "word" and len(t.text) >= 2]
    parts = [bigrams(w) for w in analysis.words if len(w) >= 3]

    def check(head: str, text: str) -> bool:
        if any(w in text for w in whole):
            return True
        return any(sum(b in text for b in grams) * 2 >= len(grams) for grams in parts)

    return check


def _needles(analysis: Analysis) -> list[str]:
    return [t.text for t in sorted((t for t in analysis.terms if t.column == "lit"), key=lambda t: -t.weight)]


def _did_you_mean(entries: list, analysis: Analysis) -> list[str]:
    out: list[str] = []
    asked = [c.word for c in analysis.deciding if c.strength > WEAK] if analysis.concepts else []
    for word in asked or analysis.words or (analysis.text,):
        for text in suggest.suggest(entries, word, 4):
            if text not in out:
                out.append(text)
    if not out and analysis.text:
        # Shorter pieces of what was typed: 残疾人护理费用 -> 残疾人…, dbx -> 低保. Pieces of letters only from
        # letters typed as pinyin: those of markup or code spell initials of anything (<script> is no 上初中).
        typed_letters = analysis.text.replace(" ", "").isalpha()
        for n in (3, 2):
            for i in range(0, max(len(analysis.text) - n + 1, 0)):
                piece = analysis.text[i:i + n]
                if not (all(is_hanzi(ch) for ch in piece) or typed_letters and piece.isascii() and piece.isalpha()):
                    continue
                for text in suggest.suggest(entries, piece, 2):
                    if text not in out:
                        out.append(text)
            if out:
                break
    return out[:6]


def snippet(text: str, needles, length: int = SNIPPET_LENGTH) -> str:
    """A one-line excerpt of `text` starting a little before the first needle found."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    found = [pos for pos in (folded.find(n) for n in needles) if pos >= 0]
    start = max(0, min(found) - SNIPPET_BEFORE) if found else 0
    excerpt = flat[start:start + length]
    return ("…" if start > 0 else "") + excerpt + ("…" if start + length < len(flat) else "")


def counter_help(db: sqlite_utils.Database) -> dict:
    """How to ask at the counter when search finds nothing: the disclosure office, its phone,
    address and hours (the township's public contact, never a person's)."""
    from kiosk.store import township_repo

    township = township_repo.get_township(db) or {}
    return {key: township.get(key) or "" for key in ("office_name", "office_phone", "office_address", "office_hours")}

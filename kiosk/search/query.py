"""A resident's query, analysed: content words, what they also mean, and how much each counts.

    analyse("低保怎么申请", table)
    # Analysis(terms=[Term('低保', 'lit', 4), Term('最低生活保障', 'lit', 3), Term('dibao', 'py', 1), ...],
    #          how_to=True, words=('低保',), dropped=('怎么申请',))

Question and filler words (resources/search/stopwords.txt) are taken out first, so "在哪里办" or
"多少钱" never decide what is found; when nothing else is left they are searched themselves, with
the least weight, so no query fails for them. Words of the synonym table are kept whole while
the stop-words are cut out around them. What is left is searched as:

* the words themselves (a phrase of bigrams) and their bigrams, so a hit needs not every character;
* what the synonym table says they also mean (低保 -> 最低生活保障);
* words of the table that sound the same (低宝 -> 低保), and the words' fuzzy pinyin in titles;
* typed pinyin: full ("dibao", "di bao", with tone marks or digits: "dī bǎo", "di1 bao3") or initials
  ("ykt"), in titles and through the table.

Before that, the query is cleaned (kiosk/search/text.py: invisible characters, spaces between hanzi, tone
marks), a lone digit is left out (alone it would match every page with a 1 in it), and in a sentence the
words of a name said in pieces are joined again (kiosk/search/compounds.py: 老人……钱 = 老人钱).

Weights are small integers (FTS5's bm25 sums over the query's phrases, so a phrase given twice
counts twice); every term is made of quoted tokens of letters and digits only, so nothing a
resident types can reach the FTS5 query syntax.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from kiosk.search import pinyin
from kiosk.search.compounds import join
from kiosk.search.synonyms import SynonymTable
from kiosk.search.text import bigrams, clean_query, is_hanzi, normalise, runs

# How much each kind of term counts (repetitions of its phrase in the FTS5 expression).
W_WORD = 4  # a content word as typed, whole
W_BIGRAM = 1  # each bigram of a content word of 3+ characters
W_SYNONYM = 3  # what the table says a word also means
W_SOUND = 2  # a word of the table that sounds like part of a word (the whole word: W_SYNONYM)
W_PART = 2  # a word of the table inside a longer word (医保 in 医保报销)
W_PART_SYNONYM = 1
W_SOUND_SYNONYM = 1
W_PY = 1  # a word's fuzzy pinyin among title pinyin (homophones)
W_PINYIN = 4  # typed pinyin among title pinyin
W_STOP = 1  # a stop-word, searched only when nothing else is left

MAX_RUNS = 8
MAX_RUN = 24
MAX_TERMS = 40


@dataclass(frozen=True)
class Term:
    text: str  # normalised: hanzi/letters/digits of a literal phrase, or space-separated py tokens
    column: str  # 'lit': title and body bigrams; 'py': title pinyin tokens
    weight: int
    role: str = "word"  # 'word' (a word, synonym or sound-alike), 'bigram' (a piece of one), 'stop'

    def tokens(self) -> list[str]:
        if self.column == "py":
            return self.text.split()
        return [t for run in self.text.split() for t in bigrams(run)]

    def fts(self) -> str:
        phrase = " ".join(f'"{t}"' for t in self.tokens())
        if len(self.tokens()) > 1:
            phrase = f'"{" ".join(self.tokens())}"'
        return f"py : {phrase}" if self.column == "py" else f"{{title body}} : {phrase}"


# How much a concept of the question decides (Concept.strength).
WEAK, HINT, TOPIC = 0, 1, 2


@dataclass(frozen=True)
class Concept:
    """One thing the resident asked about, with every text that means it on a page.

    TOPIC: a name the township's content or the synonym table's groups use (低保, 医保, 请律师);
    HINT: a colloquial word that points at several topics (住院, 修路) or a word nobody listed
    (当兵); WEAK: a vague word (钱, 补贴, 村里) that decides nothing when a stronger one is there."""

    word: str
    terms: tuple[str, ...]  # normalised literal texts, any of which on a page means it
    strength: int
    parts: tuple[str, ...] = ()  # bigrams of a long unlisted word: half of them on a page will do
    listed: bool = True  # a word of the synonym table or the content's names; else only a title shows it

    def covered(self, text: str) -> bool:
        """Whether a (case-folded) page text speaks of this concept."""
        if any(t in text for t in self.terms):
            return True
        return bool(self.parts) and sum(b in text for b in self.parts) * 2 >= len(self.parts)

    def in_title(self, title: str) -> bool:
        return any(t in title for t in self.terms)

    def shown_by(self, title: str, text: str) -> bool:
        """Whether a page is about this concept: a listed word anywhere in it; a word nobody
        listed only in its title (结婚证 among a 户口登记 guide's materials is no answer)."""
        return self.covered(text if self.listed else title)


@dataclass(frozen=True)
class Analysis:
    text: str
    terms: tuple[Term, ...]
    words: tuple[str, ...]  # the content words (hanzi as typed, or pinyin turned into words)
    how_to: bool  # a "how do I..." question: 怎么申请, 在哪里办, 要什么材料
    dropped: tuple[str, ...] = field(default=())  # the stop-words, kin words and filler taken out
    concepts: tuple[Concept, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.terms

    @property
    def strongest(self) -> tuple[Concept, ...]:
        """The concepts that decide the answer: those of the highest strength present."""
        if not self.concepts:
            return ()
        top = max(c.strength for c in self.concepts)
        return tuple(c for c in self.concepts if c.strength == top)

    @property
    def deciding(self) -> tuple[Concept, ...]:
        """The concepts a page must speak of to be shown: all but the weak ones, when any is left."""
        strong = tuple(c for c in self.concepts if c.strength > WEAK)
        return strong or self.concepts


@lru_cache(maxsize=1)
def stopwords() -> tuple[dict[str, bool], int]:
    """stop-word -> marks a how-to question; and the longest one's length."""
    text = resources.files("resources").joinpath("search/stopwords.txt").read_text(encoding="utf-8")
    words: dict[str, bool] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        how_to = line.startswith("?")
        words[normalise(line.lstrip("?"))] = how_to
    return words, max(map(len, words))


def split_stopwords(run: str, protected: set[str], longest_protected: int) -> tuple[list[str], list[str], bool]:
    """Cut a hanzi run into content chunks and stop-words: longest match first, words of the
    synonym table win over stop-words that overlap them (申请 in 申请公开 stays)."""
    stops, longest_stop = stopwords()
    chunks, dropped, how_to = [], [], False
    current = ""
    i = 0
    while i < len(run):
        kept = next((n for n in range(min(longest_protected, len(run) - i), 1, -1)
                     if run[i:i + n] in protected), 0)
        if kept:
            current += run[i:i + kept]
            i += kept
            continue
        stop = next((n for n in range(min(longest_stop, len(run) - i), 0, -1) if run[i:i + n] in stops), 0)
        if stop:
            word = run[i:i + stop]
            dropped.append(word)
            how_to = how_to or stops[word]
            if current:
                chunks.append(current)
            current = ""
            i += stop
            continue
        current += run[i]
        i += 1
    if current:
        chunks.append(current)
    return chunks, dropped, how_to


def split_words(run: str, lexicon, protected: set[str]) -> tuple[list[str], list[str], bool]:
    """Cut a hanzi run with the segmenter (kiosk/search/segment.py): words of the dictionary stay
    whole, stop-words and kin words are taken out, characters of no word join into runs again
    (修路, 当兵)."""
    stops, _ = stopwords()
    chunks, dropped, how_to = [], [], False
    pending = ""
    for token in lexicon.segmenter.cut(run):
        if token in protected and len(token) >= 2:
            if pending:
                chunks.append(pending)
                pending = ""
            chunks.append(token)
        elif token in stops or token in lexicon.kin or token in lexicon.asks_money:
            if pending:
                chunks.append(pending)
                pending = ""
            dropped.append(token)
            how_to = how_to or stops.get(token, False)
            if token in lexicon.asks_money and lexicon.money:
                # 多少钱, 几百块 ask about money: it may finish a name said in pieces (老年人……多少钱: 老年人的钱).
                chunks.append(lexicon.money[0])
        elif len(token) == 1 and token in lexicon.money and not pending:
            chunks.append(token)  # 有钱领: the 钱 alone (a name said in pieces may want it); 压岁钱 stays whole
        elif len(token) == 1:
            pending += token
            if token in lexicon.money:
                chunks.append(pending)
                pending = ""
        else:
            if pending:
                chunks.append(pending)
                pending = ""
            chunks.append(token)
    if pending:
        chunks.append(pending)
    return chunks, dropped, how_to


class _Known:
    """The names a name said in pieces may make: the synonym table's words and the content's names."""

    def __init__(self, *sets: frozenset[str]) -> None:
        self._sets = sets

    def __contains__(self, word: object) -> bool:
        return any(word in s for s in self._sets)


def _typed_runs(text: str) -> list[str]:
    """The runs of a cleaned query (kiosk/search/text.py) as analyse reads them: tone digits off pinyin
    ("di1 bao3"), and no lone digit, which alone would match every page with a 1 in it (alert(1))."""
    out = []
    for run in runs(text):
        if run.isdigit() and len(run) < 2:
            continue
        out.append(pinyin.toneless(run) if run.isascii() else run)
    return out


@lru_cache(maxsize=1)
def _spoken_stopwords() -> dict[str, str]:
    """Question words as typed in full pinyin (zenme, shenqing, zainali) -> the words themselves, so that
    "dibao zenme shenqing" is asked as 低保怎么申请: the same how-to question, the same answer card."""
    spoken: dict[str, str] = {}
    for word in stopwords()[0]:
        if len(word) >= 2:
            key = "".join(pinyin.run_syllables(word))
            if key.isalpha():
                spoken.setdefault(key, word)
    return spoken


def _question_words_spoken(parts: list[str], table: SynonymTable) -> list[str]:
    """ASCII runs that are a question word's pinyin (and no word of the table's) become that word."""
    out = []
    for part in parts:
        word = _spoken_stopwords().get(part.lower()) if part.isascii() and part.isalpha() and len(part) >= 4 else None
        out.append(word if word and not table.by_pinyin(part.lower()) else part)
    return out


def _pinyin_runs(parts: list[str]) -> list[tuple[str, ...] | str]:
    """ASCII runs as pinyin: consecutive single syllables ('di bao', the keyboard's preedit) join
    into one word; a run of syllables is full pinyin; anything else of letters is initials."""
    out: list[tuple[str, ...] | str] = []
    pending: list[str] = []
    for part in parts:
        if pinyin.is_syllable(part) and len(part) > 1 or part in ("a", "e", "o"):
            pending.append(part)
            continue
        if pending:
            out.append(tuple(pending))
            pending = []
        out.append(part)
    if pending:
        out.append(tuple(pending))
    return out


def analyse(text: str, table: SynonymTable, lexicon=None) -> Analysis:
    """Never raises; an empty Analysis when nothing searchable is left. With a lexicon
    (kiosk/search/phrases.py), sentences are cut by the segmenter, kin words and ages are
    understood, and each content word becomes a Concept."""
    text_in = clean_query(text or "")
    text_in = lexicon.normalise(text_in) if lexicon is not None else text_in
    parts = _question_words_spoken([r[:MAX_RUN] for r in _typed_runs(text_in)][:MAX_RUNS], table)
    protected, longest = table.word_set()
    terms: list[Term] = []
    words: list[str] = []
    dropped: list[str] = []
    how_to = False
    stop_terms: list[Term] = []
    concepts: list[Concept] = []
    sink: list[str] = []  # the literal words of the concept being read

    def add(term: Term) -> None:
        if term.column == "lit" and term.role == "word":
            sink.append(term.text)
        if term.text and all(t.text != term.text or t.column != term.column for t in terms):
            terms.append(term)

    def add_word(word: str, weight: int, synonym_weight: int) -> None:
        add(Term(word, "lit", weight))
        for other in table.expansions(word):
            add(Term(other, "lit", synonym_weight))

    def strength(word: str, resolved: list[str]) -> int:
        if lexicon is None:
            return HINT
        if word in lexicon.weak:
            return WEAK
        if any(table.is_named(w) or w in lexicon.names for w in (word, *resolved)):
            return TOPIC
        return HINT

    def concept(word: str, resolved: list[str], parts: tuple[str, ...] = ()) -> None:
        found = tuple(dict.fromkeys(sink))
        sink.clear()
        if word and found and all(c.word != word for c in concepts):
            listed = lexicon is None or bool(resolved) or word in protected or word in lexicon.names or len(found) > 1
            concepts.append(Concept(word, found, strength(word, resolved), parts, listed))

    def hanzi_chunk(chunk: str) -> None:
        sink.clear()
        resolved: list[str] = []
        words.append(chunk)
        add_word(chunk, W_WORD, W_SYNONYM)
        # Words of the table inside a longer chunk (医保报销 -> 医保, 报销) and their meanings.
        if len(chunk) > 2:
            # A word of the table is meant whole (老人钱 is the 高龄津贴, not 老人's other topics).
            for n in range(len(chunk) - 1 if chunk not in protected else 1, 1, -1):
                for i in range(len(chunk) - n + 1):
                    sub = chunk[i:i + n]
                    if sub in protected:
                        add_word(sub, W_PART, W_PART_SYNONYM)
            for bigram in bigrams(chunk):
                add(Term(bigram, "lit", W_BIGRAM, "bigram"))
        # Words of the table that sound like (part of) the chunk: 低宝 -> 低保.
        for n in range(min(len(chunk), 8), 1, -1):
            for i in range(len(chunk) - n + 1):
                sub = chunk[i:i + n]
                if n < 3 and n < len(chunk) or sub in protected:
                    continue  # two sounds inside a longer word match too much by chance
                for word in table.by_pinyin(pinyin.word_key(sub)):
                    if word != sub:  # the whole chunk sounding like a word is as good as a synonym
                        add_word(word, W_SYNONYM if n == len(chunk) else W_SOUND, W_SOUND_SYNONYM)
                        if n == len(chunk):
                            resolved.append(word)
        concept(chunk, resolved, tuple(bigrams(chunk)) if len(chunk) >= 3 and chunk not in protected else ())
        syllables = [s for run in [chunk] for s in pinyin.run_syllables(run)]
        for token in pinyin.syllable_tokens(syllables):
            add(Term(token, "py", W_PY))

    def pinyin_word(syllables: tuple[str, ...]) -> None:
        complete = syllables if pinyin.is_syllable(syllables[-1]) else syllables[:-1]
        if len(complete) >= 2:
            add(Term(" ".join(pinyin.syllable_tokens(complete)), "py", W_PINYIN))
            key = "".join(pinyin.fuzzy(s) for s in complete)
            found = table.by_pinyin(key)
            sink.clear()
            for word in found:  # words that sound alike are one thing asked, any of them
                words.append(word)
                add_word(word, W_PINYIN, W_SYNONYM)
            concept(" ".join(complete), list(found))
        if len(syllables) > len(complete):  # still typing the last syllable: its initial
            initials_word("".join(s[0] for s in syllables))

    def initials_word(letters: str) -> None:
        if len(letters) < 2:
            return
        add(Term(" ".join(pinyin.initial_tokens(list(letters))), "py", W_PINYIN))
        found = table.by_initials(letters)
        if not found and len(letters) >= 3:
            # Two letters typed the wrong way round (gltj for gljt, 高龄津贴): the words they spell.
            found = tuple(w for i in range(len(letters) - 1)
                          for w in table.by_initials(letters[:i] + letters[i + 1] + letters[i] + letters[i + 2:]))
        sink.clear()
        for word in dict.fromkeys(found):  # every word these initials spell is one thing asked
            words.append(word)
            add_word(word, W_PINYIN, W_SYNONYM)
        concept(letters, list(found))

    for part in _pinyin_runs(parts):
        if isinstance(part, tuple):
            pinyin_word(part) if len(part) > 1 else initials_word(part[0]) if len(part[0]) > 1 else None
            continue
        if all(is_hanzi(ch) for ch in part):
            if lexicon is not None:
                chunks, stops, asked = split_words(part, lexicon, protected)
            else:
                chunks, stops, asked = split_stopwords(part, protected, longest)
            if lexicon is not None:
                chunks = join(chunks, _Known(protected, lexicon.names), table, lexicon.money, lexicon.passing)
            dropped += stops
            how_to = how_to or asked
            for chunk in chunks:
                if len(chunk) >= 2 or len(parts) == 1 and len(chunks) == 1 and not stops:
                    hanzi_chunk(chunk)
            stop_terms += [Term(s, "lit", W_STOP, "stop") for s in stops if len(s) >= 2]
            continue
        if part.isascii() and part.isalpha():
            syllables = pinyin.split_syllables(part)
            if syllables and len(syllables) >= 2 and len(part) >= 4:
                pinyin_word(syllables)
            else:
                initials_word(part)
            continue
        # Digits, or letters mixed with digits or hanzi: searched as written.
        words.append(part)
        sink.clear()
        add(Term(part, "lit", W_WORD))
        concept(part, [])
    if not terms:
        terms = stop_terms
    return Analysis(text or "", tuple(terms[:MAX_TERMS]), tuple(dict.fromkeys(words)), how_to, tuple(dropped),
                    tuple(concepts))

"""Names a resident says in pieces: 老人……钱 is the 老人钱, 种粮食……补贴 a 种地补贴.

    join(["老人", "钱"], words, table, money, passing)           # ['老人钱']
    join(["上了年纪", "补助"], words, table, money, passing)      # ['老人补助'] (上了年纪 is said for 老人)
    join(["种粮食", "补贴"], words, table, money, passing)        # ['种地补贴'] (a name of the 耕地地力保护补贴)

A question's content words, read in order with its question words taken out (每个月, 有没有, 吗),
often spell a name of the synonym table or of the content that none of them is alone: the words
between them are gone, not the name. Two neighbouring words (or with vague ones between: 国家,
村里) are one word when, joined (or joined by 的), they are a known name; the first may be any word
said for the same thing (the synonym table's `alike`), and a word for money any other word for money
(老人补助 = 老人补贴), when the name made is among what the first word points at. Only known names are
made, so nothing a resident types becomes a word the township does not have.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Protocol

LOOK_BACK = 3  # words passed over between the two halves (vague words, lone characters)


class Alike(Protocol):  # kiosk/search/synonyms.py's SynonymTable
    def alike(self, word: str) -> tuple[str, ...]: ...

    def expansions(self, word: str) -> tuple[str, ...]: ...


def compound(first: str, second: str, words: Collection[str], table: Alike, money: tuple[str, ...]) -> str | None:
    """The known name the two words make together, or None. Joined as said (老人 + 钱 = 老人钱, 高龄 + 的 +
    津贴), or with another word for the money (残疾 + 钱 = 残疾补贴); or, for money only, with the head of an
    unknown word said a little longer (种稻子 + 补贴 = 种稻补贴, 种水稻 + 钱 = 水稻补贴), or with another
    word said for the first, when the name is among what the first word points at (上了年纪 + 补助 =
    老人补助, one of the 高龄津贴's names; 八十岁 + 老人 is no 百岁老人)."""
    seconds = (second, *(m for m in money if m != second)) if second in money else (second,)
    for tail in seconds:
        for word in (first + tail, f"{first}的{tail}"):
            if word in words:
                return word
    if second not in money:
        return None
    if len(first) >= 3 and first not in words:  # a name's head said a little longer: 种稻子, 种水稻
        for head in (first[:-1], first[1:]):
            for tail in seconds:
                if head + tail in words:
                    return head + tail
    meant = frozenset(table.expansions(first))
    if not meant:
        return None
    for head in table.alike(first)[1:]:
        for tail in seconds:
            for word in (head + tail, f"{head}的{tail}"):
                if word in words and word in meant:
                    return word
    return None


def join(chunks: list[str], words: Collection[str], table: Alike, money: tuple[str, ...],
         passing: Callable[[str], bool]) -> list[str]:
    """The content chunks of one sentence with each pair that makes a known name made one.
    `passing(word)`: a word that may stand between the two halves (a vague word, a lone character)."""
    out: list[str] = []
    for chunk in chunks:
        joined = False
        for back in range(len(out) - 1, max(len(out) - 1 - LOOK_BACK, -1), -1):
            word = compound(out[back], chunk, words, table, money)
            if word is not None:
                out[back] = word
                joined = True
                break
            if not passing(out[back]):
                break
        if not joined:
            out.append(chunk)
    return out

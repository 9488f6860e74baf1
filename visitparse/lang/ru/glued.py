"""Words that scraping glued together across a lost line break ("НовокузнецкаВице-мэр").

A page's headline or site name often loses the line break before the next paragraph, and the
last word of one runs into the first of the other: a lower-case letter directly followed by an
upper-case one. Brand names are written that way on purpose ("МегаФон", "АвтоМир", "ТрансНефть"),
so a word is cut only where its first part is a whole dictionary word of some length that
inflects (brands open with an indeclinable or unknown stem: "Авто", "Медиа", "Мега", "Энерго").

The annotator gives natasha the text with a space at each cut and maps every offset back, so
that offsets, tokens and entities keep pointing into the text as given.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

# A lower-case Cyrillic run at a word's start, then an upper-case letter: the candidate cut.
_GLUED = re.compile(r"\b([А-ЯЁа-яё][а-яё]{4,})(?=[А-ЯЁ][А-ЯЁа-яё]{2})")


# Prefixes of brand names that are dictionary words too ("ТрансНефть", "ИнтерРАО").
BRAND_PREFIXES = frozenset({"транс", "интер", "супер", "гипер", "мульти", "ультра", "экстра", "макси"})


def glued_cuts(text: str, is_word: Callable[[str], bool]) -> list[int]:
    """Offsets in ``text`` where a glued word should be cut; ``is_word`` says whether a lower-case
    form is an inflecting dictionary word."""
    cuts = []
    for m in _GLUED.finditer(text):
        first = m.group(1).lower()
        if first not in BRAND_PREFIXES and is_word(first):
            cuts.append(m.end())
    return cuts


def with_spaces(text: str, cuts: list[int]) -> str:
    """``text`` with a space inserted at every cut (ascending offsets)."""
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return " ".join(pieces)


class OffsetMap:
    """Maps offsets of the text with spaces inserted back to the text as given."""

    def __init__(self, cuts: list[int]) -> None:
        # The inserted spaces' own offsets in the spaced text.
        self.spaces = [cut + k for k, cut in enumerate(cuts)]

    def __call__(self, offset: int) -> int:
        return offset - bisect_left(self.spaces, offset)

"""Fixes to natasha's person spans: initials, and place adjectives taken for names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from visitparse.lang.ru.tokens import RuToken

_INITIAL = re.compile(r"^(?:[А-ЯЁ]\.){1,2}$|^[А-ЯЁ]$")
# Endings of Russian relational adjectives ("Имангуловский", "Сакмарская"): never a person on their own.
_PLACE_ADJ = re.compile(r"(?:ский|ская|ское|ского|ской|ском|скому|ским|скую|ские|ских|цкий|цкая|цкое)$")


def is_initial(tokens: Sequence[RuToken], i: int) -> bool:
    """``tokens[i]`` is an initial: "В", "В.", "Л.Н." (a lone capital followed by a dot)."""
    tok = tokens[i]
    if _INITIAL.match(tok.text):
        if tok.text.endswith("."):
            return True
        return i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == tok.end
    return False


def extend_with_initials(tokens: Sequence[RuToken], start: int, end: int) -> tuple[int, int]:
    """Grow the person span ``[start, end)`` over initials right before or after it."""
    j = start
    while j >= 1:
        prev = j - 1
        if tokens[prev].text == "." and prev >= 1 and is_initial(tokens, prev - 1):
            j = prev - 1
        elif is_initial(tokens, prev) and tokens[prev].text.endswith("."):
            j = prev
        else:
            break
    k = end
    while k < len(tokens) and tokens[k].sent == tokens[end - 1].sent:
        if is_initial(tokens, k) and _surname_like(tokens[k - 1]):
            k += 2 if not tokens[k].text.endswith(".") else 1
        else:
            break
    return j, min(k, len(tokens))


def is_place_adjective(tokens: Sequence[RuToken], start: int, end: int) -> bool:
    """A one-word "person" that is really a place adjective ("Имангуловский ... дом-интернат")."""
    if end - start != 1:
        return False
    tok = tokens[start]
    if not _PLACE_ADJ.search(tok.text.lower()):
        return False
    nxt = tokens[end] if end < len(tokens) else None
    # A surname in -ский is a person when it stands alone; before a lower-case word it is an attribute.
    return nxt is not None and nxt.sent == tok.sent and (nxt.pos in ("ADJ", "NOUN") and not nxt.is_title)


def _surname_like(tok: RuToken) -> bool:
    return tok.is_title and len(tok.text) > 2 and not tok.text.endswith(".")

"""The nominative of a Russian body's name cut out of a longer phrase.

"аграрного комитета | Госдумы" -> "Госдума", "постоянной комиссии | областного
Собрания" -> "областное Собрание": the adjectives and the head noun go to the
nominative singular, agreeing with the noun; the genitive tail after the head
stays as written.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_GENDERS = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}


@cache
def _morph() -> Any:
    """The Russian annotator's dictionary (natasha's ``MorphVocab``), loaded once."""
    from visitparse.lang import get_annotator

    return getattr(get_annotator("ru"), "models").morph_vocab  # noqa: B009 (not in the Protocol)


def part_of_speech(word: str) -> str:
    """The likeliest OpenCorpora part of speech of ``word`` ("NOUN", "ADJF", "VERB", ...)."""
    parses = _morph().parse(word)
    return str(parses[0].tag.POS) if parses else ""


def nominative(words: list[str]) -> list[str]:
    """``words`` with the leading adjectives and the head noun in the nominative."""
    morph = _morph()
    parses = [morph.parse(w) for w in words]
    head = next((k for k, p in enumerate(parses) if p and p[0].tag.POS == "NOUN"), None)
    if head is None:
        return words
    noun = parses[head][0]
    out = list(words)
    for k in range(head + 1):
        best = parses[k][0]
        grams = {"Nom", "Sing"}
        if k < head:
            if best.tag.POS not in ("ADJF", "PRTF"):
                return words
            grams.add(_GENDERS.get(str(noun.tag.gender), "Masc"))
        form = best.inflect(grams)
        if form is not None:
            out[k] = _same_case(words[k], form.word)
    return out


def _same_case(original: str, word: str) -> str:
    """``word`` capitalised like ``original`` ("Госдумы" -> "Госдума")."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word

"""Base forms of Bulgarian entity mentions: the definite article removed.

Bulgarian marks definiteness with a suffix on the first word of a noun phrase
("Европейският съюз", "Общината", "Министерството на ..."). A mention's lemma,
the way SlavicNER gives it, is the phrase with that article removed and the
rest left as written ("Европейски съюз", "Община", "Министерство на ...").
Names already in base form ("Русия", "Москва") are left alone.

The rules below remove the article from the first word only; a small table
learned from the SlavicNER training topics (``lemma_table.tsv``, see
``models/bg/prepare.py``) overrides them where the corpus disagrees.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from visitparse.lang.bg.lemma_data import IYA_NOUNS, MASCULINE_HEADS, NON_ADJECTIVE_NEXT

_WORD = re.compile(r"\S+")
_CYRILLIC_LOWER = re.compile(r"[а-яѐ-ѝ]")


LemmaTables = tuple[dict[str, str], dict[str, str]]


@functools.cache
def _tables() -> LemmaTables:
    """(whole mention -> lemma, first word -> base) learned from the corpus."""
    path = resources.files("visitparse.lang.bg") / "lemma_table.tsv"
    return parse_tables(path.read_text(encoding="utf-8") if path.is_file() else "")


def parse_tables(tsv: str) -> LemmaTables:
    """(whole mention -> lemma, first word -> base) from the lines of a lemma table."""
    mentions: dict[str, str] = {}
    words: dict[str, str] = {}
    for line in tsv.splitlines():
        kind, surface, lemma = line.split("\t")
        (mentions if kind == "M" else words)[surface] = lemma
    return mentions, words


def lemmatize(text: str, label: str, tables: LemmaTables | None = None) -> str:
    """The base form of the mention ``text`` labelled ``label`` (PER, ORG, LOC, ...).

    ``tables`` replaces the shipped exception table (evaluation folds learn their own).
    """
    mentions, words = tables or _tables()
    if text in mentions:
        return mentions[text]
    return rule_lemma(text, label, words)


def rule_lemma(text: str, label: str, words: dict[str, str] | None = None) -> str:
    """The rule-based base form: the article removed from the first word.

    ``words`` maps first words to their base form where the rules are known to fail.
    """
    first = _WORD.match(text)
    if first is None:
        return text
    word = first.group()
    rest = text[first.end() :]
    base = words.get(word) if words else None
    if base is None:
        next_word = _WORD.search(rest)
        base = dearticle(word, label, next_word.group() if next_word else None)
    return base + rest


def dearticle(word: str, label: str, next_word: str | None = None) -> str:
    """``word`` without a definite article, when it clearly carries one.

    ``next_word`` is the following word of the mention (``None`` for a
    one-word mention): an "-ия" ending is an adjective's article only when a
    noun follows ("Европейския съюз"), never on its own ("Русия").
    """
    lower = word.lower()
    if not _CYRILLIC_LOWER.search(lower[-2:]) or word.isupper():
        return word  # abbreviations and Latin names carry no article
    if label == "PER":
        # Personal names keep their endings; only group nouns ("евродепутатите") lose the article.
        if next_word is None and lower.endswith("ите") and len(word) > 5:
            return lower[:-2]
        return word
    if lower in IYA_NOUNS:
        return word
    if lower.endswith(("ият", "ия")) and next_word is not None and _is_adjective_slot(next_word):
        return _adjective_base(word[: -3 if lower.endswith("ият") else -2])
    if lower.endswith(("ът", "ят")) and len(word) > 4:
        return word[:-2]
    if lower.endswith(("а", "я")) and lower[:-1] in MASCULINE_HEADS:
        return word[:-1]
    if lower.endswith(("ата", "ята")) and len(word) > 4:
        return word[:-2]
    if lower.endswith(("ото", "ето")) and len(word) > 4:
        return word[:-2]
    if lower.endswith("ите") and len(word) > 4:
        return word[:-2]
    return word


def _is_adjective_slot(next_word: str) -> bool:
    """True when ``next_word`` can be the noun an adjective ending in "-ия" qualifies."""
    return next_word.lower() not in NON_ADJECTIVE_NEXT and bool(_CYRILLIC_LOWER.match(next_word[:1].lower()))


def _adjective_base(stem: str) -> str:
    """Masculine base of an adjective from its stem ("Европейск" -> "Европейски", "Световн" -> "Световен")."""
    lower = stem.lower()
    if lower.endswith(("ск", "цк", "шк", "жк", "чк")):
        return stem + "и"
    if lower.endswith("йн"):
        return stem[:-2] + "ен"  # "Енергийн" -> "Енергиен"
    if len(lower) > 2 and lower.endswith("н") and lower[-2] not in "аеиоуъюяэ":
        return stem[:-1] + "ен"
    if len(lower) > 2 and lower.endswith("к") and lower[-2] not in "аеиоуъюяэ":
        return stem[:-1] + "ък"
    return stem

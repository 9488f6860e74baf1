#!/usr/bin/env python3
"""Derive the Russian job-title lexicon (``visitparse/lang/ru/titles.py``) from data.

FactRuEval-2016's Occupation facts name real job titles ("Position" spans). Their
head nouns (with the adjectives written before them) are the titles; natasha's
dictionary (pymorphy2) gives every singular case form, so a title is found in
whatever case the sentence puts it. A few titles the corpus lacks but officials
carry (``EXTRA``) are added; occupations that are not offices (``NOT_OFFICES``)
are left out. Only the words are kept: no text of the corpus.

usage: scripts/build_titles.py [../shared/corpora/factrueval] > visitparse/lang/ru/titles.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from natasha import MorphVocab

# Titles of officials the corpus does not have (the list and common offices).
EXTRA = """вице-губернатор, вице-спикер, сенатор, полпред, посол, ректор, проректор, омбудсмен, омбудсман,
аким, мэр, губернатор, министр, замминистра, замгубернатора, замглавы, замдиректора, премьер-министр,
вице-премьер, спикер, депутат, парламентарий, председатель, зампред, руководитель, директор, начальник,
заведующий, главный врач, главный специалист, ведущий специалист, научный сотрудник, сотрудник, советник,
консул, генеральный консул, атташе, секретарь, первый секретарь, генеральный секретарь, уполномоченный,
префект, бургомистр, староста, президент, вице-президент, канцлер, комиссар, инспектор, главный инспектор,
прокурор, координатор, эксперт, специалист, куратор, управляющий, представитель,
официальный представитель, постоянный представитель, вице-мэр, торговый представитель, торгпред"""

# Occupations in the corpus that are not offices an official visit names.
NOT_OFFICES = frozenset(
    """астронавт вратарь полузащитник защитник тренер капитан солист фотограф экономист рабочий
    оператор редактор хореограф архиепископ царь полковник генерал-лейтенант генерал-майор шеф
    наблюдатель докладчик бундестренер лидер член худрук""".split()
)
# natasha's MorphForm.inflect takes Universal Dependencies feature names.
# Words before a title that say when, not what: left out of it.
NOT_RANKS = frozenset({"бывший", "новый", "нынешний", "действующий", "будущий"})
# Short forms written for a title, and the title they stand for.
FULL_TITLES = {"полпред": "полномочный представитель"}
CASES = ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc")
GENDERS = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
_WORD = re.compile(r"[а-яё-]+")


def corpus_titles(root: Path) -> Counter[str]:
    """Title phrases (lower case) of the Occupation facts, by frequency."""
    found: Counter[str] = Counter()
    for path in sorted(root.glob("devset/*.facts")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("Position"):
                for part in line.split(" | "):
                    found[re.sub(r"^(Position )?span\d+ ", "", part).lower()] += 1
    return found


def head_phrase(morph: MorphVocab, title: str) -> str | None:
    """The adjectives and the head noun that open ``title``, in the nominative."""
    words: list[str] = []
    for word in _WORD.findall(title):
        parses = morph.parse(word)
        if not parses:
            return None
        best = parses[0]
        if best.normal in NOT_RANKS or word.startswith("экс-"):
            continue
        if best.tag.POS == "ADJF":
            words.append(best.normal if not words else word)
            continue
        if best.pos == "NOUN":
            words.append(best.normal)
            return " ".join(words)
        return None
    return None


def forms(morph: MorphVocab, phrase: str) -> dict[str, str]:
    """Every singular case form of ``phrase`` -> ``phrase`` (adjectives agree with the noun)."""
    words = phrase.split()
    parsed = [next((p for p in morph.parse(w) if p.tag.case == "nomn"), None) for w in words]
    out = {phrase: phrase}
    if any(p is None for p in parsed):
        return out
    for case in CASES:
        inflected = []
        for p in parsed:
            grams = {case, "Sing"}
            if p is not None and p.tag.POS in ("ADJF", "PRTF") and parsed[-1] is not None:
                grams.add(GENDERS.get(parsed[-1].tag.gender or "", "Masc"))
            form = p.inflect(grams) if p is not None else None
            inflected.append(form.word if form is not None else None)
        if all(inflected):
            out[" ".join(w for w in inflected if w)] = phrase
    return out


def _other_word(morph: MorphVocab, form: str, base: str) -> bool:
    """Whether a one-word form is read first as a function word ("после": a preposition, not "посол")."""
    if " " in form or form == base:
        return False
    return morph.parse(form)[0].tag.POS not in ("NOUN", "ADJF", "PRTF")


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/factrueval")
    morph = MorphVocab()
    heads: set[str] = set()
    for title in corpus_titles(root):
        phrase = head_phrase(morph, title)
        if phrase and phrase.split()[-1] not in NOT_OFFICES:
            heads.add(phrase)
    phrases = {" ".join(t.split()) for t in EXTRA.split(",")} | heads
    table: dict[str, str] = {}
    for phrase in sorted(phrases):
        for form, base in forms(morph, phrase).items():
            if _other_word(morph, form, base):
                continue
            table.setdefault(form, FULL_TITLES.get(base, base))
    print('"""Russian job titles: every singular case form -> the nominative title.')
    print()
    print("Generated by scripts/build_titles.py from FactRuEval-2016's Occupation facts")
    print('(head nouns and their adjectives) and a list of offices; do not edit by hand."""')
    print()
    print("TITLE_FORMS: dict[str, str] = {")
    for form in sorted(table):
        print(f'    "{form}": "{table[form]}",')
    print("}")


if __name__ == "__main__":
    main()

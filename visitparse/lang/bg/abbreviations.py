"""Bulgarian abbreviations whose dot ends no sentence.

The tokenizer keeps some abbreviations whole ("инж.", "гр.") and splits others from
their dot ("доц" + "."), and the sentencizer ends a sentence at every lone dot: an
honorific before a name ("доц. Иван Петров", "Н. Пр. Виктор ..."), a term marker
("т.нар.") or a place mark ("ул.", "Ст. Загора") would cut the sentence, and the
name after it from its title. Lower-case forms; the dot is not part of them.

Left out on purpose: abbreviations that often end a sentence ("др." of "и др.",
"г." of a year, "в." of a century, "лв.", "млн.", "ч.").
"""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Honorifics and ranks before a name.
        "акад",
        "проф",
        "доц",
        "ас",
        "гл",
        "ст.н.с",
        "н.с",
        "засл",
        "засл.проф",
        "инж",
        "арх",
        "д-р",
        "ген",
        "полк",
        "подп",
        "кап",
        "адм",
        "о",
        "св",
        "пр",  # "Н. Пр." (Негово Превъзходителство)
        "г-н",
        "г-жа",
        "зам",
        # Terms and references.
        "т.нар",
        "т.н",
        "т.е",
        "т.к",
        "напр",
        "вкл",
        "вж",
        "чл",
        "ал",
        "т",
        "бр",
        "стр",
        "ок",
        "прибл",
        # Addresses and places.
        "ул",
        "бул",
        "пл",
        "кв",
        "ж.к",
        "гр",
        "с",
        "обл",
        "общ",
        "ст",  # "Ст. Загора"
    }
)

# Capitalized words this short before a dot are initials or abbreviations ("Н.", "Ив.", "Хр.").
MAX_INITIAL_LETTERS = 2


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (without its dot) is an abbreviation or an initial, not a sentence's last word."""
    if word.casefold() in ABBREVIATIONS:
        return True
    # An initial: "Н", "Ив"; not an acronym in capitals ("ЕС", "РФ"), which may end a sentence.
    short = word.isalpha() and len(word) <= MAX_INITIAL_LETTERS
    return short and word[0].isupper() and (len(word) == 1 or word[1:].islower())

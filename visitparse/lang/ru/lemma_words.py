"""Word knowledge the Russian mention lemmatizer needs."""

from __future__ import annotations

# UD case (natasha's tagger) -> OpenCorpora case (pymorphy2).
UD_TO_OC_CASE: dict[str, str] = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
}

# Surnames with these endings do not decline ("Торукало", "Шевченко", "Белых", "Долгих").
INDECLINABLE_ENDINGS: tuple[str, ...] = ("о", "ых", "их")

# Stems of the possessive Russian surnames that decline like "Иванов"/"Иванова".
SURNAME_STEM_SUFFIXES: tuple[str, ...] = ("ов", "ев", "ёв", "ин", "ын")

# Ministry shortenings ending in a genitive ("минсоцразвития", "минобрнауки") never decline.
INDECLINABLE_SHORTENING_ENDINGS: tuple[str, ...] = ("я", "ы", "и", "о")

# Cases a preposition governs (UD names): after "в" a place is accusative or prepositional, never dative,
# which settles readings like "Самару" that pymorphy2 alone would take for a dative of "Самар".
PREPOSITION_CASES: dict[str, frozenset[str]] = {
    "в": frozenset({"Acc", "Loc"}),
    "во": frozenset({"Acc", "Loc"}),
    "на": frozenset({"Acc", "Loc"}),
    "о": frozenset({"Acc", "Loc"}),
    "об": frozenset({"Acc", "Loc"}),
    "при": frozenset({"Loc"}),
    "из": frozenset({"Gen"}),
    "изо": frozenset({"Gen"}),
    "от": frozenset({"Gen"}),
    "до": frozenset({"Gen"}),
    "для": frozenset({"Gen"}),
    "у": frozenset({"Gen"}),
    "без": frozenset({"Gen"}),
    "после": frozenset({"Gen"}),
    "около": frozenset({"Gen"}),
    "возле": frozenset({"Gen"}),
    "вокруг": frozenset({"Gen"}),
    "среди": frozenset({"Gen"}),
    "против": frozenset({"Gen"}),
    "из-за": frozenset({"Gen"}),
    "из-под": frozenset({"Gen"}),
    "к": frozenset({"Dat"}),
    "ко": frozenset({"Dat"}),
    "по": frozenset({"Dat", "Loc", "Acc"}),
    "с": frozenset({"Ins", "Gen"}),
    "со": frozenset({"Ins", "Gen"}),
    "над": frozenset({"Ins"}),
    "под": frozenset({"Ins", "Acc"}),
    "перед": frozenset({"Ins"}),
    "между": frozenset({"Ins"}),
    "за": frozenset({"Ins", "Acc"}),
    "через": frozenset({"Acc"}),
    "про": frozenset({"Acc"}),
}

# Forms of women's names in "-ия" that pymorphy2 guesses as a man's "-ий" name ("Асии" -> "Асия").
FEMININE_NAME_ENDINGS: tuple[str, ...] = ("ия", "ии", "ию", "ией")

# Case endings of foreign men's surnames ending in a consonant ("Рааба" -> "Рааб"), by pymorphy2 case.
FOREIGN_MASCULINE_ENDINGS: dict[str, str] = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}

VOWELS = frozenset("аеёиоуыэюяaeiouy")

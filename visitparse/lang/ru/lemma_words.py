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
# A man's surname in the instrumental ("Боболовым", "Зеленским"): the whole name is instrumental.
MASCULINE_INSTRUMENTAL_SURNAMES = ("овым", "евым", "ёвым", "иным", "ским", "цким")
FOREIGN_MASCULINE_ENDINGS: dict[str, str] = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}

VOWELS = frozenset("аеёиоуыэюяaeiouy")

# Men's names in "-ий" common enough that their "-ия"/"-ию" forms are read as the man's name
# ("Дмитрия"). pymorphy2 also knows rare ones ("Асий", "Юлий", "Лидий") whose forms collide with
# women's names; for those the woman's name ("Асия", "Юлия", "Лидия") is by far the likelier reading.
COMMON_MASCULINE_IY_NAMES: frozenset[str] = frozenset(
    {
        "анатолий",
        "аркадий",
        "арсений",
        "афанасий",
        "валерий",
        "василий",
        "виталий",
        "георгий",
        "геннадий",
        "григорий",
        "дмитрий",
        "евгений",
        "зиновий",
        "игнатий",
        "иннокентий",
        "леонтий",
        "савелий",
        "юрий",
    }
)

# (oblique ending, nominative ending): the nominatives a name's oblique form may come from
# ("Гренелла" <- "Гренелл", "Асии" <- "Асия", "Зеленского" <- "Зеленский"). A candidate counts
# only when the document itself writes it, so the table may over-generate.
OBLIQUE_TO_NOMINATIVE: tuple[tuple[str, str], ...] = (
    ("ией", "ия"),
    ("ии", "ия"),
    ("ию", "ия"),
    ("ого", "ий"),
    ("ого", "ый"),
    ("ого", "ой"),
    ("ому", "ий"),
    ("ому", "ый"),
    ("ым", "ый"),
    ("им", "ий"),
    ("ой", "ая"),
    ("ую", "ая"),
    ("ой", "а"),
    ("ою", "а"),
    ("ей", "я"),
    ("ом", ""),
    ("ем", "ь"),
    ("ем", "й"),
    ("ем", ""),
    ("ья", "ье"),
    ("ью", "ье"),
    ("а", ""),
    ("у", ""),
    ("е", ""),
    ("я", "ь"),
    ("ю", "ь"),
    ("е", "ь"),
    ("я", "й"),
    ("ю", "й"),
    ("е", "й"),
    ("ы", "а"),
    ("и", "а"),
    ("е", "а"),
    ("у", "а"),
    ("и", "я"),
    ("е", "я"),
    ("ю", "я"),
)

# Endings after which a word in a consonant may still be oblique (instrumental, feminine genitive,
# adjectival surnames): every other consonant-final name is a nominative ("Гренелл", "Мясников").
OBLIQUE_CONSONANT_ENDINGS: tuple[str, ...] = ("ой", "ей", "ом", "ем", "ём", "ым", "им")

# Particles inside foreign names that never decline ("фон дер Ляйен", "уль-Малук", "ван Дейк").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"фон", "дер", "ван", "де", "ди", "да", "дю", "ла", "ле", "уль", "ул", "аль", "эль", "ибн", "бен", "бин"}
)

# Oblique endings of adjectival surnames the dictionary does not know ("Зеленским" -> "Зеленский"),
# by the gender of the name.
ADJECTIVE_SURNAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "masc": (
        ("ского", "ский"),
        ("скому", "ский"),
        ("ским", "ский"),
        ("ском", "ский"),
        ("цкого", "цкий"),
        ("цкому", "цкий"),
        ("цким", "цкий"),
        ("цком", "цкий"),
    ),
    "femn": (("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая")),
}

# Adjectival surname endings that tell the gender outright ("Яна Рождественская" is a woman even
# though "Яна" is more often the genitive of "Ян").
GENDERED_SURNAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "femn": ("ская", "цкая", "скую", "цкую"),
    "masc": ("ский", "цкий", "ского", "цкого", "скому", "цкому"),
}

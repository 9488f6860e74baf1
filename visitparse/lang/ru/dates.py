"""Russian date vocabulary for :mod:`visitparse.extract.dates` (data only, no logic).

Words are lower case; ``ё`` may be written either way (the extractor folds it to ``е``).
Multi-word phrases are written with single spaces between words.
"""

from __future__ import annotations

# Month ``n`` is MONTHS[n - 1]; the first form is the nominative (used for lemmas).
MONTHS: tuple[tuple[str, ...], ...] = (
    ("январь", "января", "январе", "январем", "январю"),
    ("февраль", "февраля", "феврале", "февралем", "февралю"),
    ("март", "марта", "марте", "мартом", "марту"),
    ("апрель", "апреля", "апреле", "апрелем", "апрелю"),
    ("май", "мая", "мае", "маем", "маю"),
    ("июнь", "июня", "июне", "июнем", "июню"),
    ("июль", "июля", "июле", "июлем", "июлю"),
    ("август", "августа", "августе", "августом", "августу"),
    ("сентябрь", "сентября", "сентябре", "сентябрем", "сентябрю"),
    ("октябрь", "октября", "октябре", "октябрем", "октябрю"),
    ("ноябрь", "ноября", "ноябре", "ноябрем", "ноябрю"),
    ("декабрь", "декабря", "декабре", "декабрем", "декабрю"),
)

# Weekday ``n`` (Monday = 0) is WEEKDAYS[n]; the first form is the nominative.
# Plurals ("по понедельникам") are habitual, not dates, so they are left out.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("понедельник", "понедельника"),
    ("вторник", "вторника"),
    ("среда", "среду", "среды"),
    ("четверг", "четверга"),
    ("пятница", "пятницу", "пятницы"),
    ("суббота", "субботу", "субботы"),
    ("воскресенье", "воскресенья"),
)

# Words that may stand right before a month, a year or a weekday named alone
# ("в феврале", "с марта 2024 года", "в конце октября", "в понедельник").
CONTEXT_WORDS: tuple[str, ...] = (
    "в",
    "во",
    "с",
    "со",
    "до",
    "по",
    "к",
    "от",
    "на",
    "за",
    "после",
    "перед",
    "начале",
    "начала",
    "конце",
    "конца",
    "середине",
    "середины",
    "течение",
)

# A year after a month/date or after a number: "2025 года", "2019г.", "2022 году".
YEAR_WORDS: tuple[str, ...] = ("год", "года", "году", "годом", "годах", "годы", "годов")
# Abbreviations that may carry a full stop: "г.", "гг." ("год." is left out: "2025 год." ends sentences).
YEAR_ABBREVIATIONS: tuple[str, ...] = ("г", "гг")

# Ordinal endings a day number may carry: "1-го марта".
DAY_SUFFIXES: tuple[str, ...] = ("го", "е", "ое")

# Days written as ordinal words: "шестого ноября", "с шестого по восьмое ноября", "двадцать первого мая".
# The neuter forms a date takes (nominative/accusative "-ое", genitive "-ого"); a tens word before a
# unit ordinal adds to it (DAY_TENS).
DAY_ORDINALS: dict[str, int] = {
    "первое": 1,
    "первого": 1,
    "второе": 2,
    "второго": 2,
    "третье": 3,
    "третьего": 3,
    "четвертое": 4,
    "четвертого": 4,
    "пятое": 5,
    "пятого": 5,
    "шестое": 6,
    "шестого": 6,
    "седьмое": 7,
    "седьмого": 7,
    "восьмое": 8,
    "восьмого": 8,
    "девятое": 9,
    "девятого": 9,
    "десятое": 10,
    "десятого": 10,
    "одиннадцатое": 11,
    "одиннадцатого": 11,
    "двенадцатое": 12,
    "двенадцатого": 12,
    "тринадцатое": 13,
    "тринадцатого": 13,
    "четырнадцатое": 14,
    "четырнадцатого": 14,
    "пятнадцатое": 15,
    "пятнадцатого": 15,
    "шестнадцатое": 16,
    "шестнадцатого": 16,
    "семнадцатое": 17,
    "семнадцатого": 17,
    "восемнадцатое": 18,
    "восемнадцатого": 18,
    "девятнадцатое": 19,
    "девятнадцатого": 19,
    "двадцатое": 20,
    "двадцатого": 20,
    "тридцатое": 30,
    "тридцатого": 30,
}
DAY_TENS: dict[str, int] = {"двадцать": 20, "тридцать": 30}

# (opening, closing) prepositions of a range: "с 25 по 28 ноября".
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("с", "по"), ("со", "по"), ("от", "до"), ("между", "и"))
# A word joining two days of one range: "7 и 8 февраля".
RANGE_CONJUNCTIONS: tuple[str, ...] = ("и",)

# Day offsets from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "позавчера": -2,
    "вчера": -1,
    "сегодня": 0,
    "завтра": 1,
    "послезавтра": 2,
}
# Vague references to a recent past that give no date: reported with null dates.
VAGUE: tuple[str, ...] = ("на днях",)
# The day before publication, when the word stands alone ("Накануне, ..."); before a noun
# ("накануне праздника") it names the eve of an event and is no date.
EVE_WORDS: tuple[str, ...] = ("накануне",)

# Modifiers of a period or weekday. PAST: the one of the previous calendar week/month/year
# ("в прошлую пятницу" = Friday of last week); RECENT: the latest one strictly before the
# publication date ("в минувший четверг"); THIS: the current one; NEXT: the following one.
PAST_MODIFIERS: tuple[str, ...] = (
    "прошлый",
    "прошлую",
    "прошлое",
    "прошлой",
    "прошлом",
    "прошлого",
    "прошедший",
    "прошедшую",
    "прошедшее",
    "прошедшей",
    "прошедшем",
)
RECENT_MODIFIERS: tuple[str, ...] = ("минувший", "минувшую", "минувшее", "минувшей", "минувшем")
THIS_MODIFIERS: tuple[str, ...] = (
    "этот",
    "эту",
    "это",
    "этой",
    "этом",
    "текущий",
    "текущей",
    "текущем",
    "нынешний",
    "нынешнем",
)
NEXT_MODIFIERS: tuple[str, ...] = (
    "следующий",
    "следующую",
    "следующее",
    "следующей",
    "следующем",
    "будущий",
    "будущую",
    "будущей",
    "будущем",
    "наступающей",
    "наступающем",
)
# Period nouns a modifier can govern: "на прошлой неделе", "в прошлом месяце", "в этом году".
PERIOD_UNITS: dict[str, str] = {
    "неделя": "week",
    "неделе": "week",
    "неделю": "week",
    "недели": "week",
    "месяц": "month",
    "месяце": "month",
    "месяца": "month",
    "год": "year",
    "году": "year",
    "года": "year",
}

# Durations. An adjective is PREFIX + STEM + ending: "двухдневный", "трёхдневного".
DURATION_PREFIXES: dict[str, int] = {
    "одно": 1,
    "двух": 2,
    "трех": 3,
    "четырех": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
}
# Stem -> days per unit ("дневн" for days, "недельн" for weeks: "двухнедельный").
DURATION_STEMS: dict[str, int] = {"дневн": 1, "недельн": 7}
# Cardinal numerals before a unit noun: "три дня", "в течение двух дней".
NUMERALS: dict[str, int] = {
    "один": 1,
    "одного": 1,
    "одни": 1,
    "одних": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "трое": 3,
    "три": 3,
    "трех": 3,
    "четыре": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
}
# Unit nouns -> days.
DURATION_UNITS: dict[str, int] = {
    "день": 1,
    "дня": 1,
    "дней": 1,
    "сутки": 1,
    "суток": 1,
    "неделю": 7,
    "недели": 7,
    "недель": 7,
}

# Base forms for lemmas of relative, weekday, month and year mentions (dates keep their text).
LEMMAS: dict[str, str] = {
    "году": "год",
    "года": "год",
    "годом": "год",
    "неделе": "неделя",
    "неделю": "неделя",
    "месяце": "месяц",
    "прошлой": "прошлая",
    "прошлую": "прошлая",
    "прошлом": "прошлый",
    "прошедшей": "прошедшая",
    "прошедшую": "прошедшая",
    "прошедшем": "прошедший",
    "минувшую": "минувшая",
    "минувшей": "минувшая",
    "минувшем": "минувший",
    "эту": "эта",
    "этой": "эта",
    "этом": "этот",
    "текущей": "текущая",
    "текущем": "текущий",
    "нынешнем": "нынешний",
    "следующую": "следующая",
    "следующей": "следующая",
    "следующем": "следующий",
    "будущую": "будущая",
    "будущей": "будущая",
    "будущем": "будущий",
    "наступающей": "наступающая",
    "наступающем": "наступающий",
}

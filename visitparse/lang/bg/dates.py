"""Bulgarian date vocabulary for :mod:`visitparse.extract.dates` (data only, no logic).

Words are lower case. Multi-word phrases are written with single spaces between words.
Lemmas drop the definite article, the way SlavicNER gives them ("миналата" -> "минала").
"""

from __future__ import annotations

# Month ``n`` is MONTHS[n - 1]; the first form is the base form (used for lemmas).
MONTHS: tuple[tuple[str, ...], ...] = (
    ("януари",),
    ("февруари",),
    ("март",),
    ("април",),
    ("май",),
    ("юни",),
    ("юли",),
    ("август",),
    ("септември",),
    ("октомври",),
    ("ноември",),
    ("декември",),
)

# Weekday ``n`` (Monday = 0) is WEEKDAYS[n]; the first form is the base form.
# In Bulgarian "неделя" is Sunday (the week is "седмица").
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("понеделник", "понеделника", "понеделникът"),
    ("вторник", "вторника", "вторникът"),
    ("сряда", "срядата"),
    ("четвъртък", "четвъртъка", "четвъртъкът"),
    ("петък", "петъка", "петъкът"),
    ("събота", "съботата"),
    ("неделя", "неделята"),
)

# Words that may stand right before a month, a year or a weekday named alone
# ("през октомври", "в края на февруари", "от 2022 г.", "в понеделник"; not "Света Неделя").
CONTEXT_WORDS: tuple[str, ...] = (
    "в",
    "във",
    "през",
    "от",
    "до",
    "на",
    "за",
    "след",
    "преди",
    "към",
    "началото",
    "края",
    "средата",
)

# A year after a date or a number: "2013 г.", "2024 година", "2022 год.".
YEAR_WORDS: tuple[str, ...] = ("година", "годината", "години", "годините")
# Abbreviations that may carry a full stop: "г.", "год.", "гг.".
YEAR_ABBREVIATIONS: tuple[str, ...] = ("г", "гг", "год")

# Ordinal endings a day number may carry: "1-ви март", "3-ти юни".
DAY_SUFFIXES: tuple[str, ...] = ("ви", "ри", "ти", "ми")

# Days written as ordinal words: "първи март", "от шести до осми ноември", "двадесет и първи май"
# (a tens word, maybe "и", then a unit ordinal: DAY_TENS).
DAY_ORDINALS: dict[str, int] = {
    "първи": 1,
    "втори": 2,
    "трети": 3,
    "четвърти": 4,
    "пети": 5,
    "шести": 6,
    "седми": 7,
    "осми": 8,
    "девети": 9,
    "десети": 10,
    "единадесети": 11,
    "единайсети": 11,
    "дванадесети": 12,
    "дванайсети": 12,
    "тринадесети": 13,
    "тринайсети": 13,
    "четиринадесети": 14,
    "четиринайсети": 14,
    "петнадесети": 15,
    "петнайсети": 15,
    "шестнадесети": 16,
    "шестнайсети": 16,
    "седемнадесети": 17,
    "седемнайсети": 17,
    "осемнадесети": 18,
    "осемнайсети": 18,
    "деветнадесети": 19,
    "деветнайсети": 19,
    "двадесети": 20,
    "двайсети": 20,
    "тридесети": 30,
    "трийсети": 30,
}
DAY_TENS: dict[str, int] = {"двадесет": 20, "двайсет": 20, "тридесет": 30, "трийсет": 30}

# (opening, closing) prepositions of a range: "от 24 до 26 октомври".
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("от", "до"), ("между", "и"))
# A word joining two days of one range: "24 и 25 октомври".
RANGE_CONJUNCTIONS: tuple[str, ...] = ("и",)

# Day offsets from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "завчера": -2,
    "онзи ден": -2,
    "оня ден": -2,
    "вчера": -1,
    "днес": 0,
    "утре": 1,
    "вдругиден": 2,
}
# Vague references to a recent past that give no date: reported with null dates.
# ("тези дни" is left out: it mostly points back to days the text already named).
VAGUE: tuple[str, ...] = ("наскоро", "преди дни")

# Modifiers of a period or weekday. PAST: the one of the previous calendar week/month/year
# ("миналия петък" = Friday of last week); RECENT: the latest one strictly before the
# publication date ("изминалия четвъртък"); THIS: the current one; NEXT: the following one.
PAST_MODIFIERS: tuple[str, ...] = (
    "минал",
    "миналия",
    "миналият",
    "минала",
    "миналата",
    "минало",
    "миналото",
)
RECENT_MODIFIERS: tuple[str, ...] = (
    "изминал",
    "изминалия",
    "изминалият",
    "изминалата",
    "изминалото",
    "отминалия",
    "отминалата",
)
THIS_MODIFIERS: tuple[str, ...] = (
    "този",
    "тази",
    "това",
    "текущия",
    "текущата",
    "настоящата",
    "настоящия",
)
NEXT_MODIFIERS: tuple[str, ...] = (
    "следващ",
    "следващия",
    "следващата",
    "следващото",
    "идния",
    "идната",
    "идващия",
    "идващата",
)
# Period nouns a modifier can govern: "миналата седмица", "миналия месец", "тази година".
PERIOD_UNITS: dict[str, str] = {
    "седмица": "week",
    "месец": "month",
    "година": "year",
}

# Durations. An adjective is PREFIX + STEM + ending: "двудневно", "тридневен", "двуседмична".
DURATION_PREFIXES: dict[str, int] = {
    "едно": 1,
    "дву": 2,
    "дво": 2,
    "три": 3,
    "четири": 4,
    "пет": 5,
    "шест": 6,
    "седем": 7,
    "осем": 8,
    "девет": 9,
    "десет": 10,
}
# Stem -> days per unit ("днев" for days: "тридневен" has no "дневн"; "седмичн" for weeks).
DURATION_STEMS: dict[str, int] = {"днев": 1, "седмичн": 7}
# Cardinal numerals before a unit noun: "три дни", "два дена".
NUMERALS: dict[str, int] = {
    "един": 1,
    "една": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четири": 4,
    "пет": 5,
    "шест": 6,
    "седем": 7,
    "осем": 8,
    "девет": 9,
    "десет": 10,
}
# Unit nouns -> days.
DURATION_UNITS: dict[str, int] = {
    "ден": 1,
    "дни": 1,
    "дена": 1,
    "денонощия": 1,
    "седмица": 7,
    "седмици": 7,
}

# Base forms for lemmas of relative, weekday, month and year mentions (dates keep their text).
LEMMAS: dict[str, str] = {
    "миналия": "минал",
    "миналият": "минал",
    "миналата": "минала",
    "миналото": "минало",
    "изминалия": "изминал",
    "изминалият": "изминал",
    "изминалата": "изминала",
    "изминалото": "изминало",
    "отминалия": "отминал",
    "отминалата": "отминала",
    "текущия": "текущ",
    "текущата": "текуща",
    "настоящата": "настояща",
    "настоящия": "настоящ",
    "следващия": "следващ",
    "следващата": "следваща",
    "следващото": "следващо",
    "идния": "иден",
    "идната": "идна",
    "идващия": "идващ",
    "идващата": "идваща",
    "годината": "година",
    "годините": "години",
}

"""Russian place knowledge that the gazetteers do not give: facts, no logic.

``scripts/build_gazetteers.py`` reads these tables together with
``../shared/gazetteers`` and bakes every inflected form into
``visitparse/data/places_ru.json.gz``; :mod:`visitparse.extract.regions` reads that
file and the few lookup words below at run time.  Nominative forms are enough
here: the build inflects names, nicknames, adjectives and demonyms with
pymorphy2.  After editing this module, rerun the build script.
"""

from __future__ import annotations

# Official names where the gazetteer's "name + type" does not give the usual form.
OFFICIAL_NAMES: dict[str, str] = {
    "RU-SA": "Республика Саха (Якутия)",
    "RU-SE": "Республика Северная Осетия — Алания",
    "RU-CU": "Чувашская Республика",
    "RU-KEM": "Кемеровская область — Кузбасс",
    "RU-KHM": "Ханты-Мансийский автономный округ — Югра",
    "RU-YEV": "Еврейская автономная область",
    "RU-ME": "Республика Марий Эл",
    "UA-43": "Республика Крым",
    "KZ-BAY": "Байконур",
}

# Name phrases inflected as a whole ("Республика Северная Осетия" -> "Республике Северная Осетия");
# words after the first noun keep their nominative ("Республики Башкортостан").
EXTRA_NAME_PHRASES: dict[str, tuple[str, ...]] = {
    "RU-SA": ("Республика Саха", "Республика Якутия", "Саха"),
    "RU-SE": ("Республика Северная Осетия", "Северная Осетия", "Северная Осетия — Алания"),
    "RU-CU": ("Чувашская Республика — Чувашия", "Республика Чувашия"),
    "RU-KEM": ("Кемеровская область",),
    "RU-KHM": ("Ханты-Мансийский автономный округ", "Ханты-Мансийский округ"),
    "RU-ME": ("Марий Эл",),
    "RU-MOW": ("город Москва",),
    "RU-SPE": ("город Санкт-Петербург", "Санкт Петербург"),
    "UA-40": ("город Севастополь",),
}

# Subjects that the gazetteer lacks, with the ISO 3166-2 codes of their territory
# (the gazetteer itself codes Crimea and Sevastopol the same way: UA-43, UA-40).
EXTRA_SUBDIVISIONS: dict[str, tuple[str, ...]] = {
    # code: (official name, other name phrases...)
    "UA-14": ("Донецкая Народная Республика", "Донецкая область", "Донецкая республика"),
    "UA-09": ("Луганская Народная Республика", "Луганская область", "Луганская республика"),
    "UA-23": ("Запорожская область",),
    "UA-65": ("Херсонская область",),
}

# Words naming the kind of subject, in the nominative; inflected by the build.
REGION_TYPE_WORDS: dict[str, str] = {
    "обл": "область",
    "край": "край",
    "Респ": "Республика",
    "АО": "автономный округ",
    "Аобл": "автономная область",
}
# Abbreviated type words accepted after an adjective ("Оренбургской обл.").
REGION_TYPE_ABBREVIATIONS: dict[str, str] = {"обл": "обл."}

# Informal and short names, nominative singular (inflected by the build).
NICKNAMES: dict[str, str] = {
    "Оренбуржье": "RU-ORE",
    "Башкирия": "RU-BA",
    "Татария": "RU-TA",
    "Якутия": "RU-SA",
    "Чувашия": "RU-CU",
    "Удмуртия": "RU-UD",
    "Чечня": "RU-CE",
    "Кабардино-Балкария": "RU-KB",
    "Карачаево-Черкесия": "RU-KC",
    "Алания": "RU-SE",
    "Тува": "RU-TY",
    "Горный Алтай": "RU-AL",
    "Кубань": "RU-KDA",
    "Прикамье": "RU-PER",
    "Подмосковье": "RU-MOS",
    "Кузбасс": "RU-KEM",
    "Югра": "RU-KHM",
    "Ямал": "RU-YAN",
    "Ставрополье": "RU-STA",
    "Забайкалье": "RU-ZAB",
    "Приморье": "RU-PRI",
    "Поморье": "RU-ARK",
    "Приангарье": "RU-IRK",
    "Зауралье": "RU-KGN",
    "Чукотка": "RU-CHU",
    "Камчатка": "RU-KAM",
    "Сахалин": "RU-SAK",
    "Белгородчина": "RU-BEL",
    "Брянщина": "RU-BRY",
    "Смоленщина": "RU-SMO",
    "Тамбовщина": "RU-TAM",
    "Псковщина": "RU-PSK",
    "Орловщина": "RU-ORL",
    "Рязанщина": "RU-RYA",
    "Новгородчина": "RU-NGR",
    "Вологодчина": "RU-VLG",
    "Ярославщина": "RU-YAR",
    "Костромщина": "RU-KOS",
    "Липетчина": "RU-LIP",
    "Пензенщина": "RU-PNZ",
    "Нижегородчина": "RU-NIZ",
    "Владимирщина": "RU-VLA",
    "Петербург": "RU-SPE",
    "Питер": "RU-SPE",
}

# Abbreviations, matched as written (no inflection), case-sensitive in raw text.
ABBREVIATIONS: dict[str, str] = {
    "ХМАО": "RU-KHM",
    "ХМАО-Югра": "RU-KHM",
    "ЯНАО": "RU-YAN",
    "НАО": "RU-NEN",
    "ЕАО": "RU-YEV",
    "КБР": "RU-KB",
    "КЧР": "RU-KC",
    "РСО-Алания": "RU-SE",
    "СПб": "RU-SPE",
    "ДНР": "UA-14",
    "ЛНР": "UA-09",
}

# Adjectives (masculine nominative) that are not "region name + -ский" or that differ from it.
# A tuple of codes marks an adjective shared by several subjects: it is never guessed.
ADJECTIVES: dict[str, str | tuple[str, ...]] = {
    "башкирский": "RU-BA",
    "башкортостанский": "RU-BA",
    "татарстанский": "RU-TA",
    "якутский": "RU-SA",
    "бурятский": "RU-BU",
    "дагестанский": "RU-DA",
    "ингушский": "RU-IN",
    "калмыцкий": "RU-KL",
    "карельский": "RU-KR",
    "марийский": "RU-ME",
    "мордовский": "RU-MO",
    "североосетинский": "RU-SE",
    "тувинский": "RU-TY",
    "хакасский": "RU-KK",
    "адыгейский": "RU-AD",
    "чувашский": "RU-CU",
    "удмуртский": "RU-UD",
    "коми": "RU-KO",
    "крымский": "UA-43",
    "севастопольский": "UA-40",
    "кузбасский": "RU-KEM",
    "югорский": "RU-KHM",
    "ямальский": "RU-YAN",
    "кубанский": "RU-KDA",
    "прикамский": "RU-PER",
    "подмосковный": "RU-MOS",
    "московский": "RU-MOW",
    "петербургский": "RU-SPE",
    "санкт-петербургский": "RU-SPE",
    "алтайский": ("RU-AL", "RU-ALT"),
    "чукотский": "RU-CHU",
    "камчатский": "RU-KAM",
    "сахалинский": "RU-SAK",
    "забайкальский": "RU-ZAB",
    "ставропольский": "RU-STA",
    "уфимский": "RU-BA",
    "казанский": "RU-TA",
    "екатеринбургский": "RU-SVE",
    "тверской": "RU-TVE",
    "ярославский": "RU-YAR",
    "махачкалинский": "RU-DA",
    "грозненский": "RU-CE",
    "чебоксарский": "RU-CU",
    "йошкар-олинский": "RU-ME",
    "улан-удэнский": "RU-BU",
    "элистинский": "RU-KL",
    "тольяттинский": "RU-SAM",
    "сочинский": "RU-KDA",
    "челнинский": "RU-TA",
    "донецкий": "UA-14",
    "луганский": "UA-09",
    "запорожский": "UA-23",
    "херсонский": "UA-65",
}

# Adjectives that look derived from a place but are everyday words: never region evidence.
ADJECTIVE_STOPLIST: frozenset[str] = frozenset(
    {
        "еврейский",
        "советский",
        "королевский",
        "октябрьский",
        "первомайский",
        "железнодорожный",
        "приморский",
        "северный",
        "южный",
        "восточный",
        "западный",
        "центральный",
        "заречный",
        "радужный",
        "мирный",
        "новый",
        "великий",
        "нижний",
        "верхний",
        "красный",
        "ленинский",
        "свободный",
        "полярный",
        "лесной",
        "островной",
        "березовский",
        "дальний",
        "кольский",
        "городской",
        "зеленый",
        "русский",
        "российский",
    }
)

# Demonyms, nominative plural (the build adds the singular and all cases).
DEMONYMS: dict[str, str] = {
    "оренбуржцы": "RU-ORE",
    "орчане": "RU-ORE",
    "башкиры": "RU-BA",
    "уфимцы": "RU-BA",
    "москвичи": "RU-MOW",
    "петербуржцы": "RU-SPE",
    "ленинградцы": "RU-LEN",
    "подмосковцы": "RU-MOS",
    "липчане": "RU-LIP",
    "брянцы": "RU-BRY",
    "туляки": "RU-TUL",
    "самарцы": "RU-SAM",
    "казанцы": "RU-TA",
    "татарстанцы": "RU-TA",
    "пермяки": "RU-PER",
    "новосибирцы": "RU-NVS",
    "омичи": "RU-OMS",
    "томичи": "RU-TOM",
    "иркутяне": "RU-IRK",
    "красноярцы": "RU-KYA",
    "челябинцы": "RU-CHE",
    "тюменцы": "RU-TYU",
    "курганцы": "RU-KGN",
    "кубанцы": "RU-KDA",
    "краснодарцы": "RU-KDA",
    "ростовчане": "RU-ROS",
    "волгоградцы": "RU-VGG",
    "саратовцы": "RU-SAR",
    "пензенцы": "RU-PNZ",
    "ульяновцы": "RU-ULY",
    "нижегородцы": "RU-NIZ",
    "ярославцы": "RU-YAR",
    "костромичи": "RU-KOS",
    "владимирцы": "RU-VLA",
    "рязанцы": "RU-RYA",
    "калужане": "RU-KLU",
    "смоляне": "RU-SMO",
    "орловцы": "RU-ORL",
    "куряне": "RU-KRS",
    "белгородцы": "RU-BEL",
    "воронежцы": "RU-VOR",
    "тамбовчане": "RU-TAM",
    "архангелогородцы": "RU-ARK",
    "мурманчане": "RU-MUR",
    "вологжане": "RU-VLG",
    "псковичи": "RU-PSK",
    "новгородцы": "RU-NGR",
    "калининградцы": "RU-KGD",
    "тверяки": "RU-TVE",
    "астраханцы": "RU-AST",
    "ставропольцы": "RU-STA",
    "дагестанцы": "RU-DA",
    "чеченцы": "RU-CE",
    "ингуши": "RU-IN",
    "калмыки": "RU-KL",
    "адыгейцы": "RU-AD",
    "чуваши": "RU-CU",
    "удмурты": "RU-UD",
    "марийцы": "RU-ME",
    "карелы": "RU-KR",
    "якутяне": "RU-SA",
    "якуты": "RU-SA",
    "буряты": "RU-BU",
    "тувинцы": "RU-TY",
    "хакасы": "RU-KK",
    "барнаульцы": "RU-ALT",
    "кузбассовцы": "RU-KEM",
    "кемеровчане": "RU-KEM",
    "югорчане": "RU-KHM",
    "ямальцы": "RU-YAN",
    "хабаровчане": "RU-KHA",
    "приморцы": "RU-PRI",
    "владивостокцы": "RU-PRI",
    "амурчане": "RU-AMU",
    "сахалинцы": "RU-SAK",
    "камчатцы": "RU-KAM",
    "магаданцы": "RU-MAG",
    "чукотцы": "RU-CHU",
    "забайкальцы": "RU-ZAB",
    "читинцы": "RU-ZAB",
    "крымчане": "UA-43",
    "севастопольцы": "UA-40",
    "свердловчане": "RU-SVE",
    "екатеринбуржцы": "RU-SVE",
    "кировчане": "RU-KIR",
    "сыктывкарцы": "RU-KO",
    "петрозаводчане": "RU-KR",
    "ижевчане": "RU-UD",
    "чебоксарцы": "RU-CU",
    "саранцы": "RU-MO",
    "сургутяне": "RU-KHM",
    "тольяттинцы": "RU-SAM",
    "ставропольчане": "RU-STA",
}

# Abbreviated words written before a settlement name ("г. Оренбург").
SETTLEMENT_PREFIXES: tuple[str, ...] = ("г.", "город", "гор.")

# Cities (besides regional centres) with at least this population are matched in raw text.
FIND_CITY_MIN_POPULATION = 50_000
# Cities with at least this population also give an adjective ("Оренбург" -> "оренбургский").
ADJECTIVE_CITY_MIN_POPULATION = 15_000

# How a city adjective is formed from the city name: (ending, replacement) pairs tried in turn;
# a candidate is kept only when the Russian dictionary knows it as an adjective.
CITY_ADJECTIVE_RULES: tuple[tuple[str, str], ...] = (
    ("ск", "ский"),
    ("цк", "цкий"),
    ("ь", "ский"),
    ("а", "ский"),
    ("а", "инский"),
    ("я", "ский"),
    ("о", "ский"),
    ("ы", "ский"),
    ("и", "ский"),
    ("", "ский"),
)

# Foreign countries: ISO 3166-1 alpha-2 -> (name, other names..., ) and adjective.
COUNTRIES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "RU": (("Россия", "Российская Федерация", "РФ"), None),
    "BY": (("Беларусь", "Белоруссия", "Республика Беларусь"), "белорусский"),
    "KZ": (("Казахстан", "Республика Казахстан"), "казахстанский"),
    "UZ": (("Узбекистан", "Республика Узбекистан"), "узбекистанский"),
    "KG": (("Киргизия", "Кыргызстан", "Киргизская Республика"), "киргизский"),
    "TJ": (("Таджикистан",), "таджикский"),
    "TM": (("Туркмения", "Туркменистан"), "туркменский"),
    "AM": (("Армения",), "армянский"),
    "AZ": (("Азербайджан",), "азербайджанский"),
    "GE": (("Грузия",), "грузинский"),
    "MD": (("Молдавия", "Молдова"), "молдавский"),
    "UA": (("Украина",), "украинский"),
    "BG": (("Болгария",), "болгарский"),
    "RS": (("Сербия",), "сербский"),
    "MK": (("Северная Македония", "Македония"), "македонский"),
    "RO": (("Румыния",), "румынский"),
    "GR": (("Греция",), "греческий"),
    "TR": (("Турция",), "турецкий"),
    "CN": (("Китай", "КНР", "Китайская Народная Республика"), "китайский"),
    "MN": (("Монголия",), "монгольский"),
    "IN": (("Индия",), "индийский"),
    "VN": (("Вьетнам",), "вьетнамский"),
    "KP": (("КНДР",), None),
    "KR": (("Южная Корея", "Республика Корея"), "южнокорейский"),
    "JP": (("Япония",), "японский"),
    "IR": (("Иран",), "иранский"),
    "EG": (("Египет",), "египетский"),
    "ZA": (("ЮАР", "Южно-Африканская Республика"), "южноафриканский"),
    "AE": (("ОАЭ", "Объединенные Арабские Эмираты"), None),
    "DE": (("Германия", "ФРГ"), "немецкий"),
    "FR": (("Франция",), "французский"),
    "IT": (("Италия",), "итальянский"),
    "ES": (("Испания",), "испанский"),
    "GB": (("Великобритания",), "британский"),
    "US": (("США",), "американский"),
    "PL": (("Польша",), "польский"),
    "CZ": (("Чехия",), "чешский"),
    "SK": (("Словакия",), "словацкий"),
    "HU": (("Венгрия",), "венгерский"),
    "SI": (("Словения",), "словенский"),
    "HR": (("Хорватия",), "хорватский"),
    "ME": (("Черногория",), "черногорский"),
    "FI": (("Финляндия",), "финский"),
    "LV": (("Латвия",), "латвийский"),
    "LT": (("Литва",), "литовский"),
    "EE": (("Эстония",), "эстонский"),
    "CU": (("Куба",), "кубинский"),
    "VE": (("Венесуэла",), "венесуэльский"),
    "BR": (("Бразилия",), "бразильский"),
}

# First-level subdivisions of a few neighbours: code -> name phrases (first = official name).
FOREIGN_SUBDIVISIONS: dict[str, tuple[str, ...]] = {
    "IE-D": ("Дублин",),
    # A part of the United Kingdom, not of Ireland, whose name the country's name is inside.
    "GB-NIR": ("Северная Ирландия",),
    "GE-AB": ("Абхазия", "Республика Абхазия", "Сухум", "Сухуми"),
    "BY-HM": ("Минск", "город Минск"),
    "BY-MI": ("Минская область",),
    "BY-BR": ("Брестская область", "Брест"),
    "BY-HO": ("Гомельская область", "Гомель"),
    "BY-HR": ("Гродненская область", "Гродно"),
    "BY-MA": ("Могилевская область", "Могилев"),
    "BY-VI": ("Витебская область", "Витебск"),
    "KZ-71": ("Астана", "Нур-Султан"),
    "KZ-75": ("Алматы",),
    "KZ-79": ("Шымкент",),
    "KZ-11": ("Акмолинская область", "Кокшетау"),
    "KZ-15": ("Актюбинская область", "Актобе"),
    "KZ-19": ("Алматинская область", "Конаев"),
    "KZ-23": ("Атырауская область", "Атырау"),
    "KZ-27": ("Западно-Казахстанская область", "Уральск"),
    "KZ-31": ("Жамбылская область", "Тараз"),
    "KZ-35": ("Карагандинская область", "Караганда"),
    "KZ-39": ("Костанайская область", "Костанай"),
    "KZ-43": ("Кызылординская область", "Кызылорда"),
    "KZ-47": ("Мангистауская область", "Актау"),
    "KZ-55": ("Павлодарская область", "Павлодар"),
    "KZ-59": ("Северо-Казахстанская область",),
    "KZ-61": ("Туркестанская область", "Туркестан"),
    "KZ-63": ("Восточно-Казахстанская область", "Усть-Каменогорск"),
    "KZ-10": ("Абайская область", "область Абай", "Семей"),
    "KZ-33": ("Жетысуская область", "область Жетысу", "Талдыкорган"),
    "KZ-62": ("Улытауская область", "область Улытау", "Жезказган"),
    # Uzbekistan, Kyrgyzstan, Tajikistan: the Russian names ISO's translations lack.
    "UZ-AN": ("Андижанская область", "Андижан"),
    "UZ-BU": ("Бухарская область", "Бухара"),
    "UZ-FA": ("Ферганская область", "Фергана"),
    "UZ-JI": ("Джизакская область", "Джизак"),
    "UZ-NG": ("Наманганская область", "Наманган"),
    "UZ-NW": ("Навоийская область", "Навои"),
    "UZ-QA": ("Кашкадарьинская область", "Карши"),
    "UZ-QR": ("Республика Каракалпакстан", "Каракалпакстан", "Нукус"),
    "UZ-SA": ("Самаркандская область", "Самарканд"),
    "UZ-SI": ("Сырдарьинская область", "Гулистан"),
    "UZ-SU": ("Сурхандарьинская область", "Термез"),
    "UZ-TK": ("Ташкент", "город Ташкент"),
    "UZ-TO": ("Ташкентская область",),
    "UZ-XO": ("Хорезмская область", "Ургенч"),
    "KG-GB": ("Бишкек",),
    "KG-GO": ("Ош",),
    "KG-B": ("Баткенская область",),
    "KG-C": ("Чуйская область",),
    "KG-J": ("Джалал-Абадская область", "Джалал-Абад"),
    "KG-N": ("Нарынская область",),
    "KG-O": ("Ошская область",),
    "KG-T": ("Таласская область",),
    "KG-Y": ("Иссык-Кульская область", "Каракол"),
    "TJ-DU": ("Душанбе",),
    "TJ-GB": ("Горно-Бадахшанская автономная область", "Хорог"),
    "TJ-KT": ("Хатлонская область", "Бохтар"),
    "TJ-SU": ("Согдийская область", "Худжанд"),
}

# Words before a place name that make it something else than the town of that name: a village,
# a part of a town, a street ("села Талицы", "микрорайоне Заозерного", "улице Омской").
NOT_TOWN_WORDS: frozenset[str] = frozenset(
    stem + ending
    for stem, endings in (
        ("сел", ("о", "а", "е", "ом")),
        ("деревн", ("я", "и", "е", "ю", "ей")),
        ("поселк", ("а", "е", "ом")),
        ("микрорайон", ("", "а", "е", "ом")),
        ("улиц", ("а", "ы", "е", "у", "ей")),
        ("проспект", ("", "а", "е", "ом")),
        ("хутор", ("", "а", "е", "ом")),
        ("станиц", ("а", "ы", "е", "у", "ей")),
        ("аул", ("", "а", "е", "ом")),
    )
    for ending in endings
) | {"поселок", "ул", "пос", "мкр"}

# Stems of the words that may stand between a district's adjective and its noun: "Кировский
# муниципальный район" is a district, not the region of the adjective.
DISTRICT_QUALIFIER_STEMS: tuple[str, ...] = ("муниципальн", "городск", "сельск", "административн")

# Stems of a word after a name that makes it a larger area than any region: "Уральский федеральный
# округ" is no region (and not the Kazakh region of the town Уральск).
SUPRAREGION_STEMS: tuple[str, ...] = ("федеральн",)

# Words of a news outlet's name before its town: "Новости Кемерово", "Вести Урала".
MEDIA_WORDS: frozenset[str] = frozenset(
    {"новости", "вести", "радио", "тв", "телеканал", "телевидение", "газета"}
)
# Words after a town's name that make it a newspaper's: "Вашингтон пост", "Нью-Йорк таймс".
MEDIA_AFTER_WORDS: frozenset[str] = frozenset(
    {"пост", "таймс", "джорнал", "геральд", "трибьюн", "экспресс", "стандард"}
)

# Prepositions that put a place outside the visit: "вне Москвы".
OUTSIDE_PREPS: frozenset[str] = frozenset({"вне"})

# Diplomatic posts: "консул ... в Новосибирске" names the seat of the post, not a place of the visit.
POST_STEMS: tuple[str, ...] = ("консул", "генконсул", "посол", "посольств")

# A place as the one who states, answers or decides stands for its government ("Москва заявила",
# "Вашингтон ответил"): no place of the visit. Stems of such verbs, the words that may stand
# between the place and its verb ("Москва и Минск не подтвердили"), and the words that may open
# the clause before the place ("..., что Киев отказался").
SPEAKER_VERB_STEMS: tuple[str, ...] = (
    "заяв",
    "сообщ",
    "ответ",
    "объяв",
    "настаива",
    "потребова",
    "требует",
    "обвин",
    "отказ",
    "осуд",
    "призва",
    "призыва",
    "предупред",
    "отверг",
    "подтверд",
    "опроверг",
    "пригроз",
    "угрожа",
    "отреагир",
    "протестова",
)
SPEAKER_FILLERS: frozenset[str] = frozenset(
    {"и", "не", "также", "тоже", "уже", "сегодня", "вчера", "официально", "снова", "однако", "еще"}
)
SUBJECT_OPENERS: frozenset[str] = frozenset({"и", "а", "но", "что", "как", "когда", "пока"})
# An adjective before a capital or a country that makes it its government: "официальный Киев".
GOVERNMENT_ADJECTIVE_STEMS: tuple[str, ...] = ("официальн",)

# Places joined by "между" are the two sides of a relation or of talks ("преговорите между Брюксел и
# Лондон"), which says nothing of who visits whom: they cast no vote for a role.
BETWEEN_PREPS: frozenset[str] = frozenset({"между"})

# Words before a foreign town's name that make it a town even when the name is also an everyday
# word ("в городе Драма"); the name after them stays in the nominative.
TOWN_WORDS: tuple[str, ...] = ("город", "города", "городе", "г.")
# Plural forms, which no place name follows in the tables ("от побратимените градове X и Y").
TOWN_PLURAL_WORDS: tuple[str, ...] = ("городов", "городам", "городах")

# Russian releases list a country beside its subdivision when they name it on its own ("делегация из
# Узбекистана ... Сурхандарьинской области"), not when it is only the address after the subdivision.
KEEP_NAMED_COUNTRY = True

# Stems of the nouns a country's adjective must qualify to make the country a party to the visit
# ("китайская делегация", "белорусские коллеги", "грузинский город"), not a passing remark
# ("от турецкого владычества", "немецкое оборудование").
COUNTRY_ADJECTIVE_HEADS: tuple[str, ...] = (
    "делегац",
    "гост",
    "коллег",
    "партнер",
    "специалист",
    "представител",
    "сторон",
    "посол",
    "министр",
    "правительств",
    "город",
    "област",
    "регион",
    "провинц",
    "округ",
    "республик",
    "столиц",
    "район",
)

# Stems of the nouns a subdivision abroad is named after, in a transliteration the gazetteer may not
# hold ("провинции Бариа-Вунгтау", "община Аугшдаугавас"): the name is matched against ISO's Latin one.
SUBDIVISION_NOUN_STEMS: tuple[str, ...] = (
    "провинци",
    "регион",
    "област",
    "округ",
    "штат",
    "воеводств",
    "жудец",
    "жупани",
    "кантон",
    "департамент",
    "аймак",
    "префектур",
    "графств",
    "муниципалитет",
    "общин",
    "уезд",
)

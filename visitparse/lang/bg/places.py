"""Bulgarian place knowledge that the gazetteers do not give: facts, no logic.

``scripts/build_gazetteers.py`` reads these tables together with
``../shared/gazetteers`` and writes every form into
``visitparse/data/places_bg.json.gz``.  Bulgarian nouns have no case, so the
forms come from the endings below (adjective gender/number/article, plural
article).  After editing this module, rerun the build script.
"""

from __future__ import annotations

# ISO 3166-2:BG (as listed in ../shared/gazetteers/SOURCE.md): province name -> code.
# "София" in the settlements file is the province around the capital (BG-23).
PROVINCES: dict[str, str] = {
    "Благоевград": "BG-01",
    "Бургас": "BG-02",
    "Варна": "BG-03",
    "Велико Търново": "BG-04",
    "Видин": "BG-05",
    "Враца": "BG-06",
    "Габрово": "BG-07",
    "Добрич": "BG-08",
    "Кърджали": "BG-09",
    "Кюстендил": "BG-10",
    "Ловеч": "BG-11",
    "Монтана": "BG-12",
    "Пазарджик": "BG-13",
    "Перник": "BG-14",
    "Плевен": "BG-15",
    "Пловдив": "BG-16",
    "Разград": "BG-17",
    "Русе": "BG-18",
    "Силистра": "BG-19",
    "Сливен": "BG-20",
    "Смолян": "BG-21",
    "София (столица)": "BG-22",
    "София": "BG-23",
    "Стара Загора": "BG-24",
    "Търговище": "BG-25",
    "Хасково": "BG-26",
    "Шумен": "BG-27",
    "Ямбол": "BG-28",
}
# Names used in output (SOURCE.md spelling).
OFFICIAL_NAMES: dict[str, str] = {"BG-22": "София (столица)", "BG-23": "София (област)"}

# A bare "София" is the capital; the province is named with "област"/"Софийска".
NAME_OVERRIDES: dict[str, str] = {
    "София": "BG-22",
    "София-град": "BG-22",
    "София град": "BG-22",
    "Столична община": "BG-22",
    "Столицата": "BG-22",
    "София-област": "BG-23",
    "Софийска област": "BG-23",
    "Софийската област": "BG-23",
    "Софийско": "BG-23",
}

# Province adjectives (masculine singular), with the province code.
PROVINCE_ADJECTIVES: dict[str, str] = {
    "благоевградски": "BG-01",
    "бургаски": "BG-02",
    "варненски": "BG-03",
    "великотърновски": "BG-04",
    "търновски": "BG-04",
    "видински": "BG-05",
    "врачански": "BG-06",
    "габровски": "BG-07",
    "добрички": "BG-08",
    "кърджалийски": "BG-09",
    "кюстендилски": "BG-10",
    "ловешки": "BG-11",
    "монтански": "BG-12",
    "пазарджишки": "BG-13",
    "пернишки": "BG-14",
    "плевенски": "BG-15",
    "пловдивски": "BG-16",
    "разградски": "BG-17",
    "русенски": "BG-18",
    "силистренски": "BG-19",
    "сливенски": "BG-20",
    "смолянски": "BG-21",
    "софийски": "BG-22",
    "старозагорски": "BG-24",
    "търговищки": "BG-25",
    "хасковски": "BG-26",
    "шуменски": "BG-27",
    "ямболски": "BG-28",
}
# Adjective endings replacing the final "и" of the masculine form:
# m, f, n, pl, m-art short/full, f-art, n-art, pl-art.
ADJECTIVE_ENDINGS: tuple[str, ...] = ("и", "а", "о", "ия", "ият", "ата", "ото", "ите")

# Demonyms: (masculine singular, feminine singular, plural) -> code.
DEMONYMS: dict[tuple[str, str, str], str] = {
    ("благоевградчанин", "благоевградчанка", "благоевградчани"): "BG-01",
    ("бургазлия", "бургазлийка", "бургазлии"): "BG-02",
    ("варненец", "варненка", "варненци"): "BG-03",
    ("търновец", "търновка", "търновци"): "BG-04",
    ("великотърновец", "великотърновка", "великотърновци"): "BG-04",
    ("видинчанин", "видинчанка", "видинчани"): "BG-05",
    ("врачанин", "врачанка", "врачани"): "BG-06",
    ("габровец", "габровка", "габровци"): "BG-07",
    ("добричлия", "добричлийка", "добричлии"): "BG-08",
    ("кърджалиец", "кърджалийка", "кърджалийци"): "BG-09",
    ("кюстендилец", "кюстендилка", "кюстендилци"): "BG-10",
    ("ловчанлия", "ловчанлийка", "ловчанлии"): "BG-11",
    ("монтанчанин", "монтанчанка", "монтанчани"): "BG-12",
    ("пазарджиклия", "пазарджиклийка", "пазарджиклии"): "BG-13",
    ("перничанин", "перничанка", "перничани"): "BG-14",
    ("плевенчанин", "плевенчанка", "плевенчани"): "BG-15",
    ("пловдивчанин", "пловдивчанка", "пловдивчани"): "BG-16",
    ("разградчанин", "разградчанка", "разградчани"): "BG-17",
    ("русенец", "русенка", "русенци"): "BG-18",
    ("силистренец", "силистренка", "силистренци"): "BG-19",
    ("сливналия", "сливналийка", "сливналии"): "BG-20",
    ("смолянчанин", "смолянчанка", "смолянчани"): "BG-21",
    ("софиянец", "софиянка", "софиянци"): "BG-22",
    ("старозагорец", "старозагорка", "старозагорци"): "BG-24",
    ("търговищенец", "търговищенка", "търговищенци"): "BG-25",
    ("хасковлия", "хасковлийка", "хасковлии"): "BG-26",
    ("шуменец", "шуменка", "шуменци"): "BG-27",
    ("ямболия", "ямболийка", "ямболии"): "BG-28",
}
# Definite-article endings added to the singular feminine / plural demonym.
FEMININE_ARTICLE = "та"
PLURAL_ARTICLE = "те"

# Words written before a province / municipality / settlement name.
PROVINCE_WORDS: tuple[str, ...] = ("област", "областта", "обл.")
MUNICIPALITY_WORDS: tuple[str, ...] = ("община", "общината", "общ.")
TOWN_WORDS: tuple[str, ...] = ("гр.", "град", "града")
# Plural forms, which no place name follows in the tables ("от побратимените градове X и Y").
TOWN_PLURAL_WORDS: tuple[str, ...] = ("градове", "градовете")
VILLAGE_WORDS: tuple[str, ...] = ("с.", "село", "селото")
PROVINCE_SUFFIX_WORD = "област"  # "Бургаска област"

# Names of subdivisions abroad that are everyday words, left out of the tables: the points of the
# compass name regions of Cameroon, and "Близкия изток" is no place of it.
FOREIGN_COMMON_WORDS: frozenset[str] = frozenset({"Изток", "Запад", "Север", "Юг", "Център"})

# Town names that are also everyday words or people: matched in raw text only after "гр."/"град".
FIND_STOPLIST: frozenset[str] = frozenset(
    {
        "Левски",
        "Септември",
        "Първомай",
        "Котел",
        "Пещера",
        "Баня",
        "Съединение",
        "Роман",
        "Рила",
        "Мизия",
        "Обзор",
        "Тервел",
        "Омуртаг",
        "Гоце Делчев",
        "Елин Пелин",
        "Антон",
        "Раковски",
        "Стамболийски",
        "Генерал Тошево",
        "Кула",
        "Бяла",
        "Сопот",
        "Лъки",
        "Опака",
        "Две могили",
        "Искър",
        "Марица",
        "Родопи",
        "Тунджа",
        "Венец",
        "Шипка",
        "Мадан",
        "Белица",
        "Трън",
        "Земен",
        "Брезник",
        "Дългопол",
        "Нови пазар",
        "Златица",
        "Долна баня",
        "Бойница",
        "Божурище",
        "Никола Козлево",
        "Каспичан",
        "Борово",
        "Ветово",
        "Сливо поле",
        "Бобошево",
        "Кресна",
        "Летница",
        "Угърчин",
        "Априлци",
        "Симитли",
        "Хайредин",
        "Кнежа",
        "Мирково",
        "Чавдар",
        "Чупрене",
        "Доспат",
        "Крушари",
        "Главиница",
        "Ценово",
        "Хитрино",
        "Смядово",
        "Мъглиж",
        "Павел баня",
        "Гурково",
        "Николаево",
        "Стралджа",
        "Тополовград",
        "Ружинци",
        "Макреш",
        "Бойчиновци",
        "Димово",
        "Грамада",
        "Ковачевци",
        "Невестино",
        "Трекляно",
        "Кочериново",
        "Ихтиман",
        "Момчилград",
        "Черноочене",
        "Кирково",
        "Джебел",
        "Ардино",
        "Крумовград",
    }
)

# Foreign countries: ISO 3166-1 alpha-2 -> (names, adjective masculine or None).
COUNTRIES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "BG": (("България", "Република България"), None),
    "RU": (("Русия", "Руската федерация", "Руска федерация"), None),
    "BY": (("Беларус", "Беларусия", "Република Беларус"), "беларуски"),
    "KZ": (("Казахстан",), "казахстански"),
    "UZ": (("Узбекистан",), "узбекистански"),
    "AM": (("Армения",), "арменски"),
    "AZ": (("Азербайджан",), "азербайджански"),
    "GE": (("Грузия",), "грузински"),
    "MD": (("Молдова", "Молдавия"), "молдовски"),
    "UA": (("Украйна",), "украински"),
    "RS": (("Сърбия",), "сръбски"),
    "MK": (("Северна Македония", "Република Северна Македония", "Македония"), "северномакедонски"),
    "RO": (("Румъния",), "румънски"),
    "GR": (("Гърция",), "гръцки"),
    "TR": (("Турция",), "турски"),
    "AL": (("Албания",), "албански"),
    "XK": (("Косово",), "косовски"),
    "BA": (("Босна и Херцеговина",), "босненски"),
    "ME": (("Черна гора",), "черногорски"),
    "HR": (("Хърватия",), "хърватски"),
    "SI": (("Словения",), "словенски"),
    "HU": (("Унгария",), "унгарски"),
    "SK": (("Словакия",), "словашки"),
    "CZ": (("Чехия",), "чешки"),
    "PL": (("Полша",), "полски"),
    "AT": (("Австрия",), "австрийски"),
    "DE": (("Германия",), "германски"),
    "FR": (("Франция",), "френски"),
    "IT": (("Италия",), "италиански"),
    "ES": (("Испания",), "испански"),
    "PT": (("Португалия",), "португалски"),
    "NL": (("Нидерландия", "Холандия"), "нидерландски"),
    "BE": (("Белгия",), "белгийски"),
    "GB": (
        (
            "Великобритания",
            "Обединеното кралство",
            # The full name holds Northern Ireland's (GB-NIR), which must not take its place.
            "Обединеното кралство Великобритания и Северна Ирландия",
            "Обединеното Кралство Великобритания и Северна Ирландия",
            "Обединено кралство Великобритания и Северна Ирландия",
        ),
        "британски",
    ),
    "IE": (("Ирландия",), "ирландски"),
    "SE": (("Швеция",), "шведски"),
    "NO": (("Норвегия",), "норвежки"),
    "DK": (("Дания",), "датски"),
    "FI": (("Финландия",), "финландски"),
    "CH": (("Швейцария",), "швейцарски"),
    "CY": (("Кипър",), "кипърски"),
    "IL": (("Израел",), "израелски"),
    "CN": (("Китай",), "китайски"),
    "JP": (("Япония",), "японски"),
    "KR": (("Южна Корея", "Република Корея"), "южнокорейски"),
    "IN": (("Индия",), "индийски"),
    "US": (("САЩ", "Съединените щати"), "американски"),
    "CA": (("Канада",), "канадски"),
}

# First-level subdivisions of neighbours (and a few capitals): code -> names.
FOREIGN_SUBDIVISIONS: dict[str, tuple[str, ...]] = {
    "IE-D": ("Дъблин",),
    # A part of the United Kingdom, not of Ireland, whose name the country's name is inside.
    "GB-NIR": ("Северна Ирландия",),
    "RU-MOW": ("Москва",),
    "RU-SPE": ("Санкт Петербург", "Санкт-Петербург"),
    "RO-B": ("Букурещ",),
    "RO-CT": ("Констанца",),
    "RO-GR": ("Гюргево",),
    "RO-CL": ("Кълъраш",),
    "RO-DJ": ("Крайова",),
    "GR-I": ("Атина", "Атика"),
    "GR-B": ("Солун", "Централна Македония"),
    "GR-A": ("Кавала", "Александруполис", "Ксанти", "Комотини", "Източна Македония и Тракия"),
    "TR-34": ("Истанбул",),
    "TR-22": ("Одрин",),
    "TR-39": ("Лозенград",),
    "TR-06": ("Анкара",),
    "RS-00": ("Белград",),
    "BY-HM": ("Минск",),
    # Big cities the generated table leaves out: a name shared with a smaller city abroad
    # (Barcelona, Venezuela) or read as a person's name by the Russian dictionary ("Милана").
    "ES-CT": ("Барселона",),
    "IT-25": ("Милано",),
    "FR-ARA": ("Лион",),
    "FR-PAC": ("Марсилия",),
}

# Words before a place name that make it something else than the town of that name: a street,
# a quarter, a reservoir ("ул. Пловдив", "язовир Пчелина").
NOT_TOWN_WORDS: frozenset[str] = frozenset(
    {"ул", "улица", "улицата", "бул", "булевард", "кв", "квартал", "язовир", "язовира", "язовирите"}
)

# Stems of the words that may stand between a district's adjective and its noun (none in Bulgarian,
# which names a municipality before its town: "община Елена").
DISTRICT_QUALIFIER_STEMS: tuple[str, ...] = ()

# Stems of a word after a name that makes it a larger area than any region ("Уралски федерален окръг").
SUPRAREGION_STEMS: tuple[str, ...] = ("федерален", "федерални")

# Words of a news outlet's name before its town: "Радио Варна", "Телевизия Пловдив".
MEDIA_WORDS: frozenset[str] = frozenset({"радио", "тв", "телевизия", "вестник", "новини"})
# Words after a town's name that make it a newspaper's: "Вашингтон пост", "Ню Йорк Таймс".
MEDIA_AFTER_WORDS: frozenset[str] = frozenset(
    {"пост", "таймс", "джърнъл", "гералд", "трибюн", "експрес", "стандарт"}
)

# Prepositions that put a place outside the visit: "извън София".
OUTSIDE_PREPS: frozenset[str] = frozenset({"извън"})

# Diplomatic posts: "консул ... в Пловдив" names the seat of the post, not a place of the visit.
POST_STEMS: tuple[str, ...] = ("консул", "генконсул", "посланик", "посолств")

# A place as the one who states, answers or decides stands for its government ("Лондон заяви",
# "Берлин издаде разрешение"): no place of the visit. Stems of such verbs, the words that may stand
# between the place and its verb ("Лондон и Брюксел ще обявят", "Москва не отговори"), and the
# words that may open the clause before the place ("..., че Лондон настоява").
SPEAKER_VERB_STEMS: tuple[str, ...] = (
    "заяв",
    "съобщ",
    "отговор",
    "обяв",
    "настоява",
    "изключ",
    "призов",
    "призова",
    "предупред",
    "отхвърл",
    "обвин",
    "отказ",
    "осъд",
    "издаде",
    "потвърд",
    "опроверг",
    "заплаш",
    "протестира",
    "реагира",
    "поиска",
    "твърд",
)
SPEAKER_FILLERS: frozenset[str] = frozenset(
    {"и", "ще", "не", "също", "вече", "днес", "вчера", "официално", "отново", "обаче", "още"}
)
SUBJECT_OPENERS: frozenset[str] = frozenset({"и", "а", "но", "че", "като", "докато"})
# An adjective before a capital or a country that makes it its government: "официален Лондон".
GOVERNMENT_ADJECTIVE_STEMS: tuple[str, ...] = ("официал",)

# Places joined by "между" are the two sides of a relation or of talks ("преговорите между Брюксел и
# Лондон"), which says nothing of who visits whom: they cast no vote for a role.
BETWEEN_PREPS: frozenset[str] = frozenset({"между"})

# A foreign town's adjective before an administrative noun names its county or province
# ("Гюргевския окръг", "Тернополската област"): adjective ending after the town's stem, and noun.
FOREIGN_ADJECTIVE_PHRASES: tuple[tuple[str, str], ...] = tuple(
    (ending, noun)
    for endings, nouns in (
        (("ски", "ския", "ският"), ("окръг", "район")),
        (("ска", "ската"), ("област", "община", "жупания", "провинция")),
    )
    for ending in endings
    for noun in nouns
)

# Bulgarian releases give a place abroad by its subdivision alone ("град Битоля", not also the country).
KEEP_NAMED_COUNTRY = False

# Stems of the nouns a country's adjective must qualify to make the country a party to the visit
# ("китайската делегация", "грузинския град"), not a passing remark ("японската технология").
COUNTRY_ADJECTIVE_HEADS: tuple[str, ...] = (
    "делегаци",
    "гост",
    "колег",
    "партньор",
    "специалист",
    "представител",
    "стран",
    "посланик",
    "министър",
    "министерств",
    "правителств",
    "град",
    "област",
    "община",
    "общин",
    "регион",
    "провинци",
    "окръг",
    "република",
    "столиц",
)

# Stems of the nouns a subdivision abroad is named after, in a transliteration the gazetteer may not
# hold ("провинции Бариа-Вунгтау", "община Аугшдаугавас"): the name is matched against ISO's Latin one.
SUBDIVISION_NOUN_STEMS: tuple[str, ...] = (
    "провинци",
    "регион",
    "област",
    "окръг",
    "общин",
    "щат",
    "воеводств",
    "жупани",
    "кантон",
    "департамент",
    "аймак",
    "префектур",
    "графств",
)

"""Russian words that head or shape institution names (data for :mod:`institutions`)."""

from __future__ import annotations

# Nouns (lemmas) that head the name of a facility or a body: "комплексный центр ...",
# "министерство социального развития ...". Hyphenated heads are whole tokens.
HEAD_NOUNS: frozenset[str] = frozenset(
    [
        "центр",
        "интернат",
        "дом-интернат",
        "пансионат",
        "учреждение",
        "больница",
        "поликлиника",
        "госпиталь",
        "клиника",
        "диспансер",
        "санаторий",
        "профилакторий",
        "хоспис",
        "школа",
        "школа-интернат",
        "гимназия",
        "лицей",
        "колледж",
        "техникум",
        "училище",
        "университет",
        "институт",
        "академия",
        "консерватория",
        "детсад",
        "сад",
        "министерство",
        "департамент",
        "гордепартамент",
        "облсовет",
        "горсовет",
        "управление",
        "комитет",
        "комиссия",
        "администрация",
        "мэрия",
        "правительство",
        "агентство",
        "служба",
        "инспекция",
        "фонд",
        "отделение",
        "отдел",
        "филиал",
        "дом",
        "приют",
        "музей",
        "театр",
        "библиотека",
        "ведомство",
        "дума",
        "собрание",
        "палата",
        "совет",
        "суд",
        "прокуратура",
        "полиция",
        "прокуратура",
        "казначейство",
        "мастерская",
        "лаборатория",
        # Plants, sites and memorials that visits tour (with a modifier, a tail or a name).
        "завод",
        "комбинат",
        "фабрика",
        "электростанция",
        "производство",
        "пункт",
        "дворец",
        "парк",
        "мемориал",
        "памятник",
        "монумент",
        "обелиск",
        "терминал",
        "аэропорт",
        "вокзал",
        "порт",
        "стадион",
        "бассейн",
        "ферма",
        "храм",
        "собор",
        "монастырь",
        "зона",
        "застава",
        "комплекс",
        "парка",  # natasha's lemma of "парке"
        "цех",
        # Missions abroad and executive committees ("посольство Перу", "минский облисполком").
        "посольство",
        "консульство",
        "генконсульство",
        "исполком",
        "облисполком",
        "райисполком",
        "горисполком",
        # Shortened councils and assemblies ("орловский облсовет").
        "облсовет",
        "горсовет",
        "райсовет",
        "сельсовет",
        "облдума",
        "гордума",
        "заксобрание",
    ]
)

# Compound facility nouns that name a facility even bare ("посетил мотопарк").
STANDALONE_NOUNS: frozenset[str] = frozenset(
    [
        "погранзастава",
        "мотопарк",
        "технопарк",
        "агропарк",
        "спортплощадка",
        "рыбокомбинат",
        "мясокомбинат",
        "молокозавод",
        "хлебозавод",
        "судоверфь",
        "электростанция",
    ]
)

# Endings of one-word compounds that name a plant or farm even bare ("Курганмашзавод",
# "сырзавод", "хлебопекарня", "свинокомплекс «Алексеевский»").
COMPOUND_FACILITY_ENDINGS: tuple[str, ...] = (
    "завод",
    "комбинат",
    "комплекс",
    "фабрика",
    "пекарня",
    "верфь",
    "ферма",  # "звероферма", "птицеферма"
    "кухня",  # "кормокухня"
)

# Heads whose remit follows in a "по"-phrase: "комитет по социальной политике", "цех по
# переработке сои, риса и гречихи".
REMIT_HEADS: frozenset[str] = frozenset(
    [
        "комитет",
        "комиссия",
        "совет",
        "цех",
        "центр",
        "управление",
        "агентство",
        "департамент",
        "служба",
        "министерство",
        "отдел",
        "инспекция",
        "фонд",
    ]
)

# Nouns of a "по"-phrase that say why or how someone came, not a remit ("по приглашению").
NOT_REMIT_NOUNS: frozenset[str] = frozenset(
    ["приглашение", "случай", "путь", "поручение", "итог", "результат", "инициатива", "просьба", "данные"]
)

# Abbreviations of a settlement's kind before its name: "храм п. Свеча", "школа с. Бердянка".
SETTLEMENT_ABBREVIATIONS: frozenset[str] = frozenset(
    ["п", "пос", "пгт", "рп", "с", "д", "г", "ст", "х", "аул"]
)

# Endings of the abstract nouns of a purpose ("для взаимного сотрудничества"): a "для"-phrase of
# one is no part of a name, unlike one of the people served ("для престарелых и инвалидов").
PURPOSE_NOUN_ENDINGS: tuple[str, ...] = ("ние", "тие", "ство", "ция", "обмен")

# Nouns (lemmas) whose quoted name follows them: a project, event, programme or performing group,
# not an institution ("ансамбль «Шарм»", "по программе «...»", "проект музея «...»"). Not "акция":
# a campaign, and as often shares ("акции «Газпрома»").
NAMED_NON_INSTITUTIONS: frozenset[str] = frozenset(
    [
        "ансамбль",
        "коллектив",
        "хор",
        "оркестр",
        "программа",
        "подпрограмма",
        "проект",
        "нацпроект",
        "фестиваль",
        "конкурс",
        "фильм",
        "спектакль",
        "книга",
        "бренд",
        "турнир",
        "соревнование",
        "чемпионат",
        "олимпиада",
        "премия",
        "марафон",
        "праздник",
        "операция",
        "смена",
        "номинация",
    ]
)

# Memorials, and the squares and streets whose name places one: "монумент на площади Победы".
MEMORIAL_HEADS: frozenset[str] = frozenset(["памятник", "монумент", "обелиск", "мемориал", "стела"])
SITE_NOUNS: frozenset[str] = frozenset(
    ["площадь", "сквер", "аллея", "набережная", "улица", "проспект", "бульвар"]
)

# Bodies a "№" after which is the number of their order or letter, not part of the name
# ("приказ Министерства здравоохранения № 125н").
UNNUMBERED_HEADS: frozenset[str] = frozenset(
    ["министерство", "правительство", "администрация", "мэрия", "департамент", "управление", "комитет"]
)

# Bodies whose genitive tail says where they govern: a place's name or a place noun ("правительство
# Канады", "правительство области"), not some common noun ("отвергло правительство предложения").
PLACE_TAIL_HEADS: frozenset[str] = frozenset(["правительство", "мэрия"])

# Missions named with the country they are in: "посольство Индии в РФ", "консульство ... в Казани".
MISSION_HEADS: frozenset[str] = frozenset(
    ["посольство", "консульство", "генконсульство", "представительство", "торгпредство"]
)

# Stations one arrives at on the way (heads), and the verbs (lemmas) of arriving: "прибудет в
# аэропорт Салехарда" is how the visitor came, not a place visited.
TRANSIT_HEADS: frozenset[str] = frozenset(["аэропорт", "вокзал", "аэровокзал", "автовокзал", "морвокзал"])
ARRIVAL_VERBS: frozenset[str] = frozenset(
    ["прибыть", "прибывать", "прилететь", "прилетать", "приземлиться", "приехать", "приезжать"]
)

# Heads a bare number names ("школа 28", "гимназия 31").
NUMBERED_NOUNS: frozenset[str] = frozenset(
    ["школа", "гимназия", "лицей", "поликлиника", "больница", "детсад", "сад", "колледж", "интернат"]
)

# Abbreviations that take the adjectives before them ("Бурейская ГЭС"), with the gender of
# the noun they shorten (pymorphy's tag), which those adjectives agree with.
ABBREVIATION_GENDERS: dict[str, str] = {
    "ГЭС": "femn",
    "ГРЭС": "femn",
    "ТЭЦ": "femn",
    "АЭС": "femn",
    "ТЭС": "femn",
    "ОЭЗ": "femn",
    "ЦРБ": "femn",
    "ФАП": "masc",
    # Schools, hospitals and clubs ("Нагорская СОШ", "Михайловская МРБ", "Сельский ДК").
    "СОШ": "femn",
    "ООШ": "femn",
    "НОШ": "femn",
    "ДШИ": "femn",
    "ДЮСШ": "femn",
    "МРБ": "femn",
    "ЦГБ": "femn",
    "ДК": "masc",
    "КДЦ": "masc",
    "ФОК": "masc",
    "МФЦ": "masc",
}
ADJECTIVE_ABBREVIATIONS: frozenset[str] = frozenset(ABBREVIATION_GENDERS)

# Heads that name a legal form rather than the institution itself: in "частное учреждение
# «Центр "Забота"»" the institution is the quoted name.
LEGAL_FORM_NOUNS: frozenset[str] = frozenset(
    [
        "учреждение",
        "организация",
        "компания",
        "предприятие",
        "общество",
        "объединение",
        "фирма",
        "корпорация",
        "холдинг",
        "концерн",
        "товарищество",
        "партнерство",
        "партия",
        "движение",
        "союз",
        "ассоциация",
        "группа",
    ]
)

# Heads of a unit inside an institution: "отделение милосердия" with no proper name in it is a
# part of the facility being shown, not an institution of its own ("отделение Социального фонда
# по Омской области" names one).
UNIT_HEADS: frozenset[str] = frozenset(["отделение", "отдел", "сектор"])

# Heads that with an activity or a people in the genitive right after them name a course, not a
# facility: "Школа ухода", "школа приёмных родителей" (a real school has a modifier or a number).
COURSE_HEADS: frozenset[str] = frozenset(["школа"])
# Genitives that make such a head a school all the same: "школа искусств", "школа олимпийского резерва".
SCHOOL_GENITIVES: frozenset[str] = frozenset(["искусство", "музыка", "спорт", "олимпийский", "танец"])

# Heads that need a genitive or "для" tail to be an institution on their own
# ("дом культуры", "отдел опеки"; not "жилой дом", "отдел").
NEEDS_TAIL: frozenset[str] = frozenset(
    ["дом", "отдел", "отделение", "служба", "управление", "совет", "собрание", "палата", "сад", "ведомство"]
)

# Nouns (lemmas) right before a head that make it an activity, not a body: "органы управления
# культуры", "система управления".
HEAD_BAD_GOVERNORS: dict[str, frozenset[str]] = {
    "управление": frozenset(["орган", "система", "аппарат", "структура", "уровень", "вертикаль"]),
}

# Lower-case heads accepted with a single modifier only when it is not one of these
# ("областной центр" is the regional capital, "районный суд" is fine).
HEAD_BAD_MODIFIERS: dict[str, frozenset[str]] = {
    "центр": frozenset(
        [
            "областной",
            "районный",
            "региональный",
            "административный",
            "культурный",
            "деловой",
            "исторический",
            "торговый",
            "промышленный",
            "научный",
            "туристический",
            "федеральный",
            "крупный",
        ]
    ),
    "дом": frozenset(["жилой", "многоквартирный", "частный", "деревянный", "загородный", "родной", "отчий"]),
    "сад": frozenset(["фруктовый", "ботанический", "зимний"]),
    "совет": frozenset(["добрый", "полезный"]),
    "пункт": frozenset(["важный", "главный", "ключевой", "отдельный", "конечный", "населенный", "последний"]),
    "зона": frozenset(
        [
            "рабочий",
            "жилой",
            "приграничный",
            "буферный",
            "санитарный",
            "красный",
            "серый",
            "детский",
            "игровой",
        ]
    ),
    "производство": frozenset(["собственный", "отечественный", "массовый", "серийный", "промышленный"]),
    # Sectors of the economy, not a site: "агропромышленный комплекс", "мелиоративный комплекс".
    "комплекс": frozenset(
        [
            "агропромышленный",
            "топливно-энергетический",
            "мелиоративный",
            "водохозяйственный",
            "лесопромышленный",
            "военно-промышленный",
            "оборонно-промышленный",
            "жилищно-коммунальный",
            "строительный",
            "весь",
            "целый",
        ]
    ),
}

# Modifiers that make a head no institution at all, tail or not: "призовой фонд турнира".
HEAD_NEVER_MODIFIERS: dict[str, frozenset[str]] = {
    "фонд": frozenset(["призовой", "гарантированный", "жилищный", "уставный", "золотовалютный", "наградной"]),
}

# Nouns no name runs into: what a body owns or is given ("суда здания", "правительству ... сведений").
NEVER_TAIL_NOUNS: frozenset[str] = frozenset(["здание", "помещение", "комплекс", "территория", "сведение"])

# Genitive nouns that turn "центр X" into a place, not an institution ("центр города").
HEAD_BAD_TAILS: dict[str, frozenset[str]] = {
    "центр": frozenset(
        [
            "город",
            "столица",
            "область",
            "район",
            "село",
            "поселок",
            "деревня",
            "страна",
            "мир",
            "внимание",
            "событие",
            "тяжесть",
            "притяжение",
            "площадь",
            "улица",
            "местечко",
            "деревня",
            "квартал",
        ]
    ),
    # "институт веры", "институт политического влияния": an institution of society, not a body.
    "институт": frozenset(["вера", "влияние", "брак", "семья", "демократия", "власть", "собственность"]),
    "управление": frozenset(["процесс", "проект", "автомобиль", "транспорт", "государство"]),
    "служба": frozenset(["армия"]),
    # "пункт рабочей программы": an item of a plan, not a checkpoint or a station.
    "пункт": frozenset(["программа", "план", "повестка", "соглашение", "договор", "порядок", "закон"]),
}

# Adjectives and pronouns that refer rather than name: "этот центр", "различные учреждения".
DETERMINERS: frozenset[str] = frozenset(
    [
        "этот",
        "тот",
        "такой",
        "данный",
        "наш",
        "ваш",
        "свой",
        "их",
        "его",
        "её",
        "ее",
        "другой",
        "различный",
        "разный",
        "каждый",
        "весь",
        "всякий",
        "любой",
        "иной",
        "некоторый",
        "многий",
        "подобный",
        "соответствующий",
        "соответствовать",  # the lemma natasha gives the participle "соответствующую"
        "указанный",
        "вышеуказанный",
        "названный",
        "который",
        "один",
        "первый",
        "второй",
        "новый",
        "местный",
        "нужный",
        "ближайший",
        "целый",
        "сам",
        "самый",
        # Participles of what was done to a building, not part of its name ("обновленный Дом культуры").
        "обновленный",
        "обновить",
        "отремонтированный",
        "отремонтировать",
        "реконструированный",
        "реконструировать",
        "построенный",
        "построить",
        # Size and hedges describe, they do not name ("большой мясокомбинат", "так называемая зона").
        "большой",
        "крупнейший",
        "известный",
        "знаменитый",
        "влиятельный",
        "существующий",
        "существовать",
        "называемый",
        "называть",
        # Feelings and ranks that refer to a place already named ("родная школа", "основной музей").
        "родной",
        "родный",  # natasha's lemma of "родной"
        "собственный",
        "созданный",
        "создать",
        "основанный",
        "основать",
        "основной",
    ]
)

# Abbreviations of legal forms and institution types used in press releases.
ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "ГБУ",
        "ГАУ",
        "ГКУ",
        "ГУ",
        "МБУ",
        "МАУ",
        "МКУ",
        "МУ",
        "ФГБУ",
        "ФГУ",
        "ФКУ",
        "ФГБОУ",
        "ФГАОУ",
        "ГБОУ",
        "ГАОУ",
        "ГКОУ",
        "МБОУ",
        "МАОУ",
        "МКОУ",
        "МБДОУ",
        "МАДОУ",
        "МДОУ",
        "ГБПОУ",
        "ГАПОУ",
        "ГБУЗ",
        "ГАУЗ",
        "ГУЗ",
        "МУЗ",
        "ГБУСО",
        "ГАУСО",
        "ГКУСО",
        "ГУСО",
        "МБУК",
        "ГБУК",
        "КЦСОН",
        "ЦСОН",
        "КЦСО",
        "ЦСО",
        "СРЦН",
        "СРЦ",
        "ПНИ",
        "ДИПИ",
        "МФЦ",
        "УСЗН",
        "ОСЗН",
        "УСЗН",
        "ЦЗН",
        "ЦРБ",
        "ФОК",
        "МО",
        "ООО",
        "ОАО",
        "ЗАО",
        "ПАО",
        "АО",
        "НКО",
        "АНО",
        "НО",
        "ФСБ",
        "МВД",
        "МЧС",
        "МИД",
        "ФНС",
        "ПФР",
        "СФР",
        "ФСС",
        "ГЭС",
        "ГРЭС",
        "ТЭЦ",
        "АЭС",
        "ТЭС",
        "ОЭЗ",
        "ФАП",
        "СОШ",
        "ДШИ",
        "ДЮСШ",
        "МРБ",
        "ЦГБ",
        "ДК",
        "КДЦ",
    ]
)

# Abbreviations that are a name only with one: "ПАО «Газпром»", "АНО «Центр ...»", not a bare "ПАО"
# (which is as often some technical abbreviation).
NEEDS_NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    ["МО", "АО", "НО", "ГУ", "МУ", "ООО", "ОАО", "ЗАО", "ПАО", "НКО", "АНО"]
)

# Press-release shortenings of ministry names (lemmas): "минсоцразвития области".
MINISTRY_WORDS: frozenset[str] = frozenset(
    [
        "минсоцразвития",
        "минсоцразвитие",
        "минздрав",
        "минтруд",
        "минобрнауки",
        "минобразования",
        "минпросвещения",
        "минсоцзащиты",
        "минсельхоз",
        "минфин",
        "минэкономразвития",
        "минкультуры",
        "минспорт",
        "минстрой",
        "минприроды",
        "минэнерго",
        "минпромторг",
        "минтранс",
        "минцифры",
        "минюст",
        "минсоцполитики",
        "минсоцтруд",
        "минмолодежи",
        "минтрудсоцразвития",
        "минтрудсоцзащиты",
    ]
)

# Common nouns of places that may follow a name in the prepositional: "в Южном округе".
GEO_NOUNS: frozenset[str] = frozenset(
    [
        "округ",
        "район",
        "микрорайон",
        "город",
        "область",
        "край",
        "республика",
        "поселок",
        "посёлок",
        "село",
        "деревня",
        "станица",
        "муниципалитет",
        "поселение",
    ]
)

# Prepositions that open a tail phrase in the genitive ("для престарелых и инвалидов").
GENITIVE_PREPOSITIONS: frozenset[str] = frozenset({"для"})

# Prepositions that open a tail phrase in the prepositional ("совет при министерстве").
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"при"})

# Words that introduce a person's name in an institution's name ("школа имени Пушкина").
NAMED_AFTER: frozenset[str] = frozenset({"имени", "им."})

# Nouns whose dative complement belongs to the name: "центр социальной помощи семье и детям".
DATIVE_NOUNS: frozenset[str] = frozenset({"помощь", "поддержка", "содействие", "памятник", "мемориал"})

# Common nouns that are a facility only with an adjective before them ("дизельная
# электростанция", "особая экономическая зона"; not "производство продукции").
NEEDS_MODIFIER: frozenset[str] = frozenset(
    ["производство", "зона", "пункт", "парк", "порт", "комплекс", "терминал"]
)

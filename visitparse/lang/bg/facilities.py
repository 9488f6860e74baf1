"""A grammar of Bulgarian facility and body names written as descriptions.

Visit news names most places by what they are: "Национална кардиологична
болница", "Българското училище", "Комисията по политиките за българите извън
страната", "почетното консулство на Украйна", "язовир „Тополово 2“". A name is

* one or more adjectives (told by their endings) and a head noun of
  :data:`HEADS` ("Детска градина"), the first word capitalized; or a lowercase
  one with a complement that names it ("почетно консулство на Украйна");
* a capitalized head alone with a complement ("Синдикат на българските учители");
* a head of :data:`NAMED_HEADS` with a quoted or capitalized proper name
  ("язовир Извор", "джамия „Баня Баши“");

followed by complements: a link word and lowercase words that are not verbs
or function words ("за деца с увреждания", "по политиките за ..."), a quoted
proper name, or for bodies "на" with a capitalized place ("Посолство на
Япония"). The head nouns come with their article and plural forms. Heads were
chosen from the first nouns of the ORG lemmas of the SlavicNER corpus and
from the social-service facilities visit news names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from visitparse.lang.bg.domain_words import CLOSE_QUOTES, DASHES, OPEN_QUOTES, SETTLEMENT_MARKERS

# Head nouns in their base form, by how their article and plural are formed.
_MASCULINE = (
    "институт",
    "университет",
    "съвет",
    "съюз",
    "синдикат",
    "щаб",
    "музей",
    "завод",
    "комбинат",
    "клуб",
    "комитет",
    "колеж",
    "лицей",
    "факултет",
    "диспансер",
    "хоспис",
    "приют",
    "стадион",
    "отряд",
    "далекопровод",
    "офис",
    "парламент",
    "инспекторат",
    "департамент",
    "сенат",
    "затвор",
    "холдинг",
    "планетариум",
    "комплекс",
)
_FEMININE = (
    "болница",
    "клиника",
    "поликлиника",
    "градина",
    "академия",
    "агенция",
    "комисия",
    "служба",
    "инспекция",
    "администрация",
    "дирекция",
    "библиотека",
    "галерия",
    "фабрика",
    "станция",
    "прокуратура",
    "гимназия",
    "катедра",
    "лаборатория",
    "църква",
    "джамия",
    "синагога",
    "ротонда",
    "камара",
    "асоциация",
    "фондация",
    "организация",
    "школа",
    "банка",
    "митница",
    "опера",
    "филхармония",
    "кооперация",
    "ферма",
    "ясла",
    "компания",
    "корпорация",
    "обсерватория",
)
_NEUTER = (
    "училище",
    "министерство",
    "посолство",
    "консулство",
    "правителство",
    "управление",
    "читалище",
    "сдружение",
    "дружество",
    "пристанище",
    "летище",
    "звено",
    "общежитие",
    "ведомство",
    "обединение",
    "предприятие",
    "отделение",
    "кметство",
    "поделение",
)
# Forms the rules below do not make.
_IRREGULAR = {
    "център": ("център", "центъра", "центърът", "центрове", "центровете"),
    "театър": ("театър", "театъра", "театърът", "театри", "театрите"),
    "дом": ("дом", "дома", "домът", "домове", "домовете"),
    "храм": ("храм", "храма", "храмът", "храмове", "храмовете"),
    "паметник": ("паметник", "паметника", "паметникът", "паметници", "паметниците"),
    "ансамбъл": ("ансамбъл", "ансамбъла", "ансамбълът", "ансамбли", "ансамблите"),
    "съд": ("съд", "съда", "съдът", "съдилища", "съдилищата"),
    "фонд": ("фонд", "фонда", "фондът", "фондове", "фондовете"),
    "пункт": ("пункт", "пункта", "пунктът", "пунктове", "пунктовете"),
}


def _forms(base: str) -> tuple[str, ...]:
    """The article and plural forms of a head noun."""
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if base in _FEMININE:
        plural = base[:-2] + "ии" if base.endswith("ия") else base[:-1] + "и"
        return (base, base + "та", plural, plural + "те")
    if base in _NEUTER:
        # "училище" -> "училища", "министерство" -> "министерства", "отделение" -> "отделения"
        plural = base[:-1] + ("я" if base.endswith("ие") else "а")
        return (base, base + "то", plural, plural + "та")
    return (base, base + "а", base + "ът", base + "и", base + "ите")


# Every form of a head noun -> its base form.
HEADS: dict[str, str] = {
    form: base for base in (*_MASCULINE, *_FEMININE, *_NEUTER, *_IRREGULAR) for form in _forms(base)
}

# The plural forms among them.
PLURALS = frozenset(
    form for base in (*_MASCULINE, *_FEMININE, *_NEUTER, *_IRREGULAR) for form in _forms(base)[-2:]
) - {base for base in (*_MASCULINE, *_FEMININE, *_NEUTER)}

# Heads of places that are named by a proper name right after them ("язовир Извор").
NAMED_HEADS = frozenset(
    {"язовир", "язовира", "язовирът", "ротонда", "ротондата", "джамия", "джамията", "манастир", "манастира"}
    | {"църква", "църквата", "синагога", "синагогата", "стадион", "стадиона", "храм", "храма", "храмът"}
)
# Heads of monuments, named by the person they honour after "на" ("паметника на Васил Левски").
MONUMENT_HEADS = frozenset({"паметник", "паметника", "паметникът"})

# Plural forms of those heads, before a list of names.
NAMED_PLURALS = frozenset({"язовири", "язовирите", "манастири", "манастирите", "джамии", "джамиите"})

# Heads of bodies whose name may end with a capitalized place after "на"/"в" ("Посолство на Япония").
BODY_HEADS = frozenset(
    {"министерство", "посолство", "консулство", "правителство", "администрация", "агенция", "комисия"}
)

# Bodies a province has only one of: their lowercase description is their name.
UNIQUE_BODIES = frozenset({("областна", "администрация"), ("областната", "администрация")})

# Link words that open a complement, and the ones after which a capitalized place may follow.
LINKS = frozenset({"за", "от", "с", "със", "на", "по", "към", "и", "в", "във"})
# Heads whose complement may open with "по" ("Комисия по бюджет", "Клиника по вътрешни болести").
PO_HEADS = frozenset(
    {"комисия", "комитет", "съвет", "клиника", "катедра", "агенция", "дирекция", "служба"}
    | {"инспекторат", "гимназия", "училище", "отделение"}
)
PLACE_LINKS = frozenset({"на", "в", "във"})

# Adjective endings (with their article forms).
_ADJECTIVE_ENDINGS = (
    "ски",
    "ска",
    "ско",
    "ския",
    "ският",
    "ската",
    "ското",
    "ските",
    "цки",
    "цка",
    "цко",
    "цкия",
    "цкият",
    "цката",
    "цкото",
    "цките",
    "ен",
    "на",
    "но",
    "ни",
    "ния",
    "ният",
    "ната",
    "ното",
    "ните",
    "ов",
    "ова",
    "ово",
    "ови",
)

# Lowercase words that end a name: verbs, pronouns, time words (a complement never runs over them).
STOP_WORDS = frozenset(
    {
        "е",
        "са",
        "бе",
        "беше",
        "бяха",
        "бил",
        "била",
        "било",
        "били",
        "посетили",
        "дошли",
        "пристигнали",
        "участвали",
        "ще",
        "се",
        "си",
        "да",
        "не",
        "че",
        "който",
        "която",
        "което",
        "които",
        "това",
        "този",
        "тази",
        "тези",
        "като",
        "както",
        "където",
        "когато",
        "след",
        "преди",
        "през",
        "при",
        "лицето",
        "област",
        "общината",
        "община",
        "днес",
        "вчера",
        "утре",
        "година",
        "годината",
        "ден",
        "деня",
        "посети",
        "разгледа",
        "обиколи",
        "откри",
        "прие",
        "посрещна",
        "представи",
        "връчи",
        "сподели",
        "заяви",
        "каза",
        "отбеляза",
        "подчерта",
        "присъства",
        "има",
        "няма",
        "също",
        "вече",
        "още",
        "много",
        "нов",
        "нова",
        "ново",
        "нови",
        "всички",
        "гостите",
        "министър",
        "министъра",
        "кмет",
        "кмета",
        "директор",
        "директора",
        "му",
        "ѝ",
        "й",
        "им",
        "го",
        "ги",
        "той",
        "тя",
        "те",
        "то",
        "начин",
    }
    | SETTLEMENT_MARKERS
)
# Stems of the visiting verbs whose object is a place visited ("посетиха", "разгледа").
VISIT_VERB_STEMS = ("посети", "посетя", "разгледа", "обиколи", "инспектира", "огледа")

# Verb endings (aorist and imperfect plural) that end a name too.
_VERB_ENDINGS = ("ха", "ше", "или", "яли")  # and past participles ("направили", "стояли")

_MAX_ADJECTIVES = 3
_MAX_CONTENT = 4  # lowercase words after one link word
_MAX_PLACE = 4  # capitalized words of a place after "на"/"в"
_MAX_QUOTED = 10


_PARTICIPLE_ENDINGS = ("ена", "ено", "ени", "ената", "еното", "ените", "ана", "ано", "ани", "аната", "яна")

# Adjectives that describe rather than name ("новата болница", "една агенция").
NON_NAME_ADJECTIVES = frozenset(
    {"нов", "нова", "ново", "нови", "новата", "новото", "новите", "една", "едно", "един", "всяка", "всяко"}
    | {"съответна", "съответната", "съответния", "съответен", "съответното", "съответно", "такава"}
    | {"стара", "старата", "голяма", "голямата", "малка", "малката", "същата", "същото", "другата", "цялата"}
)


def _is_participle(low: str) -> bool:
    """A past passive participle ("обсъдена", "създадената"): it describes, it does not name."""
    return low.endswith(_PARTICIPLE_ENDINGS)


# Noun endings among the adjective endings: "големина", "година", "общината".
_NOUN_ENDINGS = ("ина", "ината")


def is_adjective(word: str) -> bool:
    low = word.lower()
    return (
        len(low) >= 4
        and low.isalpha()
        and low.endswith(_ADJECTIVE_ENDINGS)
        and not low.endswith(_NOUN_ENDINGS)
        and low not in HEADS
        and low not in NON_NAME_ADJECTIVES
        and low not in STOP_WORDS
    )


def trigger_words() -> frozenset[str]:
    """Lowercase words at which a description may start: heads only (adjectives are found backwards)."""
    return frozenset(HEADS) | NAMED_HEADS | NAMED_PLURALS


def find_description(doc: Doc, h: int) -> Span | None:
    """The facility name whose head noun is token ``h``, if the words around make one."""
    low = doc[h].lower_
    if low in MONUMENT_HEADS:
        return _monument(doc, h)
    if low in NAMED_HEADS:
        named = _proper_name(doc, h + 1)
        if named > h + 1:
            return Span(doc, h, named, label="ORG")
    base = HEADS.get(low)
    if base is None:
        return None
    start = h
    while start > 0 and not doc[start].is_sent_start and h - start < _MAX_ADJECTIVES:
        if is_adjective(doc[start - 1].text):
            start -= 1
        elif _joined_adjective(doc, start, h):
            start -= 2  # "Търговската и промишлена камара"
        else:
            break
    # Only a name's first word is capitalized: "Официално Центърът ..." starts at the head.
    capitals = [k for k in range(start + 1, h + 1) if doc[k].is_title]
    if capitals:
        start = capitals[-1]
    if start > 0 and doc[start - 1].text in OPEN_QUOTES:
        return None  # inside a quoted name of something else ("заместник-кмет „Управление на ...“")
    end, named = complement(doc, h + 1, base in BODY_HEADS, base in PO_HEADS)
    if end == h + 1 and not doc[start].is_title:
        # "далекопровод Битоля", "областна администрация Пловдив": the place names it.
        end = capitalized_run(doc, h + 1)
        named = end > h + 1
    if doc[start].is_title:
        if start < h or end > h + 1:
            return Span(doc, start, end, label="ORG")
        return None
    # A lowercase description is a name when a proper name completes it or two adjectives
    # make it specific ("регионалната здравна инспекция"); a plural one is a kind, not a name.
    if low in PLURALS:
        return None
    if h - start == 1 and (doc[start].lower_, low) in UNIQUE_BODIES:
        return Span(doc, start, end, label="ORG")  # "в областната администрация"
    if start > 0 and doc[start - 1].lower_ in NON_NAME_ADJECTIVES:
        return None  # "на съответната регионална здравна инспекция": any one of a kind
    if start == h and named and (base in BODY_HEADS or _own_quoted_name(doc, h, end)):
        # "правителството на Република Чехия", "ансамбъла за народни инструменти „Хоро“"
        return Span(doc, start, end, label="ORG")
    if start == h and base in PO_HEADS and doc[h + 1].lower_ == "по" and end > h + 2:
        return Span(doc, start, end, label="ORG")  # "гимназията по хотелиерство и туризъм": a field names it
    if start == h and doc[h + 1].lower_ == "към" and end > h + 2:
        return Span(doc, start, end, label="ORG")  # "църквата към посолството": the body it belongs to
    specific = h - start >= 2 and not any(_is_participle(doc[k].lower_) for k in range(start, h))
    if start < h and (named or specific or _visited_object(doc, start, h)):
        return Span(doc, start, end, label="ORG")
    return None


def _joined_adjective(doc: Doc, start: int, h: int) -> bool:
    """Whether a capitalized adjective and "и" join the adjective at ``start`` before head ``h``."""
    return (
        start < h
        and start > 1
        and doc[start - 1].lower_ == "и"
        and doc[start - 2].is_title
        and not doc[start - 2].is_sent_start
        and is_adjective(doc[start - 2].text)
    )


def _visited_object(doc: Doc, start: int, h: int) -> bool:
    """Whether one adjective and its head are what a visiting verb right before names: "посетиха
    детското отделение" is a place of its own, "в новата болница" only a description."""
    k = start - 1
    if k > 0 and doc[k].lower_ in {"и", "също"}:
        k -= 1  # "посетиха и детското отделение"
    return (
        k >= 0
        and doc[k].lower_.startswith(VISIT_VERB_STEMS)
        and not any(_is_participle(doc[i].lower_) for i in range(start, h))
    )


def _own_quoted_name(doc: Doc, h: int, end: int) -> bool:
    """Whether the name ends with a quoted name that belongs to the head at ``h``, not to another
    head in its complement ("инспекция на ремонта на джамията „Х“" is the mosque's)."""
    if doc[end - 1].text not in CLOSE_QUOTES:
        return False
    return not any(doc[k].lower_ in HEADS or doc[k].lower_ in NAMED_HEADS for k in range(h + 1, end))


def _monument(doc: Doc, h: int) -> Span | None:
    """ "паметника на Васил Левски": the head, "на" and the capitalized name of the one honoured."""
    j = h + 2
    if j >= len(doc) or doc[h + 1].lower_ != "на":
        return None
    end = j
    while end < len(doc) and end - j < _MAX_PLACE and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return Span(doc, h, end, label="ORG") if end > j else None


def find_named_list(doc: Doc, h: int) -> list[Span]:
    """The proper names listed after a plural head of :data:`NAMED_HEADS` ("язовирите Извор,
    Пчелина и Прибой"): each one a name of its own."""
    if doc[h].lower_ not in NAMED_PLURALS:
        return []
    out: list[Span] = []
    k = h + 1
    while k < len(doc):
        end = _proper_name(doc, k)
        if end == k and out and _one_word_person(doc, k):
            end = k + 1  # a list item the model read as a first name ("..., Камък и Ливада")
        if end == k:
            break
        out.append(Span(doc, k, end, label="ORG"))
        k = end
        if k < len(doc) and doc[k].text in {",", "и"}:
            k += 1
        else:
            break
    return out if len(out) >= 2 else []


def _one_word_person(doc: Doc, k: int) -> bool:
    return (
        doc[k].ent_iob_ == "B"
        and doc[k].ent_type_ == "PER"
        and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I")
    )


def complement(doc: Doc, j: int, body: bool, po: bool = False) -> tuple[int, bool]:
    """End of the complements from token ``j``, and whether they include a proper name.

    ``body``: a place may follow "на"; ``po``: a complement may open with "по".
    """
    end = j
    named = False
    k = j
    while k < len(doc) and not doc[k].is_sent_start:
        quoted = _quoted(doc, k)
        if quoted > k:
            return quoted, True
        low = doc[k].lower_
        if low not in LINKS or (low == "по" and not po) or (low == "и" and k == j):
            break  # "Парламентът и ...": a coordination after the head itself is another phrase
        if low in PLACE_LINKS and (body or low != "на") and k + 1 < len(doc) and doc[k + 1].is_title:
            # A body's place after "на", any facility's after "в".
            place = capitalized_run(doc, k + 1)
            if place > k + 1:
                return place, True
        if low in PLACE_LINKS - {"на"}:
            break  # "в"/"във" continue a name only with a place ("Съвет във формат ..." does not)
        content = _content_run(doc, k + 1, after_and=low == "и")
        if content == k + 1:
            break
        end = k = content
    return end, named


def _content_run(doc: Doc, j: int, *, after_and: bool) -> int:
    """End of the lowercase words of a complement from ``j`` (``j`` if none)."""
    k = j
    while k < len(doc) and k - j < _MAX_CONTENT and _content_word(doc, k):
        k += 1
    if after_and and k - j < 2 and not _abbreviation_follows(doc, k):
        return j  # "... и разгледа": a single word after "и" is as often a verb
    return k


def _abbreviation_follows(doc: Doc, k: int) -> bool:
    """Whether an abbreviation in brackets follows at ``k`` ("... и оценка (ЗМО)"): the name ends there."""
    return k + 1 < len(doc) and doc[k].text in {"(", "/"} and doc[k + 1].is_upper and len(doc[k + 1]) >= 2


def _content_word(doc: Doc, k: int) -> bool:
    tok = doc[k]
    low = tok.lower_
    return (
        not tok.is_sent_start
        and low.replace("-", "").isalpha()
        and low == tok.text
        and low not in STOP_WORDS
        and low not in LINKS
        and not (len(low) > 3 and low.endswith(_VERB_ENDINGS))
    )


def capitalized_run(doc: Doc, j: int) -> int:
    """End of a capitalized place or name from ``j`` that is not a person's (``j`` if none).

    A place or organization the model found is taken whole; otherwise one capitalized word,
    unless another follows it (then it is as likely a person the model missed).
    """
    if j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha) or doc[j].is_sent_start:
        return j
    if doc[j].ent_iob_ == "B" and doc[j].ent_type_ in ("LOC", "ORG"):
        k = j + 1
        while k < len(doc) and k - j < _MAX_PLACE and doc[k].ent_iob_ == "I":
            k += 1
        return k
    if doc[j].ent_type_ == "PER" or (j + 1 < len(doc) and doc[j + 1].is_title):
        return j
    return j + 1


def _proper_name(doc: Doc, j: int) -> int:
    """End of a quoted or capitalized proper name from ``j`` ("„Баня Баши“", "Извор")."""
    quoted = _quoted(doc, j)
    if quoted > j:
        return quoted
    return capitalized_run(doc, j)


def _quoted(doc: Doc, j: int) -> int:
    """End of a quoted name that opens at ``j`` with a capital or a digit, else ``j``."""
    if j + 1 >= len(doc) or doc[j].text not in OPEN_QUOTES:
        return j
    first = doc[j + 1].text
    if not (first[:1].isupper() or first[:1].isdigit()):
        return j
    for k in range(j + 2, min(len(doc), j + 2 + _MAX_QUOTED)):
        if doc[k].text in CLOSE_QUOTES:
            return k + 1
        if "\n" in doc[k].text or (doc[k].text in DASHES and doc[k].whitespace_):
            break
    return j

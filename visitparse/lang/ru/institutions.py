"""Whole institution names in Russian text, as token ranges.

A name is grown around a head word (a facility or body noun, a ministry
shortening, or a legal-form abbreviation): to the left over agreeing
adjectives ("комплексный центр"), to the right over genitive tails
("социального обслуживания населения"), "для"-phrases ("для престарелых и
инвалидов"), a place in the prepositional ("в Южном округе Оренбурга"),
"имени ..." and a quoted name whose quotes may nest
(«Социально-оздоровительный центр «Марсово поле»»). A bare common noun
("учреждения различного профиля", "этот центр") is not a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from visitparse.lang.ru.institution_words import (
    ABBREVIATIONS,
    ADJECTIVE_ABBREVIATIONS,
    ARRIVAL_VERBS,
    COMPOUND_FACILITY_ENDINGS,
    COURSE_HEADS,
    DATIVE_NOUNS,
    DETERMINERS,
    GENITIVE_PREPOSITIONS,
    GEO_NOUNS,
    HEAD_BAD_GOVERNORS,
    HEAD_BAD_MODIFIERS,
    HEAD_BAD_TAILS,
    HEAD_NEVER_MODIFIERS,
    HEAD_NOUNS,
    LEGAL_FORM_NOUNS,
    LOCATIVE_PREPOSITIONS,
    MEMORIAL_HEADS,
    MINISTRY_WORDS,
    MISSION_HEADS,
    NAMED_AFTER,
    NAMED_NON_INSTITUTIONS,
    NEEDS_MODIFIER,
    NEEDS_NAME_ABBREVIATIONS,
    NEEDS_TAIL,
    NEVER_TAIL_NOUNS,
    NOT_REMIT_NOUNS,
    NUMBERED_NOUNS,
    PLACE_TAIL_HEADS,
    PURPOSE_NOUN_ENDINGS,
    REMIT_HEADS,
    SCHOOL_GENITIVES,
    SETTLEMENT_ABBREVIATIONS,
    SITE_NOUNS,
    STANDALONE_NOUNS,
    TRANSIT_HEADS,
    UNIT_HEADS,
    UNNUMBERED_HEADS,
)
from visitparse.lang.ru.tokens import RuToken

OPEN_QUOTES = "«„“"
CLOSE_QUOTES = "»“”"
STRAIGHT_QUOTES = "\"'"


@dataclass(frozen=True)
class Institution:
    """Token range ``[start, end)`` of an institution name; ``head`` is the head token index."""

    start: int
    end: int
    head: int


def find_institutions(
    tokens: Sequence[RuToken], person_tokens: frozenset[int] = frozenset()
) -> list[Institution]:
    """Institution names in ``tokens`` (one document), leftmost-longest, not overlapping.

    ``person_tokens`` are indices a person name already covers; tails do not run into them.
    """
    found: list[Institution] = []
    covered_until = -1
    for i, _tok in enumerate(tokens):
        if i < covered_until:
            continue
        inst = _grow(tokens, i, person_tokens)
        if inst is not None:
            found.append(inst)
            covered_until = inst.end
    return _drop_nested(found)


def quoted_extent(tokens: Sequence[RuToken], i: int) -> int | None:
    """If ``tokens[i]`` opens a quote, the index just past its matching close (nesting allowed)."""
    if not _is_open_quote(tokens, i):
        return None
    depth = 0
    last_close = None
    sent = tokens[i].sent
    for j in range(i, len(tokens)):
        tok = tokens[j]
        if tok.sent != sent and j > i + 1:
            break
        if _is_open_quote(tokens, j):
            depth += 1
        elif _is_close_quote(tokens, j):
            depth -= 1
            last_close = j
            if depth == 0:
                return j + 1
    # Unbalanced (a nested name often loses its outer closing quote): stop at the last close seen.
    return last_close + 1 if last_close is not None and last_close > i + 1 else None


def _grow(tokens: Sequence[RuToken], i: int, persons: frozenset[int]) -> Institution | None:
    tok = tokens[i]
    lemma = tok.lemma.lower()
    low = tok.text.lower()
    kind = _head_kind(tok, lemma, low)
    if kind is None:
        return None
    if kind == "noun" and tok.pos not in ("NOUN", "PROPN") and not _is_standalone(lemma):
        return None
    start = _left_edge(tokens, i) if kind == "noun" or tok.text in ADJECTIVE_ABBREVIATIONS else i
    end, has_tail, quote = _right_edge(tokens, i, persons, lemma)
    if quote is not None and quote[0] > i and names_non_institution(tokens, quote[0]):
        # "проект Кяхтинского музея «Музейная гостиная»": the quoted name is the project's.
        end, has_tail, quote = quote[0], quote[0] > i + 1, None
    modifiers = [tokens[k] for k in range(start, i)]
    if kind in ("abbr", "ministry"):
        if kind == "abbr" and tok.text in NEEDS_NAME_ABBREVIATIONS and quote is None and not has_tail:
            return None
        return Institution(start, end, i)
    if lemma in LEGAL_FORM_NOUNS and lemma not in HEAD_NOUNS - {"учреждение"}:
        # "частное учреждение «...»": the institution is the quoted name itself.
        if quote is not None and quote[1] - quote[0] > 2:
            return Institution(quote[0] + 1, _strip_close(tokens, quote[0], quote[1]), quote[0] + 1)
        return None
    if _is_standalone(lemma) and tok.feats.get("Number") != "Plur":
        return Institution(start, end, i)  # "посетил мотопарк": the compound names a facility
    if lemma not in HEAD_NOUNS:
        return None
    if (
        lemma in NEEDS_MODIFIER
        and quote is None
        and not [m for m in modifiers if m.lemma.lower() not in DETERMINERS]
    ):
        return None  # "Первый пункт программы": a determiner is no modifier; "пункт пропуска «X»" is named
    if any(m.lemma.lower() in HEAD_NEVER_MODIFIERS.get(lemma, ()) for m in modifiers):
        return None
    if start > 0 and tokens[start - 1].lemma.lower() in HEAD_BAD_GOVERNORS.get(lemma, ()):
        return None  # "органов управления культуры": how things are run, not a body
    if _is_generic(tokens, i, lemma, modifiers, has_tail, quote):
        return None
    return Institution(start, end, i)


# Words of a last line that make it prose: one this long ending without punctuation was cut off.
_PROSE_LINE_WORDS = 8


def not_an_organization(text: str, tokens: Sequence[RuToken], start: int, end: int) -> bool:
    """Whether the ORG mention ``tokens[start:end]`` names no organization: a project's or a
    group's quoted name, a person's title ("Торговым представителем России"), or a name running
    into the last word of a text cut off mid-word ("Кировский муниципальный ра")."""
    nouns = [t for t in tokens[start:end] if t.pos == "NOUN"]
    if nouns and nouns[0].feats.get("Animacy") == "Anim" and not tokens[start].is_upper_abbr:
        return True
    return (
        names_non_institution(tokens, start)
        or _cut_off(text, tokens, end)
        or _arrived_at(tokens, start)
        or _unnamed_unit(tokens, start, end)
        or _course(tokens, start, end)
    )


def _course(tokens: Sequence[RuToken], start: int, end: int) -> bool:
    """Whether the mention is a course named like a school: "Школа ухода", "школа приёмных
    родителей" (its head first, a genitive right after it, no number)."""
    if end - start < 2 or tokens[start].lemma.lower() not in COURSE_HEADS:
        return False
    nxt = tokens[start + 1]
    numbered = any(t.text == "№" or t.text.isdigit() for t in tokens[start:end])
    school = nxt.lemma.lower() in SCHOOL_GENITIVES or nxt.lemma == "имя"
    return nxt.can_be("Gen") and nxt.pos in ("NOUN", "ADJ") and not school and not numbered


def _unnamed_unit(tokens: Sequence[RuToken], start: int, end: int) -> bool:
    """Whether the mention is a unit of some facility with no name of its own: "отделение
    реабилитации", "отдел образования" (lower-case, no capitalized word in it)."""
    first = tokens[start]
    return (
        first.text[:1].islower()
        and first.lemma.lower() in UNIT_HEADS
        and not any(t.text[:1].isupper() for t in tokens[start + 1 : end])
    )


def _arrived_at(tokens: Sequence[RuToken], start: int) -> bool:
    """Whether the mention at ``start`` is a station the visitor arrives at ("прибыл в аэропорт")."""
    if start < 2 or tokens[start - 1].text.lower() not in ("в", "во", "на"):
        return False
    return tokens[start].lemma.lower() in TRANSIT_HEADS and tokens[start - 2].lemma.lower() in ARRIVAL_VERBS


def without_owned_quote(tokens: Sequence[RuToken], start: int, end: int) -> int:
    """The end of an ORG mention without a quoted name that belongs to a project before it:
    "проект | Лесного музея «Звуки старины»" -> "Лесного музея"."""
    for q in range(start + 1, end):
        if _is_open_quote(tokens, q) and names_non_institution(tokens, q):
            return q
    return end


def _cut_off(text: str, tokens: Sequence[RuToken], end: int) -> bool:
    """Whether token ``end - 1`` is the last word of a text cut off in mid-sentence."""
    if end != len(tokens) or not text.rstrip()[-1:].isalnum():
        return False
    last_line = text.rstrip().rsplit("\n", 1)[-1]
    return len(last_line.split()) >= _PROSE_LINE_WORDS


# Genitive words between a project's noun and its quoted name: "проекте | Кяхтинского музея | «...»".
_MAX_OWNER_GAP = 3


def names_non_institution(tokens: Sequence[RuToken], start: int) -> bool:
    """Whether the name at ``start`` (its opening quote or first word) is the name of a project,
    event or performing group: one of their nouns stands before it, maybe with a genitive owner
    between ("ансамбля «Шарм»", "по программе «...»", "проекте Кяхтинского музея «...»")."""
    if _is_open_quote(tokens, start):
        k = start - 1
    elif start > 0 and _is_open_quote(tokens, start - 1):
        k = start - 2
    else:
        return False  # only a quoted name is some other thing's ("проекте | Кяхтинского музея")
    sent = tokens[start].sent
    for gap in range(_MAX_OWNER_GAP + 1):
        j = k - gap
        if j < 0 or tokens[j].sent != sent:
            return False
        if tokens[j].lemma.lower() in NAMED_NON_INSTITUTIONS:
            return True
        if not (tokens[j].can_be("Gen") and tokens[j].pos in ("ADJ", "NOUN", "PROPN")):
            return False
    return False


def inflected_abbreviation(text: str) -> str | None:
    """The abbreviation of a form with a case ending written on it ("ФАПе", "МФЦа"), else ``None``."""
    stem = text.rstrip("аеуыомиях")
    if stem != text and len(text) - len(stem) <= 2 and stem in ABBREVIATIONS and stem.isupper():
        return stem
    return None


def _head_kind(tok: RuToken, lemma: str, low: str) -> str | None:
    if tok.text in ABBREVIATIONS or inflected_abbreviation(tok.text) is not None:
        return "abbr"
    if low in MINISTRY_WORDS or lemma in MINISTRY_WORDS:
        return "ministry"
    if lemma in HEAD_NOUNS or lemma in LEGAL_FORM_NOUNS or _is_standalone(lemma):
        return "noun"
    return None


def _is_standalone(lemma: str) -> bool:
    """A facility noun that names one bare: "мотопарк", or a compound of a plant's noun ("сырзавод")."""
    return lemma in STANDALONE_NOUNS or any(
        lemma.endswith(e) and len(lemma) > len(e) + 2 for e in COMPOUND_FACILITY_ENDINGS
    )


def _left_edge(tokens: Sequence[RuToken], i: int) -> int:
    """Index of the first agreeing modifier before the head at ``i``."""
    head = tokens[i]
    start = i
    j = i - 1
    while j >= 0:
        tok = tokens[j]
        if tok.sent != head.sent or not _is_modifier(tok):
            break
        if not tok.is_title and tok.lemma.lower() in DETERMINERS:
            break
        if not _agrees(tok, head):
            break
        start = j
        j -= 1
    return start


def _is_modifier(tok: RuToken) -> bool:
    if tok.pos == "ADJ":
        return tok.feats.get("Variant") != "Short"  # "опасен для ...": a predicate
    if tok.pos == "VERB" and tok.feats.get("VerbForm") == "Part":
        if tok.feats.get("Voice") == "Act" and tok.feats.get("Tense") == "Past":
            return False  # "возглавлявший отдел": the participle governs the noun
        return "Case" in tok.feats  # a short participle ("оправдана судом") is a predicate
    # Capitalised place adjectives the tagger calls proper nouns ("Имангуловский").
    return tok.is_title and tok.text.lower().endswith(
        (
            "ский",
            "ская",
            "ское",
            "ского",
            "ской",
            "ском",
            "скому",
            "ским",
            "скую",
            "цкий",
            "цкого",
            "цкой",
            "цком",
        )
    )


def _agrees(mod: RuToken, head: RuToken) -> bool:
    a, b = _cases(mod), _cases(head)
    if a and b and not a & b:
        return False
    na, nb = mod.feats.get("Number"), head.feats.get("Number")
    return not (na and nb and na != nb) or mod.lemma == mod.text.lower() == head.text.lower()


def _cases(tok: RuToken) -> frozenset[str]:
    case = tok.feats.get("Case")
    return tok.cases | {case} if case else tok.cases


def _right_edge(
    tokens: Sequence[RuToken], i: int, persons: frozenset[int], head_lemma: str
) -> tuple[int, bool, tuple[int, int] | None]:
    """End of the name whose head is at ``i``, whether it has a tail, and its quoted part."""
    end = i + 1
    has_tail = False
    quote: tuple[int, int] | None = None
    sent = tokens[i].sent
    bad_tails = HEAD_BAD_TAILS.get(head_lemma, frozenset())
    first_tail = True
    while end < len(tokens) and tokens[end].sent == sent:
        tok = tokens[end]
        low = tok.text.lower()
        q = quoted_extent(tokens, end)
        if q is not None and quote is None:
            quote = (end, q)
            end = q
            has_tail = True
            continue
        if tok.text == "№" and head_lemma in UNNUMBERED_HEADS:
            break  # the number of an order the body issued
        if tok.text == "№" and end + 1 < len(tokens) and tokens[end + 1].text[:1].isdigit():
            end = _number_list(tokens, end + 2)
            has_tail = True
            continue
        if end == i + 1 and head_lemma in NUMBERED_NOUNS and _is_number(tok.text):
            end = _number_list(tokens, end + 1)  # "гимназия 31", "гимназиях 31, 32 и 47"
            has_tail = True
            continue
        if low in NAMED_AFTER:
            stop = _name_run(tokens, end + 1, sent)
            if stop > end + 1:
                end = stop
                has_tail = True
                continue
            break
        if low in LOCATIVE_PREPOSITIONS:
            stop = _case_chain(tokens, end + 1, persons, "Loc", allow_and=False)
            if stop > end + 1:
                end = stop  # "Общественный совет при министерстве"
                has_tail = True
                continue
            break
        if low in SETTLEMENT_ABBREVIATIONS:
            stop = _settlement_name(tokens, end)
            if stop > end:
                end = stop  # "храм п. Свеча"
                has_tail = True
                continue
            break
        if low == "по" and head_lemma in REMIT_HEADS and end == i + 1:
            stop = _remit(tokens, end + 1, persons)
            if stop > end + 1:
                end = stop  # "комитет по социальной политике"
                has_tail = True
                if _body_at(tokens, stop):
                    break  # the body the unit belongs to is a name of its own
                continue
            break
        if low in GENITIVE_PREPOSITIONS:
            stop = _genitive_chain(tokens, end + 1, persons, allow_and=True)
            if _purpose(tokens, end + 1, stop):
                break  # "департамент ... для взаимного сотрудничества": why, not whom it serves
            if stop > end + 1:
                end = stop
                has_tail = True
                continue
            break
        if low in ("в", "на") and head_lemma in MEMORIAL_HEADS and not has_tail:
            stop = _site(tokens, end + 1)
            if stop > end + 1:
                end, has_tail = stop, True  # "монумент на площади Победы"
            break
        if low in ("в", "во") and head_lemma in MISSION_HEADS and has_tail:
            stop = _capitalized_run(tokens, end + 1, persons)
            if stop > end + 1:
                end = stop  # "посольство Индии в РФ": the country it is in is part of its name
            break
        if low in ("в", "на") and has_tail:
            stop = _place_phrase(tokens, end + 1, persons)
            if stop > end + 1:
                end = stop
                continue
            break
        if end in persons:
            break
        if tokens[end - 1].lemma in DATIVE_NOUNS:
            stop = _case_chain(tokens, end, persons, "Dat", allow_and=True)
            if stop > end:
                end = stop
                has_tail = True
                continue
        stop = _coordinated_places(tokens, end)
        if stop > end:
            end, has_tail = stop, True  # "КЦСОН Качугского, Жигаловского и Эхирит-Булагатского районов"
            break
        stop = _genitive_chain(tokens, end, persons, allow_and=False)
        if quote is not None and end == quote[1] and not tokens[end].is_title:
            break  # «Гараж» примет ...: the quoted name ends it, unless a name in the genitive follows
        if stop > end:
            if first_tail and _first_noun(tokens, end, stop) in bad_tails:
                break  # "центр города", not "центр обслуживания населения района"
            if first_tail and head_lemma in PLACE_TAIL_HEADS and not _names_place(tokens, end, stop):
                break  # "правительство | предложения": no place it governs
            if (
                first_tail
                and head_lemma == "центр"
                and tokens[end].is_title
                and not tokens[end].is_upper_abbr
            ):
                break  # "центр Москвы" is the middle of the city
            end = stop
            has_tail = True
            first_tail = False
            continue
        break
    return end, has_tail, quote


def _is_number(text: str) -> bool:
    """A school's number, or several glued by commas ("31,32", "5," before the next one)."""
    parts = text.rstrip(",").split(",")
    return text[:1].isdigit() and all(part.isdigit() and len(part) <= 4 for part in parts)


def _number_list(tokens: Sequence[RuToken], j: int) -> int:
    """End of further numbers after a numbered name: "№ 9 и № 14", "31, 32 и 47"."""
    end = j
    sent = tokens[j - 1].sent
    while end < len(tokens) and tokens[end].sent == sent:
        if tokens[end].text in (",", "и"):
            k = end + 1
        elif tokens[end - 1].text.endswith(","):
            k = end  # the comma is glued to the number before ("5,")
        else:
            break
        if k < len(tokens) and tokens[k].text == "№":
            k += 1
        if k >= len(tokens) or not _is_number(tokens[k].text):
            break
        end = k + 1
    return end


def _genitive_chain(tokens: Sequence[RuToken], j: int, persons: frozenset[int], *, allow_and: bool) -> int:
    """End of a run of genitive noun phrases starting at ``j`` (``j`` if there is none)."""
    return _case_chain(tokens, j, persons, "Gen", allow_and=allow_and)


def _case_chain(
    tokens: Sequence[RuToken], j: int, persons: frozenset[int], case: str, *, allow_and: bool
) -> int:
    """End of a run of noun phrases in ``case`` starting at ``j`` (``j`` if there is none)."""
    end = j
    sent = tokens[j].sent if j < len(tokens) else -1
    k = j
    while k < len(tokens) and tokens[k].sent == sent:
        tok = tokens[k]
        if k in persons or tok.text.lower() in MINISTRY_WORDS:
            break
        if tok.can_be(case) and tok.pos in ("ADJ", "DET", "VERB") and (k > j or tok.lemma not in DETERMINERS):
            k += 1
            nxt = tokens[k] if k < len(tokens) else None
            phrase_ends = (
                nxt is None or not nxt.can_be(case) or nxt.pos not in ("ADJ", "DET", "VERB", "NOUN", "PROPN")
            )
            if phrase_ends and tok.pos == "ADJ" and tok.feats.get("Number") == "Plur":
                end = k  # a plural adjective used as a noun: "для престарелых"
            continue
        if tok.lemma.lower() in NEVER_TAIL_NOUNS:
            break  # "Конституционного суда здания": the court's building, not part of its name
        if (tok.can_be(case) and tok.pos in ("NOUN", "PROPN")) or (tok.is_upper_abbr and k > j):
            k += 1
            end = k
            continue
        if (
            allow_and
            and tok.text.lower() == "и"
            and k > j
            and k + 1 < len(tokens)
            and _joins_adjectives(tokens, k, case)
        ):
            k += 1  # "по транспортному и дорожному хозяйству"
            continue
        if allow_and and tok.text.lower() == "и" and end == k and k + 1 < len(tokens):
            nxt, prev = tokens[k + 1], tokens[k - 1]
            if nxt.can_be(case) and (case != "Gen" or nxt.feats.get("Number") == prev.feats.get("Number")):
                k += 1
                continue
        break
    return end


def _coordinated_places(tokens: Sequence[RuToken], j: int) -> int:
    """End of place adjectives joined by commas and "и" before one plural place noun ("Качугского,
    Жигаловского и Эхирит-Булагатского районов": an institution of each), else ``j``."""
    k, joined = j, False
    while k < len(tokens) and tokens[k].pos == "ADJ" and tokens[k].can_be("Gen"):
        k += 1
        if k < len(tokens) and tokens[k].text in (",", "и"):
            joined = joined or tokens[k].text == "и"
            k += 1
            continue
        break
    if not joined or k >= len(tokens) or tokens[k].sent != tokens[j].sent:
        return j
    noun = tokens[k]
    plural = noun.feats.get("Number") == "Plur" and noun.can_be("Gen")
    return k + 1 if plural and noun.lemma.lower() in GEO_NOUNS else j


def _site(tokens: Sequence[RuToken], j: int) -> int:
    """End of a named square or street at ``j`` ("площади Победы", "сквере Героев"), else ``j``."""
    if j + 1 >= len(tokens) or tokens[j].lemma.lower() not in SITE_NOUNS:
        return j
    k = j + 1
    while k < len(tokens) and tokens[k].sent == tokens[j].sent and tokens[k].is_title:
        k += 1
    return k if k > j + 1 else j


def _joins_adjectives(tokens: Sequence[RuToken], k: int, case: str) -> bool:
    """Whether the "и" at ``k`` joins two adjectives in ``case`` before their noun."""
    prev, nxt = tokens[k - 1], tokens[k + 1]
    return prev.pos == "ADJ" and nxt.pos == "ADJ" and prev.can_be(case) and nxt.can_be(case)


def _place_phrase(tokens: Sequence[RuToken], j: int, persons: frozenset[int]) -> int:
    """End of "<adjective> <place noun> [genitive tail]" after "в"/"на" ("Южном округе Оренбурга")."""
    k = j
    while k < len(tokens) and tokens[k].pos == "ADJ" and tokens[k].can_be("Loc"):
        k += 1
    if k >= len(tokens) or k == j:
        return j
    noun = tokens[k]
    if not noun.can_be("Loc") or noun.lemma.lower() not in GEO_NOUNS:
        return j
    return _genitive_chain(tokens, k + 1, persons, allow_and=False) if k + 1 < len(tokens) else k + 1


# Words of a country's or a city's name after a mission's "в" ("Республике Беларусь").
_MAX_PLACE_WORDS = 3


def _capitalized_run(tokens: Sequence[RuToken], j: int, persons: frozenset[int]) -> int:
    """End of up to three capitalized words from ``j`` (abbreviations too) outside a person's name."""
    k = j
    while (
        k < len(tokens)
        and k - j < _MAX_PLACE_WORDS
        and tokens[k].sent == tokens[j].sent
        and tokens[k].text[:1].isupper()
        and k not in persons
    ):
        k += 1
    return k


def _name_run(tokens: Sequence[RuToken], j: int, sent: int) -> int:
    """End of a capitalised name (with initials) starting at ``j``."""
    k = j
    while k < len(tokens) and tokens[k].sent == sent and (tokens[k].is_title or tokens[k].text == "."):
        k += 1
    # A dot ends the name only after an initial ("имени Н. Ф. Гамалеи." ends before the full stop).
    while k > j and tokens[k - 1].text == "." and not (k - 2 >= j and len(tokens[k - 2].text) == 1):
        k -= 1
    return k


def _first_noun(tokens: Sequence[RuToken], j: int, stop: int) -> str | None:
    return next((t.lemma.lower() for t in tokens[j:stop] if t.pos in ("NOUN", "PROPN")), None)


def _names_place(tokens: Sequence[RuToken], j: int, stop: int) -> bool:
    """Whether the genitive phrase ``[j, stop)`` is a place: a capitalized word, an abbreviation or
    a place noun ("Канады", "РФ", "Курганской области", "региона")."""
    noun = next((t for t in tokens[j:stop] if t.pos in ("NOUN", "PROPN")), None)
    return tokens[j].is_title or (noun is not None and noun.lemma.lower() in GEO_NOUNS | {"регион", "страна"})


def _settlement_name(tokens: Sequence[RuToken], j: int) -> int:
    """End of "п. Свеча" (a settlement's abbreviated kind, a dot, its name) at ``j``, else ``j``.

    The sentence splitter may have cut after the dot: the name is taken all the same."""
    if j + 2 < len(tokens) and tokens[j + 1].text == "." and tokens[j + 2].is_title:
        return j + 3
    return j


def _remit(tokens: Sequence[RuToken], j: int, persons: frozenset[int]) -> int:
    """End of a remit after "по": nouns in the dative, their genitives, a list of them ("по
    переработке сои, риса и гречихи"), and "в сфере ..." (``j`` if there is none)."""
    stop = _case_chain(tokens, j, persons, "Dat", allow_and=True)
    if stop == j or _first_noun(tokens, j, stop) in NOT_REMIT_NOUNS:
        return j
    stop = _comma_list(tokens, stop, persons, "Dat")  # "по труду, занятости и социальной защите"
    while True:
        grown = _genitive_chain(tokens, stop, persons, allow_and=True) if stop < len(tokens) else stop
        if grown > stop and grown + 1 < len(tokens) and tokens[grown].text == ",":
            after = _genitive_chain(tokens, grown + 1, persons, allow_and=True)
            listed = any(t.text == "и" for t in tokens[grown + 1 : after])
            if listed and tokens[after - 1].sent == tokens[j].sent:
                stop = after  # a list of what is processed: "сои, риса и гречихи"
                continue
        stop = max(stop, grown)
        break
    if stop + 2 < len(tokens) and tokens[stop].text.lower() == "в" and tokens[stop + 1].lemma == "сфера":
        stop = max(stop, _genitive_chain(tokens, stop + 2, persons, allow_and=True))  # "в сфере образования"
    return _before_other_body(tokens, j, stop)


def _comma_list(tokens: Sequence[RuToken], stop: int, persons: frozenset[int], case: str) -> int:
    """End of a list in ``case`` that goes on after ``stop`` with commas and closes with "и"
    ("труду, | занятости и социальной защите"); ``stop`` when no such list follows."""
    sent, k = tokens[stop - 1].sent, stop
    while k + 1 < len(tokens) and tokens[k].text == ",":
        after = _case_chain(tokens, k + 1, persons, case, allow_and=True)
        if after == k + 1 or tokens[after - 1].sent != sent:
            break
        if any(t.text == "и" for t in tokens[k + 1 : after]):
            return after
        k = after
    return stop


def _starts_body(tok: RuToken) -> bool:
    """A capitalized head or abbreviation: the name of another body ("Тверской | Думы")."""
    return tok.is_title and (tok.lemma.lower() in HEAD_NOUNS or tok.text in ABBREVIATIONS)


def _body_at(tokens: Sequence[RuToken], k: int) -> bool:
    """Whether a body's name starts at ``k``: adjectives, the first capitalized ("Тверской
    городской Думы"), then a capitalized head."""
    start = k
    while k < len(tokens) and tokens[k].pos == "ADJ" and (tokens[k].is_title or k > start):
        k += 1
    return k < len(tokens) and _starts_body(tokens[k])


def _before_other_body(tokens: Sequence[RuToken], j: int, stop: int) -> int:
    """``stop``, or the start of a body named in the genitive inside ``[j, stop)``: the remit of
    "комиссия по развитию города | Тверской Думы" ends where the body it belongs to starts."""
    for k in range(j + 1, stop):
        if _starts_body(tokens[k]):
            first = k
            while first > j + 1 and tokens[first - 1].pos == "ADJ":
                first -= 1
            # Its adjectives, up to the first capitalized one ("Тверской городской | Думы").
            while first < k and not tokens[first].is_title:
                first += 1
            return first
    return stop


def _purpose(tokens: Sequence[RuToken], j: int, stop: int) -> bool:
    """Whether the "для"-phrase ``[j, stop)`` names a purpose (an abstract noun), not people."""
    noun = _first_noun(tokens, j, stop)
    return noun is not None and noun.endswith(PURPOSE_NOUN_ENDINGS)


def _is_generic(
    tokens: Sequence[RuToken],
    i: int,
    lemma: str,
    modifiers: list[RuToken],
    has_tail: bool,
    quote: tuple[int, int] | None,
) -> bool:
    """A common noun that refers to some institution rather than naming one."""
    head = tokens[i]
    if quote is not None:
        return False
    if lemma in NEEDS_TAIL and not has_tail and "-" not in head.text:
        return True
    first = modifiers[0] if modifiers else head
    if first.is_title and not _sentence_initial(tokens, i - len(modifiers)):
        return not modifiers and not has_tail and lemma in NEEDS_TAIL
    numbered = i + 1 < len(tokens) and (tokens[i + 1].text == "№" or _is_number(tokens[i + 1].text))
    if head.feats.get("Number") == "Plur" and not numbered:
        return True  # "учреждения социального обслуживания": a kind, not a name
    if not modifiers and not has_tail:
        return True
    bad = HEAD_BAD_MODIFIERS.get(lemma, frozenset())
    return not has_tail and all(m.lemma.lower() in bad for m in modifiers)


def _sentence_initial(tokens: Sequence[RuToken], i: int) -> bool:
    return i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].text in '«"—–-:('


def _is_open_quote(tokens: Sequence[RuToken], i: int) -> bool:
    text = tokens[i].text
    if text in OPEN_QUOTES and text not in CLOSE_QUOTES:
        return True
    if text in STRAIGHT_QUOTES or text in "“":
        # A straight quote opens when it is glued to the next word and not to the previous one.
        prev_glued = i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].text not in OPEN_QUOTES
        next_glued = i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end
        return next_glued and not prev_glued
    return False


def _is_close_quote(tokens: Sequence[RuToken], i: int) -> bool:
    text = tokens[i].text
    if text in CLOSE_QUOTES and text not in OPEN_QUOTES:
        return True
    if text in STRAIGHT_QUOTES or text == "“":
        return not _is_open_quote(tokens, i)
    return False


def _strip_close(tokens: Sequence[RuToken], open_i: int, end: int) -> int:
    """End of a quoted name without its own outer closing quote (when it has one of its own)."""
    inner_opens = sum(1 for k in range(open_i + 1, end) if _is_open_quote(tokens, k))
    inner_closes = sum(1 for k in range(open_i + 1, end) if _is_close_quote(tokens, k))
    # Balanced inside -> the last token is the outer close and goes; otherwise it closes the inner name.
    return end - 1 if inner_closes - inner_opens >= 1 or inner_opens == 0 else end


def _drop_nested(found: list[Institution]) -> list[Institution]:
    out: list[Institution] = []
    for inst in sorted(found, key=lambda x: (x.start, -(x.end - x.start))):
        if out and inst.start < out[-1].end:
            continue
        out.append(inst)
    return out

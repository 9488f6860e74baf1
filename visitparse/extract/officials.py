"""Officials: a person, the position written next to the name, and the organization.

Positions attach in both orders: before the name ("первый заместитель
министра Виктория Торукало", "директор <ORG> Зульфира Маскулова") and after
it ("Милица Иванова - управител на <ORG>"). Positions come out in the
nominative from the language's position list; organizations are the lemma of
the ORG entity next to the position. Repeated mentions of one person (full
name, surname alone, initials) become one official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from visitparse.document import char_span
from visitparse.extract.context import Cue, TextView
from visitparse.extract.entities import inside_quotes
from visitparse.extract.institutions import display_name
from visitparse.extract.regions import get_resolver
from visitparse.lang.names import PersonWords, get_person_words

# Words that may stand between a position and the name without any entity: genitive
# place words ("министра области"), quotes, honorifics.
MAX_FREE_GAP = 3
_DASHES = frozenset({"-", "–", "—", ",", "("})
_INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.$")


@dataclass
class Official:
    """A person with what the text says about them, before sides are decided."""

    name: str
    mentions: list[Span] = field(default_factory=list)
    position: str | None = None
    position_cue: Cue | None = None
    organization: str | None = None
    organization_span: Span | None = None
    # Whether the organization is written beside the position (not found by looking back).
    organization_named: bool = False

    @property
    def surname(self) -> str:
        return _surname(self.name)


def _surname(name: str) -> str:
    parts = [p for p in re.split(r"[\s.]+", name) if p]
    return parts[-1].casefold().replace("ё", "е") if parts else ""


def _same_surname(a: str, b: str) -> bool:
    """Equal up to a gender or case ending ("Мельникова" / "Мельников")."""
    if a == b:
        return True
    n = min(len(a), len(b))
    return n >= 5 and abs(len(a) - len(b)) <= 2 and a[: n - 1] == b[: n - 1]


def _first_initial(name: str) -> str:
    parts = [p for p in re.split(r"[\s.]+", name) if p]
    return parts[0][:1].casefold() if len(parts) > 1 else ""


def _clean_name(view: TextView, span: Span) -> str:
    lemma = str(span._.lemma or span.text)
    words = [w for w in lemma.split() if w.lower() not in view.vocab.titles]
    return " ".join(words).strip(" ,;:-–—")


def _entity_words(view: TextView, label: str) -> dict[int, Span]:
    """Word index -> entity span of ``label`` covering it."""
    out: dict[int, Span] = {}
    for ent in view.ents:
        if ent.label_ == label:
            first, last = view.word_span(ent)
            for i in range(first, last):
                out[i] = ent
    return out


# Words that end the stretch between a position and a name.
_GAP_BREAKS = frozenset({"-", "–", "—", "(", ")", "«»"})
MAX_GAP = 14


@dataclass(frozen=True)
class _Attachment:
    cue: Cue
    org: Span | None
    org_text: Span | None  # an organization named by the position's own words, lemma set


def _gap_org(
    view: TextView, cue: Cue, first: int, last: int, orgs: dict[int, Span], locs: dict[int, Span]
) -> Span | None:
    """The organization written between a position and a name, if any.

    An ORG entity there gives it; else, after a ministerial position, the genitive
    tail is the ministry's name ("заместитель министра труда ... Татарстан").
    A bare place word ("министра области") names no organization.
    """
    words = [i for i in range(first, last) if view.words[i] not in view.vocab.titles]
    if not words:
        return None
    content = [i for i in words if i not in locs and any(ch.isalpha() for ch in view.words[i])]
    if len(content) <= 1 and all(len(view.words[i]) < 12 for i in content):
        return None
    for key, noun in view.vocab.position_org_nouns:
        if cue.value.split()[-1].startswith(key):
            start, end = view.starts[words[0]], view.ends[words[-1]]
            return char_span(view.doc, start, end, "ORG", f"{noun} {view.text[start:end]}")
    return None


def _breaks_gap(view: TextView, i: int, orgs: dict[int, Span], locs: dict[int, Span]) -> bool:
    """Whether word ``i`` ends the stretch between a position and a name.

    A dash inside an organization's name, or between it and its place ("ДСП – Видин"), does not.
    """
    if view.is_break(i) or i in view.person_words:
        return True
    if view.words[i] not in _GAP_BREAKS or i in orgs:
        return False
    named = orgs.keys() | locs.keys()
    return not (view.words[i] in _DASHES and i - 1 in named and i + 1 in named)


def _position_before(
    view: TextView, first: int, positions: list[Cue], orgs: dict[int, Span], locs: dict[int, Span]
) -> _Attachment | None:
    best: _Attachment | None = None
    for cue in positions:
        if cue.last > first or cue.sent != view.sents[first] or first - cue.last > MAX_GAP:
            continue
        gap = range(cue.last, first)
        if any(_breaks_gap(view, i, orgs, locs) for i in gap):
            continue
        # "директор центра, и Анна ...": a list, not an apposition.
        if gap and view.words[first - 1] in {",", "и"}:
            continue
        org = next((orgs[i] for i in gap if i in orgs), None)
        org_text = None if org is not None else _gap_org(view, cue, cue.last, first, orgs, locs)
        if org is None and org_text is None and sum(1 for i in gap if i not in locs) > MAX_FREE_GAP:
            continue
        if best is None or cue.last > best.cue.last:
            best = _Attachment(cue, org, org_text)
    return best


def _position_after(
    view: TextView, last: int, positions: dict[int, Cue], orgs: dict[int, Span]
) -> _Attachment | None:
    i = last
    while i < len(view.words) and i < last + 2 and view.words[i] in _DASHES:
        i += 1
    cue = positions.get(i)
    # A position right after a name with no dash or comma between belongs to the next person.
    if cue is None or i == last:
        return None
    j = cue.last
    while j < len(view.words) and view.words[j] in view.vocab.org_links and j < cue.last + 2:
        j += 1
    return _Attachment(cue, orgs.get(j), None)


# How far back an anaphoric noun ("управител на комплекса") may point to its organization.
MAX_ANAPHOR_SENTS = 6


def _implied_org(view: TextView, ent: Span, cue: Cue, orgs: dict[int, Span]) -> Span | None:
    """The organization a position refers back to, when the text does not repeat it.

    "… Комплекса за социални услуги – Смолян. Гостите, водени от управителя на
    комплекса …": the nearest earlier organization whose name starts with the
    anaphoric noun. "… Центъра „Слънчев дом“, където ги посрещна Стефка Маринова -
    управител на услугата", "В Министерстве … гостей встретил министр …": else the
    nearest organization before in the same sentence, when a generic noun follows
    the position or the person receives the guests there.
    """
    first, _ = view.word_span(ent)
    sent = view.sents[first]
    window = range(cue.last, min(cue.last + 3, len(view.words)))
    anaphor = next((view.words[i] for i in window if view.words[i] in view.vocab.org_anaphors), None)
    receives = any(c.sent == sent for c in view.cues(view.vocab.host_cues))
    if anaphor is None and not receives:
        return None
    start = min(first, cue.first)
    earlier = [orgs[i] for i in range(start - 1, -1, -1) if i in orgs]
    if anaphor is not None:
        stem = anaphor[:5]
        for org in earlier:
            if sent - view.sents[view.word_span(org)[0]] > MAX_ANAPHOR_SENTS:
                break
            head = str(org._.lemma or org.text).casefold().split()[:2]
            if any(word.startswith(stem) for word in head):
                return org
    same = [org for org in earlier if view.sents[view.word_span(org)[0]] == sent]
    return same[0] if same else None


_OPEN_QUOTES = ("«", "„", '"')
_CLOSE_QUOTES = ("»", "“", "”", '"')
MAX_UNIT_WORDS = 6


def _with_subunit(view: TextView, cue: Cue) -> Cue:
    """The position with the unit it heads or works in, when the text names one.

    "началник на отдел „Закрила на детето“", "консультант отдела долговременного
    ухода", "заведующая отделением социального обслуживания": the unit is part
    of the position; the organization is what follows it.
    """
    words, units = view.words, view.vocab.subunit_starts
    j = cue.last
    unit = units.match_at(words, j) if j < len(words) else None
    ends_in_unit = (last := units.match_at(words, cue.last - 1)) is not None and len(last.words) == 1
    if unit is not None and not ends_in_unit:
        j += len(unit.words)
    elif not ends_in_unit:
        return cue
    end = _unit_name_end(view, j, cue.sent)
    if end == j:
        return cue
    tail = view.text[view.starts[cue.last] : view.ends[end - 1]]
    return Cue(cue.start, view.ends[end - 1], cue.first, end, cue.sent, f"{cue.value} {tail}")


def _unit_name_end(view: TextView, j: int, sent: int) -> int:
    """End of a unit's name from word ``j``: a quoted name, or lower-case words up to the organization."""
    text = view.text
    if j < len(view.words) and text[view.starts[j]].startswith(_OPEN_QUOTES):
        for k in range(j, min(j + MAX_UNIT_WORDS + 2, len(view.words))):
            if view.sents[k] != sent:
                break
            if text[view.ends[k] - 1] in _CLOSE_QUOTES and (k > j or view.ends[k] - view.starts[k] > 1):
                return k + 1
        return j
    stops = view.vocab.org_anaphors | view.vocab.org_links | view.vocab.location_preps
    k = j
    while k < len(view.words) and k - j < MAX_UNIT_WORDS and view.sents[k] == sent:
        word = text[view.starts[k] : view.ends[k]]
        if not (word.isalpha() and word.islower()) or view.words[k] in stops or k in view.person_words:
            break
        k += 1
    return k


def _org_after_unit(view: TextView, org: Span, cue: Cue) -> Span | None:
    """The organization in an ORG mention that begins with the unit a position names.

    "консультант | отдела семейной политики | министерства труда Курской области":
    the official's organization is the ministry, named in the nominative.
    """
    _, last = view.word_span(org)
    first = cue.last
    if last - first < 2:
        return None  # only an anaphoric head is left ("... министерства"): look back instead
    head = view.vocab.org_head_forms.get(view.words[first])
    if head is None:
        return None
    start = view.starts[first]
    rest = view.text[view.ends[first] : org.end_char]
    return char_span(view.doc, start, org.end_char, "ORG", head + rest)


def _quoted(view: TextView, ent: Span) -> bool:
    text = view.text
    before = text[max(0, ent.start_char - 4) : ent.start_char]
    return any(q in before for q in _OPEN_QUOTES) and text[ent.end_char : ent.end_char + 1] in _CLOSE_QUOTES


def _looks_like_name(name: str, place_nouns: frozenset[str] = frozenset()) -> bool:
    """Capitalized words, none of them a place noun ("Република Египет" is a country)."""
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    return (
        bool(words)
        and all(w[0].isupper() for w in words)
        and not any(w.casefold().replace("ё", "е") in place_nouns for w in words)
    )


# The longest agency name in a credit after a name ("Мария Петрова, БТА/").
MAX_AGENCY_CHARS = 20
# How far before a name a namesake cue ("носит имя") may stand.
_CUE_REACH = 3
# "от имени губернатора ...": on someone's behalf, not named after them.
_ON_BEHALF = frozenset({"от"})


def _not_a_participant(view: TextView, ent: Span, words: PersonWords) -> bool:
    """A person the article only names: its author, or someone a place is named after.

    "Автор: Мария Петрова", "/Мария Петрова, БТА/", "Иван Петров / ТАСС": a byline;
    "носит имя художника Ивана Петрова", "в памет на ...": a namesake; „Проф. Иван Петров“:
    a facility named after someone.
    """
    text = view.text
    if inside_quotes(text, ent.start_char):
        return True
    credited = text[max(0, ent.start_char - 4) : ent.start_char].rstrip(" ").endswith("/")
    if credited or _credit_after(text, ent.end_char):
        return True  # a dateline or photo credit: "/Мария Петрова, БТА/", "Иван Петров / ТАСС"
    first, _ = view.word_span(ent)
    # "Автор: Мария Петрова", "Фото:\nИван Петров": the cue and a colon right before the name.
    if first >= 2 and view.words[first - 1] == ":" and view.words[first - 2] in words.byline_cues:
        return True
    return any(
        first - _CUE_REACH <= c.last <= first and (c.first == 0 or view.words[c.first - 1] not in _ON_BEHALF)
        for c in view.cues(words.namesake_cues)
    )


def _credit_after(text: str, char: int) -> bool:
    """Whether a slash follows ``char``, or a comma, one short word (an agency) and a slash."""
    rest = text[char : char + MAX_AGENCY_CHARS + 8].lstrip(" ")
    if rest.startswith(","):
        agency = rest[1:].lstrip(" ")
        cut = agency.find("/")
        return 0 < cut <= MAX_AGENCY_CHARS and not any(c in agency[:cut].strip() for c in " ,\n")
    return rest.startswith("/")


def find_officials(view: TextView, lang: str) -> list[Official]:
    """Officials of the document, one per person, in order of first mention."""
    resolver = get_resolver()
    person_words = get_person_words(lang)
    positions = [_with_subunit(view, c) for c in view.cues(view.vocab.positions)]
    by_start = {c.first: c for c in positions}
    orgs = _entity_words(view, "ORG")
    locs = _entity_words(view, "LOC")
    people: list[Official] = []
    for ent in view.ents:
        if ent.label_ != "PER":
            continue
        name = _clean_name(view, ent)
        place = resolver.resolve(ent.text, lang, lemma=name)
        if not _looks_like_name(name, person_words.place_nouns) or (
            place is not None and len(place.matched) >= len(ent.text) - 2
        ):
            continue  # "гостите", a town or a demonym tagged as a person
        if _quoted(view, ent) or _not_a_participant(view, ent, person_words):
            continue  # a facility named after someone („Д. Басарбовски“), a byline
        first, last = view.word_span(ent)
        found = _position_before(view, first, positions, orgs, locs) or _position_after(
            view, last, by_start, orgs
        )
        person = _merge_target(people, name)
        if person is None:
            person = Official(name=name)
            people.append(person)
        elif _fuller(name, person.name):
            person.name = name
        person.mentions.append(ent)
        if found and person.position is None:
            person.position, person.position_cue = found.cue.value, found.cue
            org = found.org
            if org is not None and org.start_char < found.cue.end:
                org = _org_after_unit(view, org, found.cue)
            org = org or found.org_text
            person.organization_named = org is not None
            org = org or _implied_org(view, ent, found.cue, orgs)
            if org is not None:
                person.organization = display_name(view, org)
                person.organization_span = org
    return [p for p in people if _full_name(p.name)]


def _full_name(name: str) -> bool:
    """Two words or more: a surname alone never became a full name, a single word is no one's
    whole name ("Президент", a town read as a person)."""
    return len([w for w in re.split(r"[\s.]+", name) if w]) >= 2


def _merge_target(people: list[Official], name: str) -> Official | None:
    surname, initial = _surname(name), _first_initial(name)
    for person in people:
        if not _same_surname(person.surname, surname):
            continue
        other = _first_initial(person.name)
        if not initial or not other or initial == other:
            return person
    return None


def _fuller(new: str, old: str) -> bool:
    """Whether ``new`` names the person more fully than ``old`` (more words, fewer initials)."""

    def weight(name: str) -> tuple[int, int]:
        words = name.split()
        return (sum(1 for w in words if not _INITIAL.match(w) and len(w) > 2), len(words))

    return weight(new) > weight(old)

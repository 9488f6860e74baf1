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

from visitparse.extract.context import Cue, TextView
from visitparse.extract.regions import get_resolver

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
    for ent in view.doc.ents:
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
    org_text: str | None


def _gap_org(
    view: TextView, cue: Cue, first: int, last: int, orgs: dict[int, Span], locs: dict[int, Span]
) -> str | None:
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
            text = view.doc.text[view.starts[words[0]] : view.ends[words[-1]]]
            return f"{noun} {text}"
    return None


def _position_before(
    view: TextView, first: int, positions: list[Cue], orgs: dict[int, Span], locs: dict[int, Span]
) -> _Attachment | None:
    best: _Attachment | None = None
    for cue in positions:
        if cue.last > first or cue.sent != view.sents[first] or first - cue.last > MAX_GAP:
            continue
        gap = range(cue.last, first)
        if any(view.is_break(i) or view.words[i] in _GAP_BREAKS or i in view.person_words for i in gap):
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


def _implied_org(view: TextView, ent: Span, cue: Cue, orgs: dict[int, Span]) -> Span | None:
    """The organization a position refers back to, when the text does not repeat it.

    "… Центъра „Слънчев дом“, където ги посрещна Стефка Маринова - управител на
    услугата", "В Министерстве … гостей встретил министр …": the nearest
    organization before, in the same sentence, when an anaphoric noun follows
    the position or the person receives the guests there.
    """
    first, _ = view.word_span(ent)
    sent = view.sents[first]
    anaphor = any(
        view.words[i] in view.vocab.org_anaphors for i in range(cue.last, min(cue.last + 3, len(view.words)))
    )
    receives = any(c.sent == sent for c in view.cues(view.vocab.host_cues))
    if not (anaphor or receives):
        return None
    before = [
        orgs[i] for i in range(min(first, cue.first) - 1, -1, -1) if i in orgs and view.sents[i] == sent
    ]
    return before[0] if before else None


def _looks_like_name(name: str) -> bool:
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    return bool(words) and all(w[0].isupper() for w in words)


def find_officials(view: TextView, lang: str) -> list[Official]:
    """Officials of the document, one per person, in order of first mention."""
    resolver = get_resolver()
    positions = view.cues(view.vocab.positions)
    by_start = {c.first: c for c in positions}
    orgs = _entity_words(view, "ORG")
    locs = _entity_words(view, "LOC")
    people: list[Official] = []
    for ent in view.doc.ents:
        if ent.label_ != "PER":
            continue
        name = _clean_name(view, ent)
        place = resolver.resolve(ent.text, lang, lemma=name)
        if not _looks_like_name(name) or (place is not None and len(place.matched) >= len(ent.text) - 2):
            continue  # "гостите", a town or a demonym tagged as a person
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
            if found.org is not None:
                person.organization = str(found.org._.lemma or found.org.text)
                person.organization_span = found.org
            elif found.org_text:
                person.organization = found.org_text
            else:
                org = _implied_org(view, ent, found.cue, orgs)
                if org is not None:
                    person.organization = str(org._.lemma or org.text)
                    person.organization_span = org
    return people


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

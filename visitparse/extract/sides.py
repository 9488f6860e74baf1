"""Host and guest: which side each region and each official is on.

Regions collect votes from the words around each mention:

* guest: "делегация из X", "социални услуги от X, Y и Z", "брянские специалисты",
  a place inside the visiting party's phrase before the visiting verb
  ("делегация департамента ... Брянской области посетила ...");
* host: the object or place of the visiting verb ("посетила Липецкую
  область", "посетиха ... в Сандански"), "в X" in a sentence reporting the
  visit, the hosts thanked ("поблагодарили оренбуржцев"), "опыт X";
* a list header "от X:" is weak guest evidence.

The side with more votes wins; a tie leaves the role ``None``, which is what a
place that both sends and receives (day one here, day two there) should get.
Officials take their side from a receiving or leading verb next to them,
then from the group header they are listed under, then from the region of
their organization.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span

from visitparse.extract.context import Cue, TextView
from visitparse.extract.officials import Official
from visitparse.extract.regions import RegionMatch, get_resolver
from visitparse.schema import Side

HOST: Side = "host"
GUEST: Side = "guest"
# Country codes of the article's own country, left out of the visit's regions.
HOME_COUNTRY = {"ru": "RU", "bg": "BG"}
_ADJECTIVE_KINDS = frozenset({"adjective", "demonym"})


@dataclass
class RegionMention:
    """A place mention resolved to a region, with the words it covers."""

    start: int
    end: int
    first: int
    last: int
    sent: int
    match: RegionMatch
    votes: Counter[str] = field(default_factory=Counter)
    header: bool = False  # "от Бургас:" introducing a list of participants


def find_region_mentions(view: TextView, lang: str) -> list[RegionMention]:
    """LOC entities and other place evidence (adjectives, demonyms, villages) resolved to regions."""
    resolver = get_resolver()
    spans: dict[tuple[int, int], RegionMatch] = {}
    for ent in view.ents:
        if ent.label_ == "LOC":
            match = resolver.resolve(ent.text, lang, lemma=ent._.lemma)
            if match is not None:
                spans[(ent.start_char, ent.end_char)] = match
    for start, end, match in resolver.find(view.text, lang):
        if match.kind in _BARE_KINDS and _SPACED_DASH.search(view.text, start, end):
            continue  # "празника на града – Серго ...": an apposition, not "град Серго"
        overlaps = [(s, e) for s, e in spans if start < e and s < end]
        # A longer name around an entity says more: "община Драма" (a town abroad), not the village "Драма".
        if all(start <= s and e <= end and (s, e) != (start, end) for s, e in overlaps):
            for key in overlaps:
                del spans[key]
            spans[(start, end)] = match
    for (start, end), match in list(spans.items()):
        district = _as_district(view, start, end, match, lang)
        if district is not match:
            del spans[(start, end)]
            if district is not None:
                spans[(start, start + len(district.matched))] = district
    _one_sense(view.text, spans)
    out = []
    home = HOME_COUNTRY.get(lang)
    words = _place_words(lang)
    for (start, end), match in sorted(spans.items()):
        if match.code == home:
            continue
        first = view.word_at(start)
        last = max(first + 1, view.word_at(end - 1) + 1)
        if _not_a_place_of_the_visit(view, start, end, first, match, words):
            continue
        out.append(RegionMention(start, end, first, last, view.sents[first], match))
    return out


_BARE_KINDS = frozenset({"city", "settlement", "district"})
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _one_sense(text: str, spans: dict[tuple[int, int], RegionMatch]) -> None:
    """A bare town name means what the same name means where the text says more: after "община Драма"
    (a town abroad), a later "в Драма" is that town, not the Bulgarian village of the name."""
    said: dict[str, RegionMatch] = {}
    for (start, end), match in spans.items():
        words = text[start:end].split()
        if len(words) > 1 and match.kind in _BARE_KINDS:
            said.setdefault(words[-1].casefold(), match)
    if not said:
        return
    for key, match in spans.items():
        fuller = said.get(text[key[0] : key[1]].casefold())
        if fuller is not None and match.kind in _BARE_KINDS and fuller.code != match.code:
            spans[key] = fuller


def countries_named_on_their_own(view: TextView, mentions: list[RegionMention], lang: str) -> frozenset[str]:
    """Countries that stay in a visit beside a subdivision of theirs, where the language's convention
    keeps them (``KEEP_NAMED_COUNTRY`` in ``lang/<lang>/places.py``): those named by their name, not
    only as the address after a subdivision ("Брестскую область Республики Беларусь")."""
    if not importlib.import_module(f"visitparse.lang.{lang}.places").KEEP_NAMED_COUNTRY:
        return frozenset()
    kept = set()
    for i, m in enumerate(mentions):
        if m.match.kind != "country":
            continue
        prev = mentions[i - 1] if i else None
        address = (
            prev is not None
            and prev.match.code.startswith(m.match.code + "-")
            and not view.text[prev.end : m.start].strip(" ,")
        )
        if not address:
            kept.add(m.match.code)
    return frozenset(kept)


@dataclass(frozen=True)
class _PlaceWords:
    """A language's words around place names (``lang/<lang>/places.py``)."""

    not_town: frozenset[str]  # NOT_TOWN_WORDS
    post_stems: tuple[str, ...]  # POST_STEMS
    party_stems: tuple[str, ...]  # COUNTRY_ADJECTIVE_HEADS


@cache
def _place_words(lang: str) -> _PlaceWords:
    places = importlib.import_module(f"visitparse.lang.{lang}.places")
    return _PlaceWords(places.NOT_TOWN_WORDS, places.POST_STEMS, places.COUNTRY_ADJECTIVE_HEADS)


_POST_WINDOW = 6  # words between a diplomat's title and "в" + the seat: "консул Республики Узбекистан в"


def _not_a_place_of_the_visit(
    view: TextView,
    start: int,
    end: int,
    first: int,
    match: RegionMatch,
    words: _PlaceWords,
) -> bool:
    """A name that is no place of the visit: part of a person's name ("Анже Эдуард М."), a village or
    street named like a town ("села Талицы"), the seat of a diplomat's post ("консул ... в Пловдив"),
    or a country's adjective that qualifies no party or place ("от турецкого владычества")."""
    ent = view.ent_of_word.get(first)
    if ent is not None and ent.label_ == "PER" and ent.start_char <= start and end <= ent.end_char:
        return True
    before = view.word_before(start)
    if match.kind == "city" and before in words.not_town:
        return True
    if match.kind == "adjective" and "-" not in match.code:
        following = view.words[first + 1] if first + 1 < len(view.words) else ""
        return not following.startswith(words.party_stems)
    if before in view.vocab.location_preps:
        sent = view.sents[first]
        window = range(max(0, first - 1 - _POST_WINDOW), max(0, first - 1))
        return any(view.sents[i] == sent and view.words[i].startswith(words.post_stems) for i in window)
    return False


_NEXT_WORD = re.compile(r"[ \u00a0]{1,3}(\w+)")

# ", а" / ", но" / ", где" start a clause about someone else: "Гостите разгледаха залите, а
# управителят ...", "Гости побывали в доме-интернате, где директор ...".
_CONTRASTS = frozenset({"а", "но", "где", "където"})


def _as_district(view: TextView, start: int, end: int, match: RegionMatch, lang: str) -> RegionMatch | None:
    """A place named by a district ("Волжского района") rather than by the town it shares a name with.

    The district when the gazetteer knows it; none when the match was the town (Волжский is in
    another region than Волжский район); the match itself otherwise ("Оренбургского района").
    """
    at = view.text.find(match.matched, start, end)
    if at != start:
        return match  # the name is inside a longer mention, which says what it is
    m = _NEXT_WORD.match(view.text, at + len(match.matched))
    if m is None or m.group(1).casefold() not in view.vocab.district_nouns:
        return match
    district = get_resolver().resolve(view.text[start : m.end()], lang)
    if district is not None and district.kind == "district":
        return district
    return None if match.kind == "city" else match


def _before(view: TextView, cues: list[Cue], sent: int, first: int, within: int) -> Cue | None:
    for cue in reversed(cues):
        if cue.sent == sent and 0 <= first - cue.last <= within:
            between = range(cue.last, first)
            if any(view.words[i] in _CONTRASTS and view.words[i - 1] == "," for i in between):
                return None
            return cue
    return None


def vote_region_roles(view: TextView, mentions: list[RegionMention]) -> None:
    """Fill each mention's ``votes`` from the cues around it."""
    vocab = view.vocab
    guest_nouns = view.cues(vocab.guest_nouns)
    visited = view.cues(vocab.visited_cues)
    triggers = view.cues(vocab.triggers)
    thanks = view.cues(vocab.thanks_cues)
    host_verbs = view.cues(vocab.host_cues)
    previous: RegionMention | None = None
    for m in mentions:
        prev_word = view.word_before(m.start)
        from_origin = prev_word in vocab.origin_preps or _origin_across_org(view, m)
        if from_origin and view.punct_after(m.end) == ":":
            m.header = True
            m.votes[GUEST] += 1
        elif from_origin and (_before(view, guest_nouns, m.sent, m.first - 1, 4) or m.sent == 0):
            m.votes[GUEST] += 2
        elif (
            previous is not None
            and previous.votes[GUEST]
            and not previous.header
            and previous.sent == m.sent
            and m.first - previous.last <= 1
            and prev_word in {",", "и"}
        ):
            m.votes[GUEST] += 2  # "от Бургас, Русе и Разград": the list shares its preposition
        elif m.match.kind in _ADJECTIVE_KINDS and any(
            # People ("бургаските специалисти"), not services ("русенски социални услуги").
            c.sent == m.sent and 0 <= c.first - m.last <= 1 and " " not in c.value
            for c in guest_nouns
        ):
            m.votes[GUEST] += 1
        elif not from_origin and (
            any(c.sent == m.sent and 0 <= c.first - m.last <= 6 for c in host_verbs)
            or _receiver_after_verb(m, host_verbs, guest_nouns)
            or _object_before_visitors(m, visited + triggers, guest_nouns)
        ):
            # The receiving side: "ЦСРИ – Горна Оряховица посрещна колеги", "гостей принимал
            # губернатор Брянской области", "Брянскую область посетила делегация".
            m.votes[HOST] += 2
        elif _inside_visiting_party(view, m, guest_nouns, visited + triggers) or _after_visiting_party(
            view, m, guest_nouns, visited + triggers
        ):
            m.votes[GUEST] += 2
        elif not from_origin:
            venue = any(c.sent == m.sent and c.last <= m.first for c in visited) or (
                prev_word in vocab.location_preps and any(c.sent == m.sent for c in triggers)
            )
            if venue and not view.in_apposition(m.first, visited + triggers):
                m.votes[HOST] += 2
            if m.match.kind in _ADJECTIVE_KINDS and any(c.sent == m.sent for c in thanks):
                m.votes[HOST] += 2
            if prev_word.startswith(("опыт", "опит")):
                m.votes[HOST] += 1
        previous = m


def _inside_visiting_party(view: TextView, m: RegionMention, nouns: list[Cue], visited: list[Cue]) -> bool:
    """A place between the visiting party's noun and the visiting verb of one sentence."""
    noun = next((c for c in nouns if c.sent == m.sent and c.last <= m.first), None)
    verb = next((c for c in visited if c.sent == m.sent and c.first >= m.last), None)
    if noun is None or verb is None or m.first - noun.last > 12:
        return False
    # "експерти от Пазарджик посети Пловдив": a visiting verb before the place makes it the destination.
    return not any(c.sent == m.sent and noun.last <= c.first < m.first for c in visited)


def _receiver_after_verb(m: RegionMention, host_verbs: list[Cue], nouns: list[Cue]) -> bool:
    return any(
        c.sent == m.sent
        and 0 <= m.first - c.last <= 5
        and not any(n.sent == m.sent and c.last <= n.first < m.first for n in nouns)
        for c in host_verbs
    )


def _object_before_visitors(m: RegionMention, verbs: list[Cue], nouns: list[Cue]) -> bool:
    return any(
        v.sent == m.sent and v.first == m.last and any(n.sent == m.sent and n.first == v.last for n in nouns)
        for v in verbs
    )


def _after_visiting_party(view: TextView, m: RegionMention, nouns: list[Cue], verbs: list[Cue]) -> bool:
    """A place in the name of the visiting party after the verb: "Смоленскую область посетила
    делегация комитета ... Гродненского облисполкома"."""
    noun = next((c for c in reversed(nouns) if c.sent == m.sent and c.last <= m.first), None)
    if noun is None or m.first - noun.last > 12 or " " in noun.value:
        return False
    verbs_in_sent = [c for c in verbs if c.sent == m.sent]
    return any(c.last <= noun.first for c in verbs_in_sent) and not any(
        noun.last <= c.first < m.first for c in verbs_in_sent
    )


def _origin_across_org(view: TextView, m: RegionMention) -> bool:
    """ "колеги от ЦСРИ – Търговище": the origin preposition governs the organization the place ends."""
    for k in range(max(0, m.first - 5), m.first - 1):
        if view.words[k] in view.vocab.origin_preps:
            between = range(k + 1, m.first)
            return all(i in view.org_words or view.words[i] in "-–—" for i in between)
    return False


def region_roles(mentions: list[RegionMention]) -> dict[str, Side | None]:
    """Code -> role over its mentions: the side with more votes, ``None`` on a tie."""
    totals: dict[str, Counter[str]] = {}
    for m in mentions:
        totals.setdefault(m.match.code, Counter()).update(m.votes)
    roles: dict[str, Side | None] = {}
    for code, votes in totals.items():
        if votes[HOST] > votes[GUEST]:
            roles[code] = HOST
        elif votes[GUEST] > votes[HOST]:
            roles[code] = GUEST
        else:
            roles[code] = None
    return roles


def official_side(
    view: TextView,
    person: Official,
    mentions: list[RegionMention],
    roles: dict[str, Side | None],
    visited_orgs: frozenset[str] = frozenset(),
) -> Side | None:
    """The side of one official, or ``None`` when the text does not settle it.

    ``visited_orgs`` are the names of the institutions the visitors went to:
    their staff receive the guests.
    """
    for ent in person.mentions:
        side = _side_from_cues(view, ent, person.position_cue)
        if side:
            return side
    for ent in person.mentions:
        header = _group_header(view, ent, mentions)
        if header is not None:
            return roles.get(header.match.code)
    if person.organization and person.organization in visited_orgs:
        return HOST
    side = _side_from_org_text(person, roles, view.vocab_lang)
    if side:
        return side
    org = person.organization_span
    if org is not None:
        inside = [m for m in mentions if org.start_char <= m.start < org.end_char]
        for m in inside:
            if roles.get(m.match.code):
                return roles[m.match.code]
        # Right after the organization: "Центъра за психично здраве в Русе".
        after = [m for m in mentions if 0 <= m.start - org.end_char <= 4 and m.sent == view.sents[m.first]]
        for m in after:
            if roles.get(m.match.code):
                return roles[m.match.code]
        return _side_from_org_kind(view, org, mentions, roles)
    return None


def _side_from_org_text(person: Official, roles: dict[str, Side | None], lang: str) -> Side | None:
    """The role of the region the official's organization names ("министерство ... Республики Татарстан")."""
    if not person.organization:
        return None
    resolver = get_resolver()
    for _, _, match in resolver.find(person.organization, lang):
        if roles.get(match.code):
            return roles[match.code]
    return None


def _side_from_cues(view: TextView, ent: Span, position: Cue | None = None) -> Side | None:
    first, last = view.word_span(ent)
    sent = view.sents[first]
    vocab = view.vocab
    # A cue before "заведующая отделением ... Татьяна Мельникова" is near the position, not the name.
    if position is not None and position.sent == sent and position.last <= first:
        first = position.first
    # "по покана на X", "принимала ... X": a receiving verb shortly before the name.
    # The person thanks the hosts: "Анелия Първанова благодари на домакините".
    for cue in view.cues(vocab.thanks_cues):
        if cue.sent == sent and 0 <= cue.first - last <= 2:
            return GUEST
    host = _before(view, view.cues(vocab.host_cues), sent, first, 8)
    guest = _before(view, view.cues(vocab.guest_cues), sent, first, 10)
    if host and (not guest or host.last > guest.last):
        return HOST
    if guest:
        return GUEST
    # The name as the subject of a receiving verb after it: "X приветствовал гостей".
    for cue in view.cues(vocab.host_cues):
        if cue.sent == sent and 0 <= cue.first - last <= 2:
            return HOST
    return None


def _group_header(view: TextView, ent: Span, mentions: list[RegionMention]) -> RegionMention | None:
    """The nearest "от X:" header before the name with no other header between."""
    headers = [m for m in mentions if m.header and m.end <= ent.start_char]
    return headers[-1] if headers else None


# Organization adjectives that name the level of government of their region.
_LEVEL_WORDS = {
    "республиканск": "республика",
    "краев": "край",
    "областн": "област",
}


def _side_from_org_kind(
    view: TextView, org: Span, mentions: list[RegionMention], roles: dict[str, Side | None]
) -> Side | None:
    """ "Республиканский центр" belongs to the one republic among the visit's regions."""
    head = org.text.split()[0].casefold() if org.text.split() else ""
    for stem, region_word in _LEVEL_WORDS.items():
        if head.startswith(stem):
            codes = {m.match.code for m in mentions if region_word in m.match.name.casefold()}
            if len(codes) == 1:
                return roles.get(codes.pop())
    return None

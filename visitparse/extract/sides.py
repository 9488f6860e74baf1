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
Places no cue settles take a role from the shape of the visit
(:func:`complete_region_roles`).

Officials' sides are an inference over the whole article (:func:`infer_sides`):
cues next to the person first, then the visiting party's lists, the verb
frame, the place and level of the person's title, companions and people met,
and sharing within an organization or a list.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import pairwise

from spacy.tokens import Span

from visitparse.extract.context import Cue, TextView
from visitparse.extract.officials import Official
from visitparse.extract.regions import RegionMatch, get_resolver
from visitparse.lang.names import get_person_words
from visitparse.schema import Side

HOST: Side = "host"
GUEST: Side = "guest"
# Country codes of the article's own country, left out of the visit's regions.
HOME_COUNTRY = {"ru": "RU", "bg": "BG"}
# The capital, where a national body receives its visitors.
CAPITAL = {"ru": "RU-MOW", "bg": "BG-22"}
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
    located: bool = False  # after a preposition of place: "в Брюксел"


def _natural_region(view: TextView, ent: Span) -> bool:
    """A mountain or historical region named bare ("Родопите"), not the municipality named after it."""
    names = view.vocab.natural_regions
    return bool(names) and str(ent._.lemma or ent.text).casefold() in names


_ACRONYM_MAX = 4
_TOWN_KINDS = frozenset({"city", "settlement", "district"})


def _acronym_for_a_town(text: str, match: RegionMatch) -> bool:
    """A short word in capitals read as a town: an acronym ("РИМ", a regional museum, is no Rome)."""
    return text.isupper() and len(text) <= _ACRONYM_MAX and match.kind in _TOWN_KINDS


def find_region_mentions(view: TextView, lang: str) -> list[RegionMention]:
    """LOC entities and other place evidence (adjectives, demonyms, villages) resolved to regions."""
    resolver = get_resolver()
    spans: dict[tuple[int, int], RegionMatch] = {}
    for ent in view.ents:
        if ent.label_ == "LOC" and not _natural_region(view, ent):
            match = resolver.resolve(ent.text, lang, lemma=ent._.lemma)
            if match is not None and not _acronym_for_a_town(ent.text, match):
                spans[(ent.start_char, ent.end_char)] = match
    for start, end, match in resolver.find(view.text, lang):
        if _acronym_for_a_town(view.text[start:end], match):
            continue
        if match.kind in _BARE_KINDS and _SPACED_DASH.search(view.text, start, end):
            continue  # "празника на града – Серго ...": an apposition, not "град Серго"
        overlaps = [(s, e) for s, e in spans if start < e and s < end]
        # A longer name around an entity says more: "община Драма" (a town abroad), not the village "Драма".
        if all(start <= s and e <= end and (s, e) != (start, end) for s, e in overlaps):
            for key in overlaps:
                del spans[key]
            spans[(start, end)] = match
    _add_small_places(view, spans, lang)
    elsewhere: set[tuple[str, str]] = set()  # names shown to be districts of other regions
    for (start, end), match in list(spans.items()):
        district = _as_district(view, start, end, match, lang)
        if district is not match:
            del spans[(start, end)]
            if district is not None:
                spans[(start, start + len(district.matched))] = district
            elif match.kind != "city":
                elsewhere.add((match.matched.casefold(), match.code))
    for key, match in list(spans.items()):
        if (match.matched.casefold(), match.code) in elsewhere:
            del spans[key]
    _one_sense(view.text, spans)
    out = []
    home = HOME_COUNTRY.get(lang)
    words = _place_words(lang)
    titles = _quoted_titles(view.text)
    biography = _biography_sentences(view)
    for (start, end), match in sorted(spans.items()):
        if match.code == home or any(a < start and end <= b for a, b in titles):
            continue
        if view.sentence_of(start) in biography:
            continue
        first = view.word_at(start)
        last = max(first + 1, view.word_at(end - 1) + 1)
        if _not_a_place_of_the_visit(view, start, end, first, match, words):
            continue
        if _dateline(view.text, start, end) or _for_its_government(view, start, last, match, words):
            continue
        out.append(RegionMention(start, end, first, last, view.sents[first], match))
    return _without_routes(view.text, out)


def _biography_sentences(view: TextView) -> frozenset[int]:
    """Sentences of a person's biography ("родился в Омске") that do not report the visit too."""
    cues = view.cues(view.vocab.biography_cues)
    if not cues:
        return frozenset()
    return frozenset(c.sent for c in cues) - {c.sent for c in view.cues(view.vocab.triggers)}


_ROUTE_DASHES = frozenset("-–—")


def _without_routes(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """Without the places that name the ends of a line or a road ("далекопровод Битоля - Елбасан",
    "трасса Оренбург – Орск"): two places of different regions joined by a dash."""
    ends: set[int] = set()
    for i, (a, b) in enumerate(pairwise(mentions)):
        joined = text[a.end : b.start].strip()
        # Not one place named twice ("Кемеровская область - Кузбасс") or a town and its country.
        related = a.match.code.startswith(b.match.code) or b.match.code.startswith(a.match.code)
        if joined and joined in _ROUTE_DASHES and not related:
            ends.update((i, i + 1))
    return [m for i, m in enumerate(mentions) if i not in ends]


def _add_small_places(view: TextView, spans: dict[tuple[int, int], RegionMatch], lang: str) -> None:
    """Places the tables hold but do not search for everywhere, where nothing else was found: small
    towns of the foreign countries the article names and home towns after "в" ("В Мысках"), and
    subdivisions abroad written in a transliteration the tables lack."""
    home = HOME_COUNTRY.get(lang, "")
    countries = frozenset(m.code.partition("-")[0] for m in spans.values()) - {home}
    resolver = get_resolver()
    found = resolver.find_transliterated(view.text, lang, countries, _place_words(lang).subdivision_nouns)
    towns = [
        (start, end, match)
        for start, end, match in resolver.find_small_towns(view.text, lang)
        if (
            match.code.partition("-")[0] in countries
            or (match.code.startswith(home) and view.word_before(start) in view.vocab.location_preps)
        )
        and not _inside_longer_name(view, start, end)
    ]
    for start, end, match in found + towns:
        overlaps = [(s, e) for s, e in spans if start < e and s < end]
        # A subdivision's name holds the town it is named after ("Бариа-Вунгтау": Вунгтау).
        if all(start <= s and e <= end and match.kind == "region" for s, e in overlaps):
            for key in overlaps:
                del spans[key]
            spans[(start, end)] = match
    # The town named elsewhere alone is in that subdivision ("в Вунгтау"), whatever the tables say.
    parts = {p.casefold(): m for _, _, m in found for p in re.split(r"[\s\-–]+", m.matched)}
    for key, match in spans.items():
        sub = parts.get(match.matched.casefold())
        if (
            sub is not None
            and match.kind == "city"
            and match.code.partition("-")[0] == sub.code.partition("-")[0]
        ):
            spans[key] = replace(sub, matched=match.matched)


def _inside_longer_name(view: TextView, start: int, end: int) -> bool:
    """Whether the chars ``start:end`` are part of a longer named entity: a small town named like
    an everyday word is then a word of that name ("в Белом доме" is no town Белый)."""
    return any(
        ent.start_char <= start and end <= ent.end_char and ent.end_char - ent.start_char > end - start
        for ent in view.ents
    )


_BARE_KINDS = frozenset({"city", "settlement", "district"})
# A short quoted name on one line: the opening quote starts a word, the name starts with a capital.
_QUOTED = re.compile(r"(?<![\w.,;:!?])[«„“\"]([^\W\d_][^«»„“”\"\n]{0,79})[»“”\"]")
_MAX_TITLE_WORDS = 6


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the words of quoted names after their first word: a place there is part of the name of
    a work, an outlet or a company ("филмът „Чудото на Берн“"), not a place of the visit. A quoted
    remark ("съдружниците от САЩ") starts in lower case, runs longer or is followed by who said it."""
    out = []
    for m in _QUOTED.finditer(text):
        name = m.group(1)
        words = _FIRST_WORD.search(name)
        after = m.end()
        while after < len(text) and text[after] in " \u00a0":
            after += 1
        said = _SPEECH_AFTER.match(text, after)  # "„...“, каза той", "„...“ – заяви"
        if words is not None and said is None and name[0].isupper() and len(name.split()) <= _MAX_TITLE_WORDS:
            out.append((m.start(1) + words.end(), m.end(1)))
    return out


_SPEECH_AFTER = re.compile(r"[,–—-][ \u00a0]*[^\W\d_A-ZА-Я]")


_FIRST_WORD = re.compile(r"\w+")
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
    qualifier_stems: tuple[str, ...]  # DISTRICT_QUALIFIER_STEMS
    supraregion_stems: tuple[str, ...]  # SUPRAREGION_STEMS
    outside_preps: frozenset[str]  # OUTSIDE_PREPS
    media_words: frozenset[str]  # MEDIA_WORDS
    media_after: frozenset[str]  # MEDIA_AFTER_WORDS
    subdivision_nouns: tuple[str, ...]  # SUBDIVISION_NOUN_STEMS
    town_words: frozenset[str]  # TOWN_WORDS and TOWN_PLURAL_WORDS
    speaker_stems: tuple[str, ...]  # SPEAKER_VERB_STEMS
    speaker_fillers: frozenset[str]  # SPEAKER_FILLERS
    subject_openers: frozenset[str]  # SUBJECT_OPENERS
    government_stems: tuple[str, ...]  # GOVERNMENT_ADJECTIVE_STEMS
    between_preps: frozenset[str]  # BETWEEN_PREPS


@cache
def _place_words(lang: str) -> _PlaceWords:
    places = importlib.import_module(f"visitparse.lang.{lang}.places")
    return _PlaceWords(
        places.NOT_TOWN_WORDS,
        places.POST_STEMS,
        places.COUNTRY_ADJECTIVE_HEADS,
        places.DISTRICT_QUALIFIER_STEMS,
        places.SUPRAREGION_STEMS,
        places.OUTSIDE_PREPS,
        places.MEDIA_WORDS,
        places.MEDIA_AFTER_WORDS,
        places.SUBDIVISION_NOUN_STEMS,
        frozenset(places.TOWN_WORDS) | frozenset(places.TOWN_PLURAL_WORDS),
        places.SPEAKER_VERB_STEMS,
        places.SPEAKER_FILLERS,
        places.SUBJECT_OPENERS,
        places.GOVERNMENT_ADJECTIVE_STEMS,
        places.BETWEEN_PREPS,
    )


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
    person = ent is not None and ent.label_ == "PER" and ent.start_char <= start and end <= ent.end_char
    if person and match.kind != "region":  # a subdivision's full name is no one's name: a NER slip
        return True
    before = view.word_before(start)
    if match.kind == "city" and before in words.not_town:
        return True
    if before in words.outside_preps or before in words.media_words:
        return True  # "извън София": the visit is somewhere else; "Радио Варна": an outlet
    # The words after the name's first, inside the mention and right after it.
    after = _NEXT_WORD.match(view.text, end)
    rest = [w.casefold() for w in view.text[start:end].split()[1:] + ([after.group(1)] if after else [])]
    if any(w in words.media_after for w in rest):
        return True  # "Вашингтон пост", "Ню Йорк Таймс": a newspaper
    if words.supraregion_stems and any(w.startswith(words.supraregion_stems) for w in rest):
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

# How many words may stand between a speaking place and its verb: "Лондон и Брюксел ще обявят".
_SPEAKER_GAP = 4
# What may stand right before a clause's subject: the start of the text or of a line, or a mark
# that opens a sentence, a quote or an aside.
_SUBJECT_START = re.compile(r"(?:\A|[\n.!?;:\"«„“(—–-])\s{0,2}\Z")


def _for_its_government(
    view: TextView, start: int, last: int, match: RegionMatch, words: _PlaceWords
) -> bool:
    """A place that stands for its government, wherever the visit is: "официальный Киев", or the
    subject of a verb of stating, answering or deciding ("Лондон заяви", "Берлин издаде разрешение")."""
    if match.kind in _ADJECTIVE_KINDS or not words.speaker_stems:
        return False
    if view.word_before(start).startswith(words.government_stems):
        return True
    opening = view.text[max(0, start - 3) : start]
    if not _SUBJECT_START.search(opening) and view.word_before(start) not in words.subject_openers:
        return False
    for i in range(last, min(last + _SPEAKER_GAP, len(view.words))):
        word = view.words[i]
        if word.startswith(words.speaker_stems):
            return True
        if word not in words.speaker_fillers and not view.text[view.starts[i]].isupper():
            return False
    return False


# A dateline: a place (or places joined by "/") opening a line, then a full stop, a date or an
# agency's name: "Лондон. ...", "Дъблин/Белфаст. ...", "СОФИЯ, 5 май /БТА/", "МОСКВА (ТАСС) -".
_DATELINE_HEAD = re.compile(
    r"(?:\A|\n)[ \t]{0,3}(?:[^\W\d_][\w-]{0,30}(?: [^\W\d_][\w-]{0,30})?[ \t]{0,2}/[ \t]{0,2}){0,3}\Z"
)
_DATELINE_TAIL = re.compile(
    r"(?:[ \t]{0,2}/[ \t]{0,2}[^\W\d_][\w-]{0,30}(?: [^\W\d_][\w-]{0,30})?){0,3}"
    r"(?:\.(?:[ \t]{1,3}[^\W\d_]|[ \t]{0,3}(?:\n|\Z))"  # "Лондон. Министърът ..."
    # "СОФИЯ, 5 май /БТА/"
    r"|,[ \t]{0,2}\d{1,2}[ .]{1,3}[^\W\d_]{1,12}\.?(?:[ \t]{1,2}\d{4})?(?:[ \t]{0,2}г\.)?[ \t]{0,2}[/(.–—-]"
    r"|[ \t]{0,2}[(/][ \t]{0,2}[^\W\d_][\w .-]{0,20}[)/])"  # "МОСКВА (ТАСС)"
)


def _dateline(text: str, start: int, end: int) -> bool:
    """A place that only says where the article was written, at the head of a line."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _DATELINE_HEAD.search(text, max(0, line_start - 1), start):
        return False
    return _DATELINE_TAIL.match(text, end) is not None


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
    if m is not None and m.group(1).casefold().startswith(_place_words(lang).qualifier_stems or ("\0",)):
        m = _NEXT_WORD.match(view.text, m.end())  # "Кировский муниципальный район"
    if m is None or m.group(1).casefold() not in view.vocab.district_nouns:
        return match
    phrase = f"{match.matched} {m.group(1)}"
    district = get_resolver().resolve(phrase, lang)
    if district is not None and district.kind == "district":
        return replace(district, matched=view.text[start : m.end()])
    codes = get_resolver().lookup(phrase, lang)
    if match.kind == "city" or (codes and match.code not in codes):
        return None  # a district of other regions ("Кировский район" of Primorye is not Kirov's)
    return match


def _before(view: TextView, cues: list[Cue], sent: int, first: int, within: int) -> Cue | None:
    for cue in reversed(cues):
        if cue.sent == sent and 0 <= first - cue.last <= within:
            between = range(cue.last, first)
            openers = _CONTRASTS | view.vocab.clause_openers
            # ", а ...", ", на которой ...": a clause about someone else starts between.
            if any(view.words[i] in openers and "," in view.words[max(0, i - 2) : i] for i in between):
                return None
            return cue
    return None


# How far after a visiting word a place may be its venue: a visiting word far back in a long
# sentence says nothing about a place at its end, and an adjective ("японската култура") must
# stand close to be the place visited ("посетиха русенския град").
MAX_VENUE_GAP = 20
MAX_ADJECTIVE_VENUE_GAP = 2


def vote_region_roles(view: TextView, mentions: list[RegionMention]) -> None:
    """Fill each mention's ``votes`` from the cues around it."""
    vocab = view.vocab
    guest_nouns = view.cues(vocab.guest_nouns)
    visited = view.cues(vocab.visited_cues)
    triggers = view.cues(vocab.triggers)
    thanks = view.cues(vocab.thanks_cues)
    host_verbs = receiving_cues(view)
    # The visiting party's nouns that are not a position ("руководитель области" is one person).
    titles = {i for c in view.cues(vocab.positions) for i in range(c.first, c.last)}
    party = [c for c in guest_nouns if not any(i in titles for i in range(c.first, c.last))]
    previous: RegionMention | None = None
    between = _place_words(view.vocab_lang).between_preps
    related: RegionMention | None = None  # the last place named after "между"
    for m in mentions:
        prev_word = view.word_before(m.start)
        if prev_word in between or (
            related is not None
            and related.sent == m.sent
            and m.first - related.last <= 1
            and prev_word == "и"
        ):
            related = previous = m  # "между Брюксел и Лондон": a relation, no side of the visit
            continue
        m.located = prev_word in vocab.location_preps
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
        elif prev_word not in vocab.location_preps and _named_by_party(view, m, party):
            m.votes[GUEST] += 2  # "делегация Липецкой области", "делегация на Община Шумен"
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
        elif not m.located and (
            _inside_visiting_party(view, m, guest_nouns, visited + triggers)
            or _after_visiting_party(view, m, guest_nouns, visited + triggers)
        ):  # a place after "в" is where the party is ("гостите са в Смолян по покана на ...")
            m.votes[GUEST] += 2
        elif not from_origin:
            gap = MAX_ADJECTIVE_VENUE_GAP if m.match.kind in _ADJECTIVE_KINDS else MAX_VENUE_GAP
            venue = any(c.sent == m.sent and 0 <= m.first - c.last <= gap for c in visited) or (
                prev_word in vocab.location_preps and any(c.sent == m.sent for c in triggers)
            )
            if venue and not view.in_apposition(m.first, visited + triggers):
                m.votes[HOST] += 2
            if m.match.kind in _ADJECTIVE_KINDS and any(c.sent == m.sent for c in thanks):
                m.votes[HOST] += 2
            if prev_word.startswith(("опыт", "опит")):
                m.votes[HOST] += 1
        previous = m


def without_passing_countries(view: TextView, mentions: list[RegionMention]) -> list[RegionMention]:
    """Without the countries only named in passing: no cue voted for any mention of theirs, none
    is where someone is ("в Германия"), and none stands in a sentence of the visit's words (a
    visiting verb, a visited place's cue, a visiting party's noun), and none is the country an
    official's title or a diplomat serves ("министър на икономиката на Австрия"). World news names
    many countries as topics ("страни като Франция и Италия наложиха ..."), no side of a visit."""
    vocab = view.vocab
    visit_sents = {
        c.sent
        for phrases in (vocab.triggers, vocab.weak_triggers, vocab.visited_cues, vocab.guest_nouns)
        for c in view.cues(phrases)
    } | {c.sent for c in receiving_cues(view)}
    posts = _place_words(view.vocab_lang).post_stems
    title_ends = {(c.sent, c.last) for c in view.cues(vocab.positions)}
    involved = {
        m.match.code
        for m in mentions
        if m.match.kind != "country"
        or m.votes.total()
        or m.located
        or m.sent in visit_sents
        or _after_diplomat(view, m, posts)
        or any((m.sent, m.first - gap) in title_ends for gap in range(_TITLE_GAP + 1))
    }
    return [m for m in mentions if m.match.code in involved]


# Words between an official's title and the country it serves: "премьер-министр Израиля",
# "советник президента США", "министърът на външните работи на Литва".
_TITLE_GAP = 4


def _after_diplomat(view: TextView, m: RegionMention, posts: tuple[str, ...]) -> bool:
    """A country a diplomat or an embassy serves ("посланикът на Германия"): a side of the visit."""
    window = range(max(0, m.first - 3), m.first)
    return any(view.sents[i] == m.sent and view.words[i].startswith(posts) for i in window)


def _named_by_party(view: TextView, m: RegionMention, party: list[Cue]) -> bool:
    """A place in the genitive of the visiting party's noun, or ending the body named there:
    "делегация Липецкой области", "делегация на Община Шумен", "специалисты департамента ... области"."""
    for noun in party:
        if noun.sent != m.sent or not 0 <= m.first - noun.last <= MAX_PARTY_NAME:
            continue
        between = range(noun.last, m.first)
        if all(i in view.org_words or view.words[i] in view.vocab.org_links for i in between):
            return True
    return False


# How many words of a body's name may stand between the visiting party's noun and its place.
MAX_PARTY_NAME = 8


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
    """ "колеги от ЦСРИ – Търговище": the origin preposition governs the organization the place
    ends, or the town noun and its adjectives before it ("от побратимения град Зайчар")."""
    for k in range(max(0, m.first - 5), m.first - 1):
        if view.words[k] in view.vocab.origin_preps:
            between = range(k + 1, m.first)
            if all(i in view.org_words or view.words[i] in "-–—" for i in between):
                return True
            towns = _place_words(view.vocab_lang).town_words
            town = view.words[m.first - 1] in towns or view.words[m.first] in towns  # "град Зайчар" as one
            return town and all(view.words[i].isalpha() and _lowercase_word(view, i) for i in between)
    return False


def _lowercase_word(view: TextView, i: int) -> bool:
    return view.text[view.starts[i] : view.ends[i]].islower()


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


def complete_region_roles(
    mentions: list[RegionMention], roles: dict[str, Side | None], lang: str
) -> dict[str, Side | None]:
    """Roles for the places no cue settled, from the shape of the whole visit.

    A foreign place is where visitors come from, unless the article's own side went
    abroad; the one home place of an article without a host is where things happen.
    """
    home = HOME_COUNTRY.get(lang, "")
    out = dict(roles)
    open_codes = [c for c, r in roles.items() if r is None]
    domestic_guest = any(r == GUEST and c.startswith(home) for c, r in roles.items())
    foreign_host = any(r == HOST and not c.startswith(home) for c, r in roles.items())
    # With no home place named at all, a foreign place written as where someone is ("в Брюксел")
    # is where the article's own people went.
    no_home_place = not any(m.match.code.startswith(home) for m in mentions)
    for code in open_codes:
        if not code.startswith(home):
            located = no_home_place and any(m.located for m in mentions if m.match.code == code)
            visited_country = _same_country_host(code, roles)
            out[code] = HOST if (domestic_guest and not foreign_host) or located or visited_country else GUEST
    # A country whose town hosts the visit hosts too ("в Берлин" on a visit to Germany), whichever
    # of the two the loop settled first, and whatever a cue said of the country itself: the
    # visitors came to one of its towns, so they did not come from it (unless a town of it sent them).
    for code in out:
        if out[code] != GUEST or code.startswith(home) or not (code in open_codes or "-" not in code):
            continue
        towns = {r for c, r in out.items() if c.startswith(code + "-")}
        if _same_country_host(code, out) and ("-" in code or GUEST not in towns):
            out[code] = HOST
    if foreign_host and not any(r == HOST and c.startswith(home) for c, r in roles.items()):
        # The article's own side went abroad: its home places are where the visitors come from.
        for code in open_codes:
            if code.startswith(home):
                out[code] = GUEST
    if HOST not in out.values():
        counts = Counter(
            m.match.code for m in mentions if m.match.code in open_codes and m.match.code.startswith(home)
        )
        if counts:
            out[counts.most_common(1)[0][0]] = HOST
    if HOST not in out.values():
        # Every home place voted guest, yet a visit has a host: the home region also named with
        # no guest cue is where things happen (guests and hosts from districts of one region).
        neutral = Counter(
            m.match.code for m in mentions if m.match.code.startswith(home) and not m.votes[GUEST]
        )
        if neutral:
            out[neutral.most_common(1)[0][0]] = HOST
    return out


def _same_country_host(code: str, roles: dict[str, Side | None]) -> bool:
    """A place abroad in a country (or the country of a subdivision) that hosts the visit:
    "в Минске" on a visit to Belarus."""
    country = code.partition("-")[0]
    return any(r == HOST and c != code and (c.partition("-")[0] == country) for c, r in roles.items())


def official_side(
    view: TextView,
    person: Official,
    mentions: list[RegionMention],
    roles: dict[str, Side | None],
    visited_orgs: frozenset[str] = frozenset(),
) -> Side | None:
    """The side of one official from what is written next to them, or ``None``.

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
    # Staff of a place visited receive the guests; a body only guessed for the person (the
    # inviting centre of "по покана на центъра ... ще участва и X") says nothing of them.
    if person.organization and person.organization_named and person.organization in visited_orgs:
        return HOST
    return None


def _side_from_organization(
    view: TextView, person: Official, mentions: list[RegionMention], roles: dict[str, Side | None]
) -> Side | None:
    """The role of the region the person's organization names or stands in."""
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


def receiving_cues(view: TextView) -> list[Cue]:
    """The host cues of the document, without the look-alikes ("принял участие", "встретился с")."""
    vocab = view.vocab
    not_receiving = {c.first for c in view.cues(vocab.not_receiving)}
    return [c for c in view.cues(vocab.host_cues) if c.first not in not_receiving]


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
    receiving = receiving_cues(view)
    host = _before(view, receiving, sent, first, 8)
    if host is not None and _visiting_verb_between(view, host.last, first):
        host = None  # "По покана на <ORG> ще участва и X": X does the visiting, not the inviting
    guest = _before(view, _labels(view, first), sent, first, 10)
    if host and (not guest or host.last > guest.last):
        return GUEST if _received_object(view, host, first, ent) else HOST
    if guest:
        return GUEST
    # The name as the subject of a receiving verb after it: "X приветствовал гостей".
    for cue in receiving:
        if cue.sent == sent and 0 <= cue.first - last <= 2:
            return HOST
    return None


def _visiting_verb_between(view: TextView, start: int, end: int) -> bool:
    vocab = view.vocab
    return any(
        start <= c.first and c.last <= end
        for phrases in (vocab.visitor_verbs, vocab.attendance_verbs)
        for c in view.cues(phrases)
    )


def _labels(view: TextView, first: int) -> list[Cue]:
    """Guest cues that can label the person at word ``first``.

    A guest noun governed by a preposition ("приветствие към гостите", "для гостей") or in
    an object's case ("гостям рассказала директор X") is the object of someone else's act;
    a name right after a preposition of its own ("... с кмета X") is not the one the cue
    labels, unless the cue ends in it ("водена от").
    """
    vocab = view.vocab
    objects = vocab.object_preps - vocab.origin_preps
    own_prep = first > 0 and view.words[first - 1] in vocab.with_preps
    return [
        c
        for c in view.cues(vocab.guest_cues)
        if not (c.first > 0 and view.words[c.first - 1] in objects)
        and not (own_prep and c.last != first)
        and not (c.last - c.first == 1 and view.words[c.first] in vocab.object_forms and not _from(view, c))
    ]


def _from(view: TextView, cue: Cue) -> bool:
    """ "от гостей – X": a guest noun after an origin preposition says whose side X speaks for."""
    return cue.first > 0 and view.words[cue.first - 1] in view.vocab.origin_preps


def _received_object(view: TextView, verb: Cue, first: int, ent: Span) -> bool:
    """Whether the name after a receiving verb is whom it received ("Училището посрещна министъра X").

    It is when the name follows a visitors' noun right after the verb ("принимает коллегу Николя
    Саркози"). Otherwise a visitors' noun before the name in the verb's clause is the verb's object
    ("Гостей встретил директор X") or its subject ("делегация встретилась с министром X"), and the
    name is the receiver. Failing that, it is when the name is not in the nominative ("принимает
    ... Петра Сомова": no subject) or when someone stands before the verb in its clause.
    """
    if len(verb.value.split()) > 1:
        return False  # "приети от", "по покана на": the name is the receiver
    nouns = [n for n in view.cues(view.vocab.guest_nouns) if n.sent == verb.sent]
    if any(verb.last <= n.first and n.last == first for n in nouns):
        return True
    start = _clause_start(view, verb.first)
    if any(n.last <= first and n.first >= start for n in nouns):
        return False
    return _inflected(ent) or any(
        i in view.person_words or i in view.org_words or view.ent_of_word.get(i) is not None
        for i in range(start, verb.first)
    )


def _inflected(ent: Span) -> bool:
    """Whether a name is written in another case than its base form ("Петра Сомова")."""
    lemma = str(ent._.lemma or ent.text).split()
    return bool(lemma) and lemma[-1].casefold() != ent.text.split()[-1].casefold()


def _clause_start(view: TextView, i: int) -> int:
    sent = view.sents[i]
    while i > 0 and view.sents[i - 1] == sent and not view.is_break(i - 1) and view.words[i - 1] != ",":
        i -= 1
    return i


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


# ---------------------------------------------------------------------------------------------
# Sides of officials as an inference over the whole article.


def infer_sides(
    view: TextView,
    people: list[Official],
    mentions: list[RegionMention],
    roles: dict[str, Side | None],
    visited_orgs: frozenset[str] = frozenset(),
) -> list[Side | None]:
    """The side of every official in ``people``, decided over the whole article.

    Evidence, strongest first, each step deciding only the people still open:

    1. cues next to the person (:func:`official_side`);
    2. membership of the visiting party ("в составе делегации", "начело с", "води");
    3. the verb frame: the subject of a visiting verb ("посетил", "пристигна") is a guest;
    4. the place or level of government of the person's title and body against the
       visit's regions (a national official visiting a region is a guest);
    5. companions ("заедно с", "придружен от") share the side of whom they go with;
       someone met by the others ("встретится с X") is on the other side, and whoever meets
       a host is a guest;
    6. people of one organization, and people listed together, share a side;
    7. whoever is left is taken for a host: articles name the visitors by what they do
       (visit, lead, come with), and the people named besides are mostly receiving them.
    """
    inference = _SideInference(view, people, mentions, roles, visited_orgs)
    return inference.run()


def roles_from_officials(
    view: TextView,
    people: list[Official],
    sides: list[Side | None],
    mentions: list[RegionMention],
    roles: dict[str, Side | None],
) -> dict[str, Side | None]:
    """Roles still open taken from the officials whose title names the place.

    "депутат Курской области X", a guest, makes Курская область a guest when nothing
    else settled it. A place two officials of both sides name stays open.
    """
    inference = _SideInference(view, people, mentions, roles, frozenset())
    found: dict[str, set[Side]] = {}
    for i, side in enumerate(sides):
        if side is not None:
            for code in inference.home_codes(i):
                found.setdefault(code, set()).add(side)
    out = dict(roles)
    for code, role in roles.items():
        if role is None and len(found.get(code, ())) == 1:
            out[code] = next(iter(found[code]))
    return out


@dataclass(frozen=True)
class _Anchor:
    """Where one mention of a person stands: the words of the name with its position."""

    first: int
    last: int  # exclusive
    sent: int


# How far a position written before a name may stand and still belong to the mention.
MAX_POSITION_GAP = 16
# How far the verb frame looks for the visiting verb after its subject (lists of visitors
# with their titles run long) and before a subject written after it.
MAX_SUBJECT_GAP = 60
MAX_INVERTED_SUBJECT_GAP = 4
# How far the subject may stand from a visit called its own ("посещението си").
MAX_OWN_VISIT_GAP = 15
# How many words may stand between a relative pronoun and its visiting verb ("която вчера пристигна").
MAX_RELATIVE_GAP = 3
# How far a leader may stand before "води"/"возглавил".
MAX_LEADER_GAP = 30
# How far after "встреча ... с" the person met may be named.
MAX_MEETING_GAP = 8
# How far apart two people of one list may be.
MAX_LIST_GAP = 25
# How many sentences back "заедно с него" may point.
MAX_PRONOUN_SENTS = 2


def _anchors(view: TextView, person: Official) -> list[_Anchor]:
    out = []
    cue = person.position_cue
    for ent in person.mentions:
        first, last = view.word_span(ent)
        sent = view.sents[first]
        if cue is not None and cue.sent == sent:
            if cue.last <= first and first - cue.last <= MAX_POSITION_GAP:
                first = cue.first
            elif 0 <= cue.first - last <= 2:
                last = cue.last
        out.append(_Anchor(first, last, sent))
    return out


class _SideInference:
    """The people of one article with what is known of their sides so far."""

    def __init__(
        self,
        view: TextView,
        people: list[Official],
        mentions: list[RegionMention],
        roles: dict[str, Side | None],
        visited_orgs: frozenset[str],
    ) -> None:
        self.view = view
        self.vocab = view.vocab
        self.people = people
        self.mentions = mentions
        self.roles = roles
        self.visited_orgs = visited_orgs
        self.home = HOME_COUNTRY.get(view.vocab_lang, "")
        self.anchors = [_anchors(view, p) for p in people]
        self.sides: list[Side | None] = [None] * len(people)

    def run(self) -> list[Side | None]:
        steps = (
            self._diplomat,
            self._cues,
            self._delegation,
            self._verb_frame,
            self._home,
            self._companion,
            self._met,
            self._meeter,
        )
        for step in steps:
            for i in range(len(self.people)):
                if self.sides[i] is None:
                    self.sides[i] = step(i)
        self._share_by_organization()
        self._share_with_chief()
        self._share_in_lists()
        return [side or HOST for side in self.sides]

    # -- the article's regions

    def _foreign(self, code: str) -> bool:
        return not code.startswith(self.home)

    def _visitors_came_home(self) -> bool:
        """Whether visitors from somewhere came to this country (a place is a guest, none abroad a host)."""
        return GUEST in self.roles.values() and not self._went_abroad()

    def _hosted_in_province(self) -> bool:
        """Whether the visit's home hosts are regions other than the capital."""
        hosts = self._home_hosts()
        return bool(hosts) and CAPITAL.get(self.view.vocab_lang) not in hosts

    def _home_hosts(self) -> set[str]:
        """The home regions the article makes hosts."""
        return {c for c, r in self.roles.items() if r == HOST and not self._foreign(c)}

    def _went_abroad(self) -> bool:
        roles = {(self._foreign(c), r) for c, r in self.roles.items()}
        return (True, HOST) in roles or ((False, GUEST) in roles and (False, HOST) not in roles)

    # -- the steps: each gives the side of person ``i`` or None

    def _diplomat(self, i: int) -> Side | None:
        """A diplomat of a foreign country ("посланик на Украйна", "почетен консул ... на Украйна") is
        on that country's side: a guest at home, whoever the verbs around say received whom."""
        position = self.people[i].position or ""
        # The title, and the words between it and the name ("советника посольства Шри-Ланки").
        words = position.casefold().split() + [
            self.view.words[k] for a in self.anchors[i] for k in range(a.first, a.last)
        ]
        if not any(word.startswith(_place_words(self.view.vocab_lang).post_stems) for word in words):
            return None
        foreign = [c for c in self.home_codes(i) if self._foreign(c)]
        if not foreign:
            # A diplomat of this country is on the side of the foreign seat the title names:
            # "генерален консул на България в Одеса" receives the visitors in Odesa.
            lang = self.view.vocab_lang
            foreign = [m.code for _, _, m in get_resolver().find(position, lang) if self._foreign(m.code)]
        if not foreign:
            return None
        return self.roles.get(foreign[0]) or (HOST if self._went_abroad() else GUEST)

    def _cues(self, i: int) -> Side | None:
        return official_side(self.view, self.people[i], self.mentions, self.roles, self.visited_orgs)

    def _delegation(self, i: int) -> Side | None:
        """Someone listed after "в составе делегации" / "начело с", or leading the party."""
        view = self.view
        listed = self._listed_under(i)
        if listed:
            return listed
        for a in self.anchors[i]:
            # The cue may open the anchor itself: "руководитель делегации X" is the position.
            if any(c.sent == a.sent and c.first <= a.first for c in view.cues(self.vocab.delegation_cues)):
                return GUEST
            # "X ... води украинската делегация", "Рабочую группу возглавил губернатор X".
            for cue in self._leading:
                if cue.sent == a.sent and (
                    cue.last <= a.first or _same_clause(view, a.last, cue.first, MAX_LEADER_GAP)
                ):
                    return GUEST
        return None

    def _listed_under(self, i: int) -> Side | None:
        """Someone in a list written one item a line under a header that ends in a colon: "В
        състава на делегацията бяха:" makes guests of the items, "Гостей встречали:" hosts."""
        view = self.view
        for a in self.anchors[i]:
            header = _list_header(view, a.sent)
            if header is None:
                continue
            # The cue nearest the list labels it: "Гостите бяха посрещнати от:" names the hosts.
            guest = view.cues(self.vocab.delegation_cues) + view.cues(self.vocab.guest_cues)
            last_guest = max((c.last for c in guest if c.sent == header), default=-1)
            last_host = max((c.last for c in receiving_cues(view) if c.sent == header), default=-1)
            if last_guest != last_host:
                return GUEST if last_guest > last_host else HOST
        return None

    @cached_property
    def _leading(self) -> list[Cue]:
        """Leading verbs with the visiting party beside them ("води делегацията", not "води разговори")."""
        nouns = self.view.cues(self.vocab.guest_nouns)
        return [
            c
            for c in self.view.cues(self.vocab.lead_verbs)
            if any(
                n.sent == c.sent and (0 <= n.first - c.last <= 2 or 0 <= c.first - n.last <= 4) for n in nouns
            )
        ]

    def _verb_frame(self, i: int) -> Side | None:
        """The subject of a visiting verb is a guest ("X посетил ...", "побывал губернатор X")."""
        view = self.view
        verbs = view.cues(self.vocab.visitor_verbs)
        attending = view.cues(self.vocab.attendance_verbs)
        if self._titled_subject(i, verbs):
            return GUEST
        for a in self.anchors[i]:
            if a.first > 0 and view.words[a.first - 1] in self.vocab.object_preps:
                continue  # "с губернатором X", "по покана на X": not a subject
            for verb in verbs + attending:
                if verb.sent != a.sent:
                    continue
                if verb.first >= a.last and (
                    _same_clause(view, a.last, verb.first, MAX_SUBJECT_GAP, own_subject=True)
                    or (verb not in attending and self._relative_subject(a, verb))
                ):
                    return GUEST
                if (
                    verb.last <= a.first
                    and _same_clause(view, verb.last, a.first, MAX_INVERTED_SUBJECT_GAP)
                    and verb not in attending
                ):
                    return GUEST
            # Whose visit it is: "визит министра X", "посещение на кмета X".
            if any(
                n.sent == a.sent and 0 <= a.first - n.last <= 1 for n in view.cues(self.vocab.visit_nouns)
            ):
                return GUEST
            if self._own_visit_subject(i, a):
                return GUEST
        return None

    def _own_visit_subject(self, i: int, a: _Anchor) -> bool:
        """The subject nearest a visit called its own ("X заяви по време на посещението си в Кале",
        "По време на визитата си в Русе министърът X ..."): no other subject stands between."""
        view = self.view
        if a.first > 0 and view.words[a.first - 1] in self.vocab.object_preps:
            return False
        others = [
            b
            for k, own in enumerate(self.anchors)
            if k != i
            for b in own
            if b.sent == a.sent and not (b.first > 0 and view.words[b.first - 1] in self.vocab.object_preps)
        ]
        for cue in view.cues(self.vocab.own_visit_nouns):
            if cue.sent != a.sent:
                continue
            lo, hi = (a.last, cue.first) if a.last <= cue.first else (cue.last, a.first)
            if 0 <= hi - lo <= MAX_OWN_VISIT_GAP and not any(lo <= b.first < hi for b in others):
                return True
        return False

    def _relative_subject(self, a: _Anchor, verb: Cue) -> bool:
        """The verb of a relative clause right after the name: "X, която пристигна в Китай"."""
        view = self.view
        rel = a.last + 1
        return (
            rel < verb.first
            and view.words[a.last] == ","
            and view.words[rel] in self.vocab.subject_relatives
            and _same_clause(view, rel + 1, verb.first, MAX_RELATIVE_GAP)
        )

    def _titled_subject(self, i: int, verbs: list[Cue]) -> bool:
        """The person is the only one of their title, and that title alone is the subject of a
        visiting verb elsewhere: "Областният управител направи оглед на пътя"."""
        position = self.people[i].position
        if not position or sum(p.position == position for p in self.people) != 1:
            return False
        view = self.view
        named = {k for own in self.anchors for a in own for k in range(a.first, a.last)}
        return any(
            c.value == position
            and c.first not in named
            and any(v.sent == c.sent and _same_clause(view, c.last, v.first, 1) for v in verbs)
            for c in view.cues(self.vocab.positions)
        )

    def _home(self, i: int) -> Side | None:
        """The side of the place the person's title or body names, or of the level of government."""
        person = self.people[i]
        side = _side_from_organization(self.view, person, self.mentions, self.roles)
        if side:
            return side
        codes = self.home_codes(i)
        for code in codes:
            if self.roles.get(code):
                return self.roles[code]
        if any(self._foreign(c) for c in codes):
            return HOST if self._went_abroad() and self._of_host_country(codes) else GUEST
        if codes and self._went_abroad():
            return GUEST  # "глава Ноябрьска" on a trip abroad: the visitors' own town
        if codes and self._hosted_elsewhere(codes):
            return GUEST  # the deputy mayor of another province's town, at an exchange hosted here
        if self._national(i):
            # A minister visits a region; a delegation from a region or abroad visits the ministry
            # (in the capital: a national official with foreign guests in a region came with them).
            return HOST if self._visitors_came_home() and not self._hosted_in_province() else GUEST
        return None

    def _of_host_country(self, codes: list[str]) -> bool:
        """Whether the person's places lie in a country that hosts the visit abroad, or no host
        country abroad is known: the British premier at a meeting in Berlin came as a guest."""
        hosts = {c.split("-")[0] for c, r in self.roles.items() if r == HOST and self._foreign(c)}
        return not hosts or any(c.split("-")[0] in hosts for c in codes if self._foreign(c))

    def _hosted_elsewhere(self, codes: list[str]) -> bool:
        """Whether the visit is hosted at home in a region none of ``codes`` (the person's places) is."""
        hosts = self._home_hosts()
        # A country's code holds its subdivisions: "министра труда России" is at home in Moscow.
        near = any(h == c or h.startswith(c + "-") or c.startswith(h + "-") for c in codes for h in hosts)
        return bool(hosts) and not near

    def home_codes(self, i: int) -> list[str]:
        """Codes of the places named in the person's title or body ("губернатор Ивановской области X")."""
        anchors = self.anchors[i]
        codes = [
            m.match.code
            for m in self.mentions
            if any(a.first <= m.first and m.last <= a.last for a in anchors)
        ]
        codes += [code for a in anchors for code in self._adjective_before(a)]
        org = self.people[i].organization
        if org:
            codes += [match.code for _, _, match in get_resolver().find(org, self.view.vocab_lang)]
        return codes

    def _adjective_before(self, a: _Anchor) -> list[str]:
        """The country of a place adjective right before a mention's title ("ирландският премиер
        X"): the mentions leave it out, as it qualifies no party or place of the visit."""
        view = self.view
        k = a.first - 1
        if k < 0 or view.sents[k] != a.sent:
            return []
        word = view.words[k]
        found = get_resolver().find(word, view.vocab_lang)
        return [m.code for s, e, m in found if s == 0 and e == len(word) and m.kind in _ADJECTIVE_KINDS]

    def _national(self, i: int) -> bool:
        """Whether the title or body is of the national government ("министр ... РФ", "Народно събрание")."""
        national = self.vocab.national_words
        words = self.view.cues(national)
        if any(any(a.first <= c.first and c.last <= a.last for a in self.anchors[i]) for c in words):
            return True
        org = (self.people[i].organization or "").casefold().split()
        return any(national.match_at(org, k) for k in range(len(org)))

    def _companion(self, i: int) -> Side | None:
        """People named after "заедно с" / "придружен от" share the side of the one they go with.

        That is the nearest person before the phrase in its sentence; with a pronoun by the
        phrase ("Той е придружен от X", "заедно с него") the nearest one before, across sentences.
        """
        view = self.view
        for a in self.anchors[i]:
            for cue in view.cues(self.vocab.companion_cues):
                if cue.sent != a.sent or cue.last > a.first:
                    continue
                near = range(max(0, cue.first - 3), min(len(view.words), cue.last + 1))
                pronoun = any(view.words[k] in self.vocab.pronouns for k in near)
                reach = MAX_PRONOUN_SENTS if pronoun else 0
                before = [
                    (b.last, side)
                    for side, theirs in zip(self.sides, self.anchors, strict=True)
                    for b in theirs
                    if side and b.last <= cue.first and a.sent - b.sent <= reach
                ]
                if before:
                    return max(before, key=lambda item: item[0])[1]
        return None

    def _met(self, i: int) -> Side | None:
        """Someone met by others ("встретится с губернатором X") is on the side opposite theirs,
        and the visitors' host when those are not known."""
        view = self.view
        for a in self.anchors[i]:
            if not (a.first > 0 and view.words[a.first - 1] in self.vocab.with_preps):
                continue
            for m in view.cues(self.vocab.meeting_words):
                if (
                    m.sent == a.sent
                    and m.last < a.first
                    and _same_clause(view, m.last, a.first - 1, MAX_MEETING_GAP)
                ):
                    start = _subject_start(view, _clause_start(view, m.first), m.first)
                    met_by = {
                        side
                        for side, theirs in zip(self.sides, self.anchors, strict=True)
                        if side and any(b.sent == a.sent and start <= b.first < m.first for b in theirs)
                    }
                    return GUEST if met_by == {HOST} else HOST
        return None

    def _meeter(self, i: int) -> Side | None:
        """Who meets a host ("X проведе среща с кмета Y", "X встретился с главой Y") is a guest:
        the other half of :meth:`_met`, for subjects whose side nothing else settled."""
        view = self.view
        for a in self.anchors[i]:
            for m in view.cues(self.vocab.meeting_words):
                if m.sent != a.sent or m.first < a.last:
                    continue
                if a.last <= _subject_start(view, _clause_start(view, m.first), m.first):
                    continue
                for side, theirs in zip(self.sides, self.anchors, strict=True):
                    if side == HOST and any(self._met_after(b, m.last, a.sent) for b in theirs):
                        return GUEST
        return None

    def _met_after(self, b: _Anchor, verb_end: int, sent: int) -> bool:
        """Whether mention ``b`` is the one met ("с X") right after a meeting word ending at ``verb_end``."""
        view = self.view
        return (
            b.sent == sent
            and b.first > verb_end
            and view.words[b.first - 1] in self.vocab.with_preps
            and _same_clause(view, verb_end, b.first - 1, MAX_MEETING_GAP)
        )

    # -- sharing

    def _share_by_organization(self) -> None:
        """People of one body are on one side: a side known for one of them holds for the others."""
        by_org: dict[str, set[Side]] = {}
        for person, side in zip(self.people, self.sides, strict=True):
            if person.organization and side:
                by_org.setdefault(person.organization.casefold(), set()).add(side)
        for i, person in enumerate(self.people):
            known = by_org.get((person.organization or "").casefold())
            if self.sides[i] is None and known and len(known) == 1:
                self.sides[i] = next(iter(known))

    def _share_with_chief(self) -> None:
        """A deputy goes where the one whose deputy they are goes: "вице-губернатор X" beside the
        visiting governor, "заместник областният управител" beside the governor. Only when the
        article names one such chief (or all of one side) and no other body for the deputy."""
        prefixes = get_person_words(self.view.vocab_lang).deputy_prefixes
        for i, person in enumerate(self.people):
            chief = _chief_title(person.position or "", prefixes)
            if self.sides[i] is not None or not chief:
                continue
            found = {
                side
                for other, side in zip(self.people, self.sides, strict=True)
                if side
                and other is not person
                and _same_title(other.position or "", chief)
                and (not person.organization or person.organization == other.organization)
            }
            if len(found) == 1:
                self.sides[i] = found.pop()

    def _share_in_lists(self) -> None:
        """People listed together ("X, ..., и Y", "X - ..., както и Y") share a side."""
        links = self._list_links()
        changed = True
        while changed:
            changed = False
            for i, j in links:
                for a, b in ((i, j), (j, i)):
                    if self.sides[a] is None and self.sides[b] is not None:
                        self.sides[a] = self.sides[b]
                        changed = True

    def _list_links(self) -> list[tuple[int, int]]:
        """Pairs of people where the second is joined to the first by a list word, no verb between."""
        view, vocab = self.view, self.vocab
        verbs = [
            c
            for phrases in (vocab.visitor_verbs, vocab.meeting_words, vocab.delegation_cues, vocab.lead_verbs)
            for c in view.cues(phrases)
        ] + receiving_cues(view)
        verb_words = {k for c in verbs for k in range(c.first, c.last)}
        flat = sorted((a.first, a.last, a.sent, k) for k, own in enumerate(self.anchors) for a in own)
        links = []
        for (_, last, sent, k), (first, _, sent2, k2) in pairwise(flat):
            if k == k2 or sent != sent2 or first - last > MAX_LIST_GAP:
                continue
            while first - 1 > last and view.words[first - 1] in vocab.titles:
                first -= 1  # "както и г-н X"
            gap = range(last, first)
            # "X и Y проведут ...": two people doing one thing may be a guest and their host.
            if len(gap) < 2 or view.words[first - 1] not in vocab.list_joiners:
                continue
            if any(w in verb_words or view.is_break(w) or view.words[w] in vocab.clause_openers for w in gap):
                continue
            links.append((k, k2))
        return links


# How many lines of a list a header ending in a colon may head.
MAX_LIST_LINES = 20


def _list_header(view: TextView, sent: int) -> int | None:
    """The sentence ending in a colon that heads the list sentence ``sent`` is an item of: the
    sentences from it to ``sent`` each start on a new line."""
    for s in range(sent, max(0, sent - MAX_LIST_LINES), -1):
        first = view.word_at(view.sent_starts[s])
        if first == 0 or not view.newline_before[first]:
            return None
        if view.words[first - 1] == ":":
            return s - 1
    return None


def _subject_start(view: TextView, start: int, end: int) -> int:
    """Where the subject of a verb at ``end`` starts, from its clause's start: after the last
    pronoun that is no object ("X ги посрещна и в кабинета си те разговаряха с Y": "те")."""
    for k in range(end - 1, start - 1, -1):
        if view.words[k] in view.vocab.pronouns and not (
            k > 0 and view.words[k - 1] in view.vocab.object_preps
        ):
            return k
    return start


def _chief_title(position: str, prefixes: tuple[str, ...]) -> str:
    """The title a deputy's title is the deputy of ("заместник-кмет" -> "кмет"), or ""."""
    low = position.casefold()
    prefix = next((p for p in prefixes if low.startswith(p)), None)
    return low[len(prefix) :].strip(" -") if prefix else ""


# Letters of a title word compared: "губернатора" (of a deputy's title) is "губернатор".
_TITLE_STEM = 5


def _same_title(position: str, title: str) -> bool:
    """Whether ``position`` is ``title``, up to case endings."""
    a, b = position.casefold().split(), title.split()
    return (
        bool(a)
        and len(a) == len(b)
        and all(x[:_TITLE_STEM] == y[:_TITLE_STEM] for x, y in zip(a, b, strict=True))
    )


def _same_clause(view: TextView, start: int, end: int, within: int, own_subject: bool = False) -> bool:
    """Whether words ``[start, end)`` are few and stay in one clause.

    With ``own_subject``, a pronoun among them is a subject of its own: in "вместе с X он
    побывал", X is not who visited.
    """
    if not 0 <= end - start <= within:
        return False
    vocab = view.vocab
    return not any(
        view.is_break(i)
        or view.words[i] in vocab.clause_openers
        or (own_subject and view.words[i] in vocab.pronouns)
        for i in range(start, end)
    )

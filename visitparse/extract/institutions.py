"""Institutions: organizations and facilities that take part in or host a visit.

Every ORG mention becomes an institution, normalized to its lemma
(nominative, no Bulgarian article, quotes kept) and deduplicated. It is
``visited`` when it follows a visiting cue in its sentence ("гости посетили
...", "бе посетен ...", a list after "посетиха:") or is where the meeting took
place ("в <ORG> состоялась встреча"), unless a provider/organizer cue or a
person's position ties it to someone instead.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span

from visitparse.document import char_span
from visitparse.extract.context import DASHES, Cue, TextView
from visitparse.extract.regions import get_resolver
from visitparse.lang.vocab import PhraseSet

_QUOTES = "\"'«»„“”‚‘’"
_OPEN_QUOTES = '"«„“'
_CLOSE_QUOTES = '"»“”'
# Content words a shortened re-mention of a longer name may have ("Законодательное собрание").
_MAX_SHORTENED = 4
# Words a venue verb may stand after the place's name ("в <ORG> Натальино пройдет").
_VENUE_GAP = 3
_COORDINATORS = frozenset({",", "и"})
# Words between a receiving verb and the organization of the one who receives ("Гостей
# встретила директор <ORG>"); further on, a list of those present is no place visited.
_RECEIVER_GAP = 6


@dataclass
class Institution:
    """An institution before assembly: its name, mentions and visited flag."""

    name: str
    mentions: list[Span] = field(default_factory=list)
    visited: bool = False


def institution_key(name: str) -> str:
    """A comparison key: case, quotes, dashes and spacing folded."""
    text = unicodedata.normalize("NFC", name).casefold().replace("ё", "е")
    text = text.translate({ord(c): None for c in _QUOTES})
    text = re.sub(r"[‐‑‒–—―−]", "-", text)
    return " ".join(text.split()).strip(" .,;:-")


def normalize_name(span: Span) -> str:
    """The institution's display name: its lemma with balanced typographic quotes."""
    name = " ".join(str(span._.lemma or span.text).split()).strip(" ,;:-–—")
    return _balance_quotes(name)


def display_name(view: TextView, span: Span) -> str:
    """:func:`normalize_name`, with the place that completes it.

    A place after a dash ("ДСП – Видин"), or an inflected (genitive) place right
    after the name that the NER cut off ("Министерство труда | Пермского края").
    """
    name = normalize_name(span)
    head, _, rest = name.partition(" ")
    if rest and head in view.vocab.capitalized_bodies:
        name = f"{head.capitalize()} {rest}"
    following = view.ent_at_char.get(span.end_char + 1)
    if (
        following is not None
        and following.label_ == "LOC"
        and view.text[span.end_char] == " "
        and following._.lemma
        and following._.lemma != following.text
        and not name.endswith(("»", "“", '"'))
    ):
        return f"{name} {following.text}"
    if following is not None and following.label_ == "PER" and name.split()[-1] in view.vocab.org_links:
        return f"{name} {following.text}"  # "паметника на | Васил Левски": named after a person
    place = _place_after_dash(view, span)
    return f"{name} – {place.text}" if place is not None else name


def _place_after_dash(view: TextView, span: Span) -> Span | None:
    """The LOC written after the name and a dash, past a bracketed abbreviation ("(ЦСРИ) – Русе")."""
    _, last = view.word_span(span)
    abbreviation = _abbreviation_after(view, span)
    if abbreviation is not None:
        last = view.word_span(abbreviation)[1] + 1
    if last + 1 < len(view.words) and view.words[last] in DASHES:
        place = view.ent_at_char.get(view.starts[last + 1])
        if place is not None and place.label_ == "LOC" and view.sents[last + 1] == view.sents[last - 1]:
            return place
    return None


_ABBREVIATION_BRACKETS = {"(": ")", "/": "/"}


def _abbreviation_after(view: TextView, span: Span) -> Span | None:
    """The ORG abbreviation defined in brackets right after a name: "Център за ... (ЦСРИ)", "/ЗМО/"."""
    _, last = view.word_span(span)
    if (
        last + 2 < len(view.words)
        and view.words[last] in _ABBREVIATION_BRACKETS
        and view.words[last + 2] == _ABBREVIATION_BRACKETS[view.words[last]]
    ):
        abbreviation = view.ent_at_char.get(view.starts[last + 1])
        if abbreviation is not None and abbreviation.label_ == "ORG" and abbreviation.text.isupper():
            return abbreviation
    return None


def _balance_quotes(name: str) -> str:
    # Mentions cut at a closing quote keep an opening one alone ("ЦККТ „Решения"): close it.
    if name.endswith('"') and name.count("„") > name.count("“") and name.count('"') % 2 == 1:
        name = name[:-1] + "“"  # "„Социално подпомагане"": a straight quote closes the low one
    opened = name.count("«") + name.count("„")
    closed = name.count("»") + name.count("“")
    if opened > closed:
        name += "»" * (name.count("«") - name.count("»")) + "“" * (name.count("„") - name.count("“"))
    if name.count('"') % 2 == 1:
        name = name.rstrip('"') if name.endswith('"') else name + '"'
    return name


def split_numbered(name: str) -> list[str]:
    """One name per number of a coordinated list: "поликлиники № 9 и № 14" -> "поликлиники № 9",
    "поликлиники № 14"; "гимназии 31, 32 и 47" -> three. Any other name stays whole."""
    words = name.replace(",", " , ").split()
    first = next((i for i, w in enumerate(words) if w == "№" or w.isdigit()), None)
    if first is None or first == 0:
        return [name]
    rest = words[first:]
    if not all(w in ("№", ",", "и") or w.isdigit() for w in rest):
        return [name]
    numbers = [w for w in rest if w.isdigit()]
    if len(numbers) < 2:
        return [name]
    base = " ".join(words[:first])
    sign = "№ " if "№" in rest else ""
    return [f"{base} {sign}{n}" for n in numbers]


def split_coordinated(name: str, plural_places: dict[str, str]) -> list[str]:
    """One name per place of coordinated place adjectives before a plural place noun: "КЦСОН
    Качугского, Жигаловского и Эхирит-Булагатского районов" -> "КЦСОН Качугского района", ...;
    ``[]`` for any other name. ``plural_places`` maps the plural noun to its singular."""
    words = name.replace(",", " , ").split()
    singular = plural_places.get(words[-1].casefold()) if words else None
    if singular is None:
        return []
    k = len(words) - 2
    places: list[str] = []
    while k >= 1 and words[k] not in _COORDINATORS:
        places.insert(0, words[k])
        if words[k - 1] not in _COORDINATORS:
            break
        k -= 2
    if len(places) < 2 or "и" not in words[k : len(words) - 1] or k < 1:
        return []
    base = " ".join(words[:k])
    return [f"{base} {place} {singular}" for place in places]


def _visited(view: TextView, ent: Span, affiliated: set[tuple[int, int]], earlier: list[Span]) -> bool:
    """Whether the visitors went to the organization of this mention.

    ``earlier`` are the ORG mentions before it already judged visited (for lists).
    """
    first, _ = view.word_span(ent)
    sent = view.sents[first]
    before = view.words[first - 1] if first > 0 else ""
    # Where people come from, or whose they are: "екип от Община Ловеч", "делегация на Община X".
    if _cue_right_before(view, view.vocab.visited_cues, first) or _cue_right_before(
        view, view.vocab.presence_cues, first
    ):
        return True  # the cue ends right before it, its preposition included ("започна от <ORG>")
    if before in view.vocab.origin_preps or any(
        c.sent == sent and (c.last == first or (c.last == first - 1 and before in view.vocab.org_links))
        for c in view.cues(view.vocab.guest_nouns)
    ):
        return False  # and "делегация Законодательного собрания": the visitors' own body
    if (ent.start_char, ent.end_char) in affiliated:
        # An official's organization: visited only where that official receives the guests
        # ("Гостей встретила директор Бирского дома-интерната"); a body so only when no facility
        # was visited (see find_institutions).
        return _receives(view, ent) and not _is_body(view, ent)
    for cue in reversed(view.cues(view.vocab.affiliation_cues)):
        if cue.sent == sent and 0 <= first - cue.last <= 1:
            return False
    if _works_at(view, first):
        return False
    if before in view.vocab.front_preps and not _is_body(view, ent):
        return True  # "поднесе цветя пред паметника": the visitors stood at it
    if before in view.vocab.location_preps and _venue_verb_after(view, ent):
        return True  # "в мэрии Сухума состоялась встреча": where the meeting took place
    if (
        before in view.vocab.location_preps
        and not _is_body(view, ent)
        and _cue_right_before(view, view.vocab.venue_verbs, first - 1)
    ):
        return True  # "встреча прошла на <ORG>": the meeting was held at it
    if not _is_body(view, ent) and _verb_after(view, ent, _receiving_cues(view)):
        return True  # "Центр народного творчества принимал делегацию": the guests came to it
    verbs = view.cues(view.vocab.triggers) + view.cues(view.vocab.visited_cues)
    if view.in_apposition(first, verbs) and not _visit_of_official(view, first, before):
        return False  # "директор на дирекция ... в Община Ловеч"
    visited_cues = earlier_cues = [c for c in view.cues(view.vocab.visited_cues) if c.first < first]
    if _is_body(view, ent):
        # A body is visited when the verb says so ("посетиха Община X"), not by a nearby "посещение".
        visited_cues = [c for c in visited_cues if c.sent == sent and first - c.last <= 2]
    meetings = [c for c in view.cues(view.vocab.meeting_cues) if c.sent == sent and c.last <= first]
    for cue in reversed(visited_cues):
        if any(cue.last <= m.first for m in meetings) and before not in view.vocab.location_preps:
            break  # "посетит театр, встретится с активом отделения": the people met, not a place
        # A cue in this sentence, or in the one before when this sentence continues its list.
        if cue.sent == sent or (cue.sent == sent - 1 and _continues_list(view, cue.last, first)):
            return True
    if before in _COORDINATORS and any(view.word_span(e)[1] == first - 1 for e in earlier):
        return True  # "В <ORG> и <ORG> побывал ...": coordinated with a place visited
    if before in _COORDINATORS and _listed_after_visit(view, first, earlier_cues):
        return True  # "побывали в учреждениях города, Министерстве труда": a body listed as visited
    if before in view.vocab.location_preps and not _is_body(view, ent):
        # "в Центъра ... и в Дневен център ...": the list goes on from a visited place.
        # A body after "в" is where something is ("услуга в Община Добричка"), not a place toured.
        if any(view.sents[view.word_span(e)[0]] == sent for e in earlier):
            return True
        return any(c.sent == sent for c in verbs)
    return False


_MAX_QUOTED_WORDS = 6


def _quoted_places_visited(view: TextView) -> list[Span]:
    """Quoted names no entity covers right after a visiting cue: "е на инспекция в „Пирогов“",
    "посетиха „Аквахаус“" name the place the visitors went to."""
    out: list[Span] = []
    for cue in view.cues(view.vocab.visited_cues) + view.cues(view.vocab.presence_cues):
        j = cue.last
        if j >= len(view.words) or j in view.ent_of_word or view.text[view.starts[j]] not in _OPEN_QUOTES:
            continue
        end = _quoted_end(view, j)
        if end is None or any(not _unknown_place(view, view.ent_of_word.get(k)) for k in range(j, end)):
            continue
        inner = view.text[view.starts[j] + 1 : view.ends[end - 1] - 1].strip()
        span = char_span(view.doc, view.starts[j], view.ends[end - 1], "ORG", inner)
        if span is not None and inner[:1].isupper():
            out.append(span)
    return out


def _unknown_place(view: TextView, ent: Span | None) -> bool:
    """No entity, or a place no gazetteer knows: in quotes, the NER's guess at a name ("„Пирогов“")."""
    return ent is None or (ent.label_ == "LOC" and not get_resolver().lookup(ent.text, view.vocab_lang))


def _quoted_end(view: TextView, j: int) -> int | None:
    """End of the quoted name opening at word ``j`` within its sentence, if it closes soon."""
    for k in range(j, min(j + _MAX_QUOTED_WORDS, len(view.words))):
        if view.sents[k] != view.sents[j]:
            return None
        if view.text[view.ends[k] - 1] in _CLOSE_QUOTES and (k > j or view.ends[k] - view.starts[k] > 1):
            return k + 1
    return None


def _referred_back_visited(view: TextView, institutions: list[Institution]) -> list[Institution]:
    """Facilities a visiting cue names again by a generic noun right after it: "посети
    детското заведение" after "6-а детска градина „Зора“", the facility named last before."""
    out: list[Institution] = []
    cues = view.cues(view.vocab.visited_cues) + view.cues(view.vocab.presence_cues)
    for anaphor in view.cues(view.vocab.facility_anaphors):
        if anaphor.first in view.ent_of_word or not any(c.last == anaphor.first for c in cues):
            continue
        earlier = [
            (max(m.start_char for m in i.mentions if m.start_char < anaphor.start), i)
            for i in institutions
            if not _is_body_name(view, i.name) and any(m.start_char < anaphor.start for m in i.mentions)
        ]
        fitting = [(at, i) for at, i in earlier if not anaphor.value or anaphor.value in _stems(i.name)]
        if fitting:
            out.append(max(fitting, key=lambda pair: pair[0])[1])
    return out


def _receives(view: TextView, ent: Span) -> bool:
    """Whether a receiving verb stands shortly before the mention: its official receives the guests."""
    first, _ = view.word_span(ent)
    sent = view.sents[first]
    escorts = {c.first for c in view.cues(view.vocab.escort_cues)}
    return any(
        c.sent == sent and 0 <= first - c.last <= _RECEIVER_GAP and c.first not in escorts
        for c in view.cues(view.vocab.host_cues)
    )


def _cue_right_before(view: TextView, phrases: PhraseSet, first: int) -> bool:
    """Whether a cue of ``phrases`` ends right before word ``first``, in its sentence."""
    sent = view.sents[first]
    return any(c.sent == sent and c.last == first for c in view.cues(phrases))


def _visit_of_official(view: TextView, first: int, before: str) -> bool:
    """ "Посещение на министъра ... в <ORG>": a visit noun governs the official and the place."""
    sent = view.sents[first]
    if before not in view.vocab.location_preps:
        return False
    positions = [c for c in view.cues(view.vocab.positions) if c.sent == sent and c.last <= first]
    return any(
        c.sent == sent and any(c.last <= p.first for p in positions)
        for c in view.cues(view.vocab.visited_cues)
    )


def _works_at(view: TextView, first: int) -> bool:
    """ "Анна Петрова – в санатории X": a person and, after a dash, where that person works."""
    return (
        first >= 3
        and view.words[first - 1] in view.vocab.location_preps
        and view.words[first - 2] in DASHES
        and first - 3 in view.person_words
    )


def _listed_after_visit(view: TextView, first: int, visited_cues: list[Cue]) -> bool:
    """Whether word ``first`` continues a list of places that a visit verb with its preposition
    opens earlier in the sentence ("побывали в X, Y"), with no other clause between."""
    sent = view.sents[first]
    for cue in visited_cues:
        if cue.sent != sent or view.words[cue.last - 1] not in view.vocab.location_preps:
            continue
        if not any(view.is_break(i) and view.words[i] not in _COORDINATORS for i in range(cue.last, first)):
            return True
    return False


def _receiving_cues(view: TextView) -> list[Cue]:
    """Host cues that receive someone: not "принял участие"."""
    refusals = {c.first for c in view.cues(view.vocab.not_receiving)}
    return [c for c in view.cues(view.vocab.host_cues) if c.first not in refusals]


def _venue_verb_after(view: TextView, ent: Span) -> bool:
    """Whether a verb of taking place follows the mention ("в <ORG> состоялась встреча")."""
    return _verb_after(view, ent, view.cues(view.vocab.venue_verbs))


def _verb_after(view: TextView, ent: Span, verbs: list[Cue]) -> bool:
    """Whether one of ``verbs`` follows the mention within its clause ("<ORG> принимал делегацию")."""
    _, last = view.word_span(ent)
    for cue in verbs:
        if last <= cue.first <= last + _VENUE_GAP:
            # "в Доме культуры села Натальино пройдет ...", "... должна состояться": one clause.
            return not any(view.is_break(i) or view.words[i] == "," for i in range(last, cue.first))
    return False


def _abbreviation_aliases(view: TextView, ents: list[Span]) -> dict[str, tuple[str, str]]:
    """Short key -> (key, name) of the full name an abbreviation was defined for.

    "Центърът за ... (ЦСРИ) – Горна Оряховица": "ЦСРИ – Горна Оряховица", before or after
    it, and the bracketed "ЦСРИ" are that centre; "ЦСРИ – Търговище" is another one.
    """
    aliases: dict[str, tuple[str, str]] = {}
    for ent in ents:
        abbreviation = _abbreviation_after(view, ent)
        if abbreviation is None:
            continue
        name = display_name(view, ent)
        full = (institution_key(name), name)
        place = _place_after_dash(view, ent)
        aliases[institution_key(abbreviation.text)] = full
        if place is not None:
            aliases[institution_key(f"{abbreviation.text} – {place.text}")] = full
    return aliases


def _is_body(view: TextView, ent: Span) -> bool:
    """A public body (ministry, municipality, administration), not a facility one tours."""
    return _is_body_name(view, str(ent._.lemma or ent.text))


def _is_body_name(view: TextView, name: str) -> bool:
    return " ".join(name.split()).casefold().startswith(tuple(view.vocab.body_heads))


def is_written_body(view: TextView, span: Span) -> bool:
    """Whether a body a title names is written with its own noun ("кмет на община Троян",
    "на администрацията на ..."), not only implied by a place ("кмет на Шабла") or a
    portfolio ("министър на труда"): a body written out takes part in the visit."""
    return " ".join(span.text.split()).casefold().startswith(tuple(view.vocab.body_heads))


def _continues_list(view: TextView, after: int, first: int) -> bool:
    """Whether the words from ``after`` to ``first`` read as one list introduced by a colon."""
    return any(view.words[i] == ":" for i in range(after, first))


def _stems(name: str) -> list[str]:
    return [w[:5] for w in re.findall(r"\w+", institution_key(name))]


@functools.lru_cache(maxsize=4096)
def _words_of(name: str) -> tuple[str, ...]:
    # Quotes split words here ("ООО”Текстиль”" is two), unlike in the comparison key.
    return tuple(re.findall(r"\w+", unicodedata.normalize("NFC", name).casefold().replace("ё", "е")))


def _initials(name: str) -> str:
    """Initials of the name's words of 3+ letters: "Агенция за социално подпомагане" -> "асп"."""
    return "".join(w[0] for w in _words_of(name) if len(w) >= 3)


def _same_word(a: str, b: str) -> bool:
    """Two forms of one word: the same first five letters, or one a 3+ letter shortening of the other."""
    if a[:5] == b[:5]:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short)


def _generic_remention(
    name: str, earlier: Iterable[Institution], generic: tuple[str, ...] = ()
) -> Institution | None:
    """An earlier institution that a lower-case generic mention ("специального интерната") refers back to.

    Place adjectives of ``generic`` stems count for nothing: "региональное правительство" is
    the "правительство Пензенской области" named before.
    """
    if not name[:1].islower():
        return None
    stems = [s for s in _stems(name) if not s.startswith(generic)] if generic else _stems(name)
    if not stems:
        return None
    for inst in earlier:
        pool = _stems(inst.name)
        if len(pool) > len(stems) and all(s in pool for s in stems):
            return inst
    return None


def _is_prefix_name(short: str, long_: str) -> bool:
    """Whether ``short`` is the start of ``long_`` word by word ("Министерство образования" of
    "Министерство образования Ингушетии"), allowing for inflected or shortened words."""
    a, b = _words_of(short), _words_of(long_)
    if len([w for w in a if len(w) >= 3]) > _MAX_SHORTENED:
        return False  # a descriptive name this long is a name of its own ("Център за ... разстройства")
    if len(a) == 1 and len(b) > 1 and not (b[0].startswith(a[0]) or a[0].startswith(b[0])):
        return False  # one word shares only its start: "Курганмашзавод" is no "Курганское отделение ..."
    return 0 < len(a) < len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=False))


def _is_kind_named(short: str, long_: str) -> bool:
    """Whether ``long_`` is ``short`` after lower-case words of its kind ("язовир Извор" of "Извор")."""
    a, b = short.split(), long_.split()
    extra = b[: len(b) - len(a)]
    # The first word may be capitalized at a sentence start ("Язовир Прибой е ...").
    return (
        0 < len(a) < len(b)
        and b[len(extra) :] == a
        and all(w[1:].islower() for w in extra)
        and (all(w.islower() for w in extra[1:]))
    )


def merge_shortened(institutions: list[Institution]) -> list[Institution]:
    """Institutions without the ones that are only the start of another's name.

    A body is first named in full and then shortened ("Законодательное собрание"), or the
    NER cuts a name at its place ("СУ" of "СУ „Димитър Благоев“"): the short one merges
    into the longest full name it starts, in either order of mention.
    """
    out: list[Institution] = []
    for inst in institutions:
        fuller = [
            o
            for o in institutions
            if o is not inst
            and (
                _is_prefix_name(inst.name, o.name)
                or _is_kind_named(inst.name, o.name)
                or _abbreviates(inst.name, o.name)
                or _abbreviates_part(inst.name, o.name)
                or _quoted_in(inst.name, o.name)
                or _generic_of(inst.name, o.name)
                or _words_skipped(inst.name, o.name)
                or _abbreviated_with_name(inst.name, o.name)
            )
        ]
        # The same name with its town written another way ("... – Русе", "... в Русе").
        fuller = fuller or [o for o in out if _core(o.name) == _core(inst.name)]
        if not fuller:
            out.append(inst)
            continue
        target = max(fuller, key=lambda o: len(o.name))
        target.mentions.extend(m for m in inst.mentions if m not in target.mentions)
        target.visited = target.visited or inst.visited
    return out


def _quoted_in(short: str, long_: str) -> bool:
    """Whether ``short`` is the quoted name inside ``long_`` ("Кораблик" of "детский сад «Кораблик»",
    "Нагорская СОШ" of "МКОУ «Нагорская СОШ»")."""
    key = institution_key(short)
    return len(long_) > len(short) and any(
        institution_key(q) == key for q in re.findall(r"[«„“\"]([^«»„“”\"]+)[»“”\"]", long_)
    )


def _generic_of(short: str, long_: str) -> bool:
    """Whether a lower-case ``short`` ("социальный центр") has only words of ``long_``, which has more."""
    if not short[:1].islower():
        return False
    stems, pool = _stems(short), _stems(long_)
    return 0 < len(stems) < len(pool) and all(s in pool for s in stems)


# Words of the longest name that may stand for a fuller one with words left out.
_MAX_SKIPPING = 3


def _words_skipped(short: str, long_: str) -> bool:
    """Whether ``short`` is ``long_`` with words left out of its middle, its first and last word
    kept ("Кяхтинский музей" of "Кяхтинский краеведческий музей")."""
    a, b = _words_of(short), _words_of(long_)
    if len(a) < 2 or len(b) <= len(a) or not (_same_word(a[0], b[0]) and _same_word(a[-1], b[len(b) - 1])):
        return False
    if any(w.isdigit() for w in b) or len(a) > _MAX_SKIPPING:
        return False  # "школа №3" is not "школа искусств №3"; long descriptive names differ in a word
    rest = iter(b[1:-1])
    return all(any(_same_word(w, x) for x in rest) for w in a[1:-1])


def _abbreviates_part(short: str, long_: str) -> bool:
    """Whether one capitalized abbreviation in ``short`` stands for words of ``long_`` between the
    same words around it: "КЦСОН Боханского района" of "комплексный центр социального обслуживания
    населения Боханского района", "Михайловская МРБ" of "Михайловская межрайонная больница"."""
    a, b = _words_of(short), _words_of(long_)
    caps = [i for i, w in enumerate(short.split()) if w.isalpha() and w.isupper() and 2 <= len(w) <= 6]
    if len(caps) != 1 or len(a) != len(short.split()) or len(a) < 2 or len(b) <= len(a):
        return False
    at = caps[0]
    before, after = a[:at], a[at + 1 :]
    if not all(_same_word(x, y) for x, y in zip(before, b, strict=False)):
        return False
    if after and not all(_same_word(x, y) for x, y in zip(after, b[len(b) - len(after) :], strict=True)):
        return False
    middle = [w for w in b[len(before) : len(b) - len(after)] if len(w) >= 3]
    return _spells(a[at], tuple(middle))


def _spells(abbreviation: str, words: tuple[str, ...]) -> bool:
    """Whether the words spell ``abbreviation``, each giving its first letter and maybe more letters
    from inside it in order ("мрб": "межрайонная" gives "мр", "больница" "б")."""
    if not words or not abbreviation:
        return not words and not abbreviation
    word = words[0]
    if abbreviation[0] != word[0]:
        return False
    for more in range(len(abbreviation)):
        if _in_order(abbreviation[1 : 1 + more], word[1:]) and _spells(abbreviation[1 + more :], words[1:]):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in letters)


_PLACE_LINKS = frozenset({"-", "–", "—", "в", "във", "во"})


@functools.lru_cache(maxsize=4096)
def _core(name: str) -> str:
    """The comparison key of a name without a town written after it ("... – Русе", "... в Русе")."""
    words = name.split()
    for n in range(1, 4):
        link = len(words) - n - 1
        if link < 1 or not words[link + 1][:1].isupper():
            break
        if words[link] in _PLACE_LINKS and all(w[:1].isupper() for w in words[link + 1 :]):
            return institution_key(" ".join(words[:link]))
    return institution_key(name)


# A site ("Накануне.RU", "Охотники.ру"), a social-network handle ("UrFO_INFO"), and scraped words
# run together ("КавказаМинистр"): no institution's name.
_SITE = re.compile(r"(?:^|\w)\.(?:ru|рф|ру|bg|бг|com|net|org|info)\b", re.IGNORECASE)
_HANDLE = re.compile(r"[A-Za-z0-9]_[A-Za-z0-9]")
_GLUED = re.compile(r"(?<![а-яё])[а-яё]{4,}[А-ЯЁ][а-яё]{3}")  # tried at word starts only: linear


def _is_media(view: TextView, name: str) -> bool:
    """A news agency, press office, newspaper or web site: the source of the article."""
    if _SITE.search(name) or _HANDLE.search(name) or _GLUED.search(name):
        return True
    if not any("а" <= c <= "я" or "a" <= c <= "z" for c in name.casefold()):
        return True  # mis-decoded text ("ÁÒÀ") or no letters at all
    words = _words_of(name)
    media = view.vocab.media_names
    return any(p.match_at(words, i) for i, word in enumerate(words) for p in media.starting_with(word))


def _named_as_media(view: TextView, ent: Span) -> bool:
    """Whether a media word stands right before the name ("ИГ «Четвертая власть»", "газета
    «...»"), or the name is in a site's header line ("АвтоМир / Дороги")."""
    first, _ = view.word_span(ent)
    before = first - 1
    if before > 0 and view.words[before] in _QUOTES:
        before -= 1
    if before >= 0 and view.sents[before] == view.sents[first]:
        media = view.vocab.media_names
        if any(p.match_at(view.words, before) for p in media.starting_with(view.words[before])):
            return True
    return _in_header_line(view.text, ent.start_char, ent.end_char)


# A rubric or breadcrumb line of a scraped page: a few words parted by slashes or bars.
_HEADER_SEPARATOR = re.compile(r"\s[/|•]\s")
_HEADER_WORDS = 8


def _in_header_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line.split()) <= _HEADER_WORDS and _HEADER_SEPARATOR.search(line) is not None


def _place_taken_for_body(view: TextView, ent: Span) -> bool:
    """A place the NER called an organization: a name after a kind of place ("в местността
    „Х“"), or a settlement ("от дома в Крушари" names where, not who)."""
    first, _ = view.word_span(ent)
    kind = first - 2 if first > 1 and view.words[first - 1] in _OPEN_QUOTES else first - 1
    if kind >= 0 and view.words[kind] in view.vocab.place_kind_nouns:
        return True
    if first == 0 or view.words[first - 1] not in view.vocab.location_preps:
        return False
    after_place = (
        first > 1 and (first - 2) in view.ent_of_word and view.ent_of_word[first - 2].label_ == "LOC"
    )
    if after_place and ent.text.split()[-1] in view.vocab.bare_kinds:
        return True  # "село Заря в Саратска община": the division a settlement lies in
    if len(ent.text.split()) > 1 or any(q in ent.text for q in _QUOTES) or ent.text.isupper():
        return False  # "в Община Елена" is the body, wherever the gazetteer also has its name
    return bool(get_resolver().lookup(ent.text, view.vocab_lang))


# Words from which a name wholly in quotes is a clause: words said or a headline.
_MIN_QUOTED_CLAUSE = 5


def _is_quotation(name: str) -> bool:
    """Whether the name is one quoted stretch of five words or more ("„Няма да приемем ...“"):
    the NER took a quotation for a name. A body's quoted name comes with its kind outside the
    quotes ("„Български ВиК холдинг“ ЕАД", "фондация „...“")."""
    inner = name[1:-1]
    return (
        name[:1] in _OPEN_QUOTES
        and name[-1:] in _CLOSE_QUOTES
        and not any(q in inner for q in _QUOTES)
        and len(inner.split()) >= _MIN_QUOTED_CLAUSE
    )


def not_institution(view: TextView, name: str) -> bool:
    """A union of states, a party, an event or a plot of land: never an institution of a visit."""
    key = institution_key(name)
    return key in view.vocab.non_institutions or any(
        w in view.vocab.non_institution_nouns for w in key.split()[:2]
    )


def _only_mentioned(view: TextView, ent: Span, mentioned: Sequence[Span]) -> bool:
    """Whether the mention follows a reporting cue ("сообщает ...", "Фото:") or a cue that only
    names it ("училась в ...", "соглашения между ..."), or is coordinated with a mention that
    does ("между <ORG> и <ORG>"). ``mentioned`` are the earlier mentions found so."""
    first, _ = view.word_span(ent)
    sent = view.sents[first]
    cues = view.cues(view.vocab.reporter_cues) + view.cues(view.vocab.mention_cues)
    if any(c.sent == sent and 0 <= first - c.last <= 1 for c in cues):
        return True
    return any(_coordinated_after(view, view.word_span(m)[1], first) for m in mentioned)


def _coordinated_after(view: TextView, end: int, first: int) -> bool:
    """Whether only a coordinator, with quotes around it, stands between the word ``end`` (the
    end of a mention) and word ``first``: "«Газпрома», «Транснефти»", "между X и Y"."""
    between = view.words[end:first] if end < first else []
    return (
        any(w in _COORDINATORS for w in between)
        and all(w in _COORDINATORS or w in _QUOTES for w in between)
        and view.sents[end] == view.sents[first]
    )


def add_organizations(
    institutions: list[Institution], organizations: Sequence[tuple[str, list[Span]]]
) -> list[Institution]:
    """``institutions`` with the officials' organizations that are not among them, not visited.

    ``organizations`` are (name, mentions) pairs: each official's organization, with the
    mentions that place it in the text (the organization's own or its official's).
    """
    out = list(institutions)
    for name, mentions in organizations:
        key = institution_key(name)
        if len(key) < 2 or any(
            _same_institution(name, inst.name) or any(m in inst.mentions for m in mentions) for inst in out
        ):
            continue
        out.append(Institution(name=name, mentions=list(mentions)))
    return out


def _same_institution(a: str, b: str) -> bool:
    """The same name, one the start of the other, or one the abbreviation of the other."""
    if institution_key(a) == institution_key(b) or _is_prefix_name(a, b) or _is_prefix_name(b, a):
        return True
    short, long_ = sorted((a, b), key=len)
    return _abbreviates(short, long_)


def _abbreviated_with_name(short: str, long_: str) -> bool:
    """Whether ``short`` is the kind's abbreviation and the proper name of ``long_``: "ДГ Ралица"
    of "Детска градина с яслена група „Ралица“"."""
    words = short.split()
    if len(words) < 2 or not _abbreviates(words[0], " ".join(long_.split()[: len(words[0])])):
        return False
    quoted = re.search(r"[„“\"«]([^„“”\"«»]+)[“”\"»]", long_)
    return quoted is not None and institution_key(quoted.group(1)) == institution_key(" ".join(words[1:]))


def _abbreviates(short: str, long_: str) -> bool:
    """Whether ``short`` is the initials of ``long_`` ("АСП"; "ДК" of "обновленный Дом культуры",
    counted from its first capitalized word too)."""
    if not (short.isupper() and 2 <= len(short) <= 6 and short.isalpha()):
        return False
    capitalized = next((i for i, w in enumerate(long_.split()) if w[:1].isupper()), 0)
    named_part = " ".join(long_.split()[capitalized:])
    # The town written after the name is no part of it ("НКБ" of "... кардиологична болница в София").
    return short.casefold() in (_initials(long_), _initials(named_part), _initials(_core(long_)))


def find_institutions(
    view: TextView,
    affiliations: list[Span],
    inside_positions: Sequence[tuple[int, int]] = (),
    referred: Sequence[Span] = (),
) -> list[Institution]:
    """Institutions in order of first mention.

    ``affiliations`` are the organizations written beside officials' positions: ORG
    mentions, and organizations named only by a position ("заместитель министра
    труда ...": the ministry). ``referred`` are those an official's position points
    back to ("управител на услугата"). Mentions within ``inside_positions`` (char
    ranges) are units named in a position ("началник на отдел ..."), not
    institutions of their own.
    """
    affiliated = {(s.start_char, s.end_char) for s in affiliations}
    ents = [e for e in view.ents if e.label_ == "ORG"]
    ents += [s for s in [*affiliations, *referred] if s.label_ == "ORG" and s not in ents]
    ents += _quoted_places_visited(view)
    found: dict[str, Institution] = {}
    ents.sort(key=lambda e: e.start_char)
    aliases = _abbreviation_aliases(view, ents)
    # An abbreviation defined in brackets shares its name's visited flag: no cue of its own.
    defined = {(a.start_char, a.end_char) for e in ents if (a := _abbreviation_after(view, e)) is not None}
    visited_mentions: list[Span] = []
    # Institutions named only as the article's source or in passing ("училась в ..."): dropped at
    # the end unless named otherwise too.
    reporters: set[str] = set()
    mentioned_only: list[Span] = []
    participants: set[str] = set()
    generic = view.vocab.generic_modifiers
    # Bodies whose official receives the guests ("посрещнати от кмета на Община Х"): the place
    # visited when the visitors went to no facility.
    hosts: list[Institution] = []
    for ent in ents:
        # A unit named in a position is no institution; the body the position names is.
        inside = any(start <= ent.start_char < end for start, end in inside_positions)
        if inside and (ent.start_char, ent.end_char) not in affiliated:
            continue
        name = display_name(view, ent)
        key = institution_key(name)
        if (
            len(key) < 2
            or key in view.vocab.bare_kinds
            or _is_media(view, name)
            or _is_quotation(name)
            or _named_as_media(view, ent)
            or not_institution(view, name)
            or _place_taken_for_body(view, ent)
        ):
            continue
        key, name = aliases.get(key, (key, name))
        is_affiliation = (ent.start_char, ent.end_char) in affiliated
        was_visited = (ent.start_char, ent.end_char) not in defined and _visited(
            view, ent, affiliated, visited_mentions
        )
        if was_visited:
            visited_mentions.append(ent)
        only_mentioned = not is_affiliation and _only_mentioned(view, ent, mentioned_only)
        if only_mentioned:
            mentioned_only.append(ent)
        for one in split_coordinated(name, view.vocab.plural_place_nouns) or split_numbered(name):
            one_key = institution_key(one) if one != name else key
            inst = found.get(one_key)
            # A generic re-mention ("региональное правительство") only points back to a body
            # named before: it does not make a source of the article a participant.
            remention = (
                inst is None and (inst := _generic_remention(one, found.values(), generic)) is not None
            )
            if inst is None:
                inst = found[one_key] = Institution(name=one)
            if ent not in inst.mentions:
                inst.mentions.append(ent)
            if only_mentioned:
                reporters.add(inst.name)
            elif not remention:
                participants.add(inst.name)
            inst.visited = inst.visited or was_visited
            if is_affiliation and _is_body(view, ent) and _receives(view, ent):
                hosts.append(inst)
    for inst in _referred_back_visited(view, list(found.values())):
        inst.visited = True
    if view.vocab.host_body_visited and not any(i.visited and i not in hosts for i in found.values()):
        for inst in hosts:
            inst.visited = True
    kept = [i for i in found.values() if i.name in participants or i.name not in reporters]
    return merge_shortened(kept)

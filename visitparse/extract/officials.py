"""Officials: a person, the position written next to the name, and the organization.

Positions attach in both orders: before the name ("первый заместитель
министра Виктория Торукало", "директор <ORG> Зульфира Маскулова") and after
it ("Милица Иванова - управител на <ORG>"). Positions come out in the
nominative from the language's position list; organizations are the lemma of
the ORG entity next to the position. Repeated mentions of one person (full
name, surname alone, initials) become one official.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from visitparse.document import char_span
from visitparse.extract.context import DASHES, Cue, TextView
from visitparse.extract.institutions import _abbreviation_aliases, display_name, institution_key
from visitparse.extract.persons import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    looks_like_name,
    not_a_participant,
    quoted_name,
)
from visitparse.extract.regions import get_resolver
from visitparse.extract.titles import BODY, full_title, grow_tail, quoted_end, remit_end
from visitparse.lang.bg.lemma import rule_lemma
from visitparse.lang.names import PersonWords, get_person_words
from visitparse.lang.ru.nominative import nominative, part_of_speech
from visitparse.lang.vocab import PhraseSet

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
    # Whether ``name`` is written in the text as it stands (a nominative mention).
    verbatim: bool = False
    # What the title says after its body or place: the place ("президент | Грузии") and a remit
    # after either; kept apart from ``position`` so that titles compare as titles (sides, repeated
    # mentions).
    position_tail: str | None = None

    @property
    def surname(self) -> str:
        return _surname(self.name)

    @property
    def full_position(self) -> str | None:
        """The position as records give it: with the place and remit written after the title."""
        if self.position and self.position_tail:
            return f"{self.position} {self.position_tail}"
        return self.position


# Memoized: names are compared with every official found before them.
@functools.lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    parts = [p for p in re.split(r"[\s.]+", name) if p]
    return parts[-1].casefold().replace("ё", "е") if parts else ""


def _same_surname(a: str, b: str) -> bool:
    """Equal up to a gender or case ending ("Мельникова" / "Мельников")."""
    if a == b:
        return True
    n = min(len(a), len(b))
    return n >= 5 and abs(len(a) - len(b)) <= 2 and a[: n - 1] == b[: n - 1]


@functools.lru_cache(maxsize=4096)
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
    A bare place word ("министра области") names no organization, and where a portfolio
    follows a link word, the words after a minister name a ministry only after one: "министър
    на ..." (not "министър от кабинета в сянка", "министър, отговарящ за ...").
    """
    words = [i for i in range(first, last) if view.words[i] not in view.vocab.titles]
    links = view.vocab.portfolio_links
    if not words or (links and view.words[words[0]] not in links):
        return None
    content = [i for i in words if i not in locs and any(ch.isalpha() for ch in view.words[i])]
    if len(content) <= 1 and all(len(view.words[i]) < 12 for i in content):
        return None
    head = cue.value.split()[-1]
    for key, noun in view.vocab.position_org_nouns:
        # Not a compound that only starts with the noun: "министър-председател" heads no ministry.
        if head.startswith(key) and not head[len(key) :].startswith("-"):
            start, end = view.starts[words[0]], view.ends[words[-1]]
            return char_span(view.doc, start, end, "ORG", f"{noun} {view.text[start:end]}")
    return None


# Place nouns among the body nouns: "губернатора | области" says where, and names no body.
_RU_PLACE_STEMS = ("област", "кра", "республик", "округ", "город", "район", "регион", "стран")


def _genitive_body(view: TextView, first: int, last: int) -> Span | None:
    """A body written in lower case between a Russian title and the name: its adjectives, its noun
    and the names of its place: "зампред | минского облисполкома | Иван Петров" -> "минский
    облисполком", "советник | посольства Шри-Ланки в РФ" -> "посольство Шри-Ланки в РФ"."""
    words = view.words
    if view.vocab.body_links or last - first < 2:
        return None
    noun = next((k for k in range(first, last) if words[k].startswith(view.vocab.tail_stops)), None)
    if noun is None or words[noun].startswith(_RU_PLACE_STEMS) or not _lowercase_word(view, noun):
        return None
    for k in range(first, noun):
        if (
            k in view.ent_of_word
            or not _lowercase_word(view, k)
            or part_of_speech(words[k]) not in ("ADJF", "PRTF")
        ):
            return None
    k = noun + 1
    while k < last:  # the place: names, with "в" between ("Шри-Ланки в РФ")
        if not _named(view, k) and not (
            words[k] in view.vocab.location_preps and k + 1 < last and _named(view, k + 1)
        ):
            return None
        k += 1
    head = " ".join(nominative(view.text[view.starts[first] : view.ends[noun]].split()))
    lemma = head + view.text[view.ends[noun] : view.ends[last - 1]]
    label = "ORG" if view.vocab.portfolio_body_takes_part else BODY
    return char_span(view.doc, view.starts[first], view.ends[last - 1], label, " ".join(lemma.split()))


def _named(view: TextView, k: int) -> bool:
    """A word of a name: inside an entity, or capitalised."""
    return k in view.ent_of_word or view.text[view.starts[k]].isupper()


# Words that close an apposition after a name, besides a comma.
_RELATIVES = frozenset({"който", "която", "които", "което", "который", "которая", "которые", "которое"})


def _apposition(view: TextView, first: int, name: int) -> bool:
    """Whether the name at ``name`` stands between commas (or a comma and a relative pronoun)."""
    ent = view.ent_of_word.get(name)
    if first < 2 or view.words[first - 1] != "," or ent is None:
        return False
    after = view.word_span(ent)[1]
    if after >= len(view.words) or view.words[after] in _RELATIVES:
        return after < len(view.words)
    if view.words[after] != ",":
        return False
    # "Анна Петрова, омбудсман ..., Иван Танев, ръководител ...": each name's title follows it.
    return after + 1 >= len(view.words) or view.vocab.positions.match_at(view.words, after + 1) is None


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
    name = first
    first = _before_honorifics(view, first)
    # "кметът на община Попово – д-р Людмил Веселинов": a dash right before the name ends the title;
    # so does a comma that opens an apposition closed after the name ("посланикът ..., Иван Петров, който").
    dashed = first > 0 and (view.words[first - 1] in DASHES or _apposition(view, first, name))
    for cue in positions:
        end = first - 1 if dashed and cue.last < first - 1 else first
        # From the honorifics on: their dot ("доц. Ангел ...") may end a sentence for the segmenter.
        if cue.last > end or cue.sent != view.sents[first]:
            continue
        if first - cue.last > MAX_GAP:
            continue
        gap = range(cue.last, end)
        # A plural title heads the list of names after it; otherwise "директор центра, и Анна ..."
        # is a list, not an apposition.
        listed = bool(gap) and _heads_list(view, cue, end)
        if not listed and any(_breaks_gap(view, i, orgs, locs) for i in gap):
            continue
        if gap and view.words[end - 1] in {",", "и"} and not listed:
            continue
        if gap and view.words[end - 1] in view.vocab.portfolio_links:
            continue  # "депутати от партията на | Анна Петрова": whose party, not who holds the title
        if gap and not listed and _another_clause(view, gap):
            continue
        org = next((orgs[i] for i in gap if i in orgs), None)
        org_text = None
        if org is None:
            org_text = _gap_org(view, cue, cue.last, end, orgs, locs) or _genitive_body(view, cue.last, end)
        if (
            org is None
            and org_text is None
            and not listed
            and sum(1 for i in gap if i not in locs) > MAX_FREE_GAP
        ):
            continue
        if best is None or cue.last > best.cue.last:
            best = _Attachment(cue, org, org_text)
    if best is not None and best.cue.value in view.vocab.rank_titles and best.cue.last == first:
        # "началникът на РД ПБЗН – Велико Търново комисар Иван Петров": the rank is worn, the office held.
        earlier = [c for c in positions if c.last <= best.cue.first]
        return _position_before(view, best.cue.first, earlier, orgs, locs) or best
    return _Attachment(_chained(view, best.cue, positions), best.org, best.org_text) if best else None


def _another_clause(view: TextView, gap: range) -> bool:
    """Whether an "и" right after a Russian title joins it to another noun, not to the name after
    them: "президент | и первая леди | Анна Петрова". (A verb between does not part them: "главой
    которого является | архиепископ ...", "место спикера ... занял | ...".)"""
    return view.vocab_lang == "ru" and view.words[gap[0]] == "и"


def _chained(view: TextView, cue: Cue, positions: list[Cue]) -> Cue:
    """A title with the one written right before it and a comma: one person holds both
    ("полномочного министра, советника посольства ..." -> "министр, советник")."""
    comma = cue.first - 1
    if comma < 1 or view.words[comma] != ",":
        return cue
    before = next((c for c in positions if c.last == comma and c.sent == cue.sent), None)
    if before is None or before.value in view.vocab.role_titles:
        return cue
    return Cue(before.start, cue.end, before.first, cue.last, cue.sent, f"{before.value}, {cue.value}")


_LIST_DASHES = frozenset({"-", "–", "—"})
# Words that make the title after them a part of an earlier title's tail, not a list item.
_LINKS_INTO_TITLE = frozenset({"на", "към", "при"})


def _title_before_comma(
    view: TextView, first: int, positions: list[Cue], orgs: dict[int, Span], locs: dict[int, Span], prev: int
) -> _Attachment | None:
    """The title before ", Name" in a list that opens with a title ("встретили: заместитель
    председателя правительства, Иван Петров, уполномоченный по правам ребенка, Анна Котова"):
    each title is the next name's, not an apposition of the name before it. ``prev`` is the last
    word of the previous name read that way, so that the list goes on."""
    comma = _before_honorifics(view, first) - 1
    if comma < 1 or view.words[comma] != ",":
        return None
    for cue in positions:
        if cue.last > comma or comma - cue.last > MAX_LIST_BODY or cue.sent != view.sents[comma]:
            continue
        # the body or place the title names ("Республики Дагестан", "на Хасково")
        body = range(cue.last, comma)
        if any(i not in orgs and i not in locs and view.words[i] not in view.vocab.org_links for i in body):
            continue
        k = cue.first - 1
        before = view.words[k] if k >= 0 else ""
        if k in view.person_words or before in _LINKS_INTO_TITLE or before in view.vocab.org_links:
            continue  # "Иван Петров министр ...", or a title inside another's tail ("към ... на омбудсмана")
        if before in _DASHES | _LIST_DASHES and k - 1 in view.person_words and k - 1 != prev:
            continue  # "Иван Петров, министр ..., Анна Котова": the title is Иван Петров's
        org = next((orgs[i] for i in body if i in orgs), None)
        return _Attachment(cue, org, None)
    return None


def _before_honorifics(view: TextView, first: int) -> int:
    """The word where the honorifics before a name start ("д-р", "засл.проф.", "доц."), else ``first``."""
    k = first
    while k > 0:
        word = view.words[k - 1]
        if word in view.vocab.titles or (word.endswith(".") and 1 < len(word) <= 10 and word[0].isalpha()):
            k -= 1
        elif word == "." and k > 1 and _split_honorific(view, k - 2):
            k -= 2  # an abbreviation the tokenizer split from its dot ("засл.проф" ".")
        else:
            break
    return k


def _split_honorific(view: TextView, k: int) -> bool:
    """Whether word ``k``, followed by a lone dot, is an abbreviated honorific ("засл.проф", "доц")
    rather than the last word of a sentence ("... правительства Абхазии. Владимир Делба")."""
    word = view.words[k]
    if not word.replace(".", "").isalpha() or len(word) > 10:
        return False
    written = view.text[view.starts[k] : view.ends[k]]
    # "доц", and "Н. Пр." (Негово Превъзходителство); not "РФ" closing a sentence
    short = len(word) <= 4 and (written.islower() or (len(word) <= 3 and not written.isupper()))
    return "." in word or f"{word}." in view.vocab.titles or short


_LIST_WORDS = frozenset({",", "и", ":", "-", "–", "—"})
# Words of a body named between a plural title and its list ("депутаты Законодательного собрания").
MAX_LIST_BODY = 6


def _heads_list(view: TextView, cue: Cue, end: int) -> bool:
    """Whether the title before a list of names is every listed person's: a plural title
    ("народните представители X и Y", "депутаты областной Думы X, Y и Z", its body between)
    or one before a colon ("сенатора: X и Y")."""
    # The head noun opens a Russian title ("председатели комитетов") and closes a Bulgarian one.
    plural = any(view.words[k].endswith(view.vocab.plural_endings) for k in (cue.first, cue.last - 1))
    start = cue.last
    if plural:
        start = _after_list_body(view, cue.last, end)
    for i in range(start, end):
        word = view.words[i]
        if not (i in view.person_words or word in _LIST_WORDS or word in view.vocab.titles):
            return False
    return view.words[cue.last] == ":" or plural


def _after_list_body(view: TextView, start: int, end: int) -> int:
    """Past the name of the body a plural title may name before its list: words up to the first
    person, with no list word or break among them; ``start`` when there is none."""
    i = start
    while i < end and i - start < MAX_LIST_BODY and i not in view.person_words:
        if view.words[i] in _LIST_WORDS or view.is_break(i):
            return start
        i += 1
    return i if i in view.person_words else start


def _position_after(
    view: TextView, first: int, last: int, positions: dict[int, Cue], orgs: dict[int, Span]
) -> _Attachment | None:
    i = last
    while i < len(view.words) and i < last + 2 and view.words[i] in _DASHES:
        i += 1
    cue = positions.get(i)
    # A position right after a name with no dash or comma between belongs to the next person; a
    # plural one after a name that ends no list opens the next clause ("По просьбе Ивана
    # Петрова, депутаты ...").
    if cue is None or i == last or (_plural_head(view, cue) and not _ends_list(view, first)):
        return None
    j = cue.last
    # "Иван Петров, депутат от <партия>": a member's body follows "от" too.
    links = view.vocab.org_links | (view.vocab.origin_preps if _party_title(view, cue.value) else set())
    while j < len(view.words) and view.words[j] in links and j < cue.last + 2:
        j += 1
    if j not in orgs and _kind_noun(view, j):  # "Иван Петров, директор компании «Ландыш»"
        k = j + 1
        k += k < len(view.words) and view.words[k] in OPEN_QUOTES
        j = k if k in orgs else j
    org = orgs.get(j)
    end = view.word_span(org)[1] if org is not None else cue.last
    end += end < len(view.words) and view.words[end] in CLOSE_QUOTES  # "«Левый фронт» Сергей ..."
    if _person_at(view, cue.last) or _person_at(view, end):
        return None  # "A, B, заместитель председателя C": the title opens the next name's mention
    return _Attachment(cue, org, None)


def _kind_noun(view: TextView, k: int) -> bool:
    """Whether word ``k`` is a body's kind written in lower case ("компании", "движения")."""
    return (
        k < len(view.words) and _lowercase_word(view, k) and view.words[k].startswith(view.vocab.tail_stops)
    )


def _title_tail(view: TextView, cue: Cue, locs: dict[int, Span], orgs: dict[int, Span]) -> str | None:
    """What a Russian title says after its body or place, as written: the place ("губернатор |
    Псковской области", "президент | Грузии": records keep it in the position, as an envoy's
    country) and a remit after either ("заместитель губернатора | Тверской области | по
    социальным вопросам", "заместитель главы | администрации города | по ..."). A minister's place
    goes with the ministry, his organization ("министр культуры | Тверской области")."""
    j = cue.last
    if view.vocab_lang != "ru" or j >= len(view.words):
        return None
    body = locs.get(j) or orgs.get(j)
    if body is None or view.word_span(body)[0] != j:
        return None
    after = view.word_span(body)[1]
    place = body.label_ == "LOC"
    words = [body.text] if place and not cue.value.startswith(view.vocab.portfolio_heads) else []
    led = place or str(body._.lemma or body.text).casefold().startswith(view.vocab.remit_bodies)
    end = (
        remit_end(view, after) if led and after < len(view.words) and view.sents[after] == cue.sent else after
    )
    if end > after:
        words.append(view.text[view.starts[after] : view.ends[end - 1]])
    return " ".join(" ".join(words).split()) or None


def _ends_list(view: TextView, first: int) -> bool:
    """Whether the name at word ``first`` closes a list of names ("Иван Петров и Анна Котова")."""
    return first > 1 and view.words[first - 1] in {",", "и"} and first - 2 in view.person_words


def _plural_head(view: TextView, cue: Cue) -> bool:
    """Whether the title's head noun is plural: the first word of a Russian title, the last of a
    Bulgarian one ("депутаты областной Думы", "народните представители")."""
    head = cue.last - 1 if view.vocab_lang == "bg" else cue.first
    return view.words[head].endswith(view.vocab.plural_endings)


def _person_at(view: TextView, k: int) -> bool:
    ent = view.ent_of_word.get(k)
    return ent is not None and ent.label_ == "PER" and view.word_span(ent)[0] == k


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


MAX_UNIT_WORDS = 10


def _with_subunit(view: TextView, cue: Cue) -> Cue:
    """The position with the unit it heads or works in, when the text names one.

    "началник на отдел „Закрила на детето“", "консультант отдела долговременного
    ухода", "заведующая отделением социального обслуживания": the unit is part
    of the position; the organization is what follows it.
    """
    words, units = view.words, view.vocab.subunit_starts
    j = cue.last
    unit = units.match_at(words, j) if j < len(words) else None
    if unit is not None and view.text[view.starts[j + len(unit.words) - 1]].isupper():
        unit = None  # "директор на Дирекция „Социално подпомагане“": a body of its own, not a unit
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
    if j < len(view.words) and text[view.starts[j]].startswith(OPEN_QUOTES):
        for k in range(j, min(j + MAX_UNIT_WORDS + 2, len(view.words))):
            if view.sents[k] != sent:
                break
            if text[view.ends[k] - 1] in CLOSE_QUOTES and (k > j or view.ends[k] - view.starts[k] > 1):
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


def _ministry_as_written(view: TextView, org: Span, locs: dict[int, Span]) -> Span:
    """A ministry a portfolio names, as the text names it elsewhere by its short name with the
    same place: "заместитель министра сельского хозяйства Марий Эл" of "Минсельхоз Марий Эл"."""
    head, _, portfolio = str(org._.lemma or org.text).casefold().partition(" ")
    shorts = view.vocab.ministry_short_names
    if head != "министерство" or not shorts:
        return org
    end = view.word_span(org)[1]
    place = locs.get(end)
    if place is None or view.word_span(place)[0] != end:
        return org
    where = str(place._.lemma or place.text).casefold()
    for ent in view.ents:
        short, _, rest = str(ent._.lemma or ent.text).partition(" ")
        stands_for = shorts.get(short.casefold())
        if (
            ent.label_ == "ORG"
            and stands_for
            and portfolio.startswith(stands_for)
            and _same_place(rest, where)
        ):
            return ent
    return org


def _same_place(a: str, b: str) -> bool:
    """The same place in any case ("Тверской области" / "Тверская область"): word stems agree."""
    x, y = a.casefold().split(), b.casefold().split()
    return bool(x) and len(x) == len(y) and all(u[:4] == v[:4] for u, v in zip(x, y, strict=True))


def _headed_body(view: TextView, org: Span, cue: Cue) -> Span | None:
    """An ORG mention that opens on the title's last word and names more: "глава администрации
    Пскова" heads "администрация Пскова"."""
    first, last = view.word_span(org)
    if cue.last - cue.first < 2 or first != cue.last - 1:
        return None
    # A name after the title ("Пскова"), not a common noun ("администрации села").
    return org if any(view.text[view.starts[k]].isupper() for k in range(cue.last, last)) else None


def find_officials(view: TextView, lang: str) -> list[Official]:
    """Officials of the document, one per person, in order of first mention."""
    resolver = get_resolver()
    person_words = get_person_words(lang)
    trimmed = (_outside_names(view, c) for c in view.cues(view.vocab.positions))
    cues = [c for c in trimmed if c is not None]
    titles = [full_title(view, _with_subunit(view, c)) for c in cues]
    positions = [t.cue for t in titles]
    title_words = frozenset(i for c in positions for i in range(c.first, c.last))
    title_ends = frozenset(c.last for c in positions)
    bodies = {t.cue: t.body for t in titles if t.body is not None}
    by_start = {c.first: c for c in positions}
    orgs = _entity_words(view, "ORG")
    locs = _entity_words(view, "LOC")
    aliases = _abbreviation_aliases(view, sorted(set(orgs.values()), key=lambda e: e.start_char))
    people: list[Official] = []
    used: set[int] = set()  # first words of the titles some name took
    named_only: list[str] = []  # names of people the article only names (namesakes, authors)
    title_first_end = -1  # last word of the latest name whose title came before it and a comma
    for ent in view.ents:
        if ent.label_ != "PER":
            continue
        name = _clean_name(view, ent)
        place = resolver.resolve(ent.text, lang, lemma=name)
        if not looks_like_name(name, person_words.place_nouns) or (
            place is not None
            and len(place.matched) >= len(ent.text) - 2
            and not _after_clergy(view, ent, person_words)
            and view.word_span(ent)[0] not in title_ends  # "премиерът Мей": a surname, no town
        ):
            continue  # "гостите", a town or a demonym tagged as a person
        if quoted_name(view, ent) or not_a_participant(view, ent, person_words, title_words):
            named_only.append(name)
            continue  # a facility named after someone („Д. Басарбовски“), a byline
        first, last = view.word_span(ent)
        found = _position_before(view, first, positions, orgs, locs)
        after = _position_after(view, first, last, by_start, orgs)
        if found is None:
            found = _title_before_comma(view, first, positions, orgs, locs, title_first_end)
            if found is not None:
                after, title_first_end = None, last - 1
        if found is None or (after is not None and found.cue.value in view.vocab.role_titles):
            found = after  # "с ръководител Х – заместник-председател на ...": the office, not the role
        person = _merge_target(people, name)
        verbatim = " ".join(view.text[ent.start_char : ent.end_char].split()) == name
        if person is None:
            person = Official(name=name, verbatim=verbatim)
            people.append(person)
        elif _fuller(name, person.name) or (
            verbatim and not person.verbatim and not _fuller(person.name, name)
        ):
            # A name written as it stands beats a lemma guessed from an inflected mention
            # ("Владимира Делба" -> "Владимир Делб").
            person.name, person.verbatim = name, verbatim
        person.mentions.append(ent)
        if found is not None:
            used.add(found.cue.first)
        fuller = found is not None and (
            person.position is None
            or _serves(view, person.position, found.cue.value)
            or (
                _fuller_title(found.cue.value, person.position)
                and not _serves(view, found.cue.value, person.position)
            )
        )
        if found is not None and (fuller or person.organization is None):
            found = _unit_in_org(view, found, orgs)
            found = _committee_as_body(view, found)
            if fuller:
                person.position, person.position_cue = found.cue.value, found.cue
                person.position_tail = _title_tail(view, found.cue, locs, orgs)
            org, named = _organization(view, ent, found, bodies, orgs, locs)
            if org is not None:
                org = _ministry_as_written(view, org, locs)
                person.organization_named = named
                person.organization = _expanded(view, display_name(view, org), aliases)
                person.organization_span = org
        if person.organization is None:
            org = (
                _affiliation_after(view, last, orgs)
                or _party_after(view, person, last, orgs)
                or _bracketed_org(view, last, orgs)
            )
            if org is not None:
                person.organization, person.organization_span = display_name(view, org), org
                person.organization_named = True
    _share_place_bodies(view, people)
    _delegation_members(view, people, orgs)
    _bare_titles(view, people, [c for c in positions if c.first not in used], person_words, title_words)
    kept = [p for p in people if _full_name(p.name) or _named_by_title(view, p, person_words)]
    return [p for p in kept if not _only_named(p, named_only)]


def _named_by_title(view: TextView, person: Official, words: PersonWords) -> bool:
    """One word that is a whole name here: a priest's ("настоятель храма о. Владимир"), or a
    surname the text gives only with a title ("директорът на болницата проф. Балтов"), or any
    surname written right after its title ("президентът Тръмп", "премиерът Мей")."""
    if len(person.name.split()) != 1 or not person.mentions:
        return False
    if any(_after_clergy(view, ent, words) for ent in person.mentions):
        return True
    if person.position is None:
        return False
    cue = person.position_cue
    right_after = cue is not None and any(view.word_span(m)[0] == cue.last for m in person.mentions)
    return right_after or person.name.casefold().endswith(view.vocab.surname_endings)


def _after_clergy(view: TextView, ent: Span, words: PersonWords) -> bool:
    """Whether a word for clergy stands right before the mention ("отец Владимир", "о. Владимир"):
    then a one-word name that is also a town's is the priest's."""
    k = view.word_span(ent)[0] - 1
    k -= 1 if k > 0 and view.words[k] == "." else 0
    return k >= 0 and view.words[k] in words.clergy_titles


def _only_named(person: Official, named_only: list[str]) -> bool:
    """A person without a title whom another mention shows to be only named: "школа имени
    Ивана Петрова ... Иван Петров следит за ремонтом" is the school's namesake, not a visitor."""
    return person.position is None and any(_merge_target([person], name) is not None for name in named_only)


def _delegation_members(view: TextView, people: list[Official], orgs: dict[int, Span]) -> None:
    """The members listed after "в составе делегации" belong to the delegation's body: the one
    named right after the cue ("делегации Народного Хурала"), else that of the person named last
    before it, who leads it ("Председатель Собрания ... побывал в районе. В состав делегации вошли
    депутат ...")."""
    for cue in view.cues(view.vocab.membership_cues):
        members = [p for p in people if any(_after_in_sentence(view, cue, m) for m in p.mentions)]
        if not any(p.organization is None for p in members):
            continue
        body = _delegation_body(view, cue, orgs)
        leader = _named_before(view, people, cue)
        led = leader.organization if leader is not None else None
        if body is None:
            if leader is None or led is None:
                continue
            name, span = led, leader.organization_span
        else:
            name, span = display_name(view, body), body
            if leader is not None and led is not None and _shortens(name, led):
                # "делегации Собрания" after "председатель Законодательного собрания": the full name
                name, span = led, leader.organization_span
        for person in members:
            if person.organization is None:
                person.organization, person.organization_span = name, span


def _shortens(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with words left out ("Собрание", "Хурал" of "Народный Хурал")."""
    stems = [w.casefold()[:4] for w in full.split()]
    words = short.split()
    return len(words) < len(stems) and all(w.casefold()[:4] in stems for w in words)


def _after_in_sentence(view: TextView, cue: Cue, mention: Span) -> bool:
    return mention.start_char >= cue.end and view.sentence_of(mention.start_char) == cue.sent


def _delegation_body(view: TextView, cue: Cue, orgs: dict[int, Span]) -> Span | None:
    """The ORG right after a membership cue, or after its link word ("делегацията на Община X")."""
    j = cue.last
    if j < len(view.words) and view.words[j] in view.vocab.org_links | view.vocab.body_links:
        j += 1
    org = orgs.get(j)
    return org if org is not None and view.word_span(org)[0] == j else None


def _named_before(view: TextView, people: list[Official], cue: Cue) -> Official | None:
    """The person named last before the cue, in its sentence or the one before."""
    best: tuple[int, Official] | None = None
    for person in people:
        for mention in person.mentions:
            at = mention.start_char
            if at < cue.start and cue.sent - view.sentence_of(at) <= 1 and (best is None or at > best[0]):
                best = (at, person)
    return best[1] if best is not None else None


def _bare_titles(
    view: TextView, people: list[Official], free: list[Cue], words: PersonWords, title_words: frozenset[int]
) -> None:
    """A title that opens a sentence on its own names the person of the sentence next to it:
    "Глава Адыгеи побывал в районе. | Иван Петров посетил ...", "Иван Петров осмотрел школу. |
    Губернатор отметил ...". Only where that sentence and the title's name no one else (no other
    name at all), the person has no title of their own and no one else holds the title."""
    owner = {id(mention): index for index, person in enumerate(people) for mention in person.mentions}
    by_sent: dict[int, set[int]] = {}
    for ent in view.ents:
        if ent.label_ != "PER" or (id(ent) not in owner and not_a_participant(view, ent, words, title_words)):
            continue  # a namesake ("школа имени Ивана Петрова") is no one in the story
        first, _ = view.word_span(ent)
        # "Редактор: Анна Петрова": a byline's name after a colon is no subject of the text.
        credited = first > 0 and view.sents[first - 1] == view.sents[first] and ":" in view.words[first - 1]
        by_sent.setdefault(view.sents[first], set()).add(-1 if credited else owner.get(id(ent), -1))
    held = {p.position for p in people}
    for cue in free:
        opens = cue.first == 0 or view.sents[cue.first - 1] != cue.sent
        plural = view.words[cue.last - 1].endswith(view.vocab.plural_endings)
        if not opens or plural or by_sent.get(cue.sent) or cue.value in held:
            continue
        named = by_sent.get(cue.sent - 1, set()) | by_sent.get(cue.sent + 1, set())
        if len(named) != 1 or -1 in named:
            continue
        person = people[named.pop()]
        if person.position is None:
            person.position, person.position_cue = cue.value, cue


def _full_name(name: str) -> bool:
    """Two words or more: a surname alone never became a full name, a single word is no one's
    whole name ("Президент", a town read as a person)."""
    return len([w for w in re.split(r"[\s.]+", name) if w]) >= 2


def _share_place_bodies(view: TextView, people: list[Official]) -> None:
    """A place head without a body takes the one a colleague's title names: the deputy mayor of
    the mayor's municipality, the nearest named before, else after."""
    for person in people:
        body = _place_body_name(view, person.position_cue) if person.position_cue else None
        if body is None or person.organization is not None or person.position_cue is None:
            continue
        at = person.position_cue.start
        others = [
            p for p in people if p.organization and p.organization_span and p.organization.startswith(body)
        ]
        before = [p for p in others if p.organization_span and p.organization_span.start_char < at]
        pick = before[-1] if before else (others[0] if others else None)
        if pick is not None:
            person.organization, person.organization_span = pick.organization, pick.organization_span


def _organization(
    view: TextView,
    ent: Span,
    found: _Attachment,
    bodies: dict[Cue, Span],
    orgs: dict[int, Span],
    locs: dict[int, Span],
) -> tuple[Span | None, bool]:
    """The organization of an official whose title ``found`` gives, and whether it is named beside
    the title: written there, named by it (a ministry, a mayor's municipality); else the
    delegation they lead or one implied."""
    org = found.org
    if org is not None and org.start_char < found.cue.end:
        org = _org_after_unit(view, org, found.cue) or _headed_body(view, org, found.cue)
    org = org or found.org_text or bodies.get(found.cue) or _place_body(view, found.cue, locs)
    if org is not None:
        return org, True
    org = (
        _led_org(view, found.cue, orgs)
        or _possessed_org(view, found.cue, orgs)
        or _nearest_body(view, found.cue, orgs, locs)
    )
    org = org or _unit_body(view, found.cue, orgs)
    if org is None and not _elsewhere(view, found.cue, locs):
        org = _implied_org(view, ent, found.cue, orgs)
    return org, False


def _elsewhere(view: TextView, cue: Cue, locs: dict[int, Span]) -> bool:
    """Whether the title says the person belongs elsewhere than the bodies around: a deputy (whose
    body is a party or parliament) or a title of a place ("омбудсман на Република Турция")."""
    if cue.value.startswith(view.vocab.party_titles):
        return True
    j = cue.last
    return j + 1 < len(view.words) and view.words[j] in view.vocab.org_links and j + 1 in locs


# How far back a possessive ("its director") may look for the organization it means.
MAX_POSSESSIVE_SENTS = 1


def _possessed_org(view: TextView, cue: Cue, orgs: dict[int, Span]) -> Span | None:
    """The organization a possessive before the title means: "... болница „X“ ... с неговия директор"."""
    if cue.first == 0 or view.words[cue.first - 1] not in view.vocab.possessives:
        return None
    for i in range(cue.first - 2, -1, -1):
        if cue.sent - view.sents[i] > MAX_POSSESSIVE_SENTS:
            break
        if i in orgs:
            return orgs[i]
    return None


# Letters of an abbreviation a text may use for a name it gives in full elsewhere.
MIN_ACRONYM, MAX_ACRONYM = 2, 6
# Words an abbreviation skips ("Министерство на труда и социалната политика" -> "МТСП").
_LINK_WORDS = frozenset({"на", "за", "и", "по", "в", "във", "към", "при", "с", "со", "от", "из", "для"})


def _spelled_out(view: TextView, name: str) -> str:
    """An abbreviation ("НКБ") as the name the text gives in full, when the initials of exactly
    one ORG mention's words spell it ("Национална кардиологична болница")."""
    if not (MIN_ACRONYM <= len(name) <= MAX_ACRONYM and name.isalpha() and name.isupper()):
        return name
    full = {
        lemma
        for ent in view.ents
        if ent.label_ == "ORG"
        and _initials(lemma := " ".join(str(ent._.lemma or ent.text).split())) == name.casefold()
    }
    return full.pop() if len(full) == 1 else name


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"\w+", name.casefold()) if w not in _LINK_WORDS]
    return "".join(w[0] for w in words) if len(words) >= MIN_ACRONYM else ""


def _expanded(view: TextView, name: str, aliases: dict[str, tuple[str, str]]) -> str:
    """An abbreviation's full name where the text defines it: "АСП" -> "Агенция за социално
    подпомагане"; a short body name written out: "Заксобрание X" -> "Законодательное собрание X"."""
    name = aliases.get(institution_key(name), ("", name))[1]
    name = _spelled_out(view, name)
    first, _, rest = name.partition(" ")
    full = view.vocab.short_bodies.get(first.casefold())
    return f"{full} {rest}".strip() if full else name


def _outside_names(view: TextView, cue: Cue) -> Cue | None:
    """A title cue as far as it stays out of organizations' names.

    A title word inside a body's name is no title ("Собрание депутатов"), and one that
    runs into a name stops before it ("председатель | Комитета по ...").
    """
    ent = view.ent_of_word.get(cue.first)
    if ent is not None and ent.label_ == "ORG" and view.word_span(ent)[0] < cue.first:
        return cue if _closes_org_before_name(view, ent, cue) else None
    for k in range(cue.first + 1, cue.last):
        ent = view.ent_of_word.get(k)
        named = view.text[view.starts[k]].isupper()  # a unit in lower case stays in the title
        if ent is not None and ent.label_ == "ORG" and view.word_span(ent)[0] == k and named:
            match = view.vocab.positions.match_at(view.words[cue.first : k], 0)
            if match is None:
                return cue
            end = cue.first + len(match.words)
            return Cue(cue.start, view.ends[end - 1], cue.first, end, cue.sent, match.value)
    return cue


def _closes_org_before_name(view: TextView, org: Span, cue: Cue) -> bool:
    """A title in lower case that ends an organization's mention right before a name is that
    person's: the NER took "Офисът на британския премиер" for a body's name in "Офисът на
    британския премиер Анна Петрова посочи". Not a plural: "Собрание депутатов | Иван Петров"
    lists a member of the body."""
    plural = any(view.words[k].endswith(view.vocab.plural_endings) for k in (cue.first, cue.last - 1))
    return (
        not plural
        and view.word_span(org)[1] == cue.last
        and _person_at(view, cue.last)
        and all(_lowercase_word(view, k) for k in range(cue.first, cue.last))
    )


def _unit_in_org(view: TextView, found: _Attachment, orgs: dict[int, Span]) -> _Attachment:
    """A unit that opens the organization's name belongs to the title.

    "председатель | аграрного комитета Госдумы": the title is "председатель аграрного
    комитета" and the organization "Госдума", in the nominative.
    """
    org, cue = found.org, found.cue
    if org is None or not view.vocab.unit_nouns:
        return found
    first, last = view.word_span(org)
    if view.vocab.body_links:
        return _linked_unit_in_org(view, found, org)
    if first != cue.last:
        return found
    noun = next((k for k in range(first, last) if not view.words[k].endswith(_ADJECTIVE_ENDINGS)), None)
    if noun is None or not view.words[noun].startswith(view.vocab.unit_nouns):
        return found
    if any(view.text[view.starts[k]].isupper() for k in range(first, noun + 1)):
        # "Комитета по социальной политике", "Исламского комитета России": a body of its own, named
        return found
    if noun + 1 < last and view.words[noun + 1] in view.vocab.location_preps | {"по", "при"}:
        body = orgs.get(last)
        if body is not None and view.word_span(body)[0] == last:
            # "комиссии по развитию города | Тверской Думы": the unit and its remit belong to the
            # title, the body named right after is the organization.
            return _whole_unit(
                view, found, org, " ".join(view.text[org.start_char : org.end_char].split()), orgs
            )
        return found  # the rest is the unit's remit, not its body
    unit = view.text[view.starts[first] : view.ends[noun]]
    if noun + 1 >= last:
        return _whole_unit(view, found, org, unit, orgs)
    grown = Cue(cue.start, view.ends[noun], cue.first, noun + 1, cue.sent, f"{cue.value} {unit}")
    rest = view.text[view.starts[noun + 1] : org.end_char].split()
    lemma = " ".join(nominative(rest)) if view.vocab_lang == "ru" else " ".join(rest)
    body = char_span(view.doc, view.starts[noun + 1], org.end_char, "ORG", lemma)
    return _Attachment(grown, body, None) if body is not None else found


def _committee_as_body(view: TextView, found: _Attachment) -> _Attachment:
    """A committee with its remit and no body above it is the organization itself: "председатель
    | комитета по дорожному хозяйству" -> "комитет по дорожному хозяйству". Under a body named
    after it ("... комиссии по бюджету | областной Думы") the committee stays in the title."""
    cue, words = found.cue, view.words
    if found.org is not None and not view.vocab.body_links:
        return _committee_named(view, found)
    if found.org is not None or view.vocab.body_links or not view.vocab.committee_nouns:
        return found
    unit = next(
        (k for k in range(cue.first + 1, cue.last) if words[k].startswith(view.vocab.committee_nouns)), None
    )
    if unit is None or cue.last - unit < 3 or view.vocab.remit_starts.match_at(words, unit + 1) is None:
        return found
    if any(not _lowercase_word(view, k) for k in range(unit, cue.last)):
        return found
    head = view.vocab.positions.match_at(words[cue.first : unit], 0)
    if head is None or len(head.words) != unit - cue.first:
        return found
    title = Cue(cue.start, view.ends[unit - 1], cue.first, unit, cue.sent, head.value)
    written = view.text[view.starts[unit] : cue.end].split()
    lemma = " ".join(nominative(written))
    # Like a minister's ministry, a committee takes part in Russian reports (an institution).
    label = "ORG" if view.vocab.portfolio_body_takes_part else BODY
    body = char_span(view.doc, view.starts[unit], cue.end, label, lemma)
    return _Attachment(title, body, None) if body is not None else found


def _committee_named(view: TextView, found: _Attachment) -> _Attachment:
    """:func:`_committee_as_body` where the ORG mention already holds the committee the title's
    last word starts ("председатель | комитета по жилищному хозяйству"), no capitalized body in it."""
    cue, org = found.cue, found.org
    if org is None or not view.vocab.committee_nouns or cue.last - cue.first < 2:
        return found
    unit = cue.last - 1
    first, last = view.word_span(org)
    if first != unit or not view.words[unit].startswith(view.vocab.committee_nouns):
        return found
    if last - unit < 3 or any(not _lowercase_word(view, k) for k in range(unit, last)):
        return found
    head = view.vocab.positions.match_at(view.words[cue.first : unit], 0)
    if head is None or len(head.words) != unit - cue.first:
        return found
    return _Attachment(Cue(cue.start, view.ends[unit - 1], cue.first, unit, cue.sent, head.value), org, None)


def _lowercase_word(view: TextView, k: int) -> bool:
    word = view.text[view.starts[k] : view.ends[k]]
    return word.replace("-", "").isalpha() and word.islower()


def _linked_unit_in_org(view: TextView, found: _Attachment, org: Span) -> _Attachment:
    """A unit that opens a linked organization's name: "председател на | Управителния съвет на
    Агенция „...“": the title grows by the unit, the rest is the organization (without article)."""
    cue = found.cue
    first, last = view.word_span(org)
    if not (first == cue.last or (first == cue.last + 1 and view.words[cue.last] in view.vocab.body_links)):
        return found
    if not any(view.words[k].startswith(view.vocab.unit_nouns) for k in range(first, min(first + 3, last))):
        return found
    link = next((k for k in range(first + 1, last - 1) if view.words[k] in view.vocab.body_links), None)
    if link is None:
        return found
    unit = view.text[view.starts[cue.last] : view.ends[link - 1]]
    grown = Cue(cue.start, view.ends[link - 1], cue.first, link, cue.sent, f"{cue.value} {unit}")
    text = view.text[view.starts[link + 1] : org.end_char]
    body = char_span(view.doc, view.starts[link + 1], org.end_char, "ORG", rule_lemma(text, "ORG"))
    return _Attachment(grown, body, None) if body is not None else found


def _whole_unit(
    view: TextView, found: _Attachment, org: Span, unit: str, orgs: dict[int, Span]
) -> _Attachment:
    """A unit named on its own, then its remit and its body: "председатель | постоянной комиссии |
    по развитию города | Тверской Думы"."""
    cue = found.cue
    _, last = view.word_span(org)
    grown = grow_tail(view, Cue(cue.start, org.end_char, cue.first, last, cue.sent, f"{cue.value} {unit}"))
    body = orgs.get(grown.last)
    if body is not None and view.word_span(body)[0] != grown.last:
        body = None
    return _Attachment(grown, body, None)


_ADJECTIVE_ENDINGS = ("ого", "его", "ой", "ей", "ых", "их", "ый", "ий", "ая", "ое", "ую")


# How many sentences back a unit's head may find the body the unit belongs to.
MAX_UNIT_BODY_SENTS = 1


def _unit_body(view: TextView, cue: Cue, orgs: dict[int, Span]) -> Span | None:
    """The body a unit's head works in, named before in the sentence or the one before: "Опитът
    на Община Бургас ... представи директорът на дирекция „...“", "Гостите посрещна кметът на
    Община Бургас. Доклад изнесе Анна Петрова – началник-отдел „...“"."""
    if not _heads_unit(view, cue):
        return None
    for i in range(cue.first - 1, -1, -1):
        if cue.sent - view.sents[i] > MAX_UNIT_BODY_SENTS:
            break
        org = orgs.get(i)
        if org is not None and str(org._.lemma or org.text).casefold().startswith(view.vocab.body_heads):
            return org
    return None


def _heads_unit(view: TextView, cue: Cue) -> bool:
    """Whether the title names a unit: "началник на отдел ...", or fused "началник-отдел"."""
    units = view.vocab.subunit_starts
    if any(units.match_at(view.words, k) for k in range(cue.first, cue.last)):
        return True
    parts = view.words[cue.first].split("-")
    return len(parts) > 1 and any(units.match_at(parts, k) for k in range(1, len(parts)))


def _affiliation_after(view: TextView, last: int, orgs: dict[int, Span]) -> Span | None:
    """The organization written after a name and a dash with "in" or "from": "Анна Петрова – в
    санатории «...»"."""
    j = last
    if j + 2 >= len(view.words) or view.words[j] not in DASHES:
        return None
    if view.words[j + 1] not in view.vocab.location_preps | view.vocab.origin_preps:
        return None
    org = orgs.get(j + 2)
    return org if org is not None and view.word_span(org)[0] == j + 2 else None


def _bracketed_org(view: TextView, last: int, orgs: dict[int, Span]) -> Span | None:
    """An organization alone in brackets right after a name: "Иван Петров (ЛДПР)", "архиепископ
    Иван (РПЦ)": the person's party or body."""
    j = last
    if j + 2 >= len(view.words) or view.words[j] != "(":
        return None
    org = orgs.get(j + 1)
    if org is None or view.word_span(org)[0] != j + 1:
        return None
    end = view.word_span(org)[1]
    return org if end < len(view.words) and view.words[end] == ")" else None


def _party_title(view: TextView, title: str | None) -> bool:
    """Whether ``title`` is a member's of a party or a parliament ("депутат", "евродепутат")."""
    return bool(title) and str(title).startswith(view.vocab.party_titles)


def _party_after(view: TextView, person: Official, last: int, orgs: dict[int, Span]) -> Span | None:
    """The party of a deputy after the name: "Иван Петров от „Партия“", "... от Зелената партия"."""
    if not _party_title(view, person.position):
        return None
    if last + 1 >= len(view.words) or view.words[last] not in view.vocab.origin_preps:
        return None
    org = orgs.get(last + 1)
    if org is not None and view.word_span(org)[0] == last + 1:
        return org
    end = quoted_end(view, last + 1)
    if not end:
        return None
    name = view.text[view.starts[last + 1] : view.ends[end - 1]]
    return char_span(view.doc, view.starts[last + 1], view.ends[end - 1], BODY, name)


# Words that say only at which level an office sits ("федеральный министр"): a title that names
# the portfolio instead ("министр просвещения") says more.
_SCOPE_WORDS = frozenset(
    {"федеральный", "российский", "республиканский", "региональный", "областной", "краевой", "городской"}
    | {"федерален", "републикански", "регионален", "областен", "градски"}
)


def _fuller_title(new: str, old: str) -> bool:
    """Whether ``new`` is ``old`` written more fully: every word of ``old`` in it (but words of
    scope), and more ("министр" -> "министр культуры", "губернатор" -> "врио губернатора",
    "федеральный министр" -> "министр просвещения")."""
    stems = {w[:4] for w in new.casefold().split()}  # four letters: "глава" in "врио главы"
    kept = [w for w in old.casefold().split() if w not in _SCOPE_WORDS]
    return len(new.split()) > len(kept) and all(w[:4] in stems for w in kept)


def _serves(view: TextView, chain: str, title: str) -> bool:
    """Whether ``chain`` is a title that serves ``title`` ("говорител на премиера" serves
    "премиер"). The name after such a chain may be the superior's ("говорителят на премиера
    Анна Петрова"): where the text also gives that person the superior's title, it is theirs."""
    words = title.casefold().split()
    for link in view.vocab.portfolio_links:
        head, _, rest = chain.casefold().partition(f" {link} ")
        stems = {w[:4] for w in rest.split()}
        if rest and words and words[0][:4] not in head and all(w[:4] in stems for w in words):
            return True
    return False


# Words for a settlement between a mayor's title and the place's name.
_SETTLEMENT_NOUNS = frozenset({"град", "града", "село", "селото", "гр.", "с.", "город", "города", "села"})
# A city district ("кмет на район Южен") is the body itself, not a municipality of its name.
_CITY_DISTRICT_NOUNS = frozenset({"район", "района"})


def _place_body(view: TextView, cue: Cue, locs: dict[int, Span]) -> Span | None:
    """The body a place head's place names: "кмет на Шабла" -> "Община Шабла"."""
    body = _place_body_name(view, cue)
    j = cue.last
    if body is None or j >= len(view.words):
        return None
    if view.words[j] in view.vocab.org_links:
        j += 1
    if j < len(view.words) and view.words[j] in _SETTLEMENT_NOUNS:
        j += 1  # "кмет на град Тернопол"
    # "кмет на район Южен", with "на район" read into the title or not.
    first = next(
        (k for k in (j - 1, j) if 0 <= k < len(view.words) and view.words[k] in _CITY_DISTRICT_NOUNS), None
    )
    if first is not None and view.vocab_lang == "bg":
        # A district's name is often no place the gazetteer or the NER knows: its capitalized word.
        loc = locs.get(first + 1)
        end = loc.end_char if loc is not None else _capitalized_end(view, first + 1)
        if end is None:
            return None
        start = view.starts[first]
        return char_span(view.doc, start, end, BODY, " ".join(view.text[start:end].split()))
    loc = locs.get(j)
    if loc is None:
        return None
    if view.word_span(loc)[0] != j:
        return None
    place = str(loc._.lemma or loc.text)
    return char_span(view.doc, loc.start_char, loc.end_char, BODY, f"{body} {place}")


def _capitalized_end(view: TextView, k: int) -> int | None:
    """The end of word ``k`` when it is a capitalized word outside any person's name."""
    if k >= len(view.words) or k in view.person_words:
        return None
    word = view.text[view.starts[k] : view.ends[k]]
    return view.ends[k] if word[:1].isupper() and word.isalpha() else None


def _place_body_name(view: TextView, cue: Cue) -> str | None:
    """The body a place head's title names, also with its remit ("заместник-кмет по ...")."""
    bodies = view.vocab.place_bodies
    head = max((t for t in bodies if cue.value == t or cue.value.startswith(t + " ")), key=len, default=None)
    return bodies[head] if head is not None else None


def _led_org(view: TextView, cue: Cue, orgs: dict[int, Span]) -> Span | None:
    """The body of a delegation its leader heads: "делегация <ORG> во главе с министром ..."."""
    for lead in view.cues_in_sentence(view.vocab.led_by, cue.sent):
        if not 0 <= cue.first - lead.last <= 1:
            continue
        before = [orgs[i] for i in range(lead.first - 1, -1, -1) if i in orgs and view.sents[i] == cue.sent]
        if before and not any(
            i in view.person_words for i in range(view.word_span(before[0])[1], lead.first)
        ):
            return before[0]
    return None


def _nearest_body(view: TextView, cue: Cue, orgs: dict[int, Span], locs: dict[int, Span]) -> Span | None:
    """For a place head without a place ("кметът ..."), the body of that kind the text names
    nearest before, else after: "Община Бургас" for its mayor; else "в община Шабла" written in
    lower case; else the body of the place the article is about (see :func:`_host_body`)."""
    body = _place_body_name(view, cue)
    if body is None:
        return None
    key = body.casefold()
    seen: list[Span] = []
    for i in sorted(orgs):
        org = orgs[i]
        if (not seen or seen[-1] is not org) and str(org._.lemma or org.text).casefold().startswith(key):
            seen.append(org)
    written = _bodies_written(view, body, orgs, locs)
    here = [
        o for o in seen + written if o.start_char < cue.start and view.sentence_of(o.start_char) == cue.sent
    ]
    if here:  # "общината Драма, представлявана от кмета ...": the body of the clause
        return max(here, key=lambda o: o.start_char)
    # Bodies named as such come first: a foreign one written in lower case is a partner's. One
    # named only later may be anyone's ("Кметът X посрещна ... кметът на община Y"): the body of
    # the article's own town comes before it.
    return (
        _last_before(seen, cue)
        or _last_before(written, cue)
        or _host_body(view, body, cue, locs)
        or next(iter(seen + written), None)
    )


def _last_before(spans: list[Span], cue: Cue) -> Span | None:
    """The span nearest before the cue."""
    before = [o for o in spans if o.start_char < cue.start]
    return before[-1] if before else None


_BODY_NOUNS: dict[str, PhraseSet] = {}


def _bodies_written(view: TextView, body: str, orgs: dict[int, Span], locs: dict[int, Span]) -> list[Span]:
    """The bodies of a kind written as its noun and a place outside any ORG entity: "в община
    Шабла" (the NER tags the town alone, or nothing)."""
    key = body.casefold()
    nouns = _BODY_NOUNS.get(key)
    if nouns is None:
        nouns = _BODY_NOUNS[key] = PhraseSet.of([key])
    out = []
    for cue in view.cues(nouns):
        k = cue.last
        if cue.first in orgs or k >= len(view.words) or k in orgs or view.sents[k] != cue.sent:
            continue
        loc = locs.get(k)
        end: int | None = None
        if loc is not None and view.word_span(loc)[0] == k:
            end, place = loc.end_char, str(loc._.lemma or loc.text)
        else:  # a town the NER missed, or took for a person ("община Драма")
            place = view.text[view.starts[k] : view.ends[k]]
            end = view.ends[k] if place[:1].isupper() and place.isalpha() else None
        span = char_span(view.doc, cue.start, end, BODY, _body_of(body, place)) if end else None
        out.extend([span] if span is not None else [])
    return out


def _body_of(body: str, place: str) -> str:
    """ "Община" and "Поморие" -> "Община Поморие" (a lemma may already hold the body's noun)."""
    named = place.casefold().startswith(body.casefold() + " ")
    return body + place[len(body) :] if named else f"{body} {place}"


def _host_body(view: TextView, body: str, cue: Cue, locs: dict[int, Span]) -> Span | None:
    """The body of the town the article is about, for a place head no text places: "кметът
    Иван Петров" in a report from Поморие is Община Поморие's mayor. The town is the place
    most often named (the first of equals); it must be the seat of such a body in the language's
    own country ("община Поморие"), or the mayor is a host abroad whose body the text does not say."""
    resolver = get_resolver()
    home = f"{view.vocab_lang.upper()}-"  # the language's own country: a report's town is at home
    mentions: dict[str, list[Span]] = {}
    for loc in dict.fromkeys(locs.values()):
        match = resolver.resolve(loc.text, view.vocab_lang, lemma=str(loc._.lemma or loc.text))
        if match is not None and match.kind != "country":
            mentions.setdefault(match.matched, []).append(loc)
    if not mentions:
        return None
    place, spans = max(mentions.items(), key=lambda item: len(item[1]))
    if not any(code.startswith(home) for code in resolver.lookup(_body_of(body, place), view.vocab_lang)):
        return None  # the town abroad, or no such body's seat
    before = [s for s in spans if s.start_char < cue.start]
    span = before[-1] if before else spans[0]
    return char_span(view.doc, span.start_char, span.end_char, BODY, _body_of(body, place))


def _merge_target(people: list[Official], name: str) -> Official | None:
    surname, initial = _surname(name), _first_initial(name)
    given = _given_name(name)
    for person in people:
        if not (_same_surname(person.surname, surname) or _short_surname_alike(person, given, surname)):
            continue
        other = _first_initial(person.name)
        if not initial or not other or initial == other:
            return person
    return None


def _given_name(name: str) -> str:
    parts = name.casefold().split()
    return parts[0] if len(parts) > 1 else ""


def _short_surname_alike(person: Official, given: str, surname: str) -> bool:
    """A short surname that a case ending changed ("Делба" / "Делб"), with the same given name."""
    other = person.surname
    n = min(len(other), len(surname))
    return (
        bool(given)
        and given == _given_name(person.name)
        and n >= 3
        and abs(len(other) - len(surname)) <= 1
        and other[:n] == surname[:n]
    )


def _fuller(new: str, old: str) -> bool:
    """Whether ``new`` names the person more fully than ``old`` (more words, fewer initials)."""

    def weight(name: str) -> tuple[int, int]:
        words = name.split()
        return (sum(1 for w in words if not _INITIAL.match(w) and len(w) > 2), len(words))

    return weight(new) > weight(old)

"""Visit assembly: from an annotated document to visit records.

This is the one place that decides whether an article reports a visit, how
many, and which date, regions, officials and institutions belong to each.
Language knowledge comes from the language's
:class:`~visitparse.lang.vocab.VisitVocabulary`; the extractors it calls each
own one kind of item.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from spacy.tokens import Doc, Span

from visitparse.extract.context import TextView
from visitparse.extract.dates import DateMention
from visitparse.extract.institutions import (
    add_organizations,
    find_institutions,
    institution_key,
    is_written_body,
    not_institution,
)
from visitparse.extract.officials import Official as PersonFound
from visitparse.extract.officials import find_officials
from visitparse.extract.sides import (
    RegionMention,
    complete_region_roles,
    countries_named_on_their_own,
    find_region_mentions,
    infer_sides,
    region_roles,
    roles_from_officials,
    vote_region_roles,
    without_passing_countries,
)
from visitparse.extract.titles import BODY
from visitparse.extract.visit_evidence import VisitEvidence, visit_evidence
from visitparse.lang.vocab import get_vocabulary
from visitparse.schema import Evidence, Institution, Official, Region, Side, Visit

# Date mentions that can be a visit's date (a month or a year alone cannot).
_DAY_KINDS = frozenset({"date", "range", "relative", "weekday"})


@dataclass(frozen=True)
class _Segment:
    """The text ``[start, end)`` (chars) that reports one visit, with its date."""

    start: int
    end: int
    date: DateMention | None
    # The text gives the first day of a stay ("прибыл 5 сентября") but not its last.
    open_end: bool = False
    # Starts inside a sentence, after a clause that reported the visit before it: that clause's
    # visitors go on to this one unless it names its own ("X посети Бургас, а на 26 май - Варна").
    continues: bool = False


def _evidence(start: int, end: int, text: str) -> Evidence:
    return Evidence(start=start, end=end, text=text[start:end])


def _span_evidence(spans: list[Span], text: str) -> list[Evidence]:
    # Sliced from the text: Span.text walks the span's tokens.
    return [Evidence(start=s.start_char, end=s.end_char, text=text[s.start_char : s.end_char]) for s in spans]


def _visit_dates(
    view: TextView, dates: list[DateMention], evidence: VisitEvidence, published: dt.date | None
) -> list[tuple[int, DateMention]]:
    """Date mentions that can date a visit, with their sentence.

    Those in a sentence that reports the visit, away from distractor words
    ("прошлого года", "подписано"); only when there are none, those of the
    first sentence (a headline or lead). A relative period ("на прошлой
    неделе") names when, not how long, so it cannot date a visit by itself.
    """
    visit_sents = evidence.sentences
    weak_sents = evidence.weak | {c.sent for c in view.cues(view.vocab.occurrence_cues)}
    distractors = view.cues(view.vocab.date_distractors)
    usable: list[tuple[int, DateMention]] = []
    for d in dates:
        if d.kind not in _DAY_KINDS or d.start_date is None:
            continue
        if d.kind == "relative" and d.end_date not in (None, d.start_date):
            continue
        if view.word_before(d.start) in view.vocab.deadline_words:
            continue  # "готовность школ к 1 сентября": a deadline, not when the visit was
        sent = view.sentence_of(d.start)
        first = view.word_at(d.start)
        last = view.word_at(max(d.start, d.end - 1)) + 1
        if not any(
            c.sent == sent and (0 <= c.first - last <= 3 or 0 <= first - c.last <= 3) for c in distractors
        ):
            usable.append((sent, d))
    # "7–8 февраля группа работала в Кургане. ... Гости побывали ...": a sentence that opens
    # with the date and leads into the report of the visit dates it too.
    trigger_paras = {view.paras[view.word_at(view.sent_starts[s])] for s in visit_sents}
    leads = {
        (s, d.start)
        for s, d in usable
        if _opens_paragraph(view, d) and view.paras[view.word_at(d.start)] in trigger_paras
    }
    visit_paras = trigger_paras
    kept = []
    for s, d in usable:
        line = _line_kind(view, d, published)
        if line == "heading" and view.paras[view.word_at(d.start)] + 1 in visit_paras:
            leads.add((s, d.start))  # a date on its own line over the report of the visit
        if line in ("body", "heading"):
            kept.append((s, d))
    usable = kept
    in_triggers = [(s, d) for s, d in usable if s in visit_sents or (s, d.start) in leads]
    # Else the lead: a headline and the first sentence of the body say when; else a sentence
    # with a weaker sign or saying when it took place ("Събитието се състоя на 16 февруари").
    return (
        in_triggers
        or [(s, d) for s, d in usable if s <= 2][:1]
        or [(s, d) for s, d in usable if s in weak_sents][:1]
    )


def _opens_paragraph(view: TextView, d: DateMention) -> bool:
    i = view.word_at(d.start)
    para = view.paras[i]
    return all(view.paras[k] != para for k in range(max(0, i - 2), i)) or i == 0


# "Томск, 30 ноября - АиФ-Томск.", "Троян, 3 юни /Даниела Балабанова, БТА/": a town, a comma,
# the date, then (maybe a year or a time) a dash, slash or bracket before the agency.
_DATELINE_AFTER = re.compile(r"\A[\s,\d:.]{0,16}[-–—/(]")
# "14 января /Агентство/.": a date opening its line with the agency in slashes (no town before it).
_AGENCY_AFTER = re.compile(r"\A[\s,\d:.]{0,16}/[^/\n]{1,60}/")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_LONE_LINE_WORDS = 3  # words besides the date on a line that holds only a date
_LINE_REACH = 300  # chars looked at on each side of a date for its line


def _line_kind(view: TextView, d: DateMention, published: dt.date | None) -> str:
    """What the line of date ``d`` is: "body", "dateline" (an agency's), "metadata", or "heading".

    A line with little but the date is metadata ("22 апреля 2024, 10:15", the publication
    date); when the publication date is known and the line gives another day, with no time,
    it heads the report below it ("23 июля 2015 года" over the story) instead.
    """
    text = view.text
    # Bounded searches: a text without line breaks must not make this linear per date.
    reach_start = max(0, d.start - _LINE_REACH)
    line_start = max(reach_start, text.rfind("\n", reach_start, d.start) + 1)
    line_end = text.find("\n", d.end, d.end + _LINE_REACH)
    line_end = min(len(text), d.end + _LINE_REACH) if line_end < 0 else line_end
    before, after = text[max(line_start, d.start - 60) : d.start], text[d.end : line_end]
    if _town_and_comma(before) and _DATELINE_AFTER.match(after):
        return "dateline"
    if not text[line_start : d.start].strip() and _AGENCY_AFTER.match(after):
        return "dateline"
    outside = text[line_start : d.start] + " " + after
    if sum(any(ch.isalpha() for ch in w) for w in outside.split()) > _LONE_LINE_WORDS:
        return "body"
    if published is None or _TIME.search(outside) or d.start_date == published.isoformat():
        return "metadata"
    return "heading"


def _town_and_comma(before: str) -> bool:
    """``before`` ends in a capitalized word and a comma ("Томск, ")."""
    head = before.rstrip(" \t")
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    return bool(words) and any(ch.isupper() for ch in words[-1])


def datelines(view: TextView, dates: list[DateMention]) -> list[DateMention]:
    """The agency datelines of the article (its place and day of writing)."""
    return [d for d in dates if d.kind == "date" and _line_kind(view, d, None) == "dateline"]


def _segments(
    view: TextView,
    dates: list[DateMention],
    evidence: VisitEvidence,
    published: dt.date | None,
    places: list[int],
) -> list[_Segment]:
    """Split the article where a new visit with another date starts.

    ``places`` are the start chars of the region mentions: a visit that starts inside a
    sentence must name its own place (see :func:`_clause_split`).
    """
    ranges = [
        d for d in dates if d.kind == "range" and view.sentence_of(d.start) in evidence.strong | evidence.weak
    ]
    candidates = [(s, _widened(d, ranges)) for s, d in _visit_dates(view, dates, evidence, published)]
    arrivals = {c.sent for c in view.cues(view.vocab.arrival_cues)} & evidence.sentences
    arrived = _arrival_on_dateline(view, dates, arrivals, candidates)
    if arrived is not None:
        candidates.insert(0, arrived)
    present = _present_day(view, published, candidates)
    if present is not None:
        candidates = sorted([*candidates, present], key=lambda c: (c[0], c[1].start))
    events = _events(view, candidates, places)
    if events:
        events[-1] = replace(events[-1], date=_programme_days(view, dates, events[-1].date))
    durations = [d for d in dates if d.kind == "duration" and d.days]
    if len(events) < 2:
        date = events[0].date if events else None
        date = _with_duration(view, date, durations)
        open_end = (
            date is not None
            and date.start_date is not None
            and date.end_date in (None, date.start_date)
            and events[0].sent in arrivals
        )
        return [_Segment(0, len(view.text), date, open_end)]
    bounds = [0] + [e.start for e in events[1:]] + [len(view.text)]
    dated = [events[0].date] + [_year_from(events[i - 1].date, events[i].date) for i in range(1, len(events))]
    return [
        _Segment(bounds[i], bounds[i + 1], dated[i], continues=events[i].clause) for i in range(len(events))
    ]


@dataclass(frozen=True)
class _Event:
    """A visit's date, with the sentence and char where the report of that visit starts."""

    sent: int
    start: int
    date: DateMention
    # It starts with a clause that goes on from the visit before it (see _clause_split).
    clause: bool = False


def _events(view: TextView, candidates: list[tuple[int, DateMention]], places: list[int]) -> list[_Event]:
    """The visits the dated sentences ``candidates`` report, in text order."""
    events: list[_Event] = []
    for sent, d in candidates:
        if events and _next_day(events[-1].date, d):
            # "18 мая посетит ... 19 мая встретится": the days of one programme make one visit.
            events[-1] = replace(events[-1], date=_spanning(events[-1].date, d))
        elif not events:
            events.append(_Event(sent, view.sent_starts[sent], d))
        elif not _distinct(events[-1].date, d):
            continue
        elif sent != events[-1].sent:
            start = view.sent_starts[sent]
            events.append(_Event(sent, start, d, clause=_after_semicolon(view, start)))
        elif (split := _clause_split(view, events[-1].date, d, places)) is not None:
            events.append(_Event(sent, split, d, clause=True))
    return events


def _after_semicolon(view: TextView, start: int) -> bool:
    """The sentence at ``start`` was cut from the one before at a semicolon: a clause of it."""
    return view.text[max(0, start - 20) : start].rstrip().endswith(";")


def _clause_split(view: TextView, before: DateMention, date: DateMention, places: list[int]) -> int | None:
    """Where a clause reporting a second visit starts inside one sentence, if it does.

    "X ще посети Бургас, а на 26 май – Варна", "посетил Тверь; 14 марта он приедет в Псков": a
    conjunction or a semicolon (the language's ``clause_leads``) right before a date of its
    own, and a place of its own after that date; the visit verb may be left out.
    """
    sent = view.sentence_of(date.start)
    i = view.word_at(date.start)
    end = view.sent_starts[sent + 1] if sent + 1 < view.n_sents else len(view.text)
    lead = next(
        (c for c in view.cues_in_sentence(view.vocab.clause_leads, sent) if c.first < i <= c.last),
        None,
    )
    place = next((p for p in places if date.end <= p < end), None)
    if lead is None or lead.start < before.end or place is None:
        return None
    return lead.start if _visit_verb(view, lead.start, end) or _verb_left_out(view, date, place) else None


def _visit_verb(view: TextView, start: int, end: int) -> bool:
    """The text ``[start, end)`` holds a visit word of its own ("ще бъде във", "приедет")."""
    return any(
        start <= c.start < end
        for phrases in (view.vocab.triggers, view.vocab.weak_triggers)
        for c in view.cues(phrases)
    )


def _verb_left_out(view: TextView, date: DateMention, place: int) -> bool:
    """Only punctuation and a preposition of place between a date and its place ("14 марта — в
    Пскове"): the verb of the clause before is understood."""
    words = view.words[view.word_at(date.end - 1) + 1 : view.word_at(place)]
    return all(not any(ch.isalnum() for ch in w) or w in view.vocab.location_preps for w in words)


def _arrival_on_dateline(
    view: TextView,
    dates: list[DateMention],
    arrivals: set[int],
    candidates: list[tuple[int, DateMention]],
) -> tuple[int, DateMention] | None:
    """The dateline's day for an arrival reported without a date before any dated sentence.

    "Томск, 30 ноября - АиФ-Томск. В Томскую область прибыла делегация ...": the agency writes
    on the day the guests arrive.
    """
    lines = datelines(view, dates)
    if not lines or not arrivals:
        return None
    first_arrival = min(arrivals)
    dated = {s for s, _ in candidates}
    if first_arrival in dated or (candidates and candidates[0][0] < first_arrival):
        return None
    return first_arrival, lines[0]


def _present_day(
    view: TextView, published: dt.date | None, candidates: list[tuple[int, DateMention]]
) -> tuple[int, DateMention] | None:
    """The publication day for a visit the article reports as going on ("сейчас находится в ..."),
    from a sentence that gives no date of its own."""
    if published is None:
        return None
    dated = {s for s, _ in candidates}
    for cue in view.cues(view.vocab.present_cues):
        if cue.sent not in dated:
            iso = published.isoformat()
            text = view.text[cue.start : cue.end]
            return cue.sent, DateMention(cue.start, cue.end, text, iso, iso, "relative", text)
    return None


def _programme_days(view: TextView, dates: list[DateMention], date: DateMention) -> DateMention:
    """The last visit extended by the days that follow it in a sentence saying what takes place then
    ("22 марта состоялась встреча ... 23 марта пройдет форум"): a programme of consecutive days."""
    occurring = {c.sent for c in view.cues(view.vocab.occurrence_cues)}
    for d in dates:
        if (
            d.start > date.end
            and d.kind == "date"
            and view.sentence_of(d.start) in occurring
            and _next_day(date, d)
        ):
            date = _spanning(date, d)
    return date


def _widened(date: DateMention, ranges: list[DateMention]) -> DateMention:
    """A day inside a short range given in another sentence about the visit ("на 19 и 20 май
    ще се срещне ...", "... на 20 май") stands for that range: the visit lasts the range."""
    if date.kind != "date" or date.start_date is None:
        return date
    for other in ranges:
        if (
            other.start_date is not None
            and other.end_date is not None
            and other.start_date <= date.start_date <= other.end_date
            and other.start_date[:4] == date.start_date[:4]
            and _days_between(other.start_date, other.end_date) <= _MAX_VISIT_DAYS
        ):
            return other
    return date


_MAX_VISIT_DAYS = 14


def _as_date(iso: str) -> dt.date:
    """An ISO or EDTF ``XXXX-MM-DD`` date (an unknown year read as the leap year 2000)."""
    return dt.date.fromisoformat("2000" + iso[4:] if iso.startswith("XXXX") else iso)


def _days_between(a: str, b: str) -> int:
    return (_as_date(b) - _as_date(a)).days


def _next_day(a: DateMention, b: DateMention) -> bool:
    """``b`` starts the day after ``a`` ends (both of the same year, or both without one)."""
    a_end, b_start = a.end_date or a.start_date, b.start_date
    if a_end is None or b_start is None or a_end[:4] != b_start[:4]:
        return False
    return _days_between(a_end, b_start) == 1


def _spanning(a: DateMention, b: DateMention) -> DateMention:
    return replace(a, kind="range", end_date=b.end_date or b.start_date)


def _year_from(previous: DateMention, date: DateMention) -> DateMention:
    """A later trip written without a year ("21 февраля") takes the year of the one before."""
    if (
        not (date.start_date or "").startswith("XXXX")
        or not previous.start_date
        or previous.start_date.startswith("XXXX")
    ):
        return date
    year = previous.start_date[:4]
    start = date.start_date or ""
    end = date.end_date or start
    return replace(date, start_date=year + start[4:], end_date=year + end[4:])


def _with_duration(
    view: TextView, date: DateMention | None, durations: list[DateMention]
) -> DateMention | None:
    """A one-day date in the sentence of "двухдневный визит" starts a visit of that length."""
    if date is None or date.start_date is None or date.end_date not in (None, date.start_date):
        return date
    sent = view.sentence_of(date.start)
    length = next((d.days for d in durations if d.days and view.sentence_of(d.start) == sent), None)
    if not length or length < 2 or date.start_date.startswith("XXXX"):
        return date
    end = dt.date.fromisoformat(date.start_date) + dt.timedelta(days=length - 1)
    return replace(date, kind="range", end_date=end.isoformat())


def _distinct(a: DateMention, b: DateMention) -> bool:
    """Two dates of separate trips: not the same day and not overlapping ranges."""
    if a.start_date is None or b.start_date is None:
        return False
    a_end, b_end = a.end_date or a.start_date, b.end_date or b.start_date
    return a_end < b.start_date or b_end < a.start_date


def _in_segment(seg: _Segment, char: int) -> bool:
    return seg.start <= char < seg.end


def assemble_visits(
    doc: Doc,
    lang: str,
    dates: list[DateMention],
    published: dt.date | None,
    view: TextView | None = None,
) -> list[Visit]:
    """The visits an annotated article reports; ``[]`` when it reports none.

    Args:
        doc: the annotated document (see :mod:`visitparse.document`).
        lang: its language code, selecting the word lists.
        dates: date mentions found in its text, normalized against ``published``.
        published: the publication date, if known (already applied to ``dates``).
        view: a :class:`TextView` of ``doc`` already built, to save building another.
    """
    if view is None:
        view = TextView(doc, get_vocabulary(lang), lang)
    evidence = visit_evidence(view)
    if not evidence.reports_visit:
        return []
    people = find_officials(view, lang)
    regions = find_region_mentions(view, lang)
    vote_region_roles(view, regions)
    regions = without_passing_countries(view, regions)
    roles = complete_region_roles(regions, region_roles(regions), lang)
    units = [(p.position_cue.start, p.position_cue.end) for p in people if p.position_cue]
    named = [p.organization_span for p in people if p.organization_span and p.organization_named]
    implied = [p.organization_span for p in people if p.organization_span and not p.organization_named]
    institutions = find_institutions(view, named, units, implied)
    # Every official's organization takes part, even where no ORG mention carries it; a body
    # only a title implies ("кмет на X" -> Община X, "на градската Дума") is no institution.
    institutions = add_organizations(
        institutions,
        [
            (p.organization, [p.organization_span or p.mentions[0]])
            for p in people
            if p.organization
            and p.mentions
            and institution_key(p.organization) not in view.vocab.bare_kinds
            and not not_institution(view, p.organization)
            and not (
                p.organization_span
                and p.organization_span.label_ == BODY
                and not is_written_body(view, p.organization_span)
            )
        ],
    )

    visited = frozenset(i.name for i in institutions if i.visited)
    people_sides = infer_sides(view, people, regions, roles, visited)
    roles = roles_from_officials(view, people, people_sides, regions, roles)
    sides = dict(zip(map(id, people), people_sides, strict=True))
    visits = []
    seg_regions: list[RegionMention] = []
    seg_people: list[PersonFound] = []
    for seg in _segments(view, dates, evidence, published, [m.start for m in regions]):
        before_regions, before_people = seg_regions, seg_people
        seg_regions = [m for m in regions if _in_segment(seg, m.start)]
        seg_people = [p for p in people if any(_in_segment(seg, e.start_char) for e in p.mentions)]
        seg_insts = [i for i in institutions if any(_in_segment(seg, e.start_char) for e in i.mentions)]
        if seg.continues:
            # Officials of no known side are taken for the subject; places only if they send guests.
            seg_people = _with_visitors(before_people, seg_people, lambda p: sides[id(p)] != "host")
            seg_regions = _with_visitors(
                before_regions, seg_regions, lambda m: roles.get(m.match.code) == "guest"
            )
        visit = Visit(
            regions=_regions(
                view.text, seg_regions, roles, countries_named_on_their_own(view, seg_regions, lang)
            ),
            officials=[_official(view, p, sides[id(p)]) for p in seg_people],
            institutions=[
                Institution(name=i.name, visited=i.visited, evidence=_span_evidence(i.mentions, view.text))
                for i in seg_insts
            ],
        )
        if seg.date is not None:
            visit.start_date = seg.date.start_date
            visit.end_date = None if seg.open_end else seg.date.end_date or seg.date.start_date
            visit.date_evidence = [_evidence(seg.date.start, seg.date.end, view.text)]
        visits.append(visit)
    return visits


_Item = TypeVar("_Item")


def _with_visitors(before: list[_Item], own: list[_Item], visitor: Callable[[_Item], bool]) -> list[_Item]:
    """``own`` with the visitors of the clause ``before`` it when it names none of its own: the
    subject left out of "..., а на 26 май – Варна" is the one of the clause before."""
    if any(map(visitor, own)):
        return own
    return [x for x in before if visitor(x)] + own


def _regions(
    text: str,
    mentions: list[RegionMention],
    roles: dict[str, Side | None],
    kept: frozenset[str] = frozenset(),
) -> list[Region]:
    out: dict[str, Region] = {}
    for m in mentions:
        region = out.get(m.match.code)
        if region is None:
            role = roles.get(m.match.code)
            region = out[m.match.code] = Region(code=m.match.code, name=m.match.name, role=role)
        region.evidence.append(Evidence(start=m.start, end=m.end, text=text[m.start : m.end]))
    # A country named beside one of its own subdivisions adds nothing ("Румъния", "окръг Гюргево"),
    # unless the language's convention keeps it (``kept``, see countries_named_on_their_own).
    return [
        r for code, r in out.items() if code in kept or not any(other.startswith(code + "-") for other in out)
    ]


def _official(view: TextView, person: PersonFound, side: Side | None) -> Official:
    return Official(
        name=person.name,
        position=person.full_position,
        organization=person.organization,
        side=side,
        evidence=_span_evidence(person.mentions, view.text),
    )

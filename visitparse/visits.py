"""Visit assembly: from an annotated document to visit records.

This is the one place that decides whether an article reports a visit, how
many, and which date, regions, officials and institutions belong to each.
Language knowledge comes from the language's
:class:`~visitparse.lang.vocab.VisitVocabulary`; the extractors it calls each
own one kind of item.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from visitparse.extract.context import TextView
from visitparse.extract.dates import DateMention
from visitparse.extract.institutions import find_institutions
from visitparse.extract.officials import Official as PersonFound
from visitparse.extract.officials import find_officials
from visitparse.extract.sides import (
    RegionMention,
    countries_named_on_their_own,
    find_region_mentions,
    official_side,
    region_roles,
    vote_region_roles,
)
from visitparse.lang.vocab import get_vocabulary
from visitparse.schema import Evidence, Institution, Official, Region, Side, Visit

# Date mentions that can be a visit's date (a month or a year alone cannot).
_DAY_KINDS = frozenset({"date", "range", "relative", "weekday"})


@dataclass(frozen=True)
class _Segment:
    """The sentences ``[first, last)`` that report one visit, with its date."""

    first: int
    last: int
    date: DateMention | None


def _evidence(start: int, end: int, text: str) -> Evidence:
    return Evidence(start=start, end=end, text=text[start:end])


def _span_evidence(spans: list[Span], text: str) -> list[Evidence]:
    # Sliced from the text: Span.text walks the span's tokens.
    return [Evidence(start=s.start_char, end=s.end_char, text=text[s.start_char : s.end_char]) for s in spans]


def _visit_dates(view: TextView, dates: list[DateMention]) -> list[tuple[int, DateMention]]:
    """Date mentions that can date a visit, with their sentence.

    Those in a sentence that reports the visit, away from distractor words
    ("прошлого года", "подписано"); only when there are none, those of the
    first sentence (a headline or lead). A relative period ("на прошлой
    неделе") names when, not how long, so it cannot date a visit by itself.
    """
    trigger_sents = {c.sent for c in view.cues(view.vocab.triggers)}
    distractors = view.cues(view.vocab.date_distractors)
    usable: list[tuple[int, DateMention]] = []
    for d in dates:
        if d.kind not in _DAY_KINDS or d.start_date is None:
            continue
        if d.kind == "relative" and d.end_date not in (None, d.start_date):
            continue
        sent = view.sentence_of(d.start)
        first = view.word_at(d.start)
        last = view.word_at(max(d.start, d.end - 1)) + 1
        if not any(
            c.sent == sent and (0 <= c.first - last <= 3 or 0 <= first - c.last <= 3) for c in distractors
        ):
            usable.append((sent, d))
    # "7–8 февраля группа работала в Кургане. ... Гости побывали ...": a sentence that opens
    # with the date and leads into the report of the visit dates it too.
    trigger_paras = {view.paras[c.first] for c in view.cues(view.vocab.triggers)}
    leads = {
        (s, d.start)
        for s, d in usable
        if _opens_paragraph(view, d) and view.paras[view.word_at(d.start)] in trigger_paras
    }
    usable = [(s, d) for s, d in usable if not _dateline(view, d)]
    in_triggers = [(s, d) for s, d in usable if s in trigger_sents or (s, d.start) in leads]
    # Else the lead: a headline and the first sentence of the body say when.
    return in_triggers or [(s, d) for s, d in usable if s <= 2][:1]


def _opens_paragraph(view: TextView, d: DateMention) -> bool:
    i = view.word_at(d.start)
    para = view.paras[i]
    return all(view.paras[k] != para for k in range(max(0, i - 2), i)) or i == 0


def _dateline(view: TextView, d: DateMention) -> bool:
    """A line that holds little but the date ("22 апреля 2024, 10:15") is metadata, not the visit."""
    i = view.word_at(d.start)
    para = view.paras[i]
    words = [
        k
        for k in range(len(view.words))
        if view.paras[k] == para and any(ch.isalpha() for ch in view.words[k])
    ]
    outside = [k for k in words if not (d.start <= view.starts[k] < d.end)]
    return len(outside) <= 3


def _segments(view: TextView, dates: list[DateMention]) -> list[_Segment]:
    """Split the article where a new visit with another date starts."""
    candidates = _visit_dates(view, dates)
    events: list[tuple[int, DateMention]] = []
    for sent, d in candidates:
        if not events or (_distinct(events[-1][1], d) and sent != events[-1][0]):
            events.append((sent, d))
    durations = [d for d in dates if d.kind == "duration" and d.days]
    if len(events) < 2:
        date = events[0][1] if events else None
        return [_Segment(0, view.n_sents, _with_duration(view, date, durations))]
    bounds = [0] + [sent for sent, _ in events[1:]] + [view.n_sents]
    dated = [events[0][1]] + [_year_from(events[i - 1][1], events[i][1]) for i in range(1, len(events))]
    return [_Segment(bounds[i], bounds[i + 1], dated[i]) for i in range(len(events))]


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


def _in_segment(view: TextView, seg: _Segment, char: int) -> bool:
    return seg.first <= view.sentence_of(char) < seg.last


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
    if not view.cues(view.vocab.triggers):
        return []
    people = find_officials(view, lang)
    regions = find_region_mentions(view, lang)
    vote_region_roles(view, regions)
    roles = region_roles(regions)
    units = [(p.position_cue.start, p.position_cue.end) for p in people if p.position_cue]
    named = [p.organization_span for p in people if p.organization_span and p.organization_named]
    implied = [p.organization_span for p in people if p.organization_span and not p.organization_named]
    institutions = find_institutions(view, named, units, implied)

    visited = frozenset(i.name for i in institutions if i.visited)
    visits = []
    for seg in _segments(view, dates):
        seg_regions = [m for m in regions if seg.first <= m.sent < seg.last]
        seg_people = [p for p in people if any(_in_segment(view, seg, e.start_char) for e in p.mentions)]
        seg_insts = [i for i in institutions if any(_in_segment(view, seg, e.start_char) for e in i.mentions)]
        visit = Visit(
            regions=_regions(
                view.text, seg_regions, roles, countries_named_on_their_own(view, seg_regions, lang)
            ),
            officials=[_official(view, p, regions, roles, visited) for p in seg_people],
            institutions=[
                Institution(name=i.name, visited=i.visited, evidence=_span_evidence(i.mentions, view.text))
                for i in seg_insts
            ],
        )
        if seg.date is not None:
            visit.start_date, visit.end_date = seg.date.start_date, seg.date.end_date or seg.date.start_date
            visit.date_evidence = [_evidence(seg.date.start, seg.date.end, view.text)]
        visits.append(visit)
    return visits


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


def _official(
    view: TextView,
    person: PersonFound,
    regions: list[RegionMention],
    roles: dict[str, Side | None],
    visited: frozenset[str],
) -> Official:
    side = official_side(view, person, regions, roles, visited)
    return Official(
        name=person.name,
        position=person.position,
        organization=person.organization,
        side=side,
        evidence=_span_evidence(person.mentions, view.text),
    )

"""When two visit records of different articles describe the same visit.

A visit record is reduced to a :data:`Features` tuple (plain values, so that it can be
spooled with :mod:`pickle`), and two tuples match when

* their time windows overlap: the visit's dates, or, for a visit without dates, the
  calendar week (Monday to Sunday) of its article's publication; two records that have no
  time at all (no dates, no publication date) are not kept apart by time;
* they share a host region (regions with role ``host``; a visit without one offers its
  regions of unclear role instead);
* they share an official (name tokens, word order free, initials allowed) or an
  institution (stem-token F1 of at least 0.6, the shared scorer's rule); two records with
  no time at all must share an official;
* their sides do not conflict: no region, and no shared official, is host in one and
  guest in the other.

The blocking keys (host region, month) of :func:`block_keys` are such that two matching
records always share one, so that comparing within blocks finds every match.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

# (start ordinal, end ordinal) or None; publication week's Monday ordinal or None;
# host codes; {code: role}; official name keys with their side; institution stem sets.
Interval = tuple[int, int] | None
NameKey = tuple[frozenset[str], frozenset[str]]  # (full-word stems, initials)
InstitutionKey = tuple[frozenset[str], frozenset[str]]  # (word stems and numbers, numbers)
Features = tuple[
    int,  # record id (position of the visit in the input)
    int,  # article id (position of the article in the input)
    Interval,
    int | None,  # Monday of the publication week, as an ordinal
    tuple[str, ...],  # host codes
    tuple[tuple[str, str], ...],  # (code, role) of regions with a role
    tuple[tuple[NameKey, str | None], ...],  # officials: name key, side
    tuple[InstitutionKey, ...],  # institutions
]

STEM = 5  # letters that decide whether two words are one word (as the shared scorer does)
OPEN_END_DAYS = 2  # a visit whose end is not given is taken to last this many more days
MAX_MONTHS = 3  # a vague long period ("in spring") blocks on its first months only
MIN_INSTITUTION_F1 = 0.6
UNKNOWN_YEAR = 4  # stands for XXXX with no publication date: a leap year, far from any real date
TIMELESS = -1  # the month block of records with neither dates nor a publication date

_WORD = re.compile(r"\w+", re.UNICODE)


def normalize(text: str) -> str:
    """Casefold, ``ё`` as ``е``: the spelling differences of one name in two articles."""
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=1 << 16)  # names repeat across an archive; bounded, so memory stays flat
def name_key(name: str) -> NameKey:
    """Stems of a person's full words and the letters of their initials ("И. Петров")."""
    words = _WORD.findall(normalize(name))
    return frozenset(w[:STEM] for w in words if len(w) > 1), frozenset(w for w in words if len(w) == 1)


@lru_cache(maxsize=1 << 16)
def institution_stems(name: str) -> InstitutionKey:
    """Stems of the words with the numbers whole ("школа №4" is not "школа №45"), and the numbers."""
    words = _WORD.findall(normalize(name))
    numbers = frozenset(w for w in words if w.isdigit())
    return frozenset(w[:STEM] for w in words if len(w) > 1 and not w.isdigit()) | numbers, numbers


def same_person(a: NameKey, b: NameKey) -> bool:
    """The shorter name's words are all in the longer one and the initials agree."""
    (fa, ia), (fb, ib) = a, b
    if not fa or not fb or not (fa <= fb or fb <= fa):
        return False
    return _initials_fit(ia, fb) and _initials_fit(ib, fa)


def _initials_fit(initials: frozenset[str], words: frozenset[str]) -> bool:
    return not initials or initials <= {w[0] for w in words}


def same_institution(a: InstitutionKey, b: InstitutionKey) -> bool:
    """Stem-token F1 of at least 0.6, and the same numbers: school No. 4 and No. 5 are two schools."""
    (sa, na), (sb, nb) = a, b
    if na != nb:
        return False
    common = len(sa & sb)
    return common > 0 and 2 * common / (len(sa) + len(sb)) >= MIN_INSTITUTION_F1


def _day(value: str | None, published: dt.date | None) -> dt.date | None:
    """A visit date as a calendar day; ``XXXX`` takes the year that puts it nearest before publication."""
    if not value:
        return None
    try:
        if not value.startswith("XXXX"):
            return dt.date.fromisoformat(value)
        if published is None:  # compared by day and month with other records of unknown year
            return dt.date.fromisoformat(f"{UNKNOWN_YEAR:04d}{value[4:]}")
        day = dt.date.fromisoformat(f"{published.year}{value[4:]}")
    except ValueError:  # 29 February of a guessed year
        return None
    if (day - published).days > 31:  # "on 20 December" in a January article
        day = day.replace(year=day.year - 1)
    return day


def interval(visit: Mapping[str, Any], published: dt.date | None) -> Interval:
    start = _day(visit.get("start_date"), published)
    if start is None:
        return None
    end = _day(visit.get("end_date"), published)
    if end is None or end < start:
        end = start + dt.timedelta(days=OPEN_END_DAYS)
    return start.toordinal(), end.toordinal()


def week_monday(published: dt.date | None) -> int | None:
    if published is None:
        return None
    return published.toordinal() - published.weekday()


def parse_published(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def features(rid: int, aid: int, visit: Mapping[str, Any], published: dt.date | None) -> Features:
    host_codes, unclear, with_role = set(), set(), set()
    for r in visit.get("regions") or []:
        code, role = r["code"], r.get("role")
        if role is None:
            unclear.add(code)
        else:
            with_role.add((code, role))
            if role == "host":
                host_codes.add(code)
    hosts = tuple(sorted(host_codes or unclear))
    roles = tuple(sorted(with_role))
    officials = tuple((name_key(o["name"]), o.get("side")) for o in visit.get("officials") or [])
    institutions = tuple(institution_stems(i["name"]) for i in visit.get("institutions") or [])
    return (
        rid,
        aid,
        interval(visit, published),
        week_monday(published),
        hosts,
        roles,
        officials,
        institutions,
    )


@lru_cache(maxsize=1 << 14)
def _months(first: int, last: int) -> list[int]:
    """Months (year * 12 + month) from day ``first`` to day ``last``, at most :data:`MAX_MONTHS`."""
    a, b = dt.date.fromordinal(first), dt.date.fromordinal(last)
    lo, hi = a.year * 12 + a.month - 1, b.year * 12 + b.month - 1
    return list(range(lo, min(hi, lo + MAX_MONTHS - 1) + 1))


def block_keys(f: Features) -> list[tuple[str, int]]:
    """(host code, month) pairs: every month of the dates and of the publication week."""
    _, _, span, monday, hosts, *_ = f
    months: set[int] = set()
    if span is not None:
        months.update(_months(*span))
    if monday is not None:
        months.update(_months(monday, monday + 6))
    if not months:
        months.add(TIMELESS)
    return [(code, month) for code in hosts for month in sorted(months)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def same_time(a: Features, b: Features) -> bool:
    span_a, span_b, week_a, week_b = a[2], b[2], a[3], b[3]
    if span_a is None and span_b is None and week_a is None and week_b is None:
        return True  # nothing to compare: the other tests decide
    if span_a is not None and span_b is not None:
        return _overlap(span_a, span_b)
    if span_a is None and span_b is None:
        return week_a is not None and week_a == week_b
    # one side undated: its publication week against the other's dates
    if span_a is None and week_a is not None and span_b is not None:
        return _overlap((week_a, week_a + 6), span_b)
    if span_b is None and week_b is not None and span_a is not None:
        return _overlap((week_b, week_b + 6), span_a)
    return False


def _shared_officials(a: Features, b: Features) -> list[tuple[str | None, str | None]]:
    """The sides of every pair of officials that are one person."""
    return [(sa, sb) for ka, sa in a[6] for kb, sb in b[6] if same_person(ka, kb)]


def _conflict(sides: Iterable[tuple[str | None, str | None]]) -> bool:
    return any(x is not None and y is not None and x != y for x, y in sides)


def same_visit(a: Features, b: Features) -> bool:
    """The test of the module docstring; ``a`` and ``b`` come from different articles."""
    if a[1] == b[1] or not set(a[4]) & set(b[4]) or not same_time(a, b):
        return False
    roles_a = dict(a[5])
    if _conflict((roles_a.get(code), role) for code, role in b[5]):
        return False
    people = _shared_officials(a, b)
    if _conflict(people):
        return False
    if people:
        return True
    if a[2] is None and b[2] is None and a[3] is None and b[3] is None:
        return False  # with no time to go by, a body of the host region recurs in all its news
    return any(same_institution(x, y) for x in a[7] for y in b[7])


def index_keys(f: Features) -> set[str]:
    """Keys that two matching records share, as specific as the match rules allow.

    Two names of two words or more share every pair of words of the shorter one (``pp:``),
    so a common first name alone does not make records candidates; a one-word name
    (``p1:``) is probed against every word of the longer names (``pw:``, see
    :data:`PROBES`). Institutions with numbers share their numbers (``in:``), others a
    word (``iw:``).
    """
    keys: set[str] = set()
    for (full, _), _side in f[6]:
        words = sorted(full)
        if len(words) == 1:
            keys.add(f"p1:{words[0]}")
            continue
        keys.update(f"pw:{w}" for w in words)
        keys.update(f"pp:{a}|{b}" for i, a in enumerate(words) for b in words[i + 1 :])
    for stems, numbers in f[7]:
        if numbers:
            keys.add("in:" + "|".join(sorted(numbers)))
        else:
            keys.update(f"iw:{w}" for w in stems)
    return keys


# Posting lists that are compared with each other besides within themselves, by key prefix.
PROBES = {"p1:": "pw:"}

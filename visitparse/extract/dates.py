"""Find date mentions in Russian and Bulgarian text and normalize them to ISO dates.

This is the one place where dates are found and normalized. The logic is language-neutral;
each language gives its words in ``visitparse.lang.<lang>.dates`` (months, weekdays, relative
words, range prepositions, year markers, duration words).

How it works: the text is split once into tokens (digit runs, letter runs, single other
characters) by one regex with no nested quantifiers, then a left-to-right scan tries a small
set of hand-written patterns at each token that can start one (a number, a month, a weekday,
a relative word, a duration word), each looking at most a few tokens ahead. Time is therefore
linear in the text length, whatever the input.

Decisions:

* Spans leave out a leading preposition ("в феврале" -> "феврале", "на 11 септември" ->
  "11 септември"), except the opening word of a range ("с 25 по 28 ноября") and the idiom
  "на днях".
* No year in the text: the publication year, moved one year back when the date would fall
  more than ~half a year after publication ("28 декабря" published 5 January), one year forward
  when it would fall more than ~10 months before it ("15 января" published 20 December). With
  no publication date the year becomes ``XXXX`` (EDTF). Today's date is never used.
* A bare weekday ("в понедельник") is the latest such day on or before the publication date
  (news report the past); it needs a preposition before it, so "Света Неделя" stays a name.
  "прошлый"/"миналия" pick the day in the previous calendar week, "минувший"/"изминалия" the
  latest one strictly before publication, "этот"/"тази" the current week,
  "следующий"/"следващия" the next one.
* Relative periods ("на прошлой неделе", "миналата година") become the whole period
  (Monday-Sunday, first-last day of the month or year). Months and years named alone likewise.
* "на днях" / "наскоро" are kept as kind ``relative`` with null dates: the text dates the event
  only vaguely, and the visit assembler can tell that apart from no date at all.
* "в октябре прошлого года", "25 юли миналата година": the month/date takes the relative year.
* A weekday or a day word just before a date ("в четверг, 7 февраля", "в петък (10 април)",
  "Завтра, 12 марта", "в понеделник – на 20.03.2017") joins the date's span; the explicit date
  decides. A bare weekday that falls within a week of an explicit date of the same weekday in
  the text is that date ("13 февраля ... прибудет в понедельник").
* "накануне" alone is the day before publication; before a noun ("накануне праздника") or as a
  name ("Накануне.RU") it is no date.
* Without a publication date, a date with a year on a short header line (an issue's dateline)
  gives the year of the yearless dates.
* Durations ("двухдневный", "три дня") have null dates and their length in ``days``.
* Impossible dates ("31 февраля", "8-7 мая") are skipped entirely.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import importlib
import operator
import re
import threading
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress
from types import ModuleType

__all__ = ["DateMention", "find_dates"]

KINDS = ("date", "range", "relative", "month", "year", "duration", "weekday")


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text.

    ``text == input[start:end]``. ``start_date``/``end_date`` are ISO ``YYYY-MM-DD`` (or EDTF
    ``XXXX-MM-DD`` when the year is unknowable), both ``None`` when the mention cannot be
    anchored (a duration, a vague "на днях", a relative word without publication date).
    ``kind`` is one of :data:`KINDS`. ``days`` is the length stated by a duration
    ("двухдневный" -> 2), else ``None``.
    """

    start: int
    end: int
    text: str
    start_date: str | None
    end_date: str | None
    kind: str
    lemma: str
    days: int | None = None


# Digit runs, letter runs, or any other single non-space character. No nested quantifiers.
_TOKEN_RE = re.compile(r"[0-9]+|[^\W\d_]+|\S")
# The same tokens plus the whitespace between them, so that the pieces cover the whole text.
_PIECE_RE = re.compile(r"\s+|[0-9]+|[^\W\d_]+|\S")
_DASHES = frozenset("-‐‑‒–—―−")
_YEAR_MIN, _YEAR_MAX = 1000, 2999
# Year inference thresholds (days between the yearless date and the publication date).
_AFTER_MEANS_LAST_YEAR = 183
_BEFORE_MEANS_NEXT_YEAR = 300
_MAX_WRAPPED_RANGE = 92  # days
# Period offset of each modifier kind ("прошлой неделе" -> -1 week).
_OFFSETS = {"past": -1, "recent": -1, "this": 0, "next": 1}
_WEEKDAY_JOINS = frozenset({"и", ",", "-", "–", "—"})


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


@dataclass(frozen=True)
class _Lexicon:
    """A language's date words, normalized and indexed for the scanner."""

    months: dict[str, int]
    month_base: tuple[str, ...]
    weekdays: dict[str, int]
    weekday_base: tuple[str, ...]
    context_words: frozenset[str]
    year_words: frozenset[str]
    year_abbreviations: frozenset[str]
    day_suffixes: frozenset[str]
    # days written as words: "шестого", "двадцать" + "первого"
    day_ordinals: dict[str, int]
    day_tens: dict[str, int]
    range_closers: dict[str, frozenset[str]]
    range_conjunctions: frozenset[str]
    # first word -> [(all words, day offset or None for vague)], longest first
    phrases: dict[str, list[tuple[tuple[str, ...], int | None]]]
    # "накануне": the day before, when it stands alone (not "накануне праздника")
    eve_words: frozenset[str]
    modifiers: dict[str, str]
    period_units: dict[str, str]
    duration_prefixes: dict[str, int]
    duration_stems: dict[str, int]
    numerals: dict[str, int]
    duration_units: dict[str, int]
    lemmas: dict[str, str]
    # words that may start a pattern, and a search for duration stems ("днев" in "двудневно")
    triggers: frozenset[str]
    stem_re: re.Pattern[str]


def _build_lexicon(data: ModuleType) -> _Lexicon:
    months = {_norm(f): n for n, forms in enumerate(data.MONTHS, 1) for f in forms}
    weekdays = {_norm(f): n for n, forms in enumerate(data.WEEKDAYS) for f in forms}
    closers: dict[str, set[str]] = {}
    for opener, closer in data.RANGE_PAIRS:
        closers.setdefault(_norm(opener), set()).add(_norm(closer))
    phrases: dict[str, list[tuple[tuple[str, ...], int | None]]] = {}
    entries: list[tuple[str, int | None]] = [(p, o) for p, o in data.RELATIVE_DAYS.items()]
    entries += [(p, None) for p in data.VAGUE]
    entries += [(p, -1) for p in getattr(data, "EVE_WORDS", ())]
    for phrase, offset in entries:
        words = tuple(_norm(w) for w in phrase.split())
        phrases.setdefault(words[0], []).append((words, offset))
    for options in phrases.values():
        options.sort(key=lambda item: -len(item[0]))
    modifiers: dict[str, str] = {}
    for mode, words in (
        ("past", data.PAST_MODIFIERS),
        ("recent", data.RECENT_MODIFIERS),
        ("this", data.THIS_MODIFIERS),
        ("next", data.NEXT_MODIFIERS),
    ):
        modifiers.update({_norm(w): mode for w in words})
    numerals = {_norm(k): v for k, v in data.NUMERALS.items()}
    duration_stems = {_norm(k): v for k, v in data.DURATION_STEMS.items()}
    triggers = frozenset(months) | frozenset(weekdays) | frozenset(closers) | frozenset(phrases)
    day_ordinals = {_norm(k): v for k, v in getattr(data, "DAY_ORDINALS", {}).items()}
    day_tens = {_norm(k): v for k, v in getattr(data, "DAY_TENS", {}).items()}
    triggers |= frozenset(modifiers) | frozenset(numerals) | frozenset(day_ordinals) | frozenset(day_tens)
    return _Lexicon(
        months=months,
        month_base=tuple(forms[0] for forms in data.MONTHS),
        weekdays=weekdays,
        weekday_base=tuple(forms[0] for forms in data.WEEKDAYS),
        context_words=frozenset(_norm(w) for w in data.CONTEXT_WORDS),
        year_words=frozenset(_norm(w) for w in data.YEAR_WORDS),
        year_abbreviations=frozenset(_norm(w) for w in data.YEAR_ABBREVIATIONS),
        day_suffixes=frozenset(_norm(w) for w in data.DAY_SUFFIXES),
        day_ordinals=day_ordinals,
        day_tens=day_tens,
        range_closers={k: frozenset(v) for k, v in closers.items()},
        range_conjunctions=frozenset(_norm(w) for w in data.RANGE_CONJUNCTIONS),
        phrases=phrases,
        eve_words=frozenset(_norm(w) for w in getattr(data, "EVE_WORDS", ())),
        modifiers=modifiers,
        period_units={_norm(k): v for k, v in data.PERIOD_UNITS.items()},
        duration_prefixes={_norm(k): v for k, v in data.DURATION_PREFIXES.items()},
        duration_stems=duration_stems,
        numerals=numerals,
        duration_units={_norm(k): v for k, v in data.DURATION_UNITS.items()},
        lemmas={_norm(k): v for k, v in data.LEMMAS.items()},
        triggers=triggers,
        # an alternation of plain words: no backtracking risk
        stem_re=re.compile(
            "|".join(re.escape(stem) for stem in sorted(duration_stems, key=len, reverse=True))
        ),
    )


_lexicons: dict[str, _Lexicon] = {}
_lock = threading.Lock()


def _lexicon(lang: str) -> _Lexicon:
    """The compiled date words of ``lang``, built once per process."""
    lexicon = _lexicons.get(lang)
    if lexicon is None:
        with _lock:
            lexicon = _lexicons.get(lang)
            if lexicon is None:
                try:
                    data = importlib.import_module(f"visitparse.lang.{lang}.dates")
                except ModuleNotFoundError as exc:
                    raise ValueError(f"no date vocabulary for language {lang!r}") from exc
                lexicon = _lexicons[lang] = _build_lexicon(data)
    return lexicon


# --------------------------------------------------------------------------- calendar helpers


def _valid(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    # Unknown year: allow 29 February (it exists in some year).
    return day <= (calendar.monthrange(year if year is not None else 2000, month)[1])


def _last_day(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]


def _infer_year(month: int, day: int, published: dt.date) -> int:
    """The year of a yearless day-month, judged against the publication date."""
    year = published.year
    delta = (dt.date(year, month, min(day, 28)) - published).days
    if delta > _AFTER_MEANS_LAST_YEAR:
        return year - 1
    if delta < -_BEFORE_MEANS_NEXT_YEAR:
        return year + 1
    return year


def _iso(year: int | None, month: int, day: int) -> str:
    return f"{'XXXX' if year is None else f'{year:04d}'}-{month:02d}-{day:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# --------------------------------------------------------------------------- scanner


@dataclass(frozen=True)
class _Part:
    """One side of a date: a day, maybe a month and a year; ``end`` is the next token index."""

    end: int
    day: int
    month: int | None
    year: int | None


@dataclass(frozen=True)
class _Match:
    """A pattern matched tokens ``[first, end)``; ``kind`` None means 'consume, emit nothing'."""

    first: int
    end: int
    kind: str | None
    start_date: str | None = None
    end_date: str | None = None
    days: int | None = None


class _Scanner:
    """Token-level date patterns over one text; every pattern looks a bounded distance ahead."""

    def __init__(self, text: str, lex: _Lexicon, published: dt.date | None) -> None:
        self.text = text
        self.lex = lex
        self.published = published
        folded = self.folded = _norm(text)
        self.aligned = len(folded) == len(text)
        if self.aligned:
            # All C-level passes: the pieces cover the text, so offsets are running lengths.
            pieces = _PIECE_RE.findall(folded)
            keep = list(map(operator.not_, map(str.isspace, pieces)))
            self.norm = list(compress(pieces, keep))
            self.ends = list(compress(accumulate(map(len, pieces)), keep))
            self.starts = list(map(operator.sub, self.ends, map(len, self.norm)))
        else:  # rare letters whose lower case is longer ("İ"): fold token by token
            spans = [m.span() for m in _TOKEN_RE.finditer(text)]
            self.starts = [start for start, _ in spans]
            self.ends = [end for _, end in spans]
            self.norm = [_norm(text[start:end]) for start, end in spans]
        self.n = len(self.norm)

    # ----- small token predicates

    def _original(self, i: int) -> str:
        """Token ``i`` as written (``norm`` is folded to lower case)."""
        return self.text[self.starts[i] : self.ends[i]]

    def _glued(self, i: int) -> bool:
        """Token ``i`` touches the previous token (no space between them)."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def _is(self, i: int, chars: frozenset[str] | str) -> bool:
        return i < self.n and self.norm[i] in chars

    def _number(self, i: int, max_len: int) -> int | None:
        if i < self.n and self.norm[i].isdigit() and self.norm[i].isascii() and len(self.norm[i]) <= max_len:
            return int(self.norm[i])
        return None

    def _year(self, i: int) -> int | None:
        if i < self.n and len(self.norm[i]) == 4 and self.norm[i].isdigit() and self.norm[i].isascii():
            value = int(self.norm[i])
            if _YEAR_MIN <= value <= _YEAR_MAX:
                return value
        return None

    def _in_number_chain(self, i: int) -> bool:
        """Token ``i`` continues a number like "1.5", "3,7" or "10:30" (so it is no day)."""
        return (
            self._glued(i)
            and self.norm[i - 1] in ".,:/"
            and self._glued(i - 1)
            and self.norm[i - 2].isdigit()
        )

    def _year_marker(self, i: int) -> int:
        """Index after a year marker at ``i`` ("года", "г.", "г"), or ``i`` if there is none."""
        if i >= self.n:
            return i
        word = self.norm[i]
        if word in self.lex.year_abbreviations:
            return i + 2 if self._is(i + 1, ".") and self._glued(i + 1) else i + 1
        if word in self.lex.year_words:
            return i + 1
        return i

    # ----- patterns

    def _worded_day(self, i: int) -> tuple[int, int] | None:
        """A day written as an ordinal word, (day, index after it): "шестого", "двадесет и първи"."""
        lex = self.lex
        word = self.norm[i]
        tens = lex.day_tens.get(word)
        if tens is None:
            day = lex.day_ordinals.get(word)
            return None if day is None else (day, i + 1)
        j = i + 2 if self._is(i + 1, lex.range_conjunctions) else i + 1
        unit = lex.day_ordinals.get(self.norm[j]) if j < self.n else None
        if unit is None or unit > 9 or tens + unit > 31:
            return None
        return tens + unit, j + 1

    def part(self, i: int) -> _Part | None:
        """A day with optional month and year: "7", "7 февраля 2025 года", "07.02.2025 г."."""
        if i < self.n and self.norm[i][0].isalpha():
            worded = self._worded_day(i)
            return None if worded is None else self._month_and_year(worded[1], worded[0])
        day = self._number(i, 2)
        if day is None or not 1 <= day <= 31 or self._in_number_chain(i):
            return None
        # Numeric DD.MM.YYYY, all glued together.
        if self._is(i + 1, ".") and self._glued(i + 1) and self._glued(i + 2) and self._glued(i + 4):
            month = self._number(i + 2, 2)
            year = self._year(i + 4)
            if month is not None and year is not None and self._is(i + 3, ".") and self._glued(i + 3):
                j = i + 5
                if self._is(j, ".") and self._glued(j) and self._glued(j + 1) and self.norm[j + 1].isdigit():
                    return None  # a longer dotted number (a version, an address)
                return _Part(self._year_marker(j), day, month, year)
        j = i + 1
        if (
            self._is(j, _DASHES)
            and self._glued(j)
            and self._glued(j + 1)
            and self.norm[j + 1] in self.lex.day_suffixes
        ):
            j += 2  # "1-го", "1-ви"
        return self._month_and_year(j, day)

    def _month_and_year(self, j: int, day: int) -> _Part:
        """The rest of a date after its day, which ends before token ``j``: a month and a year, if any."""
        month = self.lex.months.get(self.norm[j]) if j < self.n else None
        if month is None:
            return _Part(j, day, None, None)
        j += 1
        year = self._year(j)
        if year is None:
            relative = self._relative_year(j)
            if relative is not None:
                return _Part(relative[0], day, month, relative[1])
            return _Part(j, day, month, None)
        return _Part(self._year_marker(j + 1), day, month, year)

    def _relative_year(self, i: int) -> tuple[int, int | None] | None:
        """ "прошлого года" / "миналата година" after a month: (index after it, the year if known)."""
        if i + 1 >= self.n or self.lex.period_units.get(self.norm[i + 1]) != "year":
            return None
        mode = self.lex.modifiers.get(self.norm[i])
        if mode is None:
            return None
        year = self.published.year + _OFFSETS[mode] if self.published is not None else None
        return i + 2, year

    def day_expression(self, i: int) -> _Match | None:
        """A date or a range of days, with or without an opening preposition at ``i``."""
        closers = self.lex.range_closers.get(self.norm[i])
        first = i
        if closers is not None:
            i += 1
        a = self.part(i)
        if a is None:
            return None
        j = a.end
        if j < self.n:
            word = self.norm[j]
            if closers is not None:
                joined = word in closers or self.norm[j] in _DASHES
            else:
                joined = self.norm[j] in _DASHES or (a.month is None and word in self.lex.range_conjunctions)
            if joined:
                b = self.part(j + 1)
                if b is not None and b.month is not None:
                    return self._range(first, a, b)
        if closers is not None or a.month is None:
            return None
        return self._single(first, a)

    def _single(self, first: int, a: _Part) -> _Match:
        assert a.month is not None
        year = a.year
        if year is None and self.published is not None and _valid(None, a.month, a.day):
            year = _infer_year(a.month, a.day, self.published)
        if not _valid(year, a.month, a.day):
            return _Match(first, a.end, None)
        iso = _iso(year, a.month, a.day)
        return _Match(first, a.end, "date", iso, iso)

    def _range(self, first: int, a: _Part, b: _Part) -> _Match:
        assert b.month is not None
        month_a = a.month if a.month is not None else b.month
        ya, yb = a.year, b.year
        a_after_b = (month_a, a.day) > (b.month, b.day)
        if ya is None and yb is not None:
            ya = yb - 1 if a_after_b else yb
        elif yb is None and ya is not None:
            yb = ya + 1 if a_after_b else ya
        elif ya is None and yb is None and self.published is not None and _valid(None, month_a, a.day):
            ya = _infer_year(month_a, a.day, self.published)
            yb = ya + 1 if a_after_b else ya
        ok = _valid(ya, month_a, a.day) and _valid(yb, b.month, b.day)
        if a.month is None:
            ok = ok and a.day < b.day  # "8-7 мая" is no range
        elif ok and a_after_b and (a.year is None or b.year is None):
            # A range we wrapped into the next year must stay short ("с 28 декабря по 3 января"),
            # not turn "2 мая - 30 апреля" into a whole year.
            ok = (
                dt.date(2001, b.month, min(b.day, 28)) - dt.date(2000, month_a, a.day)
            ).days <= _MAX_WRAPPED_RANGE
        if ok and ya is not None and yb is not None:
            ok = dt.date(ya, month_a, a.day) < dt.date(yb, b.month, b.day)
        if not ok:
            return _Match(first, b.end, None)
        return _Match(first, b.end, "range", _iso(ya, month_a, a.day), _iso(yb, b.month, b.day))

    def month_expression(self, i: int) -> _Match | None:
        """A month named without a day: "феврале 2025 года", "(през) октомври"."""
        month = self.lex.months[self.norm[i]]
        year = self._year(i + 1)
        relative = self._relative_year(i + 1) if year is None else None
        if relative is not None:
            end, year = relative  # "в октябре прошлого года"
        elif year is None:
            # Without a year, only a lower-case month after a preposition ("в мае", not "Мая").
            if not self._original(i).islower() or i == 0 or self.norm[i - 1] not in self.lex.context_words:
                return None
            end = i + 1
        else:
            end = self._year_marker(i + 2)
        if year is None and self.published is not None:
            year = _infer_year(month, 15, self.published)
        return _Match(i, end, "month", _iso(year, month, 1), _iso(year, month, _last_day(year, month)))

    def year_expression(self, i: int) -> _Match | None:
        """A year alone: "2022 году", "2022 г.", "2022–2023 гг."; a marker or context is needed."""
        first_year = self._year(i)
        if first_year is None or self._in_number_chain(i):
            return None
        last_year, j = first_year, i + 1
        if self._is(j, _DASHES):
            second = self._year(j + 1)
            if second is not None and second > first_year:
                last_year, j = second, j + 2
        end = self._year_marker(j)
        if end == j:
            # No marker: accept "в 2022," only after a preposition and before punctuation or the end.
            bare_ok = (
                last_year == first_year
                and i > 0
                and self.norm[i - 1] in self.lex.context_words
                and (j >= self.n or not self.norm[j][0].isalnum())
            )
            if not bare_ok:
                return None
        return _Match(i, end, "year", _iso(first_year, 1, 1), _iso(last_year, 12, 31))

    def weekday_expression(self, i: int, first: int, mode: str) -> _Match | None:
        """A weekday ("понедельник", after a modifier "прошлую пятницу"), or a weekday + date."""
        j = i + 1
        k = self._before_explicit(j)
        if mode in ("bare", "this") and k < self.n:
            explicit = self.day_expression(k)
            if explicit is not None and explicit.kind is not None:
                # "в четверг, 7 февраля", "в петък (10 април)": the explicit date wins and the
                # weekday joins the span.
                end = explicit.end
                if self._is(j, "(") and self._is(end, ")"):
                    end += 1
                return _Match(first, end, explicit.kind, explicit.start_date, explicit.end_date)
        if mode == "bare" and (i == 0 or self.norm[i - 1] not in self.lex.context_words):
            return None  # a weekday alone needs "в"/"във": "Света Неделя" is a name
        # "в сряда и четвъртък": two days, one range.
        second = None
        if j + 1 < self.n and self.norm[j] in _WEEKDAY_JOINS and self.norm[j + 1] in self.lex.weekdays:
            second = self.lex.weekdays[self.norm[j + 1]]
            j += 2
        # "... миналата седмица", "... на прошлой неделе": the week is named after the days.
        week_after = self._week_after(j) if mode == "bare" else None
        if week_after is not None:
            mode, j = week_after
        kind = "range" if second is not None else "weekday"
        if self.published is None:
            return _Match(first, j, kind)
        target = self.lex.weekdays[self.norm[i]]
        first_day = self._weekday_date(target, mode)
        last_day = first_day + dt.timedelta(days=(second - target) % 7) if second is not None else first_day
        if mode == "bare" and last_day > self.published:
            # Both days are past: "в среду и четверг" written on a Wednesday is last week.
            first_day, last_day = first_day - dt.timedelta(days=7), last_day - dt.timedelta(days=7)
        return _Match(first, j, kind, first_day.isoformat(), last_day.isoformat())

    def _before_explicit(self, j: int) -> int:
        """Where an explicit date may start after a weekday or a day word ending at ``j``.

        "в четверг, 7 февраля", "в петък (10 април)", "в понеделник – на 20.03.2017".
        """
        if self._is(j, ",(") or self._is(j, _DASHES):
            j += 1
        if j + 1 < self.n and self.norm[j] in self.lex.context_words and self.norm[j + 1].isdigit():
            j += 1
        return j

    def _weekday_date(self, target: int, mode: str) -> dt.date:
        """The date of weekday ``target`` (0 = Monday) in the week that ``mode`` names."""
        pub = self.published
        assert pub is not None
        monday = pub - dt.timedelta(days=pub.weekday())
        if mode == "bare":
            return pub - dt.timedelta(days=(pub.weekday() - target) % 7)
        if mode == "recent":
            return pub - dt.timedelta(days=(pub.weekday() - target) % 7 or 7)
        week = {"past": -1, "this": 0, "next": 1}[mode]
        return monday + dt.timedelta(days=7 * week + target)

    def _week_after(self, k: int) -> tuple[str, int] | None:
        """(mode, end) of a week phrase at ``k`` ("миналата седмица", "на прошлой неделе")."""
        if k < self.n and self.norm[k] in self.lex.context_words:
            k += 1
        if k + 1 >= self.n or self.norm[k] not in self.lex.modifiers:
            return None
        if self.lex.period_units.get(self.norm[k + 1]) != "week":
            return None
        mode = self.lex.modifiers[self.norm[k]]
        return ("past" if mode == "recent" else mode), k + 2

    def modifier_expression(self, i: int) -> _Match | None:
        """A modifier + weekday or period: "минувший четверг", "прошлой неделе", "миналата година"."""
        j = i + 1
        if j >= self.n:
            return None
        mode = self.lex.modifiers[self.norm[i]]
        if self.norm[j] in self.lex.weekdays:
            return self.weekday_expression(j, i, mode)
        unit = self.lex.period_units.get(self.norm[j])
        if unit is None:
            return None
        if self.published is None:
            return _Match(i, j + 1, "relative")
        offset = _OFFSETS[mode]
        pub = self.published
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * offset)
            first_day, last_day = monday, monday + dt.timedelta(days=6)
        elif unit == "month":
            year, month = _add_months(pub.year, pub.month, offset)
            first_day, last_day = dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))
        else:
            first_day, last_day = dt.date(pub.year + offset, 1, 1), dt.date(pub.year + offset, 12, 31)
        return _Match(i, j + 1, "relative", first_day.isoformat(), last_day.isoformat())

    def phrase_expression(self, i: int) -> _Match | None:
        """A relative day word ("вчера", "онзи ден") or a vague one ("на днях").

        An explicit date right after it wins and joins the span ("Завтра, 12 марта").
        """
        for words, offset in self.lex.phrases.get(self.norm[i], ()):
            end = i + len(words)
            if end <= self.n and tuple(self.norm[i:end]) == words:
                k = self._before_explicit(end)
                explicit = self.day_expression(k) if k < self.n and k > end else None
                if explicit is not None and explicit.kind is not None:
                    return _Match(i, explicit.end, explicit.kind, explicit.start_date, explicit.end_date)
                if words[-1] in self.lex.eve_words and not self._eve_alone(i, end):
                    return None  # "накануне праздника": the eve of an event, not a day
                if offset is None or self.published is None:
                    return _Match(i, end, "relative")
                iso = (self.published + dt.timedelta(days=offset)).isoformat()
                return _Match(i, end, "relative", iso, iso)
        return None

    def _eve_alone(self, i: int, end: int) -> bool:
        """An eve word used alone ("Накануне, ...", "Накануне глава посетил"), not before a noun.

        Capitalized inside a sentence, or glued to what follows ("Накануне.RU"), it is a name.
        """
        capital = self._original(i)[0].isupper()
        if capital and i > 0 and self.norm[i - 1][0].isalnum():
            return False
        if end >= self.n:
            return True
        if not self.norm[end][0].isalnum():
            return not (self._glued(end) and self._glued(end + 1) and self.norm[end + 1][0].isalnum())
        return capital and self._original(end)[0].islower()

    def duration_expression(self, i: int) -> _Match | None:
        """A stated length: "двухдневный", "2-дневен", "три дня", "3 дня"."""
        word = self.norm[i]
        lex = self.lex
        count = lex.numerals.get(word)
        if count is None and self.norm[i].isdigit() and len(self.norm[i]) <= 3:
            count = int(self.norm[i])
        if count is not None and i + 1 < self.n:
            unit = lex.duration_units.get(self.norm[i + 1])
            if unit is not None:
                return _Match(i, i + 2, "duration", days=count * unit)
            # "2-дневный": number, glued dash, glued adjective starting with the stem.
            if self._is(i + 1, _DASHES) and self._glued(i + 1) and self._glued(i + 2):
                for stem, per_unit in lex.duration_stems.items():
                    if self.norm[i + 2].startswith(stem):
                        return _Match(i, i + 3, "duration", days=count * per_unit)
        for stem, per_unit in lex.duration_stems.items():
            at = word.find(stem)
            if at > 0:
                prefix_count = lex.duration_prefixes.get(word[:at])
                if prefix_count is not None:
                    return _Match(i, i + 1, "duration", days=prefix_count * per_unit)
        return None

    def match_at(self, i: int) -> _Match | None:
        """The first pattern that matches at token ``i`` (most specific first)."""
        word = self.norm[i]
        lex = self.lex
        if (
            word in lex.range_closers
            or self.norm[i].isdigit()
            or word in lex.day_ordinals
            or word in lex.day_tens
        ):
            found = self.day_expression(i)
            if found is not None:
                return found
        if self.norm[i].isdigit():
            return self.year_expression(i) or self.duration_expression(i)
        if word in lex.phrases:
            found = self.phrase_expression(i)
            if found is not None:
                return found
        if word in lex.modifiers:
            found = self.modifier_expression(i)
            if found is not None:
                return found
        if word in lex.weekdays:
            return self.weekday_expression(i, i, "bare")
        if word in lex.months:
            return self.month_expression(i)
        return self.duration_expression(i)

    def scan(self) -> list[DateMention]:
        """All mentions, left to right; only tokens that can start a pattern are tried."""
        triggers = self.lex.triggers
        norm = self.norm
        flags = map(operator.or_, map(triggers.__contains__, norm), map(str.isdigit, norm))
        candidates = list(compress(range(self.n), flags))
        # Duration adjectives are words containing a stem ("двудневно"): find the stems in the text.
        stem_re = self.lex.stem_re
        if self.aligned:
            stem_tokens = {bisect_right(self.starts, m.start()) - 1 for m in stem_re.finditer(self.folded)}
        else:
            stem_tokens = {i for i, word in enumerate(norm) if stem_re.search(word)}
        if stem_tokens:
            candidates = sorted(set(candidates) | stem_tokens)
        mentions: list[DateMention] = []
        next_free = 0
        for i in candidates:
            if i < next_free:
                continue
            found = self.match_at(i)
            if found is None:
                continue
            if found.kind is not None:
                mentions.append(self._mention(found))
            next_free = found.end
        return mentions

    def _mention(self, found: _Match) -> DateMention:
        assert found.kind is not None
        start, end = self.starts[found.first], self.ends[found.end - 1]
        return DateMention(
            start=start,
            end=end,
            text=self.text[start:end],
            start_date=found.start_date,
            end_date=found.end_date,
            kind=found.kind,
            lemma=self._lemma(found),
            days=found.days,
        )

    def _lemma(self, found: _Match) -> str:
        """The text with inflected month/weekday/relative words put in their base form.

        Dates and ranges keep their text ("7 февраля" is the base form of a date).
        """
        start = self.starts[found.first]
        text = self.text[start : self.ends[found.end - 1]]
        if found.kind in ("date", "range", "duration"):
            return text
        lex = self.lex
        pieces: list[str] = []
        cursor = start
        for t in range(found.first, found.end):
            word = self.norm[t]
            base: str | None = None
            if word in lex.months:
                base = lex.month_base[lex.months[word] - 1]
            elif word in lex.weekdays:
                base = lex.weekday_base[lex.weekdays[word]]
            elif found.kind != "month" and word in lex.lemmas:
                base = lex.lemmas[word]
            if base is None or base == word:
                continue
            if self._original(t)[0].isupper():
                base = base[0].upper() + base[1:]
            pieces.append(self.text[cursor : self.starts[t]])
            pieces.append(base)
            cursor = self.ends[t]
        pieces.append(self.text[cursor : self.ends[found.end - 1]])
        return "".join(pieces)


def find_dates(text: str, lang: str, published: dt.date | None = None) -> list[DateMention]:
    """All date mentions of ``text`` in ``lang`` ("ru" or "bg"), non-overlapping, in text order.

    ``published`` anchors relative expressions ("вчера", "миналата седмица") and yearless dates;
    without it, yearless dates get an ``XXXX`` year and relative ones null dates.
    """
    if isinstance(published, dt.datetime):
        published = published.date()  # a timestamp must not leak a time into the ISO output
    mentions = _Scanner(text, _lexicon(lang), published).scan()
    if published is None:
        mentions = _years_from_header(text, mentions)
    return _weekdays_to_explicit(mentions)


# A header line (an issue's dateline) is one of the first lines and holds few words.
_HEADER_LINES = 6
_HEADER_WORDS = 12
_WEEKDAY_REACH = 7  # days between a weekday's resolution and the explicit date it names


def _years_from_header(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Yearless dates take their year from a dated header line when there is no publication date.

    "Вестник ..., брой 8, 24 февруари – 2 март 2017" dates the issue, so "16 февруари" in its
    body is of 2017 (the year is judged against the header's date as against a publication date).
    """
    header_end = -1
    for _ in range(_HEADER_LINES):
        header_end = text.find("\n", header_end + 1)
        if header_end < 0:
            header_end = len(text)
            break
    anchor = next(
        (m for m in mentions if m.start < header_end and _in_header(text, m) and _full_iso(m.start_date)),
        None,
    )
    if anchor is None or anchor.start_date is None:
        return mentions
    reference = dt.date.fromisoformat(anchor.start_date)
    out = []
    for m in mentions:
        if m.kind in ("date", "range") and m.start_date and m.start_date.startswith("XXXX"):
            m = _with_year(m, reference)
        out.append(m)
    return out


def _in_header(text: str, m: DateMention) -> bool:
    if m.kind not in ("date", "range"):
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.split()) <= _HEADER_WORDS


def _full_iso(iso: str | None) -> bool:
    return iso is not None and not iso.startswith("XXXX")


def _with_year(m: DateMention, reference: dt.date) -> DateMention:
    """``m`` (an ``XXXX`` date or range) with the year it has when written on ``reference``."""
    assert m.start_date is not None
    month, day = int(m.start_date[5:7]), int(m.start_date[8:10])
    year = _infer_year(month, day, reference)
    if not _valid(year, month, day):
        return m
    end = m.end_date or m.start_date
    end_year = year + 1 if end[5:] < m.start_date[5:] else year
    if not _valid(end_year, int(end[5:7]), int(end[8:10])):
        return m
    return dataclasses.replace(
        m, start_date=f"{year:04d}" + m.start_date[4:], end_date=f"{end_year:04d}" + end[4:]
    )


def _weekdays_to_explicit(mentions: list[DateMention]) -> list[DateMention]:
    """A bare weekday names the explicit date of that weekday the text gives nearby in time.

    "13 февраля планирует посетить ... прибудет в понедельник": written on Friday 10 February,
    "в понедельник" is Monday the 13th, not the Monday before.
    """
    explicit = [
        dt.date.fromisoformat(m.start_date)
        for m in mentions
        if m.kind == "date"
        and m.start_date is not None
        and _full_iso(m.start_date)
        and m.start_date == m.end_date
    ]
    if not explicit:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "weekday" and m.start_date is not None and _full_iso(m.start_date):
            day = dt.date.fromisoformat(m.start_date)
            same = [
                d for d in explicit if d.weekday() == day.weekday() and abs((d - day).days) <= _WEEKDAY_REACH
            ]
            if same:
                iso = min(same, key=lambda d: abs((d - day).days)).isoformat()
                m = dataclasses.replace(m, start_date=iso, end_date=iso)
        out.append(m)
    return out

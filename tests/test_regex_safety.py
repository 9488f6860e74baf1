"""No catastrophic backtracking: regular expressions and the parser take linear time.

Every compiled pattern at module level in visitparse (and in module-level tuples, lists and
dicts) is run over long repetitive strings that end in a character it cannot match -- the
shape that makes a backtracking pattern blow up -- at two lengths, L and 4L.  Linear time
means about 4x; a quadratic pattern takes about 16x.  Times are the best of three, and
tiny times (noise) are never judged, so the check cannot flake on a busy machine.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator

import pytest

import visitparse
from visitparse.io.chunks import parse_in_chunks

SHORT = 2000  # characters; the long input is four times as long
FACTOR = 10.0  # linear is ~4, quadratic ~16
NOISE = 0.02  # seconds: below this the long run is fast whatever its growth

# Units repeated to make the inputs: letters, digits, spaces, punctuation, markup and
# fragments of dates, names and HTML that the project's patterns look for.
UNITS = (
    "а", "А", "a", "1", " ", "\n", "\t ", "\n \n", ".", "-", "«", "<", "\ufffd",
    "аа ", "А а ", "А. ", "а.", "а-", "1.", "12.", "12.03.", "2025-", "12 марта ", ", а ",
    "<!--", "<meta ", "charset", "date ", "дата: ", "Уфа, ", "И. ", "ул. ",
)  # fmt: skip
TAIL = "!\x00"


def _module_patterns() -> Iterator[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    for info in pkgutil.walk_packages(visitparse.__path__, "visitparse."):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{name}", value
            elif isinstance(value, tuple | list | dict):
                items = value.values() if isinstance(value, dict) else value
                for n, item in enumerate(items):
                    if isinstance(item, re.Pattern):
                        yield f"{info.name}.{name}[{n}]", item


PATTERNS = dict(_module_patterns())


def _best_time(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def _adversarial(unit: str, length: int) -> str:
    return unit * (length // len(unit)) + TAIL


def _scan(pattern: re.Pattern[str] | re.Pattern[bytes], text: str) -> Callable[[], object]:
    """Everything a caller may do with a pattern: search, match and find all matches."""
    if isinstance(pattern.pattern, bytes):
        data = text.encode("utf-8")
        return lambda: (pattern.search(data), pattern.match(data), list(pattern.finditer(data)))
    return lambda: (pattern.search(text), pattern.match(text), list(pattern.finditer(text)))


def test_patterns_were_found() -> None:
    # Guards the collector itself: a silent zero would make the next test pass vacuously.
    assert len(PATTERNS) >= 20
    assert "visitparse.parser._META_DATE" in PATTERNS


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_time_grows_linearly(name: str) -> None:
    pattern = PATTERNS[name]
    slow = []
    for unit in UNITS:
        short = _best_time(_scan(pattern, _adversarial(unit, SHORT)))
        long = _best_time(_scan(pattern, _adversarial(unit, 4 * SHORT)))
        if long > NOISE and long > FACTOR * short:
            slow.append(f"{unit!r}: {short * 1000:.1f} ms -> {long * 1000:.1f} ms")
    assert not slow, f"{name} ({pattern.pattern!r}) is superlinear on: {'; '.join(slow)}"


@pytest.mark.parametrize(
    "unit",
    ["Уфа, ", "12 марта ", "Иван Седов, ", "министр ", "о", "(", "делегация от Бургас посети Русе "],
)
def test_parser_time_grows_linearly_on_repetitive_text(unit: str) -> None:
    parser = visitparse.Parser()
    parser.parse("Делегация из Уфы посетила Оренбург.")  # models loaded before timing

    def parse(length: int) -> Callable[[], object]:
        text = _adversarial(unit, length)
        return lambda: parse_in_chunks(parser, text, chunk_chars=2000, lang="ru")

    short = _best_time(parse(4000), runs=2)
    long = _best_time(parse(16000), runs=2)
    assert long <= NOISE * 10 or long <= FACTOR * short, f"{short:.2f} s -> {long:.2f} s"

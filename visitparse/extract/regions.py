"""One place that turns a place mention into an ISO 3166-2 code (ISO 3166-1 for countries).

The tables are built by ``scripts/build_gazetteers.py`` from ``../shared/gazetteers``
and the hand-written data in ``visitparse/lang/<lang>/places.py``; they hold
every inflected form of every name as a normalised key (lower case, ``ё`` -> ``е``,
words joined by one space, abbreviations such as ``с.``/``гр.``/``обл.`` keep
their dot).  Lookup is a dictionary access per token, so scanning a whole
article costs well under a millisecond per few kilobytes.

>>> r = get_resolver()
>>> r.resolve("Оренбуржья", "ru").code
'RU-ORE'
>>> [(s, e, m.code) for s, e, m in r.find("русенски и бургаски експерти", "bg")]
[(0, 8, 'BG-18'), (11, 19, 'BG-02')]
"""

from __future__ import annotations

import gzip
import json
import operator
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import accumulate, compress
from typing import Any

__all__ = [
    "KINDS",
    "RegionMatch",
    "RegionResolver",
    "get_resolver",
    "normalize_key",
    "tokenize",
]

# Kinds of evidence, in the order resolve() prefers them when an entity holds several.
KINDS = ("region", "nickname", "city", "district", "settlement", "adjective", "demonym", "country")
_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}

# Entry flags (see scripts/build_gazetteers.py).
WEAK = 1  # also an everyday word or a person's name: used by resolve(), never by find()
CASED = 2  # a proper name: find() wants a capital letter somewhere in the match
COMMON = 4  # also an everyday word ("Орёл", "Курган"): find() wants it capitalised inside a sentence

# A word: word characters, optionally joined by hyphens ("Ханты-Мансийск", "ХМАО-Югра"); each hyphen
# must be followed by a word character, so matching is linear.  Captured, so that re.split keeps words.
_WORD_SPLIT = re.compile(r"(\w+(?:-\w+)*)")
_HYPHEN_VARIANTS = ("‐", "‑")
# Characters allowed between two words of one name ("Северная Осетия — Алания", "Саха (Якутия)").
_GAP_CHARS = frozenset(" \t\n\r\u00a0\u202f-–—()/")
_MAX_GAP = 5


@dataclass(frozen=True)
class RegionMatch:
    """A place mention resolved to a subdivision (or country) code.

    ``code``: ISO 3166-2 (``RU-ORE``, ``BG-18``) or ISO 3166-1 alpha-2 for a country (``BY``);
    ``name``: the official name of that subdivision/country in the text's language
    ("Оренбургская область", "Русе"); ``kind``: what was matched (see :data:`KINDS`);
    ``matched``: the matched text as written.
    """

    code: str
    name: str
    kind: str
    matched: str


def _normalize_text(text: str) -> str:
    """Lower case, ``ё`` -> ``е``, hyphen variants -> "-", keeping every offset."""
    norm = text.lower()
    if len(norm) != len(text):  # a character whose lower case is longer ("İ"): go char by char
        norm = "".join(ch.lower()[:1] for ch in text)
    norm = norm.replace("ё", "е")
    for variant in _HYPHEN_VARIANTS:
        if variant in norm:
            norm = norm.replace(variant, "-")
    return norm


def tokenize(text: str, dotted: frozenset[str]) -> tuple[list[str], list[int], list[int]]:
    """Word keys of ``text`` with their start and end offsets.

    A word in ``dotted`` ("с", "гр", "обл") followed by "." keeps the dot in its key and span.
    """
    norm = _normalize_text(text)
    # re.split alternates separators and words; running sums of the piece lengths give the offsets.
    parts = _WORD_SPLIT.split(norm)
    offsets = list(accumulate(map(len, parts), initial=0))
    keys, starts, ends = parts[1::2], offsets[1::2], offsets[2::2]
    n = len(norm)
    for i in compress(range(len(keys)), map(dotted.__contains__, keys)):
        if ends[i] < n and norm[ends[i]] == ".":
            keys[i] += "."
            ends[i] += 1
    return keys, starts, ends


def _joinable(text: str, a: int, b: int) -> bool:
    return b - a <= _MAX_GAP and all(ch in _GAP_CHARS for ch in text[a:b])


_ONE_WORD = (1,)

_OPENERS = frozenset(" \t\n\r\u00a0\"'«„“(—–-")


def _sentence_initial(text: str, start: int) -> bool:
    """True when only spaces, quotes or dashes separate ``start`` from a sentence end or the text start."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in ".!?…:"


def normalize_key(text: str, dotted: Iterable[str] = ()) -> str:
    """The lookup key of a name: lower-cased words joined by single spaces (``ё`` -> ``е``)."""
    return " ".join(tokenize(text, frozenset(dotted))[0])


# Letters of other alphabets as English-based transliterations write them, before the sounds are folded
# (see sound_key): Cyrillic letters, and Latin letters with marks that stand for other sounds.
_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdeziiklmnoprstufhcie", strict=True)),
        "ж": "zh", "ч": "ch", "ш": "sh", "щ": "sh", "ю": "iu", "я": "ia", "ъ": "a", "ь": "", "ё": "e",
        "є": "e", "і": "i", "ї": "i", "ј": "i", "ђ": "dj", "ћ": "c", "љ": "li", "њ": "ni", "џ": "dz",
        "ў": "u", "ү": "u", "ұ": "u", "ө": "o", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "һ": "h",
        "š": "sh", "ž": "zh", "č": "ch", "ć": "c", "ş": "sh", "ș": "sh", "ţ": "c", "ț": "c", "ł": "l",
        "ı": "i", "đ": "dj", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe",
    }
)  # fmt: skip
# Spellings of one sound in different transliterations, folded to one letter.
_SOUNDS = (("kh", "h"), ("ch", "9"), ("sh", "8"), ("zh", "7"), ("ts", "c"), ("tz", "c"), ("ph", "f"),
           ("th", "t"), ("x", "ks"), ("y", "i"), ("j", "i"), ("w", "v"), ("q", "k"), ("c", "k"))  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z0-9]")
MIN_SOUND_KEY = 5  # shorter transliterations match too many names


def sound_key(name: str) -> str:
    """A key that the Latin and the Cyrillic spelling of one foreign name share:
    ``sound_key("Bà Rịa - Vũng Tàu") == sound_key("Бариа-Вунгтау")``."""
    low = name.lower().translate(_TO_LATIN)
    plain = _NOT_LETTER.sub("", unicodedata.normalize("NFD", low))
    for spelling, sound in _SOUNDS:
        plain = plain.replace(spelling, sound)
    return _DOUBLED.sub(r"\1", plain)


def _latin_index(latin: dict[str, str]) -> dict[str, dict[str, str]]:
    """Country -> sound key -> subdivision code, for each Latin name and each of its leading words
    ("Rach'a-Lechkhumi" of "Rach'a-Lechkhumi-Kvemo Svaneti"); a key two subdivisions share is left out."""
    found: dict[str, dict[str, set[str]]] = {}
    for code, name in latin.items():
        parts = re.split(r"[\s\-–]+", name)
        for k in range(1, len(parts) + 1):
            key = sound_key(" ".join(parts[:k]))
            if len(key) >= MIN_SOUND_KEY:
                found.setdefault(code.partition("-")[0], {}).setdefault(key, set()).add(code)
    return {
        country: {key: next(iter(codes)) for key, codes in keys.items() if len(codes) == 1}
        for country, keys in found.items()
    }


class _Table:
    """One language's forms: key -> entry (codes, kind, flags)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.names: dict[str, str] = data["names"]
        self.latin: dict[str, str] = data.get("latin", {})
        self.dotted: frozenset[str] = frozenset(data["dotted"])
        self.entries: list[tuple[tuple[str, ...], str, int]] = [
            (tuple(codes.split("|")), kind, flags) for codes, kind, flags in data["entries"]
        ]
        self.forms: dict[str, int] = data["forms"]
        lengths: dict[str, set[int]] = {}
        # A hundred thousand keys: only those of several words need an index (partition/count, not split).
        for key in self.forms:
            spaces = key.count(" ")
            if spaces:
                first = key.partition(" ")[0]
                found = lengths.get(first)
                if found is None:
                    lengths[first] = {spaces + 1}
                else:
                    found.add(spaces + 1)
        # For each first word of a longer key, the key lengths to try, longest first; any other
        # word is tried as a key of one word (_ONE_WORD).
        self.lengths: dict[str, tuple[int, ...]] = {
            w: tuple(sorted(ls | {1} if w in self.forms else ls, reverse=True)) for w, ls in lengths.items()
        }

    def scan(self, text: str, *, strict: bool) -> list[tuple[int, int, tuple[tuple[str, ...], str, int]]]:
        """Longest non-overlapping matches in text order; ``strict`` applies the find() filters."""
        keys, starts, ends = tokenize(text, self.dotted)
        out: list[tuple[int, int, tuple[tuple[str, ...], str, int]]] = []
        n = len(keys)
        lengths, forms, entries = self.lengths, self.forms, self.entries
        # Only a word that starts some key can start a match: those found in one C-level pass.
        can_start = map(operator.or_, map(lengths.__contains__, keys), map(forms.__contains__, keys))
        next_free = 0
        for i in compress(range(n), can_start):
            if i < next_free:
                continue
            lens = lengths.get(keys[i], _ONE_WORD)
            taken = 0
            for length in lens:
                last = i + length - 1
                if last >= n or not all(_joinable(text, ends[j], starts[j + 1]) for j in range(i, last)):
                    continue
                idx = forms.get(keys[i] if length == 1 else " ".join(keys[i : last + 1]))
                if idx is None:
                    continue
                entry = entries[idx]
                # A rejected reading (a surname, a lower-case word) is no evidence; a shorter key may be.
                if strict and not _acceptable(text, starts[i : last + 1], entry[2]):
                    continue
                out.append((starts[i], ends[last], entry))
                taken = length
                break
            next_free = i + (taken or 1)
        return out


def _ends_name(mention: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` of a longer ``mention`` can be a town named in it: its
    last words, after lower-case words only ("город Белый"). A small town named like an everyday word
    is otherwise a word of a longer name ("Белый дом", "Советский Союз", "Курильские острова")."""
    return not mention[end:].strip() and not any(w[:1].isupper() for w in mention[:start].split())


def _acceptable(text: str, starts: list[int], flags: int) -> bool:
    """The find() filters: never WEAK names; COMMON ones capitalised inside a sentence; CASED capitalised."""
    if flags & WEAK:
        return False
    if flags & COMMON:
        return text[starts[0]].isupper() and not _sentence_initial(text, starts[0])
    return not (flags & CASED) or any(text[s].isupper() for s in starts)


_DATA_FILES = {"ru": "places_ru.json.gz", "bg": "places_bg.json.gz"}
_RESOLVED_MAX = 50_000  # cached resolve() results per process (a few MB at most)


def load_table_data(lang: str) -> dict[str, Any]:
    """The decoded data file of ``lang`` as built by ``scripts/build_gazetteers.py``."""
    blob = resources.files("visitparse").joinpath("data", _DATA_FILES[lang]).read_bytes()
    data: dict[str, Any] = json.loads(gzip.decompress(blob))
    return data


class RegionResolver:
    """Resolves place mentions to subdivision codes for Russian and Bulgarian text.

    Tables load on first use of a language; one instance serves a whole process
    (see :func:`get_resolver`).
    """

    def __init__(self) -> None:
        self._tables: dict[str, _Table] = {}
        self._lock = threading.Lock()
        # resolve() results by arguments: the same names come back in every article.
        self._resolved: dict[tuple[str, str, str | None], RegionMatch | None] = {}
        self._latin: dict[str, dict[str, dict[str, str]]] = {}

    def _table(self, lang: str) -> _Table:
        table = self._tables.get(lang)
        if table is None:
            if lang not in _DATA_FILES:
                raise ValueError(f"unsupported language: {lang!r}")
            with self._lock:
                table = self._tables.get(lang)
                if table is None:
                    table = _Table(load_table_data(lang))
                    self._tables[lang] = table
        return table

    def _match(self, table: _Table, entry: tuple[tuple[str, ...], str, int], matched: str) -> RegionMatch:
        code = entry[0][0]
        return RegionMatch(code=code, name=table.names.get(code, matched), kind=entry[1], matched=matched)

    def lookup(self, text: str, lang: str) -> tuple[str, ...]:
        """All codes the whole of ``text`` can name: one when resolved, several when ambiguous.

        ``lookup("с. Добрич", "bg")`` gives two provinces; ``lookup("Добрич", "bg")`` gives ``("BG-08",)``.
        """
        table = self._table(lang)
        idx = table.forms.get(normalize_key(text, table.dotted))
        return () if idx is None else table.entries[idx][0]

    def resolve(self, text: str, lang: str, lemma: str | None = None) -> RegionMatch | None:
        """Resolve a location mention (an entity's text and, if known, its lemma).

        The whole mention is tried first ("Липецкую область", "с. Просторно", "община Балчик");
        then the best name inside it ("в Южном округе Оренбурга" -> RU-ORE), preferring
        regions over cities over districts over adjectives.  Ambiguous names give ``None``.
        """
        key = (text, lang, lemma)
        try:
            return self._resolved[key]
        except KeyError:
            pass
        found = self._resolve(text, lang, lemma)
        if len(self._resolved) >= _RESOLVED_MAX:
            self._resolved.clear()
        self._resolved[key] = found
        return found

    def _resolve(self, text: str, lang: str, lemma: str | None) -> RegionMatch | None:
        table = self._table(lang)
        candidates = [text] if lemma is None or lemma == text else [text, lemma]
        for candidate in candidates:
            idx = table.forms.get(normalize_key(candidate, table.dotted))
            if idx is not None:
                entry = table.entries[idx]
                return None if len(entry[0]) > 1 else self._match(table, entry, candidate.strip())
        best: tuple[int, int, RegionMatch] | None = None
        for candidate in candidates:
            for start, end, entry in table.scan(candidate, strict=False):
                # Inside a longer name, a village or a surname-like name is part of that name
                # ("регион Източна Македония и Тракия" is no Bulgarian village Тракия).
                if len(entry[0]) > 1 or (entry[2] & WEAK and entry[1] == "settlement"):
                    continue
                if entry[2] & WEAK and entry[1] == "city" and not _ends_name(candidate, start, end):
                    continue
                rank = (_KIND_RANK.get(entry[1], len(KINDS)), start)
                if best is None or rank < best[:2]:
                    best = (*rank, self._match(table, entry, candidate[start:end]))
            if best is not None:
                return best[2]
        return None

    def find(self, text: str, lang: str) -> list[tuple[int, int, RegionMatch]]:
        """Region evidence in raw text: ``(start, end, match)``, non-overlapping, in text order.

        Finds names, adjectives and demonyms in any inflected form ("оренбуржцев",
        "бургаските", "липецких") and prefixed settlements ("с. Просторно", "гр. Русе").
        Names that are also everyday words or people's names, villages without "с."
        and ambiguous names are left out.
        """
        table = self._table(lang)
        return [
            (start, end, self._match(table, entry, text[start:end]))
            for start, end, entry in table.scan(text, strict=True)
            if len(entry[0]) == 1
        ]

    def find_transliterated(
        self, text: str, lang: str, countries: frozenset[str], noun_stems: tuple[str, ...]
    ) -> list[tuple[int, int, RegionMatch]]:
        """Subdivisions of ``countries`` named after a subdivision noun in a transliteration of their
        Latin name that the tables do not hold: "провинции Бариа-Вунгтау", "община Аугшдаугавас"."""
        if not noun_stems:
            return []
        table = self._table(lang)
        index = self._latin_index(lang)
        keys = [index[c] for c in sorted(countries) if c in index]
        if not keys:
            return []
        out = []
        for m in _subdivision_names(noun_stems).finditer(text):
            words = _capitalised_run(text, _words_after(text, m.end()))
            for n in range(len(words), 0, -1):
                start, end = words[0].start(), words[n - 1].end()
                if not text[words[n - 1].start()].isupper():
                    continue
                key = sound_key(text[start:end])
                code = next((k[key] for k in keys if key in k), None)
                if code is not None:
                    name = table.names.get(code, table.latin.get(code, code))
                    out.append(
                        (
                            start,
                            end,
                            RegionMatch(code=code, name=name, kind="region", matched=text[start:end]),
                        )
                    )
                    break
        return out

    def _latin_index(self, lang: str) -> dict[str, dict[str, str]]:
        index = self._latin.get(lang)
        if index is None:
            index = self._latin[lang] = _latin_index(self._table(lang).latin)
        return index

    def find_small_towns(self, text: str, lang: str) -> list[tuple[int, int, RegionMatch]]:
        """Towns that :meth:`find` leaves out as too small to search for everywhere or named like a
        person ("Сомбатхей", "Мыски"): capitalised inside a sentence; the caller says where they count."""
        table = self._table(lang)
        out = []
        for start, end, entry in table.scan(text, strict=False):
            codes, kind, flags = entry
            small_town = len(codes) == 1 and kind == "city" and flags & WEAK
            if small_town and text[start].isupper() and not _sentence_initial(text, start):
                out.append((start, end, self._match(table, entry, text[start:end])))
        return out


# Capitalised words of a name after a subdivision noun, maybe joined by "и"/"and".
_NAME_WORDS = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")


_MAX_NAME_WORDS = 4
_SPACES = re.compile(r"[ \u00a0]+")


def _words_after(text: str, at: int) -> list[re.Match[str]]:
    """Up to four words from ``at``, separated by spaces only."""
    words: list[re.Match[str]] = []
    while len(words) < _MAX_NAME_WORDS:
        w = _NAME_WORDS.match(text, at)
        if w is None:
            break
        words.append(w)
        gap = _SPACES.match(text, w.end())
        if gap is None:
            break
        at = gap.end()
    return words


def _capitalised_run(text: str, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The leading capitalised words ("Рача-Лечхуми и Долна Сванетия"; a lower-case word between
    two capitalised ones stays: "и", "де")."""
    run: list[re.Match[str]] = []
    for i, w in enumerate(words):
        if text[w.start()].isupper():
            run.append(w)
        elif not run or i + 1 >= len(words) or not text[words[i + 1].start()].isupper():
            break
        else:
            run.append(w)
    return run


@cache
def _subdivision_names(noun_stems: tuple[str, ...]) -> re.Pattern[str]:
    """A subdivision noun and the spaces after it."""
    stems = "|".join(map(re.escape, noun_stems))
    return re.compile(rf"(?i:\b(?:{stems})\w*)[ \u00a0]+")


@cache
def get_resolver() -> RegionResolver:
    """The process-wide :class:`RegionResolver` (tables load lazily, once)."""
    return RegionResolver()

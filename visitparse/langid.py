"""Language identification: ``ru``, ``bg`` or the code of another language.

Cyrillic text is decided by two kinds of evidence:

1. letters that only some Cyrillic languages use: Ukrainian і/ї/є/ґ, Belarusian ў
   (and і next to ы/э/ё), Serbian ђ/ћ/џ, Macedonian ѓ/ќ/ѕ, ј/љ/њ shared by the last
   two.  Such a letter rules Russian and Bulgarian out, however short the text;
2. a character n-gram model (naive Bayes over the 1- to 4-grams of each word, trained
   by ``models/langid/train.py`` and shipped as ``visitparse/data/langid.json.gz``),
   which tells Russian from Bulgarian (and from Ukrainian or Macedonian written without
   their own letters) down to a single headline.  Only the languages whose alphabet has
   all the text's letters compete.

The confidence is the model's posterior with a temperature fitted on held-out headlines
and openings (naive Bayes alone is far too sure of itself).  Latin-script text goes to
langdetect (seeded, so deterministic), which knows the Latin-script languages; no
Latin-script language is parsed, so only its code matters.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

__all__ = [
    "MIN_CONFIDENCE",
    "SHORT_TEXT_LETTERS",
    "LanguageGuess",
    "WordCoverage",
    "coverage_words",
    "detect_language",
    "possible_languages",
    "uncertainty_warning",
    "word_ngrams",
]

SAMPLE_CHARS = 20_000  # enough for a stable guess, bounded time on huge inputs
MODEL_CHARS = 500  # characters the n-gram model reads: enough for 1.0 on 300-character openings
MAX_ORDER = 4  # longest character n-gram of a word (with its boundary spaces)
MAX_WORD = 40  # longer "words" are not read by the model

# Below this, the record warns that the language guess is uncertain.
MIN_CONFIDENCE = 0.5
# Texts with fewer letters than this are "short": their guess is warned about below SHORT_CONFIDENCE.
SHORT_TEXT_LETTERS = 200
SHORT_CONFIDENCE = 0.9

_CYRILLIC = range(0x0400, 0x0530)
_COMMON = "абвгдежзклмнопрстуфхцчш"
# The letters each language writes: a letter outside a language's alphabet rules it out
# (ы/э/ё for Bulgarian, і for Russian, и for Belarusian, я for Macedonian ...).
ALPHABETS: dict[str, frozenset[str]] = {
    "ru": frozenset(_COMMON + "ийщъыьэюяё"),
    "bg": frozenset(_COMMON + "ийщъьюяѝ"),
    "uk": frozenset(_COMMON + "ийщьюяіїєґ"),
    "be": frozenset(_COMMON + "йыьэюяёіў"),
    "mk": frozenset(_COMMON + "иѓѕјљњќџѝ"),
    "sr": frozenset(_COMMON + "иђјљњћџ"),
}
_KNOWN_LETTERS = frozenset().union(*ALPHABETS.values())
_FOREIGN_LETTER_SHARE = 0.002
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
MIN_COVERAGE_WORD = 3  # shorter words are whole n-grams of the n-gram model already
_SENTENCE_END = frozenset(".!?")
_APOSTROPHES = str.maketrans("’ʼ", "''")


@dataclass(frozen=True)
class LanguageGuess:
    """A language code with a confidence in [0, 1]."""

    code: str
    confidence: float


def word_ngrams(word: str, max_order: int = MAX_ORDER) -> list[str]:
    """The 1- to ``max_order``-grams of a lower-case word padded with spaces (" дом " ...)."""
    padded = f" {word} "
    size = len(padded)
    grams = [padded[i : i + n] for n in range(2, max_order + 1) for i in range(size - n + 1)]
    return [*word, *grams]  # the 1-grams without the padding spaces


def words_of(text: str) -> list[str]:
    """Lower-case words of ``text`` (letters, with inner apostrophes as in "м'ясо")."""
    return _WORD.findall(text.lower().translate(_APOSTROPHES))


class NgramModel:
    """Naive Bayes over character n-grams: one row of log-probabilities per n-gram."""

    def __init__(self, classes: list[str], temperature: float, grams: list[str], matrix: np.ndarray):
        self.classes = classes
        self.temperature = temperature
        # Row 0 is all zeros: the row of every n-gram the model does not know.
        self._index = dict(zip(grams, range(1, len(grams) + 1), strict=True))
        self._matrix = np.vstack([np.zeros((1, len(classes))), matrix])

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NgramModel:
        """The model from its shipped form: n-grams, and their rows flat, in units of ``1 / scale``."""
        classes = [str(c) for c in data["classes"]]
        values = np.asarray(data["values"], dtype=np.float64) / float(data["scale"])
        matrix = values.reshape(len(data["grams"]), len(classes))
        return cls(classes, float(data["temperature"]), list(data["grams"]), matrix)

    def scores(self, words: Iterable[str]) -> list[float]:
        """Log-likelihood of the words under each class."""
        row_of = self._index.get
        rows: list[int] = [0]
        for word, count in Counter(words).items():
            rows.extend([row_of(gram, 0) for gram in word_ngrams(word)] * count)
        return [float(v) for v in self._matrix[rows].sum(axis=0)]

    def posterior(
        self, words: Iterable[str], allowed: frozenset[str] | None = None, extra: list[float] | None = None
    ) -> dict[str, float]:
        """Calibrated class probabilities (among ``allowed`` classes when given).

        ``extra`` are log-likelihoods of other, already calibrated evidence, one per class.
        """
        added = extra or [0.0] * len(self.classes)
        scored = [
            (c, s / self.temperature + e)
            for c, s, e in zip(self.classes, self.scores(words), added, strict=True)
            if allowed is None or c in allowed
        ]
        top = max(s for _, s in scored)
        weights = {c: math.exp(s - top) for c, s in scored}
        total = sum(weights.values())
        return {c: w / total for c, w in weights.items()}


class WordCoverage:
    """Evidence from whether words are in the Bulgarian and Russian training vocabularies.

    Each word falls in one of four cells (in the bg vocabulary or not, in the ru one or
    not); ``log_probs[c]`` are the log-probabilities of the cells for a word of class ``c``,
    measured on text the vocabularies were not built from.
    """

    def __init__(
        self, classes: list[str], vocabularies: dict[str, frozenset[str]], log_probs: dict[str, list[float]]
    ):
        self.classes = classes
        self._bg = vocabularies["bg"]
        self._ru = vocabularies["ru"]
        self._table = np.array([log_probs[c] for c in classes], dtype=np.float64).T  # cell x class

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WordCoverage:
        coverage = data["coverage"]
        vocabularies = {lang: frozenset(words) for lang, words in coverage["vocabularies"].items()}
        log_probs = {str(c): [float(v) for v in row] for c, row in coverage["log_probs"].items()}
        return cls([str(c) for c in data["classes"]], vocabularies, log_probs)

    def cell(self, word: str) -> int:
        """0: in neither vocabulary, 1: only in the bg one, 2: only in the ru one, 3: in both."""
        return (word in self._bg) + 2 * (word in self._ru)

    def cells(self, words: Iterable[str]) -> list[int]:
        return [self.cell(w) for w in words]

    def scores(self, words: Iterable[str]) -> list[float]:
        """Log-likelihood of the words' cells under each class."""
        counts = np.bincount(self.cells(words), minlength=4)
        return [float(v) for v in counts @ self._table]


@cache
def load_models() -> tuple[NgramModel, WordCoverage]:
    """The shipped n-gram and word coverage models (loaded once per process)."""
    blob = resources.files("visitparse").joinpath("data", "langid.json.gz").read_bytes()
    data = json.loads(gzip.decompress(blob))
    return NgramModel.from_json(data), WordCoverage.from_json(data)


def common_words(lang: str) -> frozenset[str]:
    """Frequent lower-case words of ``lang`` ("bg" or "ru"; empty for another), from the coverage model."""
    coverage = load_models()[1]
    return {"bg": coverage._bg, "ru": coverage._ru}.get(lang, frozenset())


def load_model() -> NgramModel:
    """The shipped n-gram model."""
    return load_models()[0]


def combined_posterior(
    ngrams: NgramModel, coverage: WordCoverage, text: str, allowed: frozenset[str] | None = None
) -> dict[str, float]:
    """Class probabilities from the calibrated n-gram scores plus the word coverage scores."""
    extra = coverage.scores(coverage_words(text))
    return ngrams.posterior(_model_words(text), allowed, extra)


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text``; deterministic for a given input."""
    sample = text[:SAMPLE_CHARS]
    letters = Counter({c: n for c, n in Counter(sample.lower()).items() if c.isalpha()})
    n_letters = letters.total()
    if not n_letters:
        return LanguageGuess("und", 0.0)
    if sum(n for c, n in letters.items() if ord(c) in _CYRILLIC) < 0.5 * n_letters:
        return _latin(sample)
    allowed = possible_languages(letters)
    if len(allowed) == 1:
        return LanguageGuess(next(iter(allowed)), 1.0)
    posterior = combined_posterior(*load_models(), sample, allowed)
    code = max(posterior, key=lambda c: posterior[c])
    return LanguageGuess(code, round(posterior[code], 4))


def uncertainty_warning(guess: LanguageGuess, text: str) -> str | None:
    """The record's warning when the guess is uncertain, or None.

    Any text below ``MIN_CONFIDENCE``; a short one (a headline, a one-line notice) already
    below ``SHORT_CONFIDENCE``, because a wrong pipeline on it gives records without a word.
    """
    if guess.code == "und":
        return None
    if guess.confidence < MIN_CONFIDENCE:
        return f"language guess {guess.code!r} has low confidence {guess.confidence:.2f}"
    if guess.confidence < SHORT_CONFIDENCE:
        n_letters = sum(1 for c in text[: SHORT_TEXT_LETTERS * 4] if c.isalpha())
        if n_letters < SHORT_TEXT_LETTERS:
            return (
                f"language guess {guess.code!r} is uncertain on a short text "
                f"({n_letters} letters, confidence {guess.confidence:.2f})"
            )
    return None


def possible_languages(letters: Counter[str]) -> frozenset[str]:
    """The Cyrillic languages whose alphabet has the text's letters.

    One foreign letter rules a language out of a headline; in a long text the foreign
    letters must be more than a quoted name (``_FOREIGN_LETTER_SHARE`` of the letters).
    If every language is ruled out, those with the fewest foreign letters stay.
    """
    cyrillic = {c: n for c, n in letters.items() if c in _KNOWN_LETTERS}
    total = sum(cyrillic.values()) or 1
    tolerated = max(_FOREIGN_LETTER_SHARE * total, 0.5)
    foreign = {
        code: sum(n for c, n in cyrillic.items() if c not in alphabet) for code, alphabet in ALPHABETS.items()
    }
    allowed = frozenset(code for code, n in foreign.items() if n < tolerated)
    if allowed:
        return allowed
    fewest = min(foreign.values())
    return frozenset(code for code, n in foreign.items() if n == fewest)


def coverage_words(text: str) -> list[str]:
    """The lower-case common words of the model's part of ``text``: no names, no short words.

    A capitalized word inside a sentence is a name, and names are no language's vocabulary
    (a Bulgarian headline about a foreign town must not look foreign); a capitalized word
    that opens a sentence is kept.
    """
    words: list[str] = []
    head = text[:MODEL_CHARS].translate(_APOSTROPHES)
    for match in _WORD.finditer(head):
        word = match.group()
        if not MIN_COVERAGE_WORD <= len(word) <= MAX_WORD:
            continue
        if not word.islower() and not _opens_sentence(head, match.start()):
            continue
        words.append(word.lower())
    return words


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the text's first or follows a sentence end."""
    before = text[:start].rstrip(" \t\n\"'«»„“”(-–—")
    return not before or before[-1] in _SENTENCE_END


def _model_words(sample: str) -> list[str]:
    """The words the n-gram model reads: those of the first ``MODEL_CHARS`` characters.

    Words longer than ``MAX_WORD`` letters (a run of one letter, glued tokens) are no
    language's words and would outweigh the rest of a headline.
    """
    return [w for w in words_of(sample[:MODEL_CHARS]) if len(w) <= MAX_WORD]


_lock = threading.Lock()
_factory_ready = False


def _latin(sample: str) -> LanguageGuess:
    """langdetect on Latin-script text (seeded: deterministic)."""
    global _factory_ready
    from langdetect import DetectorFactory, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        if not _factory_ready:
            DetectorFactory.seed = 0
            detector_factory.init_factory()
            _factory_ready = True
        try:
            detector = detector_factory._factory.create()
            detector.append(sample)
            ranked = [(p.lang, p.prob) for p in detector.get_probabilities()]
        except LangDetectException:
            ranked = []
    if not ranked:
        return LanguageGuess("und", 0.0)
    code, prob = ranked[0]
    return LanguageGuess(code, round(prob, 4))

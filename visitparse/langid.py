"""Language identification: ``ru``, ``bg`` or the code of another language.

langdetect alone is neither deterministic (it samples) nor reliable between
close Cyrillic languages on short texts, so it is seeded and combined with
letters that only some of these languages use: Russian ы/э/ё, Bulgarian
vowel ъ and ѝ, Ukrainian і/ї/є/ґ, Belarusian ў, Serbian ђ/ћ/џ, Macedonian
ѓ/ќ/ѕ, and ј/љ/њ shared by the last two.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass

SAMPLE_CHARS = 20_000  # enough for a stable guess, bounded time on huge inputs

# Letters that mark one language (or a pair) among the Cyrillic ones.
_MARKERS: dict[str, frozenset[str]] = {
    "uk": frozenset("ії єґ".replace(" ", "")),
    "be": frozenset("ў"),
    "sr": frozenset("ђћџ"),
    "mk": frozenset("ѓќѕ"),
    "sr|mk": frozenset("јљњ"),
    "ru|be": frozenset("ыэё"),
    "bg": frozenset("ѝ"),
}
_CYRILLIC = range(0x0400, 0x0530)
# Function words that tell Serbian from Macedonian when neither's own letters occur.
_SR_WORDS = frozenset({"је", "из", "су", "није", "биће", "који", "која"})
_MK_WORDS = frozenset({"од", "ја", "го", "ги", "ќе", "нема", "беше", "кој", "која"})

_lock = threading.Lock()
_factory_ready = False


# Below this, the record warns that the language guess is uncertain.
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class LanguageGuess:
    """A language code with a confidence in [0, 1]."""

    code: str
    confidence: float


def _langdetect(text: str) -> list[tuple[str, float]]:
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
            detector.append(text)
            return [(p.lang, p.prob) for p in detector.get_probabilities()]
        except LangDetectException:
            return []


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text``; deterministic for a given input."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample.lower() if c.isalpha()]
    if not letters:
        return LanguageGuess("und", 0.0)
    cyr = [c for c in letters if ord(c) in _CYRILLIC]
    if len(cyr) < 0.5 * len(letters):
        ranked = _langdetect(sample)
        return LanguageGuess(*ranked[0]) if ranked else LanguageGuess("und", 0.0)

    counts = Counter(cyr)
    n = len(cyr)
    marks = {lang: sum(counts[c] for c in chars) / n for lang, chars in _MARKERS.items()}
    # Bulgarian writes ъ as a full vowel (~2% of letters); Russian only as a rare separator.
    bg_hard_sign = counts["ъ"] / n

    if marks["uk"] > 0.005 and marks["uk"] >= marks["be"]:
        return LanguageGuess("uk" if counts["ў"] == 0 else "be", _conf(marks["uk"]))
    if marks["be"] > 0.001:
        return LanguageGuess("be", _conf(marks["be"] * 5))
    if marks["mk"] > 0.001 or marks["sr"] > 0.001 or marks["sr|mk"] > 0.003:
        words = Counter(_words(sample))
        sr_votes = marks["sr"] * n + sum(words[w] for w in _SR_WORDS)
        mk_votes = marks["mk"] * n + sum(words[w] for w in _MK_WORDS)
        code = "sr" if sr_votes > mk_votes else "mk"
        return LanguageGuess(code, _conf(marks["mk"] + marks["sr"] + marks["sr|mk"]))

    ru_evidence = marks["ru|be"]
    bg_evidence = bg_hard_sign + marks["bg"] * 5
    if ru_evidence > 0.003 or bg_evidence > 0.006:
        if ru_evidence >= bg_evidence:
            return LanguageGuess("ru", round(ru_evidence / (ru_evidence + bg_evidence + 1e-9), 4))
        return LanguageGuess("bg", round(bg_evidence / (ru_evidence + bg_evidence + 1e-9), 4))

    # Too little script evidence (very short text): ask langdetect, but only
    # among the Cyrillic languages it knows, so ru/bg are not mistaken for mk/uk
    # without the letters that would show it.
    ranked = [(code, p) for code, p in _langdetect(sample) if code in {"ru", "bg", "uk", "mk"}]
    if not ranked:
        return LanguageGuess("und", 0.0)
    code, prob = ranked[0]
    if code in {"uk", "mk"}:  # no marker letter at all: trust the script evidence
        code = "ru" if ru_evidence >= bg_evidence else "bg"
        prob = 0.5
    return LanguageGuess(code, round(prob, 4))


def _words(text: str) -> list[str]:
    return "".join(c if c.isalpha() else " " for c in text.lower()).split()


def _conf(rate: float) -> float:
    return round(min(1.0, 0.5 + rate * 50), 4)

"""Per-language knowledge: one sub-package per supported language.

Each language package provides an annotator (text -> :mod:`visitparse.document`
shape) and data modules with its word lists. :func:`get_annotator` loads an
annotator once per process, on first use.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable, Iterator
from typing import Protocol

from spacy.tokens import Doc

SUPPORTED = ("ru", "bg")

# spaCy adds every new word of every text to the vocabulary for good (about 0.7 KB each).
# An annotator starts a fresh vocabulary past this many entries, so that a worker's memory
# stays bounded over an archive of any size: a new Vocab costs nothing for Russian, a
# reload of the Bulgarian pipeline 0.3 s. The output does not change.
MAX_LEXEMES = 100_000


class Annotator(Protocol):
    """Turns text into a ``Doc`` with sentences, lemmas and PER/ORG/LOC entities."""

    lang: str
    renewals: int  # how many times the vocabulary was started afresh (see MAX_LEXEMES)

    def __call__(self, text: str) -> Doc: ...

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]: ...


_annotators: dict[str, Annotator] = {}
_lock = threading.Lock()


def get_annotator(lang: str) -> Annotator:
    """The process-wide annotator for ``lang`` (``ru`` or ``bg``), loaded lazily."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang!r}")
    with _lock:
        if lang not in _annotators:
            module = importlib.import_module(f"visitparse.lang.{lang}.annotator")
            _annotators[lang] = module.load()
        return _annotators[lang]


def loaded_models() -> tuple[tuple[str, int], ...]:
    """The annotators this process has loaded so far: (language, renewals of its vocabulary)."""
    return tuple((lang, annotator.renewals) for lang, annotator in _annotators.items())

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


class Annotator(Protocol):
    """Turns text into a ``Doc`` with sentences, lemmas and PER/ORG/LOC entities."""

    lang: str

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

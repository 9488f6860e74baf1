"""Texts for training and evaluating the language identifier, split by document.

SlavicNER documents (Bulgarian and Russian) are split deterministically by a CRC32 of
their topic and name: one fifth is held out for evaluation (``eval``), one fifth
calibrates the model's confidence (``calib``), the rest trains it (``train``).  The
evaluation texts are each held-out document's headline (its first line) and the
300-character opening of its body.  FactRuEval (Russian) and the texts we wrote
(``texts/<lang>.txt``, the sample articles) only train.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.corpora import SLAVICNER, read_factrueval, read_slavicner, slavicner_topics

HERE = Path(__file__).resolve().parent
OPENING_CHARS = 300
SPLITS = ("eval", "calib", "train", "train", "train")  # by CRC32 of the document, modulo 5


@dataclass(frozen=True)
class Sample:
    lang: str
    text: str
    source: str  # "topic/lang/name" of the document, or the file it came from
    written: bool = False  # our own text (see written_texts)


def split_of(topic: str, lang: str, name: str) -> str:
    """The split of a SlavicNER document: the same on every machine and run."""
    return SPLITS[zlib.crc32(f"{topic}/{lang}/{name}".encode()) % len(SPLITS)]


def slavicner_docs(lang: str, split: str) -> Iterator[Sample]:
    """Whole SlavicNER documents of ``lang`` in ``split``."""
    for doc in read_slavicner(lang):
        if split_of(doc.topic, lang, doc.doc_id) == split:
            yield Sample(lang, doc.text, f"{doc.topic}/{lang}/{doc.doc_id}")


def headline_and_opening(text: str) -> tuple[str, str]:
    """A document's first non-empty line, and the first 300 characters of the rest."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "", ""
    body = " ".join(lines[1:])
    return lines[0], body[:OPENING_CHARS]


def eval_sets(langs: tuple[str, ...] = ("bg", "ru")) -> dict[str, list[Sample]]:
    """``headline``, ``opening`` and ``4 words`` samples of the held-out documents.

    ``4 words`` are the first four words of each of a body's first five sentences
    (``". "`` ends one): shorter than any headline, to show how short a text can be.
    """
    sets: dict[str, list[Sample]] = {"headline": [], "opening": [], "4 words": []}
    for lang in langs:
        for doc in slavicner_docs(lang, "eval"):
            headline, opening = headline_and_opening(doc.text)
            if headline:
                sets["headline"].append(Sample(lang, headline, doc.source))
            if len(opening) >= 100:
                sets["opening"].append(Sample(lang, opening, doc.source))
            body = " ".join(doc.text.split()[len(headline.split()) :])
            for sentence in body.split(". ")[:5]:
                words = sentence.split()
                if len(words) >= 4:
                    sets["4 words"].append(Sample(lang, " ".join(words[:4]), doc.source))
    return sets


def written_texts() -> Iterator[Sample]:
    """What we wrote ourselves: the sentences of ``texts/<lang>.txt`` and the project's
    sample articles (``samples/<lang>-NN.txt``, press releases in bg and ru)."""
    for path in sorted((HERE / "texts").glob("*.txt")):
        yield Sample(path.stem, path.read_text(encoding="utf-8"), f"texts/{path.name}", written=True)
    for path in sorted((HERE.parents[1] / "samples").glob("*.txt")):
        yield Sample(path.name[:2], path.read_text(encoding="utf-8"), f"samples/{path.name}", written=True)


def training_texts() -> Iterator[Sample]:
    """Every training text: SlavicNER ``train`` documents, FactRuEval, our own texts."""
    for lang in ("bg", "ru"):
        yield from slavicner_docs(lang, "train")
    for doc in read_factrueval():
        yield Sample("ru", doc.text, f"factrueval/{doc.doc_id}")
    yield from written_texts()


def calibration_texts() -> Iterator[Sample]:
    """Headlines and openings of the ``calib`` documents (they fit the confidence only)."""
    for lang in ("bg", "ru"):
        for doc in slavicner_docs(lang, "calib"):
            headline, opening = headline_and_opening(doc.text)
            for text in (headline, opening):
                if text:
                    yield Sample(lang, text, doc.source)


def available() -> bool:
    """Whether the shared corpora are there."""
    return SLAVICNER.is_dir() and bool(slavicner_topics("bg"))

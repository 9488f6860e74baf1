"""Turn the Russian NER corpora into spaCy DocBins for training.

Writes, under ``models/ru/corpus/`` (git-ignored):

* ``topics/<topic>/train.spacy`` and ``topics/<topic>/dev.spacy`` -- every
  SlavicNER ``ru`` topic, cut into a seeded 10 % (dev: early stopping only) and
  the rest;
* ``factrueval/train.spacy`` -- the FactRuEval-2016 development set, with its
  extents mapped to SlavicNER's conventions (see :func:`factrueval_docs` and
  README.md);
* ``bg/<topic>/train.spacy`` -- every SlavicNER ``bg`` document of the topic, cut by
  the Russian tokenizer, for joint Cyrillic training (``train.py --bulgarian``).

``train.py`` assembles the splits (``full``, ``slavic-only``, ``loto:TOPIC``)
from these parts. Run from anywhere::

    python models/ru/prepare.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.util import filter_spans

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from corpora import CorpusDoc, read_factrueval, read_slavicner, slavicner_topics  # noqa: E402
from recipes import write_docbin  # noqa: E402
from tokenizer import tweak_tokenizer  # noqa: E402

SEED = 13
LABELS = ("PER", "ORG", "LOC", "EVT", "PRO")  # corpus labels read (overlaps resolved over all of them)
# Labels the NER learns. visitparse uses only PER/ORG/LOC, but without EVT and PRO the
# model learns that "Brexit", "Twitter" or "DW" are no names at all, and then misses
# Latin-script organizations ("Ryanair": ORG recall 0.70 against 0.87 on the validation topic).
TRAINED_LABELS = ("PER", "ORG", "LOC", "EVT", "PRO")
CORPUS = HERE / "corpus"


def to_doc(nlp: spacy.language.Language, cdoc: CorpusDoc) -> tuple[Doc, int]:
    """A Doc with the corpus mentions as entities; also the number of mentions lost to tokenization.

    Overlapping mentions (FactRuEval nests them) keep the longest: SlavicNER is flat and
    marks the outer name ("мэрии Москвы" as ORG, not "Москвы" inside it).
    """
    doc = nlp.make_doc(cdoc.text)
    spans, lost = [], 0
    for m in cdoc.mentions:
        if m.label not in LABELS:
            continue
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="strict")
        if span is None:
            lost += 1
            continue
        spans.append(span)
    doc.ents = [span for span in filter_spans(spans) if span.label_ in TRAINED_LABELS]
    return doc, lost


def factrueval_docs() -> Iterator[CorpusDoc]:
    """FactRuEval dev documents in SlavicNER's conventions.

    * Person -> PER, Org -> ORG, Location and LocOrg -> LOC (as :func:`corpora.read_factrueval`);
    * an object's extent runs from its first span to its last, descriptors included
      ("мэрии Москвы", "Тверской площади"), as SlavicNER's ORG and LOC do;
    * objects without a name span are dropped: a bare descriptor ("профсоюза" for a union
      named elsewhere) or a place adjective ("подмосковного"); SlavicNER marks neither;
    * quotes stay outside the extent when the corpus leaves them out (no ``balance_quotes``);
    * nested objects resolve to the outermost in :func:`to_doc`.
    """
    return read_factrueval("devset", names_only=True)


def split_topic(docs: list[CorpusDoc], rng: random.Random) -> tuple[list[CorpusDoc], list[CorpusDoc]]:
    """A seeded (train, dev) cut of one topic's documents, dev being a tenth."""
    order = list(range(len(docs)))
    rng.shuffle(order)
    tenth = max(1, len(docs) // 10)
    return [docs[i] for i in order[tenth:]], [docs[i] for i in order[:tenth]]


def main() -> None:
    nlp = tweak_tokenizer(spacy.blank("ru"))
    rng = random.Random(SEED)
    lost = total = 0
    for topic in slavicner_topics("ru"):
        cdocs = list(read_slavicner("ru", [topic]))
        train, dev = split_topic(cdocs, rng)
        for part, members in (("train", train), ("dev", dev)):
            docs = []
            for cdoc in members:
                doc, n_lost = to_doc(nlp, cdoc)
                docs.append(doc)
                lost += n_lost
                total += len(cdoc.mentions)
            n = write_docbin(CORPUS / "topics" / topic / f"{part}.spacy", docs)
            print(f"  {topic}/{part}: {n} docs")
    docs, fre_lost, fre_total = [], 0, 0
    for cdoc in factrueval_docs():
        doc, n_lost = to_doc(nlp, cdoc)
        docs.append(doc)
        fre_lost += n_lost
        fre_total += len(cdoc.mentions)
    print(f"  factrueval/train: {write_docbin(CORPUS / 'factrueval' / 'train.spacy', docs)} docs")
    for topic in slavicner_topics("bg"):
        docs = [to_doc(nlp, cdoc)[0] for cdoc in read_slavicner("bg", [topic])]
        print(f"  bg/{topic}/train: {write_docbin(CORPUS / 'bg' / topic / 'train.spacy', docs)} docs")
    print(f"SlavicNER: {total} mentions, {lost} lost to tokenization")
    print(f"FactRuEval: {fre_total} mentions, {fre_lost} lost to tokenization")


if __name__ == "__main__":
    main()

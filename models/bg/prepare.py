"""Turn the Bulgarian SlavicNER documents into spaCy DocBins for training.

Two splits, written under ``models/bg/corpus/<split>/{train,dev,test}.spacy``:

* ``topic`` -- single topic out: every document of the held-out topic
  (``nord_stream``) is the test set; a seeded 10 % of the other topics' documents
  is the dev set (early stopping only), the rest is training data.
* ``cross`` -- cross topic: a seeded 10 % of every topic is the test set,
  another 10 % the dev set, the rest training data.
* ``validate`` -- like ``topic`` with a second topic (``ryanair``) held out of
  training as its test set: used to compare configurations without looking at
  the held-out test topic.
* ``all`` -- everything is training data (dev = the ``topic`` dev set); used
  for nothing by default, kept for a final model trained on all documents.

It also writes the lemma exception table
``visitparse/lang/bg/lemma_table.tsv`` from the training topics of the
``topic`` split (see :func:`write_lemma_table`). Run from anywhere::

    python models/bg/prepare.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.util import filter_spans

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpora import CorpusDoc, Mention, read_slavicner, slavicner_topics  # noqa: E402
from recipes import write_docbin  # noqa: E402
from tokenizer import tweak_tokenizer  # noqa: E402

sys.path.insert(0, str(HERE.parents[1]))
from visitparse.lang.bg.lemma import rule_lemma  # noqa: E402

HELD_OUT_TOPIC = "nord_stream"
# A second topic held out of the training topics, to compare configurations
# without looking at the test topic.
VALIDATION_TOPIC = "ryanair"
SEED = 13
LABELS = ("PER", "ORG", "LOC", "EVT", "PRO")  # corpus labels read (overlaps resolved over all of them)
# Labels the NER learns. EVT and PRO are not output; without them the transition
# system has 14 moves instead of 22, which makes the NER loop about a quarter faster.
TRAINED_LABELS = ("PER", "ORG", "LOC")
CORPUS = HERE / "corpus"
LEMMA_TABLE = HERE.parents[1] / "visitparse" / "lang" / "bg" / "lemma_table.tsv"


def to_doc(nlp: spacy.language.Language, cdoc: CorpusDoc) -> tuple[Doc, int]:
    """A Doc with the corpus mentions as entities; also the number of mentions lost to tokenization."""
    doc = nlp.make_doc(cdoc.text)
    spans, lost = [], 0
    for m in cdoc.mentions:
        if m.label not in LABELS:
            continue
        span = doc.char_span(m.start, m.end, label=m.label)
        if span is None:
            lost += 1
            continue
        spans.append(span)
    doc.ents = [span for span in filter_spans(spans) if span.label_ in TRAINED_LABELS]
    return doc, lost


def write_lemma_table(cdocs: Iterable[CorpusDoc], path: Path = LEMMA_TABLE) -> int:
    """Learn the lemma exceptions the rules get wrong from ``cdocs``; the number of entries.

    ``W`` lines map a first word to its base form when the corpus always agrees
    on it; ``M`` lines map whole mentions the word table still gets wrong.
    """
    from collections import Counter, defaultdict

    word_votes: dict[str, Counter[str]] = defaultdict(Counter)
    mentions: list[Mention] = []
    rule_wrong: set[str] = set()
    for cdoc in cdocs:
        for m in cdoc.mentions:
            if m.label not in ("PER", "ORG", "LOC") or not m.lemma.strip():
                continue
            mentions.append(m)
            words, lemma_words = m.text.split(), m.lemma.split()
            if len(words) == len(lemma_words) and words[1:] == lemma_words[1:]:
                word_votes[words[0]][lemma_words[0]] += 1
                if rule_lemma(m.text, m.label).split()[0].casefold() != lemma_words[0].casefold():
                    rule_wrong.add(words[0])
    words_table = {}
    for word in rule_wrong:
        votes = word_votes[word]
        best, n = votes.most_common(1)[0]
        if n == sum(votes.values()):
            words_table[word] = best
    mention_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for m in mentions:
        mention_votes[(m.text, m.label)][" ".join(m.lemma.split())] += 1
    mention_table = {}
    for (text, label), votes in mention_votes.items():
        best, _ = votes.most_common(1)[0]
        if rule_lemma(text, label, words_table).casefold() != best.casefold():
            mention_table[text] = best
    lines = [f"W\t{w}\t{b}" for w, b in sorted(words_table.items())]
    lines += [f"M\t{t}\t{b}" for t, b in sorted(mention_table.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def split_corpus(cdocs: list[CorpusDoc]) -> dict[str, dict[str, list[CorpusDoc]]]:
    """The ``topic``, ``cross`` and ``all`` splits (see the module docstring), seeded."""
    by_topic: dict[str, list[CorpusDoc]] = {}
    for cdoc in cdocs:
        by_topic.setdefault(cdoc.topic, []).append(cdoc)
    rng = random.Random(SEED)
    topic: dict[str, list[CorpusDoc]] = {
        "train": [],
        "dev": [],
        "test": list(by_topic.get(HELD_OUT_TOPIC, [])),
    }
    cross: dict[str, list[CorpusDoc]] = {"train": [], "dev": [], "test": []}
    validate: dict[str, list[CorpusDoc]] = {
        "train": [],
        "dev": [],
        "test": list(by_topic.get(VALIDATION_TOPIC, [])),
    }
    for name, docs in sorted(by_topic.items()):
        order = list(range(len(docs)))
        rng.shuffle(order)
        tenth = max(1, len(docs) // 10)
        cross["test"] += [docs[i] for i in order[:tenth]]
        cross["dev"] += [docs[i] for i in order[tenth : 2 * tenth]]
        cross["train"] += [docs[i] for i in order[2 * tenth :]]
        if name != HELD_OUT_TOPIC:
            topic["dev"] += [docs[i] for i in order[:tenth]]
            topic["train"] += [docs[i] for i in order[tenth:]]
        if name not in (HELD_OUT_TOPIC, VALIDATION_TOPIC):
            validate["dev"] += [docs[i] for i in order[:tenth]]
            validate["train"] += [docs[i] for i in order[tenth:]]
    everything = {"train": list(cdocs), "dev": topic["dev"], "test": []}
    return {"topic": topic, "cross": cross, "all": everything, "validate": validate}


def main() -> None:
    nlp = tweak_tokenizer(spacy.blank("bg"))
    cdocs = list(read_slavicner("bg", slavicner_topics("bg")))
    # The shipped lemma table is learned from the training topics only, like the shipped model.
    n_table = write_lemma_table(c for c in cdocs if c.topic != HELD_OUT_TOPIC)
    print(f"lemma table: {n_table} entries -> {LEMMA_TABLE}")
    lost = 0
    docs: dict[str, Doc] = {}
    for cdoc in cdocs:
        docs[cdoc.doc_id + "/" + cdoc.topic], n_lost = to_doc(nlp, cdoc)
        lost += n_lost
    total = sum(len(c.mentions) for c in cdocs)
    print(f"{len(cdocs)} documents, {total} mentions, {lost} lost to tokenization")
    for split, parts in split_corpus(cdocs).items():
        for part, members in parts.items():
            n = write_docbin(
                CORPUS / split / f"{part}.spacy", (docs[c.doc_id + "/" + c.topic] for c in members)
            )
            print(f"  {split}/{part}: {n} docs")


if __name__ == "__main__":
    main()

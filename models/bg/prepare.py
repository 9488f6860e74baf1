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
* ``loto_<topic>`` for every topic -- leave one topic out: the whole topic is the
  test set, the others are cut as in ``topic`` (a seeded tenth is the dev set).
  ``loto_nord_stream`` is the ``topic`` split.

Every split also gets ``train_ru.spacy``: its training documents plus the Russian
SlavicNER documents of every topic that is neither its test topic nor held out of
it (``train.py --with-ru``). They are tokenized by the Bulgarian tokenizer, as the
model will see text; the dev and test sets stay Bulgarian.

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


def to_doc(nlp: spacy.language.Language, cdoc: CorpusDoc, untrained_missing: bool = False) -> tuple[Doc, int]:
    """A Doc with the corpus mentions as entities; also the number of mentions lost to tokenization.

    EVT and PRO mentions are "outside" (no entity) by default. ``untrained_missing``
    marks them unknown instead, so the NER is not taught that "Twitter" or "Brexit"
    are no names, which would also hold it back on Latin-script organizations.
    """
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
    kept = filter_spans(spans)
    untrained = [span for span in kept if span.label_ not in TRAINED_LABELS]
    doc.set_ents(
        [span for span in kept if span.label_ in TRAINED_LABELS],
        missing=untrained if untrained_missing else None,
        outside=None if untrained_missing else untrained,
    )
    return doc, lost


def write_lemma_table(cdocs: Iterable[CorpusDoc], path: Path = LEMMA_TABLE) -> int:
    """Write the lemma table learned from ``cdocs`` (:func:`learn_lemma_table`) to ``path``; its size."""
    lines = learn_lemma_table(cdocs)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def learn_lemma_table(cdocs: Iterable[CorpusDoc]) -> list[str]:
    """The lines of a lemma table: the exceptions the rules get wrong in ``cdocs``.

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
    return lines


def split_corpus(cdocs: list[CorpusDoc]) -> dict[str, dict[str, list[CorpusDoc]]]:
    """The splits of the module docstring (``topic``, ``cross``, ``validate``, ``loto_*``...), seeded."""
    by_topic: dict[str, list[CorpusDoc]] = {}
    for cdoc in cdocs:
        by_topic.setdefault(cdoc.topic, []).append(cdoc)
    shuffled = shuffle_topics(by_topic)
    cross: dict[str, list[CorpusDoc]] = {"train": [], "dev": [], "test": []}
    for docs in shuffled.values():
        tenth = max(1, len(docs) // 10)
        cross["test"] += docs[:tenth]
        cross["dev"] += docs[tenth : 2 * tenth]
        cross["train"] += docs[2 * tenth :]
    topic = held_out_split(shuffled, [HELD_OUT_TOPIC], HELD_OUT_TOPIC)
    everything = {"train": list(cdocs), "dev": topic["dev"], "test": []}
    splits = {
        "topic": topic,
        "cross": cross,
        "all": everything,
        "validate": held_out_split(shuffled, [HELD_OUT_TOPIC, VALIDATION_TOPIC], VALIDATION_TOPIC),
    }
    for name in shuffled:
        splits[f"loto_{name}"] = held_out_split(shuffled, [name], name)
    return splits


def shuffle_topics(by_topic: dict[str, list[CorpusDoc]]) -> dict[str, list[CorpusDoc]]:
    """Each topic's documents in one seeded order, the topics sorted by name.

    Every split cuts its dev and test tenths from these orders, so a topic's dev set is
    the same whichever topic a split holds out.
    """
    rng = random.Random(SEED)
    shuffled = {}
    for name, docs in sorted(by_topic.items()):
        order = list(range(len(docs)))
        rng.shuffle(order)
        shuffled[name] = [docs[i] for i in order]
    return shuffled


def held_out_split(
    shuffled: dict[str, list[CorpusDoc]], held_out: list[str], test_topic: str
) -> dict[str, list[CorpusDoc]]:
    """Train on the topics not in ``held_out`` (a tenth of each is the dev set), test on ``test_topic``."""
    test = sorted(shuffled.get(test_topic, []), key=lambda cdoc: cdoc.doc_id)  # the corpus order
    split: dict[str, list[CorpusDoc]] = {"train": [], "dev": [], "test": test}
    for name, docs in shuffled.items():
        if name in held_out:
            continue
        tenth = max(1, len(docs) // 10)
        split["dev"] += docs[:tenth]
        split["train"] += docs[tenth:]
    return split


def held_out_topics(split: str) -> set[str]:
    """The topics no training document of ``split`` may come from, in either language."""
    if split in ("topic", "loto_" + HELD_OUT_TOPIC):
        return {HELD_OUT_TOPIC}
    if split == "validate":
        return {HELD_OUT_TOPIC, VALIDATION_TOPIC}
    if split.startswith("loto_"):
        return {split[len("loto_") :]}
    return set()


def russian_docs(nlp: spacy.language.Language, untrained_missing: bool = False) -> dict[str, list[Doc]]:
    """The Russian SlavicNER documents by topic, tokenized by the Bulgarian ``nlp`` (see :func:`to_doc`)."""
    by_topic: dict[str, list[Doc]] = {}
    for cdoc in read_slavicner("ru", slavicner_topics("ru")):
        by_topic.setdefault(cdoc.topic, []).append(to_doc(nlp, cdoc, untrained_missing)[0])
    return by_topic


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
    splits = split_corpus(cdocs)
    for split, parts in splits.items():
        for part, members in parts.items():
            n = write_docbin(
                CORPUS / split / f"{part}.spacy", (docs[c.doc_id + "/" + c.topic] for c in members)
            )
            print(f"  {split}/{part}: {n} docs")
    write_training_variants(nlp, splits)


def write_training_variants(
    nlp: spacy.language.Language, splits: dict[str, dict[str, list[CorpusDoc]]]
) -> None:
    """Every held-out split's ``train_ru``, ``train_missing`` and ``train_ru_missing`` sets.

    ``_ru`` adds the Russian documents of the training topics; ``_missing`` marks the
    EVT and PRO mentions unknown instead of "no entity" (see :func:`to_doc`).
    """
    for missing in (False, True):
        russian = russian_docs(nlp, missing)
        for split, parts in splits.items():
            if split in ("cross", "all"):
                continue  # every topic is in their training set: no Russian topic can be kept apart
            held_out = held_out_topics(split)
            train = [to_doc(nlp, cdoc, missing)[0] for cdoc in parts["train"]]
            suffix = "_missing" if missing else ""
            if missing:
                write_docbin(CORPUS / split / "train_missing.spacy", train)
            train += [doc for topic, ru_docs in russian.items() if topic not in held_out for doc in ru_docs]
            n = write_docbin(CORPUS / split / f"train_ru{suffix}.spacy", train)
            print(f"  {split}/train_ru{suffix}: {n} docs (with the Russian of the training topics)")


if __name__ == "__main__":
    main()

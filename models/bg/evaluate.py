"""Figures for the Bulgarian pipeline: NER P/R/F1, lemma accuracy, speed, load time.

    python models/bg/evaluate.py                       # both splits, shipped model
    python models/bg/evaluate.py --split topic --model models/bg/training/t64/model-best

* ``topic`` (single topic out): the held-out topic ``nord_stream``, scored with
  the shipped pipeline ``models/bg/pipeline`` (trained without that topic).
* ``validate``: the validation topic ``ryanair`` with a model trained by
  ``train.py --split validate`` (pass it with ``--model``): for comparing
  configurations without touching the test topic.
* ``loto:TOPIC`` (one leave-one-topic-out fold): the whole topic, scored with a
  model trained by ``train.py --split loto:TOPIC``; ``loto`` scores every fold
  whose model exists (``--model`` with ``{topic}`` in the path) and prints the
  mean and the worst fold.
* ``cross`` (cross topic): a seeded 10 % of every topic, scored with the model
  trained on the cross split (``models/bg/training/cross/model-best``; build it
  with ``python models/bg/train.py --split cross``). The lemma table is learned
  from the training topics of the *topic* split, so it has seen part of the
  cross test set: the cross lemma figure is optimistic.

Scores are exact span and label over PER/ORG/LOC, with and without the domain
rules of ``visitparse.lang.bg.patterns``; lemma accuracy is on correctly found
mentions. For the ``validate`` and ``loto`` splits the lemma exception table is
learned again from the split's training topics, so it never saw the test topic.
Speed is measured in this one process on ~3 KB articles made of the
held-out topic's texts; load time in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

# One BLAS thread, before numpy loads: the speed figures are for one process on one core.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from corpora import CorpusDoc, Mention, Scores, articles, read_slavicner, slavicner_topics  # noqa: E402
from prepare import HELD_OUT_TOPIC, VALIDATION_TOPIC, learn_lemma_table, split_corpus  # noqa: E402

from visitparse.lang.bg import patterns  # noqa: E402
from visitparse.lang.bg.annotator import BulgarianAnnotator, build_nlp  # noqa: E402
from visitparse.lang.bg.lemma import LemmaTables, lemmatize, parse_tables  # noqa: E402

LABELS = ("PER", "ORG", "LOC")


def score(annotator: BulgarianAnnotator, docs: list[CorpusDoc], tables: LemmaTables | None = None) -> Scores:
    """Exact-span scores of ``annotator`` on ``docs`` over PER/ORG/LOC.

    ``tables`` replaces the shipped lemma table for the mention lemmas.
    """
    scores = Scores()
    for cdoc, doc in zip(docs, annotator.pipe(d.text for d in docs), strict=True):
        pred = [
            Mention(
                e.start_char,
                e.end_char,
                e.label_,
                e.text,
                lemmatize(e.text, e.label_, tables) if tables else e._.lemma,
            )
            for e in doc.ents
        ]
        scores.add(cdoc.mentions, pred, LABELS)
    return scores


def speed(annotator: BulgarianAnnotator, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Documents per wall-clock second and CPU milliseconds per document over ``texts``.

    ``batch_size`` 1 calls the annotator once per text (as ``Parser.parse`` does);
    larger sizes go through ``annotator.pipe``. The CPU figure is what one process
    costs when it has a core to itself; the wall-clock one drops when other jobs
    share the machine.
    """
    list(annotator.pipe(texts[:20]))
    wall, cpu = time.perf_counter(), time.process_time()
    if batch_size == 1:
        n = sum(1 for text in texts if annotator(text) is not None)
    else:
        n = sum(1 for _ in annotator.pipe(texts, batch_size=batch_size))
    return n / (time.perf_counter() - wall), 1000 * (time.process_time() - cpu) / n


def load_time(model: Path) -> float:
    """Seconds to build the annotator in a fresh interpreter (imports excluded)."""
    code = (
        "import time, spacy; from visitparse.lang.bg.annotator import build_nlp, BulgarianAnnotator;"
        f"t = time.perf_counter(); BulgarianAnnotator(build_nlp({str(model)!r})); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def report(
    name: str, model: Path, docs: list[CorpusDoc], tables: LemmaTables | None = None
) -> tuple[Scores, Scores]:
    """Print the scores of ``model`` on ``docs`` with and without the domain rules; (without, with)."""
    nlp = build_nlp(model)
    annotator = BulgarianAnnotator(nlp)
    with_rules = score(annotator, docs, tables)
    with nlp.select_pipes(disable=[patterns.COMPONENT]):
        without = score(annotator, docs, tables)
    print(without.report(f"[{name}] model only ({model}, {len(docs)} docs)"))
    print(with_rules.report(f"[{name}] model + domain rules"))
    delta = with_rules.prf()[2] - without.prf()[2]
    print(
        f"[{name}] micro F1 unrounded: model {without.prf()[2]:.4f}, model + rules {with_rules.prf()[2]:.4f}"
    )
    print(f"[{name}] domain rules change micro F1 by {delta:+.4f}")
    return without, with_rules


def fold_tables(split: dict[str, list[CorpusDoc]]) -> LemmaTables:
    """The lemma table learned from the training and dev documents of ``split`` only."""
    return parse_tables("\n".join(learn_lemma_table(split["train"] + split["dev"])))


def loto(splits: dict[str, dict[str, list[CorpusDoc]]], pattern: str, topics: list[str]) -> None:
    """Score every fold whose model exists (``pattern`` with ``{topic}``); print mean and worst."""
    rows: dict[str, tuple[float, ...]] = {}
    for topic in topics:
        model = Path(pattern.format(topic=topic))
        if not model.exists():
            print(f"[loto {topic}] no model at {model}: skipped")
            continue
        split = splits[f"loto_{topic}"]
        without, with_rules = report(f"loto test topic: {topic}", model, split["test"], fold_tables(split))
        rows[topic] = fold_figures(without, with_rules)
    if not rows:
        return
    columns = list(zip(*rows.values(), strict=True))
    rows[f"mean of {len(rows)}"] = tuple(sum(c) / len(c) for c in columns)
    rows[f"worst of {len(columns[0])}"] = tuple(min(c) for c in columns)
    print(
        f"{'fold':15s} {'model F1':>9s} {'+rules F1':>9s} {'ORG F1':>9s} {'lemma':>9s}  (ORG, lemma: +rules)"
    )
    for name, figures in rows.items():
        print(f"{name:15s} " + " ".join(f"{x:9.4f}" for x in figures))


def fold_figures(without: Scores, with_rules: Scores) -> tuple[float, float, float, float]:
    """Micro F1 without and with the rules, ORG F1 and lemma accuracy with them."""
    lemma = with_rules.lemma_ok / with_rules.lemma_n if with_rules.lemma_n else 0.0
    return without.prf()[2], with_rules.prf()[2], with_rules.prf("ORG")[2], lemma


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--split", default="both", help="topic, cross, both (default), validate, loto or loto:TOPIC"
    )
    parser.add_argument(
        "--model",
        default=str(HERE / "pipeline"),
        help="model for the topic, validate or loto:TOPIC split; for loto a path with {topic}",
    )
    parser.add_argument("--cross-model", type=Path, default=HERE / "training" / "cross" / "model-best")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()

    topics = slavicner_topics("bg")
    splits = split_corpus(list(read_slavicner("bg", topics)))
    model = Path(args.model)
    if args.split in ("topic", "both"):
        report(f"held-out topic: {HELD_OUT_TOPIC}", model, splits["topic"]["test"])
    if args.split == "validate":
        split = splits["validate"]
        report(f"validation topic: {VALIDATION_TOPIC}", model, split["test"], fold_tables(split))
    if args.split.startswith("loto"):
        chosen = topics if args.split == "loto" else [args.split[len("loto:") :]]
        loto(splits, args.model, chosen)
        model = Path(args.model.format(topic=chosen[0]))
    if args.split in ("cross", "both"):
        if args.cross_model.exists():
            report("cross-topic 10% of every topic", args.cross_model, splits["cross"]["test"])
        else:
            print(
                f"[cross-topic] no model at {args.cross_model}: run `python models/bg/train.py --split cross`"
            )
    if not args.no_speed:
        annotator = BulgarianAnnotator(build_nlp(model))
        texts = articles(splits["topic"]["test"])
        print(f"speed on {len(texts)} articles of 3000 chars, one process, {os.cpu_count()} cores:")
        for batch_size in (64, 1):
            per_wall, cpu_ms = speed(annotator, texts, batch_size)
            how = "one call per text" if batch_size == 1 else f"pipe, batch {batch_size}"
            print(
                f"  {how:18s} {per_wall:6.1f} docs/s wall clock, {cpu_ms:5.2f} CPU ms/doc "
                f"({1000 / cpu_ms:.1f} docs per CPU second)"
            )
        print(f"load: {load_time(model):.2f} s (fresh interpreter, spacy imported)")


if __name__ == "__main__":
    main()

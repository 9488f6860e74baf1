"""Rebuild the Russian NER pipeline from ../shared with a fixed seed: one command.

    python models/ru/train.py                          # full: SlavicNER ru + FactRuEval dev
    python models/ru/train.py --split slavic-only      # SlavicNER only (scored on FactRuEval dev)
    python models/ru/train.py --split loto:brexit      # leave one SlavicNER topic out

Steps: write the DocBins (:mod:`prepare`) unless they exist, gather the split's
parts under ``models/ru/corpus/splits/<split>/`` (symbolic links: spaCy reads
every ``.spacy`` file of a directory), run ``spacy train`` on ``config.cfg``
(seed 13, one BLAS thread), and with ``--install`` copy ``model-best`` to
``models/ru/pipeline``. Training scratch stays in the git-ignored
``models/ru/training/<split>/``. Extra ``--section.key value`` arguments are
passed to ``spacy train`` as config overrides.

Splits (the dev part only stops training early; it is a seeded tenth of each
training topic):

* ``full``: every SlavicNER topic and the FactRuEval dev set;
* ``slavic-only``: every SlavicNER topic, no FactRuEval (its figure on FactRuEval dev
  is then on unseen text);
* ``loto:TOPIC``: every SlavicNER topic but TOPIC, and FactRuEval; TOPIC is the test set.
  ``loto:TOPIC+OTHER`` leaves two topics out: OTHER then validates configurations
  without looking at TOPIC.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
PIPELINE = HERE / "pipeline"
sys.path.insert(0, str(HERE.parent))
from recipes import install, spacy_train, vector_overrides  # noqa: E402

VECTORS = CORPUS / "vectors"


def topics() -> list[str]:
    """The SlavicNER topics written by ``prepare.py``."""
    return sorted(p.name for p in (CORPUS / "topics").iterdir() if p.is_dir())


def parts(split: str, bulgarian: bool = False) -> tuple[list[Path], list[Path]]:
    """The train and dev DocBins of ``split``; with ``bulgarian``, also the Bulgarian documents
    of every topic the split trains on (a held-out topic stays out in both languages)."""
    held_out = split.split(":", 1)[1].split("+") if split.startswith("loto:") else []
    if split not in ("full", "slavic-only") and not held_out:
        raise SystemExit(f"unknown split {split!r}")
    for topic in held_out:
        if topic not in topics():
            raise SystemExit(f"unknown topic {topic!r}; topics: {', '.join(topics())}")
    kept = [t for t in topics() if t not in held_out]
    train = [CORPUS / "topics" / t / "train.spacy" for t in kept]
    dev = [CORPUS / "topics" / t / "dev.spacy" for t in kept]
    if split != "slavic-only":
        train.append(CORPUS / "factrueval" / "train.spacy")
    if bulgarian:
        bg = sorted(p for p in (CORPUS / "bg").iterdir() if p.name not in held_out)
        train += [p / "train.spacy" for p in bg]
    return train, dev


def gather(split: str, bulgarian: bool = False) -> Path:
    """A directory with ``train/`` and ``dev/`` links to the split's DocBins."""
    out = CORPUS / "splits" / (split.replace(":", "-") + ("+bg" if bulgarian else ""))
    if out.exists():
        shutil.rmtree(out)
    train, dev = parts(split, bulgarian)
    for name, files in (("train", train), ("dev", dev)):
        (out / name).mkdir(parents=True)
        for f in files:
            lang = "bg-" if f.parent.parent.name == "bg" else ""
            (out / name / f"{lang}{f.parent.name}.spacy").symlink_to(f)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", default="full", help="full, slavic-only or loto:TOPIC")
    parser.add_argument("--name", default=None, help="scratch directory under training/ (default: split)")
    parser.add_argument("--install", action="store_true", help="copy model-best to models/ru/pipeline")
    parser.add_argument("--config", type=Path, default=HERE / "config.cfg", help="spaCy config")
    parser.add_argument(
        "--vectors", action="store_true", help="add navec static vectors (built by vectors.py if missing)"
    )
    parser.add_argument(
        "--bulgarian", action="store_true", help="train on the Bulgarian documents of the training topics too"
    )
    args, overrides = parser.parse_known_args()

    if not (CORPUS / "bg").exists():
        subprocess.run([sys.executable, str(HERE / "prepare.py")], check=True)
    if args.vectors:
        if not VECTORS.exists():
            subprocess.run([sys.executable, str(HERE / "vectors.py"), "--out", str(VECTORS)], check=True)
        overrides += vector_overrides(VECTORS)
    corpus = gather(args.split, args.bulgarian)
    out = HERE / "training" / (args.name or args.split.replace(":", "-"))
    spacy_train(args.config, HERE / "tokenizer.py", out, corpus / "train", corpus / "dev", overrides)
    if args.install:
        install(out / "model-best", PIPELINE)


if __name__ == "__main__":
    main()

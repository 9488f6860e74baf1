"""Rebuild the Bulgarian pipeline from ../shared with a fixed seed: one command.

    python models/bg/train.py                 # topic split -> models/bg/pipeline/
    python models/bg/train.py --split cross --no-with-ru   # cross-topic model (no Russian variant)
    python models/bg/train.py --split loto:brexit          # one leave-one-topic-out fold

The shipped configuration adds the Russian SlavicNER documents of the training topics
(``--with-ru``) and navec's static vectors (``--vectors``); both are on by default
(``--no-with-ru --no-vectors`` is the configuration shipped before).

Steps: write the DocBins (:mod:`prepare`), run ``spacy train`` on
``config.cfg`` (seed 13, single thread), then copy the best model of the
``topic`` split to ``models/bg/pipeline`` (the shipped artifact). Training
scratch stays in the git-ignored ``models/bg/training/``. Extra ``--key value``
arguments are passed to ``spacy train`` as config overrides.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PIPELINE = HERE / "pipeline"
VECTORS = HERE / "corpus" / "vectors"
sys.path.insert(0, str(HERE.parent))
from recipes import install, spacy_train, vector_overrides  # noqa: E402
from tokenizer import install_tokenizer  # noqa: E402


def split_name(value: str) -> str:
    """The corpus directory of a ``--split`` value (``loto:brexit`` -> ``loto_brexit``)."""
    if value in ("topic", "cross", "validate", "all"):
        return value
    if value.startswith("loto:") and len(value) > len("loto:"):
        return "loto_" + value[len("loto:") :]
    raise argparse.ArgumentTypeError(f"unknown split {value!r}")


def bulgarian_vectors() -> Path:
    """navec's vectors as a Bulgarian pipeline's static vectors, built if missing.

    navec is a Russian news embedding; Bulgarian shares many of its names and words
    ("Москва", "Тимишоара", "министър").
    """
    if not VECTORS.exists():
        russian = VECTORS.with_name("vectors_ru")
        script = HERE.parent / "ru" / "vectors.py"
        subprocess.run([sys.executable, str(script), "--out", str(russian)], check=True)
        import spacy  # here: the other steps run spaCy in subprocesses only

        # spaCy takes vectors only from a pipeline of the same language.
        nlp = spacy.blank("bg")
        nlp.vocab.vectors = spacy.load(russian).vocab.vectors
        nlp.to_disk(VECTORS)
    return VECTORS


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--split",
        default="topic",
        type=split_name,
        help="topic (default), cross, validate, all or loto:TOPIC (leave TOPIC out)",
    )
    parser.add_argument(
        "--with-ru",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="add the Russian SlavicNER documents of the training topics to the training set",
    )
    parser.add_argument(
        "--name",
        default=None,
        help="scratch directory under training/ (default: the split, plus _ru and _vec for the options)",
    )
    parser.add_argument(
        "--evt-pro-missing",
        action="store_true",
        help="train with the EVT and PRO mentions marked unknown rather than 'no entity'",
    )
    parser.add_argument(
        "--vectors",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="add navec's Russian static vectors (built by models/ru/vectors.py if missing)",
    )
    parser.add_argument(
        "--no-install", action="store_true", help="do not copy the result to models/bg/pipeline"
    )
    args, overrides = parser.parse_known_args()

    corpus = HERE / "corpus" / args.split
    train = corpus / f"train{'_ru' if args.with_ru else ''}{'_missing' if args.evt_pro_missing else ''}.spacy"
    if not train.exists():
        subprocess.run([sys.executable, str(HERE / "prepare.py")], check=True)
    if args.vectors:
        overrides += vector_overrides(bulgarian_vectors())
    out = (
        HERE
        / "training"
        / (args.name or args.split + ("_ru" if args.with_ru else "") + ("_vec" if args.vectors else ""))
    )
    spacy_train(HERE / "config.cfg", HERE / "tokenizer.py", out, train, corpus / "dev.spacy", overrides)

    if args.split == "topic" and not args.no_install:
        install(out / "model-best", PIPELINE)
        install_tokenizer(PIPELINE)


if __name__ == "__main__":
    main()

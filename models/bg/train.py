"""Rebuild the Bulgarian pipeline from ../shared with a fixed seed: one command.

    python models/bg/train.py                 # topic split -> models/bg/pipeline/
    python models/bg/train.py --split cross   # cross-topic model, kept in models/bg/training/cross/

Steps: write the DocBins (:mod:`prepare`), run ``spacy train`` on
``config.cfg`` (seed 13, single thread), then copy the best model of the
``topic`` split to ``models/bg/pipeline`` (the shipped artifact). Training
scratch stays in the git-ignored ``models/bg/training/``. Extra ``--key value``
arguments are passed to ``spacy train`` as config overrides.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PIPELINE = HERE / "pipeline"
sys.path.insert(0, str(HERE.parent))
from recipes import install  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", default="topic", choices=("topic", "cross", "validate", "all"))
    parser.add_argument(
        "--name", default=None, help="scratch directory name under training/ (default: split)"
    )
    parser.add_argument(
        "--no-install", action="store_true", help="do not copy the result to models/bg/pipeline"
    )
    args, overrides = parser.parse_known_args()

    corpus = HERE / "corpus" / args.split
    if not (corpus / "train.spacy").exists():
        subprocess.run([sys.executable, str(HERE / "prepare.py")], check=True)
    out = HERE / "training" / (args.name or args.split)
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", PYTHONHASHSEED="0")
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(HERE / "config.cfg"),
        "--code",
        str(HERE / "tokenizer.py"),
        "--output",
        str(out),
        "--paths.train",
        str(corpus / "train.spacy"),
        "--paths.dev",
        str(corpus / "dev.spacy"),
        *overrides,
    ]
    print(" ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)

    if args.split == "topic" and not args.no_install:
        install(out / "model-best", PIPELINE)


if __name__ == "__main__":
    main()

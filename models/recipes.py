"""Steps the training recipes of ``models/bg`` and ``models/ru`` share."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc, DocBin


def write_docbin(path: Path, docs: Iterable[Doc]) -> int:
    """Save ``docs`` as a DocBin at ``path``; the number of docs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    db.to_disk(path)
    return n


def install(best: Path, pipeline: Path) -> None:
    """Copy a trained model to ``pipeline``, leaving training-only data behind."""
    if pipeline.exists():
        shutil.rmtree(pipeline)
    shutil.copytree(best, pipeline)
    size = sum(p.stat().st_size for p in pipeline.rglob("*") if p.is_file())
    print(f"installed {best} -> {pipeline} ({size / 1e6:.1f} MB)")


def vector_overrides(vectors: Path) -> list[str]:
    """``spacy train`` overrides that feed the static vectors saved at ``vectors`` to the tok2vec."""
    return [
        "--paths.vectors",
        str(vectors),
        "--components.tok2vec.model.embed.include_static_vectors",
        "true",
    ]


def spacy_train(
    config: Path, code: Path, out: Path, train: Path, dev: Path, overrides: Sequence[str] = ()
) -> None:
    """Run ``spacy train`` reproducibly: one BLAS thread and a fixed hash seed (the config fixes the seed)."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", PYTHONHASHSEED="0")
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(config),
        "--code",
        str(code),
        "--output",
        str(out),
        "--paths.train",
        str(train),
        "--paths.dev",
        str(dev),
        *overrides,
    ]
    print(" ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)

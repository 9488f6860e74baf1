"""Steps the training recipes of ``models/bg`` and ``models/ru`` share."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
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

"""Write one prediction per gold document, for ``../shared/score.py``.

usage: python benchmarks/predict.py GOLD_OR_SAMPLES_DIR [...] --out DIR

A gold file (``*.json`` with ``id``) gives its text in ``text`` or, for the
project's samples, in the ``.txt`` file beside it; its ``published`` date is
passed to the parser as a caller would pass the archive's metadata.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import visitparse


def documents(paths: list[str]) -> list[tuple[str, str, str | None]]:
    out = []
    for path in map(Path, paths):
        for gold_file in sorted(path.rglob("*.json") if path.is_dir() else [path]):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            if "id" not in gold:
                continue
            text = gold.get("text")
            if text is None:
                text = gold_file.with_suffix(".txt").read_text(encoding="utf-8")
            out.append((gold["id"], text, gold.get("published")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", help="gold files or folders (../shared/gold/dev, samples)")
    ap.add_argument("--out", required=True, help="folder for <id>.json predictions")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    parser = visitparse.Parser()
    docs = documents(args.gold)
    start = time.perf_counter()
    for doc_id, text, published in docs:
        article = parser.parse(text, published=published, doc_id=doc_id)
        (out / f"{doc_id}.json").write_text(
            json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    print(f"{len(docs)} predictions in {time.perf_counter() - start:.1f} s -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

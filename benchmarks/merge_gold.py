"""Merged-pair precision and recall on the gold/dev records plus reworded copies.

``tests/data/reworded/copy-*.txt`` are short articles written for this project, each
reporting the visit of one gold/dev article (its ``original``) in new words. Every copy
should merge with its original and no two other articles should merge (gold/dev articles
report different visits).

    python benchmarks/merge_gold.py [../shared/gold/dev] [--records gold|parse|both]

``gold``: the gold records of the articles and the copies' own records (tests the merge
rules alone); ``parse``: the parser's records of the same texts (the merge as a user gets
it, parser errors included). A merged pair is two articles with visits in one merged record;
it is right when it is a copy and its original. Skips when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from visitparse.merge import merge_records  # noqa: E402

COPIES = ROOT / "tests" / "data" / "reworded"


def _gold_records(gold_dir: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        records.append({"doc_id": gold["id"], "published": gold.get("published"), "visits": gold["visits"]})
    for path in sorted(COPIES.glob("copy-*.json")):
        copy = json.loads(path.read_text(encoding="utf-8"))
        records.append({"doc_id": copy["id"], "published": copy["published"], "visits": copy["visits"]})
    return records


def _parsed_records(gold_dir: Path) -> list[dict[str, Any]]:
    from visitparse import Parser

    parser = Parser()
    records = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = parser.parse(gold["text"], published=gold.get("published"), doc_id=gold["id"])
        records.append(article.model_dump(mode="json"))
    for path in sorted(COPIES.glob("copy-*.txt")):
        article = parser.parse(path.read_text(encoding="utf-8"), doc_id=path.stem)
        records.append(article.model_dump(mode="json"))
    return records


def merged_pairs(merged: list[dict[str, Any]]) -> set[tuple[str, str]]:
    pairs = set()
    for record in merged:
        docs = sorted({s["doc_id"] for s in record["sources"]})
        pairs.update(combinations(docs, 2))
    return pairs


def score(records: list[dict[str, Any]]) -> dict[str, Any]:
    truth = set()
    for path in sorted(COPIES.glob("copy-*.json")):
        copy = json.loads(path.read_text(encoding="utf-8"))
        truth.add(tuple(sorted((copy["id"], copy["original"]))))
    found = merged_pairs(merge_records(records))
    right = found & truth
    return {
        "articles": len(records),
        "visits": sum(len(r["visits"]) for r in records),
        "true_pairs": len(truth),
        "merged_pairs": len(found),
        "precision": len(right) / len(found) if found else 1.0,
        "recall": len(right) / len(truth) if truth else 1.0,
        "missed": sorted("+".join(p) for p in truth - found),
        "wrong": sorted("+".join(p) for p in found - truth),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "gold" / "dev"))
    ap.add_argument("--records", choices=("gold", "parse", "both"), default="both")
    args = ap.parse_args()
    gold_dir = Path(args.gold)
    if not gold_dir.is_dir():
        print(f"skipped: {gold_dir} is not present")
        return 0
    kinds = ["gold", "parse"] if args.records == "both" else [args.records]
    for kind in kinds:
        records = _gold_records(gold_dir) if kind == "gold" else _parsed_records(gold_dir)
        result = score(records)
        print(
            f"{kind:5s} records: {result['articles']} articles, {result['visits']} visits; "
            f"merged pairs {result['merged_pairs']} (true {result['true_pairs']}): "
            f"precision {result['precision']:.3f} recall {result['recall']:.3f}"
        )
        for name in ("missed", "wrong"):
            if result[name]:
                print(f"  {name}: {', '.join(result[name])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Russian visit records on real news the visit assembly was never tuned on, laid out for hand judging.

usage: python benchmarks/visits_audit_ru.py [--half dev|heldout|all] [--out DIR] [--save FILE]
       python benchmarks/visits_audit_ru.py --diff OLD.jsonl NEW.jsonl

The documents: every Russian text of SlavicNER (``raw/*/ru``) and of FactRuEval-2016's development
set whose text contains a visit word (:data:`VISIT_WORDS`: "визит", "посетил", "делегация",
"встретился", "прибыл", "побывал", ...). The selection reads the text only, never the parser's
output, so it does not move when the rules change (89 documents on the corpora as shipped).

Each document is parsed as a Russian article (``lang="ru"``, no publication date: the corpora give
none) and written to ``DIR/<half>/<doc>.txt`` in a compact form: per visit, the dates with the words
they were read from, the regions with their role, the officials with side, position and
organization, the institutions with ``visited``; then every sentence that holds a visit word or any
of the record's evidence, so that each item can be judged against its sentence. ``--save`` writes
the records as JSON Lines, and ``--diff`` lists what changed between two such files.

The split, fixed before any output was read: a document is DEVELOPMENT when the first byte of the
SHA-1 of its name (``<corpus>/<topic>/<file>``) is even, HELD-OUT when it is odd. Only the
development half is read for mechanisms; the held-out half is judged by hand before and after the
fixes, without being read for new mechanisms in between. The judgement tallies live outside the
repository (the lead's notes); the figures are in README, "Accuracy and speed".

Development aid: it needs ``../shared`` and does not run in the test suite.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.corpora import FACTRUEVAL, SLAVICNER  # noqa: E402

VISIT_WORDS = re.compile(r"визит|посети|посеща|делегаци|встретил|прибыл|побывал", re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def corpus_files() -> Iterator[tuple[str, Path]]:
    """``(name, path)`` of every Russian corpus text, in a fixed order."""
    for path in sorted((SLAVICNER / "raw").glob("*/ru/*.txt")):
        yield f"slavicner/{path.parent.parent.name}/{path.name}", path
    for path in sorted((FACTRUEVAL / "devset").glob("*.txt")):
        yield f"factrueval/{path.name}", path


def half_of(name: str) -> str:
    """``dev`` or ``heldout``, by the parity of the first byte of the name's SHA-1."""
    return "dev" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def selected(half: str) -> Iterator[tuple[str, str]]:
    """``(name, text)`` of the documents with a visit word that belong to ``half``."""
    for name, path in corpus_files():
        text = path.read_text(encoding="utf-8")
        if VISIT_WORDS.search(text) and half in ("all", half_of(name)):
            yield name, text


def compact(visit: dict[str, Any]) -> list[str]:
    """One visit record as a few readable lines."""
    dates = ", ".join(e["text"] for e in visit.get("date_evidence", []))
    lines = [f"  date {visit['start_date']} .. {visit['end_date']}  [{dates}]"]
    for region in visit["regions"]:
        lines.append(f"  region {region['code']} {region['name']!r} role={region['role']}")
    for off in visit["officials"]:
        title = f"pos={off['position']!r} org={off['organization']!r}"
        lines.append(f"  official {off['name']!r} side={off['side']} {title}")
    for inst in visit["institutions"]:
        lines.append(f"  institution {inst['name']!r} visited={inst['visited']}")
    return lines


def evidence_spans(record: dict[str, Any]) -> list[tuple[int, int]]:
    """Every evidence span of every item of every visit."""
    spans = []
    for visit in record["visits"]:
        spans += [(e["start"], e["end"]) for e in visit.get("date_evidence", [])]
        for kind in ("regions", "officials", "institutions"):
            for item in visit[kind]:
                spans += [(e["start"], e["end"]) for e in item.get("evidence", [])]
    return spans


def relevant_sentences(text: str, record: dict[str, Any]) -> list[str]:
    """The sentences with a visit word or a piece of the record's evidence, in text order."""
    spans = evidence_spans(record)
    out = []
    for match in SENTENCE.finditer(text):
        start, end = match.span()
        if VISIT_WORDS.search(match.group()) or any(s < end and e > start for s, e in spans):
            out.append(f"  [{start}] {match.group().strip()}")
    return out


def report(name: str, text: str, record: dict[str, Any]) -> str:
    lines = [f"# {name}  ({len(record['visits'])} visits)"]
    for i, visit in enumerate(record["visits"]):
        lines.append(f" visit {i}")
        lines += compact(visit)
    lines.append(" sentences")
    lines += relevant_sentences(text, record)
    return "\n".join(lines) + "\n"


def diff(old_file: Path, new_file: Path) -> None:
    """Print the documents whose visit records differ between two ``--save`` files."""
    old = {r["doc_id"]: r for r in map(json.loads, old_file.read_text().splitlines())}
    for line in new_file.read_text().splitlines():
        new = json.loads(line)
        before = old.get(new["doc_id"])
        if before is None or before["visits"] != new["visits"]:
            print(f"# {new['doc_id']}")
            old_lines, new_lines = (_numbered(rec["visits"] if rec else []) for rec in (before, new))
            for line in difflib.unified_diff(old_lines, new_lines, lineterm="", n=0):
                if not line.startswith(("---", "+++", "@@")):
                    print(line)


def _numbered(visits: list[dict[str, Any]]) -> list[str]:
    """The compact lines of every visit, each prefixed with its visit's number."""
    return [f"{i}{line}" for i, visit in enumerate(visits) for line in compact(visit)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--out", type=Path, default=Path("/tmp/visits_audit_ru"))
    ap.add_argument("--save", type=Path, help="write the records as JSON Lines")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
        return
    import visitparse

    parser = visitparse.Parser()
    saved = []
    counts = {"dev": [0, 0], "heldout": [0, 0]}
    for name, text in selected(args.half):
        half = half_of(name)
        record = parser.parse(text, lang="ru", doc_id=name).model_dump(mode="json")
        counts[half][0] += 1
        counts[half][1] += bool(record["visits"])
        target = args.out / half / (name.replace("/", "__"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(report(name, text, record), encoding="utf-8")
        saved.append(json.dumps({"doc_id": name, "visits": record["visits"]}, ensure_ascii=False))
    if args.save:
        args.save.write_text("\n".join(saved) + "\n", encoding="utf-8")
    for half, (n, with_visit) in counts.items():
        print(f"{half}: {n} documents, {with_visit} with a visit record -> {args.out / half}")


if __name__ == "__main__":
    main()

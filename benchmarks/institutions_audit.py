"""Institutions on real corpus news, before and after a change: counts per half and what moved.

usage: python benchmarks/institutions_audit.py OLD NEW [--half dev|heldout] [--docs FILE] [--show]

OLD and NEW are two outputs of the visit audits run on two versions of the rules: the JSON Lines
of ``benchmarks/visits_audit_ru.py --save`` or the text of ``benchmarks/visits_audit_bg.py --out``
(the format is told by the content). Both audits select the corpus texts by their words, never by
the parser's output, so the same documents stand in both files.

The split is the audits' own, fixed before any output was read: by the parity of the first byte
of the SHA-1 of the document's name (Russian: ``<corpus>/<topic>/<file>``, even = development;
Bulgarian: see ``visits_audit_bg.py``, its ``dev`` and ``held`` halves). Only the development half
is read for mechanisms. For the held-out half this script prints counts alone unless ``--show`` is
given, which lists the institutions that changed so that each change can be judged right or wrong
after the fixes are done, without reading the half's other output.

Printed per half: documents with a visit record, institutions listed, and institutions removed
and added between OLD and NEW. ``--docs`` restricts the comparison to the document ids listed in a
file, one a line (a hand-judged sample). Development aid: it needs the audits' outputs and does
not run in the test suite.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

Listing = dict[str, list[str]]  # document id -> "name (visited flag)" per institution

_BG_BLOCK = re.compile(r"^=== (\S+) (\S+)")
_BG_INSTITUTION = re.compile(r"^    I ([+-]) (.*?)   \[")


def read_listing(path: Path) -> dict[str, Listing]:
    """``{half: {doc: institutions}}`` of one audit output, Russian JSON Lines or Bulgarian text."""
    text = path.read_text(encoding="utf-8")
    return _read_jsonl(text) if text.startswith("{") else _read_blocks(text)


def _read_jsonl(text: str) -> dict[str, Listing]:
    # Imported here: the Russian audit pulls in the corpora paths, needed only for its split.
    from visits_audit_ru import half_of  # type: ignore[import-not-found]

    out: dict[str, Listing] = {"dev": {}, "heldout": {}}
    for line in text.splitlines():
        record = json.loads(line)
        if not record["visits"]:
            continue
        names = [
            f"{i['name']} ({'+' if i['visited'] else '-'})"
            for visit in record["visits"]
            for i in visit.get("institutions", [])
        ]
        out[half_of(record["doc_id"])][record["doc_id"]] = names
    return out


def _read_blocks(text: str) -> dict[str, Listing]:
    out: dict[str, Listing] = {"dev": {}, "heldout": {}}
    current: list[str] | None = None
    for line in text.splitlines():
        if block := _BG_BLOCK.match(line):
            half = "dev" if block.group(1) == "dev" else "heldout"
            current = out[half].setdefault(block.group(2), [])
        elif (item := _BG_INSTITUTION.match(line)) and current is not None:
            current.append(f"{item.group(2)} ({item.group(1)})")
    return out


def compare(old: Listing, new: Listing, show: bool) -> tuple[int, int, int, int]:
    """Institutions listed before and after, removed and added; the changes printed when ``show``."""
    removed = added = 0
    for doc in sorted(set(old) | set(new)):
        before, after = old.get(doc, []), new.get(doc, [])
        gone = [n for n in before if n not in after]
        came = [n for n in after if n not in before]
        removed, added = removed + len(gone), added + len(came)
        if show and (gone or came):
            print(f"  {doc}: removed {gone} added {came}")
    return sum(map(len, old.values())), sum(map(len, new.values())), removed, added


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--half", choices=("dev", "heldout"), action="append")
    ap.add_argument("--docs", type=Path, help="compare only these document ids (one a line)")
    ap.add_argument("--show", action="store_true", help="list the changes of the held-out half too")
    args = ap.parse_args()
    old, new = read_listing(args.old), read_listing(args.new)
    wanted = set(args.docs.read_text().split()) if args.docs else None
    for half in args.half or ("dev", "heldout"):
        before, after = old[half], new[half]
        if wanted is not None:
            before = {d: v for d, v in before.items() if d in wanted}
            after = {d: v for d, v in after.items() if d in wanted}
        print(f"{half}: {len(after)} documents with a visit record")
        n_old, n_new, removed, added = compare(before, after, show=half == "dev" or args.show)
        print(f"{half}: institutions {n_old} -> {n_new} (removed {removed}, added {added})")


if __name__ == "__main__":
    main()

"""Regions of Bulgarian world news against hand labels: places only mentioned, and roles.

usage: python benchmarks/regions_audit_bg.py [--half dev|held|both] [--verbose]

The documents are those of ``benchmarks/visits_audit_bg.py`` (SlavicNER, Bulgarian world news the
region rules were never tuned on), with its split fixed before any record was read: DEVELOPMENT
when the first byte of the MD5 of ``topic/file name`` is even, HELD-OUT when it is odd. The
labels (``regions_audit_bg.tsv``, one line per document and code: half, document, code, label)
are hand judgements of every region the parser gave before or after the region-role fixes:

- ``extra``: a place only mentioned (a capital standing for its government, a dateline, a
  country named as a topic, a newspaper), no one visits it or comes from it;
- ``host`` / ``guest`` / ``none``: a place of a visit, with its role (``none``: unclear).

Labelled: development documents 31-55 in the audit's hash order (the first 30 were judged by
earlier helpers), read for mechanisms; held-out documents 21-40 (the first 20 likewise), never
read for mechanisms, only labelled and scored. The script parses each labelled document and
counts, per half: extras kept, places of a visit found with the right role / the wrong role /
missed, and regions with no label (new output to judge; ``--verbose`` lists them with the misses,
for development documents only).

Development aid: it needs ``../shared`` and does not run in the test suite.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.visits_audit_bg import half_of
from models.corpora import read_slavicner
from visitparse import Parser

LABELS = Path(__file__).with_name("regions_audit_bg.tsv")
ROLES = {"host": "host", "guest": "guest", "none": None}


def read_labels(path: Path = LABELS) -> dict[str, dict[str, str]]:
    """Document -> code -> label."""
    out: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _half, doc, code, label = line.split("\t")
            out.setdefault(doc, {})[code] = label
    return out


def score(found: dict[str, str | None], labels: dict[str, str], tally: Counter[str]) -> list[str]:
    """Add one document's counts to ``tally``; return its misses: the places of a visit missed or
    with the wrong role, and the codes it gave that have no label."""
    misses = []
    for code, label in labels.items():
        if label == "extra":
            tally["extra labelled"] += 1
            tally["extra kept"] += code in found
        elif code not in found:
            tally["visit place missed"] += 1
            misses.append(f"missed {code} {label}")
        elif found[code] == ROLES[label]:
            tally["role right"] += 1
        else:
            tally["role wrong"] += 1
            misses.append(f"{code} {found[code]}, not {label}")
    unlabelled = [f"no label for {code} {found[code]}" for code in found if code not in labels]
    tally["unlabelled"] += len(unlabelled)
    return misses + unlabelled


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("dev", "held", "both"), default="both")
    ap.add_argument("--verbose", action="store_true", help="list each development document's misses")
    args = ap.parse_args(argv)
    labels = read_labels()
    parser = Parser()
    tallies: dict[str, Counter[str]] = {"dev": Counter(), "held": Counter()}
    for doc in read_slavicner("bg"):
        name = f"{doc.topic}/{doc.doc_id}"
        half = half_of(doc)
        if name not in labels or args.half not in ("both", half):
            continue
        article = parser.parse(doc.text, lang="bg", doc_id=name)
        found: dict[str, str | None] = {}
        for visit in article.visits:
            for region in visit.regions:
                found.setdefault(region.code, region.role)
        misses = score(found, labels[name], tallies[half])
        if args.verbose and misses and half == "dev":  # held-out misses are never shown
            print(f"{half} {name}: {'; '.join(misses)}")
    for half, tally in tallies.items():
        if tally:
            print(
                f"{half}: extra kept {tally['extra kept']}/{tally['extra labelled']}, "
                f"role right {tally['role right']}, role wrong {tally['role wrong']}, "
                f"visit places missed {tally['visit place missed']}, unlabelled {tally['unlabelled']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

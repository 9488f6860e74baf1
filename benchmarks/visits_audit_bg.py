"""Bulgarian visit records on real news the visit assembly was never tuned on, for hand judging.

usage: python benchmarks/visits_audit_bg.py [--half dev|held|both] [--out FILE] [--limit N]

The Bulgarian SlavicNER documents (``../shared/corpora/slavicner/raw/*/bg``, or
$VISITPARSE_SHARED) are world news (Brexit, COVID-19, Nord Stream, ...), never used to tune
the visit rules. A document is selected when the parser returns at least one visit for it, or
when its text holds a visit word (``VISIT_WORDS``: "визита", "посети", "делегация", "среща с",
...). For each selected document the script writes the parser's records in a compact form:

- the visit's dates with the words they were read from;
- regions with their role (host / guest / -) and evidence;
- officials with side, position and organization;
- institutions with visited (+ / - / ?);

and, below them, the sentences that hold a visit word or any evidence of the records, so that
each field can be judged right or wrong by hand. There is no gold: the figures of the audit
are hand tallies (right / wrong per field), kept outside the repository.

Split, fixed before any record was read: a document is DEVELOPMENT when the first byte of the
MD5 of ``topic/file name`` is even, HELD-OUT when it is odd. Development errors are read and the
rules fixed against them; held-out documents are judged before and after the fixes, never read
for mechanisms. The order of documents within a half is the order of that hash, so ``--limit``
takes a reproducible sample.

Hand judgements (the first 30 development and 20 held-out records in hash order; fields judged
on the records of real visits, right / judged):

| | development before | after | held-out before | after |
|---|---|---|---|---|
| records on articles with no visit | 15 / 30 | 15 / 30 | 14 / 20 | 13 / 20 |
| officials' side | 23 / 40 | 29 / 40 | 9 / 13 | 10 / 13 |
| region roles | 24 / 54 | 24 / 54 | 10 / 16 | 10 / 16 |
| dates | 14 / 15 | 14 / 15 | 6 / 6 | 6 / 6 |
| institutions | 16 / 25 | 16 / 20 | 4 / 6 | 3 / 3 |
| news media listed as institutions (all records judged) | 10 | 0 | 8 | 3 |
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.corpora import CorpusDoc, read_slavicner
from visitparse import Parser
from visitparse.schema import Article, Evidence, Visit

VISIT_WORDS = re.compile(
    r"\b(визит\w*|посети\w*|посещени\w*|делегаци\w*|среща с|срещна с|срещнаха с|гостува\w*|пристигна\w*)",
    re.IGNORECASE,
)
# The sentences shown: at most this many per document, so a long article stays readable.
MAX_SENTENCES = 12


@dataclass(frozen=True)
class Selected:
    """A selected document with its half and the parser's record."""

    doc: CorpusDoc
    half: str
    article: Article


def half_of(doc: CorpusDoc) -> str:
    """``dev`` or ``held``: the parity of the first byte of the MD5 of ``topic/name``."""
    return "dev" if _digest(doc)[0] % 2 == 0 else "held"


def _digest(doc: CorpusDoc) -> bytes:
    return hashlib.md5(f"{doc.topic}/{doc.doc_id}".encode()).digest()


def select(parser: Parser, half: str) -> Iterator[Selected]:
    """The documents of ``half`` (``dev``, ``held`` or ``both``) that report or mention a visit."""
    docs = sorted(read_slavicner("bg"), key=_digest)
    for doc in docs:
        doc_half = half_of(doc)
        if half != "both" and doc_half != half:
            continue
        article = parser.parse(doc.text, lang="bg", doc_id=f"{doc.topic}/{doc.doc_id}")
        if article.visits or VISIT_WORDS.search(doc.text):
            yield Selected(doc, doc_half, article)


def _ev(evidence: list[Evidence]) -> str:
    return " | ".join(repr(e.text) for e in evidence[:3])


def format_visit(index: int, visit: Visit) -> list[str]:
    """One visit record, one line per item."""
    lines = [f"  visit {index}: {visit.start_date} .. {visit.end_date}   [{_ev(visit.date_evidence)}]"]
    for r in visit.regions:
        lines.append(f"    R {r.role or '-':5} {r.code:7} {r.name}   [{_ev(r.evidence)}]")
    for o in visit.officials:
        lines.append(f"    O {o.side or '-':5} {o.name} | {o.position or '-'} | {o.organization or '-'}")
    for i in visit.institutions:
        mark = {True: "+", False: "-", None: "?"}[i.visited]
        lines.append(f"    I {mark} {i.name}   [{_ev(i.evidence)}]")
    return lines


def sentences_to_show(text: str, article: Article) -> list[str]:
    """The sentences that hold a visit word or evidence of a record, in text order."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]
    marks: set[int] = {m.start() for m in VISIT_WORDS.finditer(text)}
    for visit in article.visits:
        items = [*visit.regions, *visit.officials, *visit.institutions]
        for ev in [*visit.date_evidence, *(e for item in items for e in item.evidence)]:
            marks.add(ev.start)
    shown = [text[s:e].strip() for s, e in spans if any(s <= m < e for m in marks)]
    return shown[:MAX_SENTENCES]


def report(item: Selected) -> str:
    """The block written for one document."""
    lines = [f"=== {item.half} {item.doc.topic}/{item.doc.doc_id}  visits: {len(item.article.visits)}"]
    for n, visit in enumerate(item.article.visits, 1):
        lines.extend(format_visit(n, visit))
    lines.append("  --")
    lines.extend(f"  > {s}" for s in sentences_to_show(item.doc.text, item.article))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("dev", "held", "both"), default="dev")
    ap.add_argument("--out", type=Path, help="write the blocks here (default: stdout)")
    ap.add_argument("--limit", type=int, default=0, help="at most N documents with a visit record per half")
    args = ap.parse_args(argv)
    parser = Parser()
    blocks: list[str] = []
    counts = {"dev": [0, 0], "held": [0, 0]}  # selected, with a visit record
    for item in select(parser, args.half):
        counts[item.half][0] += 1
        if item.article.visits:
            counts[item.half][1] += 1
            if args.limit and counts[item.half][1] > args.limit:
                continue
            blocks.append(report(item))
    text = "\n".join(blocks)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    for half, (selected, with_visit) in counts.items():
        if selected:
            print(f"{half}: {selected} documents selected, {with_visit} with a visit record", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""CPU milliseconds per document of ``Parser.parse``, checkouts compared in alternating runs.

usage: python benchmarks/parse_cpu.py [--lang bg] [--rounds 3] CHECKOUT [CHECKOUT ...]

Each round runs, for every checkout in turn, a fresh process that does what
``parse_speed.py`` does (ten texts to warm up, then the 150 SlavicNER texts of 3 KB once) with
that checkout first on ``PYTHONPATH`` and one BLAS thread, and records the CPU time
(``time.process_time``) of every document: the annotator, the steps after it, and the whole.
Printed per checkout: the median over rounds of the CPU ms/doc, and the sum over documents of
each document's fastest run. On a machine others share, both swing less than wall-clock
documents per second, and the per-document minimum least (contention only ever adds time).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BLAS_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
PARTS = ("annotator", "after", "total")


def measure(lang: str, out: Path) -> None:
    """One run in this process: per-document CPU seconds of each part, written to ``out`` as JSON."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from parse_speed import texts

    import visitparse
    from visitparse.lang import get_annotator
    from visitparse.parser import ParseInput

    docs = texts(lang, 150)
    parser = visitparse.Parser()
    for text in docs[:10]:
        parser.parse(text, lang=lang)
    annotate = get_annotator(lang)
    rows = []
    for text in docs:
        start = time.process_time()
        job = parser._prepare(ParseInput(text, lang=lang))
        doc = annotate(job.text)
        annotated = time.process_time()
        parser._finish(doc, job)
        done = time.process_time()
        rows.append({"annotator": annotated - start, "after": done - annotated, "total": done - start})
    out.write_text(json.dumps(rows), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkouts", nargs="*", help="source trees to compare (default: this one)")
    ap.add_argument("--lang", default="bg", choices=["ru", "bg"])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--worker", metavar="OUT", help=argparse.SUPPRESS)  # one run, for main()
    args = ap.parse_args(argv)
    if args.worker:
        measure(args.lang, Path(args.worker))
        return 0
    checkouts = args.checkouts or [str(Path(__file__).resolve().parents[1])]
    runs: dict[str, list[list[dict[str, float]]]] = {c: [] for c in checkouts}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            for c in checkouts:
                out = Path(tmp) / f"{r}-{len(runs[c])}-{Path(c).name}.json"
                env = {**os.environ, **BLAS_ENV, "PYTHONPATH": os.path.abspath(c)}
                cmd = [sys.executable, __file__, "--lang", args.lang, "--worker", str(out)]
                subprocess.run(cmd, env=env, check=True, cwd=tmp)
                runs[c].append(json.loads(out.read_text(encoding="utf-8")))
    for c, rounds in runs.items():
        n = len(rounds[0])
        median = statistics.median(sum(row["total"] for row in rows) * 1000 / n for rows in rounds)
        fastest = {p: sum(min(rows[i][p] for rows in rounds) for i in range(n)) * 1000 / n for p in PARTS}
        print(
            f"{c} {args.lang}: median {median:.2f} CPU ms/doc over {len(rounds)} runs; fastest run of "
            f"each document: {fastest['total']:.2f} (annotator {fastest['annotator']:.2f}, "
            f"after it {fastest['after']:.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Documents per second of ``Parser.parse`` in one process, on about 3 KB news texts.

usage: python benchmarks/parse_speed.py [--lang bg] [--n 150]

Texts: SlavicNER raw news of ``../shared/corpora/slavicner`` (or $VISITPARSE_SHARED), cut or
repeated to 3,000 characters. Ten texts warm the parser up first. To compare two versions,
run this script for each in turns (``PYTHONPATH=OTHER_CHECKOUT python ...``): single timings
on a shared machine swing by a quarter.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import visitparse

SHARED = Path(os.environ.get("VISITPARSE_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def texts(lang: str, n: int, size: int = 3000) -> list[str]:
    files = sorted((SHARED / "corpora" / "slavicner" / "raw").glob(f"*/{lang}/*.txt"))[:n]
    out = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        while len(text) < size:
            text = f"{text}\n{text}"
        out.append(text[:size])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="bg", choices=["ru", "bg"])
    ap.add_argument("--n", type=int, default=150)
    args = ap.parse_args(argv)
    docs = texts(args.lang, args.n)
    if not docs:
        print(f"no SlavicNER texts under {SHARED}", file=sys.stderr)
        return 2
    parser = visitparse.Parser()
    for text in docs[:10]:
        parser.parse(text, lang=args.lang)
    start = time.perf_counter()
    visits = sum(bool(parser.parse(text, lang=args.lang).visits) for text in docs)
    elapsed = time.perf_counter() - start
    print(
        f"{args.lang}: {len(docs)} documents, {len(docs) / elapsed:.1f} per second; {visits} report a visit"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

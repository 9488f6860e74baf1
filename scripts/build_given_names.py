#!/usr/bin/env python3
"""Build the list of given names that :mod:`visitparse.lang.names` reads.

A capitalized word pair is taken for a person the NER missed when its first word
is a known given name and its last looks like a surname ("Ирена Соколова").
The names come from two sources, read at build time:

* pymorphy2's Russian dictionary (shipped with natasha): every lemma tagged ``Name``;
* SlavicNER (``../shared/corpora/slavicner/ner``): the first word of every
  Bulgarian and Russian person lemma of two or more words.

A name that also occurs in lower case in the SlavicNER texts of either language
is left out: it is a common word too ("ако", "вера") and would make a person of a
sentence's first word.

Common Bulgarian names missing from both are listed by hand in
``visitparse/lang/bg/person_words.py`` and added at run time.

    python scripts/build_given_names.py [--shared ../shared] [--check]

Writes ``visitparse/data/given_names.txt.gz``: one case-folded name a line
(``ё`` as ``е``), sorted. ``--check`` exits 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import inspect
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "visitparse" / "data" / "given_names.txt.gz"
LANGS = ("bg", "ru")
_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")
_WORD = re.compile(r"\w+")


def _key(word: str) -> str:
    return word.casefold().replace("ё", "е")


def pymorphy_names() -> set[str]:
    """Lemmas that pymorphy2's Russian dictionary tags as given names."""
    if not hasattr(inspect, "getargspec"):  # pymorphy2 0.9 still calls it (removed in Python 3.11)
        inspect.getargspec = lambda f: inspect.getfullargspec(f)[:4]  # type: ignore[attr-defined]
    import pymorphy2

    morph = pymorphy2.MorphAnalyzer()
    out = set()
    for _, tag, normal, _, _ in morph.dictionary.iter_known_words():
        if "Name" in tag and len(normal) >= 2:
            out.add(_key(normal))
    return out


def corpus_names(shared: Path) -> set[str]:
    """First words of multi-word person lemmas in SlavicNER."""
    base = shared / "corpora" / "slavicner"
    return {
        _key(w)
        for lang in LANGS
        for path in sorted(base.glob(f"ner/*/{lang}/*.tsv"))
        for w in _person_firsts(path)
    }


def common_words(shared: Path) -> set[str]:
    """Words written in lower case somewhere in the SlavicNER texts."""
    lower: set[str] = set()
    for lang in LANGS:
        for path in sorted((shared / "corpora" / "slavicner").glob(f"raw/*/{lang}/*.txt")):
            lower.update(_key(w) for w in _WORD.findall(path.read_text(encoding="utf-8")) if w.islower())
    return lower


def _person_firsts(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 5 and row[4] == "PER":
                words = row[3].split()
                if len(words) >= 2 and _NAME.match(words[0]):
                    yield words[0]


def build(shared: Path) -> bytes:
    names = sorted((pymorphy_names() | corpus_names(shared)) - common_words(shared))
    return gzip.compress(("\n".join(names) + "\n").encode("utf-8"), mtime=0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = ap.parse_args(argv)
    data = build(Path(args.shared))
    if args.check:
        same = OUT.is_file() and gzip.decompress(OUT.read_bytes()) == gzip.decompress(data)
        print("up to date" if same else f"{OUT} differs", file=sys.stderr)
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"{len(gzip.decompress(data).splitlines())} names -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

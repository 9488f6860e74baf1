"""Russian officials measured on real news: FactRuEval-2016's ``Occupation`` facts.

usage: python benchmarks/occupations_ru.py [--half dev|heldout|all] [--verbose] [--extra N]

FactRuEval's development set (``../shared/corpora/factrueval/devset``) annotates, in real Russian
news the officials extractor was never tuned on, who holds which position where: a person, the
position as written ("губернатора") and the organization or place ("Подмосковье"). Every document
with such facts is annotated as the parser annotates an article (entities repaired, dates added)
and :func:`visitparse.extract.officials.find_officials` runs on it whether or not the article
reports a visit, so every person with a title is an official. Then, per person of a fact (one
person may hold several positions: any of them counts):

- persons: the fact's person is one of the officials found. Names match on two name words in
  common, or on the one word the corpus gives ("Путин"), words compared by their first five letters
  (the corpus's lemmas of foreign names vary: "Брайз" for "Брайза").
- with a title: the person's official has a position at all.
- position: the scorer's ``position_ok`` (same rank, stem-token F1 >= 0.6 with or without place
  words) between the official's position and the corpus's position put in the nominative
  (:func:`visitparse.lang.ru.nominative.nominative`: "министром обороны" -> "министр обороны").
- organization, where the fact's Where is an ``Org``: stem-token F1 >= 0.6 between the official's
  organization and the Where's name.
- place, where the Where is a ``Location``/``LocOrg``: our schema keeps such a place in the
  position ("посол России в Беларуси", "губернатор Тверской области") or in the body's name
  ("администрация Пскова"), so it counts as found when at least 0.6 of its words (first five
  letters, as the scorer compares) are among the words of the position and the organization.
  Another name of the place ("Подмосковье" for "Московская область") is a miss. The shared scorer
  drops capitalised words from positions, so this field does not move its figures.

Organization and place are judged on the facts of the position the official was given, when it
is one of the person's (a senator who chairs a committee, given "сенатор", is judged on his
country, not on the committee).

Officials with a position whose person has no ``Occupation`` fact are listed with ``--extra``:
candidates for false titles, to read by hand (the corpus does not annotate every occupation).

The split, fixed by document number before any error was read: DEVELOPMENT is the even-numbered
documents (``book_100``, ``book_142``, ...), HELD-OUT the odd-numbered ones; only the former's
misses are read, the latter is only scored. Development aid: it needs ``../shared``.

Caveat: the Russian title list (``scripts/build_titles.py``) was built from the head nouns of these
same facts, both halves, so "with a title" is not independent of it; the attachment of titles,
organizations and places to names was never tuned here before. Figures before and after the round
that read the dev half: README, "Accuracy and speed".
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.errors import load_scorer  # noqa: E402
from models.corpora import SHARED, Occupation, OccupationDoc, read_factrueval_occupations  # noqa: E402

HALVES = ("dev", "heldout", "all")
SCORER = load_scorer(SHARED / "score.py")


def in_half(doc_id: str, half: str) -> bool:
    """Whether document ``book_N`` belongs to ``half``: even N is dev, odd N held-out."""
    if half == "all":
        return True
    even = int(doc_id.rsplit("_", 1)[-1]) % 2 == 0
    return even == (half == "dev")


@dataclass(frozen=True)
class Found:
    """An official as the benchmark compares it."""

    name: str
    position: str | None
    organization: str | None


def officials(text: str) -> list[Found]:
    """The officials :func:`find_officials` finds in ``text`` read as a Russian article."""
    from visitparse.extract.officials import find_officials
    from visitparse.io.decode import fix_homoglyphs
    from visitparse.lang import get_annotator
    from visitparse.parser import annotated_view

    text = fix_homoglyphs(text)
    view, _ = annotated_view(get_annotator("ru")(text), "ru", text)
    return [Found(p.name, p.full_position, p.organization) for p in find_officials(view, "ru")]


def same_person(who: str, name: str) -> bool:
    """The corpus's name and an official's: two name words in common, or the one word the corpus
    gives. Words compare as the scorer compares title words (first five letters, or one a prefix of
    the other), an initial with a word it starts: the corpus's lemmas of foreign names vary
    ("Брайз" for "Брайза") and it keeps initials ("Кан Н")."""
    gold, pred = SCORER.tokens(who), SCORER.tokens(name)
    common = sum(1 for g in gold if any(_same_name_word(g, p) for p in pred))
    return common >= 2 or (len(gold) == 1 and common == 1)


def _same_name_word(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(SCORER.same_token(a, b))


def nominative_title(position: str) -> str:
    """The corpus's position, as written, put in the nominative."""
    from visitparse.lang.ru.nominative import nominative

    return " ".join(nominative(position.split()))


def position_right(fact: Occupation, found: Found) -> bool:
    return any(SCORER.position_ok(nominative_title(p), found.position) for p in fact.positions)


def relevant(facts: list[Occupation], found: Found) -> list[Occupation]:
    """The facts of the position the official was given, else all the person's facts: an official
    given one of two offices is judged on that office's organization or place."""
    return [f for f in facts if position_right(f, found)] or facts


def organization_right(facts: list[Occupation], found: Found) -> bool:
    return bool(found.organization) and any(
        SCORER.stem_f1(w, found.organization) >= 0.6 for f in facts if f.where_kind == "org" for w in f.where
    )


def place_right(facts: list[Occupation], found: Found) -> bool:
    """At least 0.6 of the place's words among the words of the position and the organization."""
    words = SCORER.tokens(f"{found.position or ''} {found.organization or ''}")
    for fact in facts:
        for place in fact.where if fact.where_kind == "place" else ():
            wanted = SCORER.tokens(place)
            hits = sum(1 for w in wanted if any(SCORER.same_token(w, u) for u in words))
            if wanted and hits / len(wanted) >= 0.6:
                return True
    return False


@dataclass
class Tally:
    """Counts over the persons of the facts."""

    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    extra: list[str] = field(default_factory=list)

    def add(self, key: str, ok: bool) -> None:
        self.counts[key][0] += ok
        self.counts[key][1] += 1

    def line(self, key: str) -> str:
        ok, n = self.counts[key]
        return f"{key:14} {ok / n if n else 0.0:.3f}  ({ok}/{n})"


KEYS = ("persons", "with a title", "position", "organization", "place")


def score_doc(doc: OccupationDoc, tally: Tally, verbose: bool) -> list[str]:
    """Adds one document's persons to ``tally``; returns its misses as lines."""
    found = officials(doc.text)
    by_person: dict[str, list[Occupation]] = defaultdict(list)
    for fact in doc.facts:
        by_person[fact.who].append(fact)
    misses: list[str] = []
    matched: set[int] = set()
    for who, facts in by_person.items():
        k = next((k for k, o in enumerate(found) if same_person(who, o.name)), None)
        tally.add("persons", k is not None)
        wanted = " | ".join(p for f in facts for p in f.positions)
        where = " | ".join(w for f in facts for w in f.where)
        if k is None:
            misses.append(f"  person missing: {who} ({wanted}; {where})")
            continue
        matched.add(k)
        o = found[k]
        tally.add("with a title", o.position is not None)
        facts = relevant(facts, o)
        ok = any(position_right(f, o) for f in facts)
        tally.add("position", ok)
        if not ok:
            misses.append(f"  position of {who}: gold {wanted!r} pred {o.position!r}")
        where = " | ".join(w for f in facts for w in f.where)
        if any(f.where_kind == "org" for f in facts):
            ok = organization_right(facts, o)
            tally.add("organization", ok)
            if not ok:
                misses.append(
                    f"  org of {who}: gold {where!r} pred {o.organization!r} (position {o.position!r})"
                )
        if any(f.where_kind == "place" for f in facts):
            ok = place_right(facts, o)
            tally.add("place", ok)
            if not ok:
                misses.append(f"  place of {who}: gold {where!r} pred {o.position!r} / {o.organization!r}")
    for k, o in enumerate(found):
        if k not in matched and o.position is not None:
            tally.extra.append(f"{doc.doc_id}: {o.name} | {o.position} | {o.organization}")
    return misses if verbose else []


def run(half: str, verbose: bool, extra: int) -> Tally:
    tally = Tally()
    docs = [d for d in read_factrueval_occupations() if in_half(d.doc_id, half)]
    for doc in docs:
        lines = score_doc(doc, tally, verbose)
        if lines:
            print(doc.doc_id)
            print("\n".join(lines))
    print(f"FactRuEval Occupation facts, half {half}: {len(docs)} documents")
    for key in KEYS:
        print(tally.line(key))
    print(f"{'titled, no fact':14} {len(tally.extra)} officials with a position whose person has no fact")
    for line in tally.extra[:extra]:
        print("  " + line)
    return tally


def main(argv: list[str] | None = None) -> Any:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES, default="dev")
    ap.add_argument("--verbose", action="store_true", help="list the misses of each document")
    ap.add_argument("--extra", type=int, default=0, help="list this many titled officials without a fact")
    args = ap.parse_args(argv)
    run(args.half, args.verbose, args.extra)


if __name__ == "__main__":
    main()

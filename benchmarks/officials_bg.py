"""The Bulgarian officials extractor measured on real news it was never tuned on (SlavicNER).

usage: python benchmarks/officials_bg.py [--half dev|held|both] [--sample FILE] [--n 80] [--errors FILE]

Each Bulgarian SlavicNER document (``../shared/corpora/slavicner``, or $VISITPARSE_SHARED) is
annotated and repaired as :class:`visitparse.Parser` does it, and
:func:`visitparse.extract.officials.find_officials` lists every person with what the text says
about them, whether the article reports a visit or not. The corpus marks names (PER, ORG, LOC
mentions with their lemmas), not titles, so three things can be checked automatically:

- name precision: a predicted official's name is the lemma of a PER mention of the document, or
  words of one (case-insensitive: "Джонсън" of "Борис Джонсън"); an inflected or clipped name,
  or a word that is no person at all, fails;
- name recall over titled persons: a person is titled when one of its PER mentions directly
  follows a title (honorifics such as "г-н" may stand between) or is followed by a comma or dash
  and a title. A title is a phrase of this script's own ``REFERENCE_TITLES`` (the heads of the
  Bulgarian position list of :mod:`visitparse.lang.bg.words` and the titles of world news),
  frozen so that title words added to the rules do not move the denominator. Recall counts the
  titled persons (one per lemma and document) found as an official (any), and found with a
  position;
- organization sanity: a predicted organization overlaps an ORG or LOC mention, holds the lemma
  of one, or opens with a body word (the vocabulary's ``body_heads``, "министерство", ...).

``--sample`` writes a fixed random sample of (document, sentence, name, position, organization)
per half, for judging positions and organizations by hand; ``--errors`` lists every failure of
the three checks (development half only, unless ``--half`` says otherwise).

Split, fixed before any error was read: topics ``brexit`` and ``covid-19`` are DEVELOPMENT (their
errors are read and the rules fixed against them); ``asia_bibi``, ``nord_stream`` and ``ryanair``
are HELD-OUT (scored before and after, never read).

Figures (name precision / titled recall, any / titled recall with a position / organization sanity):

| | development (751 documents) | held-out (318 documents) |
|---|---|---|
| before the audit (0c99826) | 0.983 / 0.971 / 0.879 / 0.989 (349) | 0.967 / 0.888 / 0.794 / 0.981 (54) |
| after it | 0.983 / 0.987 / 0.977 / 0.985 (394) | 0.968 / 0.924 / 0.835 / 0.981 (53) |

The organization check is weak (an ORG or LOC mention anywhere inside passes), so positions and
organizations were also judged by hand on 80 sampled officials per half, before and after (the
same officials): development positions right 57 -> 65 of 80, wrong 8 -> 7, organizations wrong
5 -> 2; held-out positions right 71 -> 77, wrong 4 -> 2, organizations wrong 2 -> 0.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.corpora import CorpusDoc, Mention, read_slavicner
from visitparse.extract.context import Cue, TextView
from visitparse.extract.dates import find_dates
from visitparse.extract.entities import repair_entities
from visitparse.extract.officials import Official, find_officials
from visitparse.io.decode import fix_homoglyphs
from visitparse.lang import get_annotator
from visitparse.lang.vocab import PhraseSet, get_vocabulary
from visitparse.parser import _add_dates

DEVELOPMENT = ("brexit", "covid-19")
HELD_OUT = ("asia_bibi", "nord_stream", "ryanair")

# Titles of the news, independent of the rules (the denominator of recall must not move when
# a rule learns a title word). Patterns in PhraseSet syntax.
REFERENCE_TITLES = PhraseSet.of(
    [
        "министър*",
        "заместник-министър*",
        "заместник министър*",
        "заместник-кмет*",
        "заместник-председател*",
        "заместник-директор*",
        "област* управител*",
        "заместник-област* управител*",
        "народ* представител*",
        "общинск* съветни*",
        "изпълнител* директор*",
        "мюфти*",
        "наместник*",
        "аташе",
        "експерт*",
        "координатор*",
        "инспектор*",
        "премиер*",
        "вицепремиер*",
        "министър-председател*",
        "президент*",
        "вицепрезидент*",
        "канцлер*",
        "председател*",
        "заместник-председател*",
        "говорител*",
        "посланик*",
        "консул*",
        "депутат*",
        "евродепутат*",
        "депутатк*",
        "сенатор*",
        "кмет*",
        "губернатор*",
        "директор*",
        "генерален директор*",
        "генерални* директор*",
        "генерален секретар*",
        "генерални* секретар*",
        "секретар*",
        "комисар*",
        "еврокомисар*",
        "съветник*",
        "преговарящ*",
        "главен преговарящ*",
        "главни* преговарящ*",
        "лидер*",
        "лидерк*",
        "шеф*",
        "шефк*",
        "началник*",
        "ръководител*",
        "прокурор*",
        "главен прокурор*",
        "съдия*",
        "управител*",
        "ректор*",
        "епидемиолог*",
        "крал*",
        "кралица*",
        "принц*",
        "папа*",
        "омбудсман*",
        "представител*",
        "държавен секретар*",
        "външен министър*",
        "външни* министър*",
        "финансов* министър*",
    ]
)
# Words an organization may open with and still name a body the corpus did not mark.
BODY_WORDS = (
    "министерств",
    "правителств",
    "парламент",
    "кабинет",
    "комисия",
    "агенция",
    "служба",
    "посолство",
    "консулство",
    "община",
    "област",
    "партия",
    "болница",
    "университет",
    "институт",
    "съвет",
    "събрание",
    "камара",
    "щаб",
)
# Words that may stand between a title and the name after it.
HONORIFICS = frozenset(
    {"г-н", "г-жа", "г-ца", "д-р", "проф.", "доц.", "инж.", "арх.", "адв.", ".", "проф", "доц"}
)
SEPARATORS = frozenset({",", "-", "–", "—"})


@dataclass
class Tally:
    """Counts of one half of the corpus."""

    docs: int = 0
    predicted: int = 0
    names_ok: int = 0
    with_position: int = 0
    titled: int = 0
    titled_found: int = 0
    titled_with_position: int = 0
    orgs: int = 0
    orgs_ok: int = 0
    errors: list[str] = field(default_factory=list)
    rows: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def report(self, title: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "-"

        return "\n".join(
            [
                f"{title}: {self.docs} documents, {self.predicted} officials,"
                f" {self.with_position} with a position",
                f"  name precision              {ratio(self.names_ok, self.predicted)}",
                f"  titled recall (any)         {ratio(self.titled_found, self.titled)}",
                f"  titled recall (w/ position) {ratio(self.titled_with_position, self.titled)}",
                f"  organization sanity         {ratio(self.orgs_ok, self.orgs)}",
            ]
        )


def annotate(text: str) -> TextView:
    """The word view of ``text`` as the parser builds it before visit assembly."""
    text = fix_homoglyphs(text)
    doc = get_annotator("bg")(text)
    view = TextView(doc, get_vocabulary("bg"), "bg", text)
    repair_entities(doc, "bg", view)
    view.index_entities(_add_dates(doc, find_dates(view.text, "bg", None), view.ents))
    return view


def _words(name: str) -> set[str]:
    """The words of a name, case-folded; Latin look-alike letters in a corpus lemma made Cyrillic."""
    return {w for w in fix_homoglyphs(name).casefold().replace("ё", "е").replace(".", " ").split() if w}


def name_ok(name: str, per_lemmas: Iterable[str]) -> bool:
    """Whether ``name`` is a PER lemma of the document, or words of one."""
    words = _words(name)
    return bool(words) and any(words <= _words(lemma) for lemma in per_lemmas)


def _found(lemma: str, people: list[Official], with_position: bool) -> bool:
    gold = _words(lemma)
    return any(
        (_words(p.name) <= gold or gold <= _words(p.name)) and (p.position or not with_position)
        for p in people
        if _words(p.name)
    )


def _title_ends_at(view: TextView, k: int, titles: list[Cue]) -> bool:
    """Whether a title ends right before word ``k`` (honorifics may stand between)."""
    while k > 0 and view.words[k - 1] in HONORIFICS:
        k -= 1
    return any(c.last == k for c in titles)


def titled_lemmas(view: TextView, mentions: list[Mention]) -> dict[str, int]:
    """Lemmas of PER mentions next to a title (see the module's docstring) -> the first's offset."""
    titles = view.cues(REFERENCE_TITLES)
    starts = {c.first for c in titles}
    out: dict[str, int] = {}
    for m in mentions:
        if m.label != "PER" or not m.text[:1].isupper():
            continue  # "депутатите консерватори": the corpus tags party members in lower case too
        first, last = view.word_at(m.start), view.word_at(m.end - 1) + 1
        if view.starts[first] != m.start:
            continue  # a mention inside a word of ours: unreliable
        before = _title_ends_at(view, first, titles)
        after = last + 1 < len(view.words) and view.words[last] in SEPARATORS and last + 1 in starts
        if before or after:
            out.setdefault(m.lemma.casefold(), m.start)
    return out


def org_ok(person: Official, mentions: list[Mention], vocab_heads: tuple[str, ...]) -> bool:
    """Whether the organization overlaps or holds an ORG/LOC mention, or opens with a body word."""
    org = (person.organization or "").casefold()
    span = person.organization_span
    named = [m for m in mentions if m.label in ("ORG", "LOC")]
    if span is not None and any(m.start < span.end_char and span.start_char < m.end for m in named):
        return True
    if any(len(m.lemma) > 1 and m.lemma.casefold() in org for m in named):
        return True
    return org.startswith(vocab_heads + BODY_WORDS)


def _sentence(view: TextView, char: int) -> str:
    sent = view.sentence_of(char)
    start = view.sent_starts[sent]
    end = view.sent_starts[sent + 1] if sent + 1 < len(view.sent_starts) else len(view.text)
    return " ".join(view.text[start:end].split())


def measure(docs: Iterator[CorpusDoc], tally: Tally) -> None:
    """Add the documents' counts, errors and sample rows to ``tally``."""
    heads = get_vocabulary("bg").body_heads
    for cdoc in docs:
        view = annotate(cdoc.text)
        people = find_officials(view, "bg")
        per = [m.lemma for m in cdoc.mentions if m.label == "PER"]
        tally.docs += 1
        for p in people:
            where = _sentence(view, p.mentions[0].start_char) if p.mentions else ""
            tally.predicted += 1
            if name_ok(p.name, per):
                tally.names_ok += 1
            else:
                tally.errors.append(f"{cdoc.topic}/{cdoc.doc_id}\tNAME\t{p.name}\t{p.position}\t{where}")
            if p.position:
                tally.with_position += 1
                tally.rows.append(
                    (f"{cdoc.topic}/{cdoc.doc_id}", where, p.name, p.position, p.organization or "")
                )
            if p.organization:
                tally.orgs += 1
                if org_ok(p, cdoc.mentions, heads):
                    tally.orgs_ok += 1
                else:
                    tally.errors.append(
                        f"{cdoc.topic}/{cdoc.doc_id}\tORG\t{p.name}\t{p.position}\t{p.organization}\t{where}"
                    )
        for lemma, at in sorted(titled_lemmas(view, cdoc.mentions).items()):
            tally.titled += 1
            tally.titled_found += _found(lemma, people, False)
            if _found(lemma, people, True):
                tally.titled_with_position += 1
            else:
                tally.errors.append(f"{cdoc.topic}/{cdoc.doc_id}\tMISS\t{lemma}\t{_sentence(view, at)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["dev", "held", "both"], default="both")
    ap.add_argument("--sample", type=Path, help="write a sample of officials per half (TSV) here")
    ap.add_argument("--n", type=int, default=80, help="sample size per half")
    ap.add_argument("--errors", type=Path, help="write the development half's check failures here")
    args = ap.parse_args(argv)
    halves = {"dev": DEVELOPMENT, "held": HELD_OUT}
    chosen = list(halves) if args.half == "both" else [args.half]
    tallies = {}
    for half in chosen:
        tally = tallies[half] = Tally()
        measure(read_slavicner("bg", halves[half]), tally)
        if tally.docs == 0:
            print("no SlavicNER documents found (set VISITPARSE_SHARED)", file=sys.stderr)
            return 2
        print(tally.report(f"{half} ({', '.join(halves[half])})"))
    if args.sample:
        with args.sample.open("w", encoding="utf-8") as out:
            for half, tally in tallies.items():
                for row in random.Random(17).sample(tally.rows, min(args.n, len(tally.rows))):
                    out.write("\t".join((half, *row)) + "\n")
    if args.errors:
        readable = tallies.get("dev") if args.half != "held" else tallies.get("held")
        args.errors.write_text("\n".join(readable.errors if readable else []) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

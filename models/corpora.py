"""Readers for the shared NER corpora and exact-span NER metrics.

Used by the training recipes in ``models/`` and the evaluation scripts in
``benchmarks/``. The corpora live in ``../shared/corpora`` and are never copied
into the project.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(os.environ.get("VISITPARSE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SLAVICNER = SHARED / "corpora" / "slavicner"
FACTRUEVAL = SHARED / "corpora" / "factrueval"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    text: str
    lemma: str = ""


@dataclass
class CorpusDoc:
    doc_id: str
    topic: str
    lang: str
    text: str
    mentions: list[Mention] = field(default_factory=list)


def slavicner_topics(lang: str) -> list[str]:
    """Topics that have documents in ``lang``."""
    raw = SLAVICNER / "raw"
    return sorted(p.name for p in raw.iterdir() if (p / lang).is_dir() and any((p / lang).iterdir()))


def read_slavicner(lang: str, topics: Iterable[str] | None = None) -> Iterator[CorpusDoc]:
    """SlavicNER documents of ``lang``; mentions off their text are realigned or dropped."""
    for topic in topics or slavicner_topics(lang):
        for txt in sorted((SLAVICNER / "raw" / topic / lang).glob("*.txt")):
            text = txt.read_text(encoding="utf-8")
            tsv = SLAVICNER / "ner" / topic / lang / (txt.name[: -len(".txt")] + ".tsv")
            mentions = []
            if tsv.exists():
                for line in tsv.read_text(encoding="utf-8").splitlines():
                    parts = line.split("\t")
                    if len(parts) < 5:
                        continue
                    start, end, surface, lemma, label = (
                        int(parts[0]),
                        int(parts[1]),
                        parts[2],
                        parts[3],
                        parts[4],
                    )
                    fixed = _align(text, start, end, surface)
                    if fixed:
                        mentions.append(Mention(fixed[0], fixed[1], label, surface, lemma))
            yield CorpusDoc(
                txt.stem, topic, lang, text, sorted(set(mentions), key=lambda m: (m.start, m.end))
            )


def _align(text: str, start: int, end: int, surface: str) -> tuple[int, int] | None:
    """The offsets of ``surface`` at or near ``start`` (the corpus offsets drift by a few chars)."""
    if text[start:end] == surface:
        return start, end
    for delta in range(1, 40):
        for s in (start - delta, start + delta):
            if s >= 0 and text[s : s + len(surface)] == surface:
                return s, s + len(surface)
    return None


@dataclass
class Scores:
    """Exact span-and-label counts per type."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    lemma_ok: int = 0
    lemma_n: int = 0

    def add(self, gold: Iterable[Mention], pred: Iterable[Mention], labels: Iterable[str]) -> None:
        labels = set(labels)
        g = {(m.start, m.end, m.label): m for m in gold if m.label in labels}
        p = {(m.start, m.end, m.label): m for m in pred if m.label in labels}
        for key in g.keys() & p.keys():
            self.tp[key[2]] += 1
            if g[key].lemma:
                self.lemma_n += 1
                self.lemma_ok += _same_lemma(g[key].lemma, p[key].lemma)
        for key in p.keys() - g.keys():
            self.fp[key[2]] += 1
        for key in g.keys() - p.keys():
            self.fn[key[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        tp = self.tp[label] if label else sum(self.tp.values())
        fp = self.fp[label] if label else sum(self.fp.values())
        fn = self.fn[label] if label else sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def report(self, title: str) -> str:
        lines = [title]
        for label in sorted(set(self.tp) | set(self.fp) | set(self.fn)):
            p, r, f = self.prf(label)
            lines.append(
                f"  {label:5} P {p:.3f} R {r:.3f} F1 {f:.3f}"
                f"  (tp {self.tp[label]} fp {self.fp[label]} fn {self.fn[label]})"
            )
        p, r, f = self.prf()
        lines.append(f"  micro P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if self.lemma_n:
            lines.append(
                f"  lemma accuracy {self.lemma_ok / self.lemma_n:.4f}"
                f" on {self.lemma_n} correctly found mentions"
            )
        return "\n".join(lines)


def _same_lemma(gold: str, pred: str) -> bool:
    return " ".join(gold.split()).casefold() == " ".join(pred.split()).casefold()


# FactRuEval span types that are (part of) a name, not a descriptor, job or adjective.
NAME_SPANS = frozenset({"name", "surname", "patronymic", "nickname", "org_name", "loc_name", "prj_name"})
FACTRUEVAL_LABELS = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}


def read_factrueval(
    split: str = "devset", *, balance_quotes: bool = False, names_only: bool = False
) -> Iterator[CorpusDoc]:
    """FactRuEval-2016 documents with one mention per object, labelled PER/ORG/LOC.

    An object's extent runs from its first span to its last (``Москвы мэрии`` -> ``мэрии Москвы``);
    ``Person`` maps to PER, ``Org`` to ORG, ``Location`` and ``LocOrg`` to LOC. Objects nest, as in
    the corpus.

    The corpus's spans are words, so a quoted name's closing quote is never in them and that rule
    gives ``ОАО «Газпром`` for ``ОАО «Газпром»``. ``balance_quotes`` extends such an extent over the
    closing quote that follows it.

    ``names_only`` leaves out the objects without a name span: those made only of a descriptor
    ("профсоюза", "министерство" for an organization named elsewhere) or of a place adjective
    ("подмосковного"). SlavicNER annotates neither.
    """
    folder = FACTRUEVAL / split
    for txt in sorted(folder.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        stem = txt.name[: -len(".txt")]
        spans, named = _factrueval_spans(folder, stem)
        mentions = set()
        objects = folder / f"{stem}.objects"
        for line in objects.read_text(encoding="utf-8").splitlines() if objects.exists() else []:
            fields = line.split("#", 1)[0].split()
            if len(fields) < 3 or fields[1] not in FACTRUEVAL_LABELS:
                continue
            parts = [spans[s] for s in fields[2:] if s in spans]
            if not parts or (names_only and not any(s in named for s in fields[2:])):
                continue
            start, end = min(p[0] for p in parts), max(p[1] for p in parts)
            if balance_quotes:
                end = _past_closing_quote(text, start, end)
            mentions.add(Mention(start, end, FACTRUEVAL_LABELS[fields[1]], text[start:end]))
        yield CorpusDoc(stem, "factrueval", "ru", text, sorted(mentions, key=lambda m: (m.start, m.end)))


def _factrueval_spans(folder: Path, stem: str) -> tuple[dict[str, tuple[int, int]], set[str]]:
    """A document's spans (id -> character offsets) and the ids of those that are (part of) a name."""
    spans: dict[str, tuple[int, int]] = {}
    named: set[str] = set()
    for line in (folder / f"{stem}.spans").read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 4:
            start = int(fields[2])
            spans[fields[0]] = (start, start + int(fields[3]))
            if fields[1] in NAME_SPANS:
                named.add(fields[0])
    return spans, named


@dataclass(frozen=True)
class Occupation:
    """One FactRuEval ``Occupation`` fact: who holds which position where.

    ``who`` is the person's name as the corpus normalises it ("Лужков Юрий"); ``positions`` the
    position's spans as written in the text (inflected, "губернатора"), alternatives of one fact;
    ``where`` the organization's or place's normalised names (alternatives), ``where_kind`` "org"
    when any mention of that object is an ``Org``, "place" for a ``Location``/``LocOrg``, else "".
    """

    doc_id: str
    who: str
    positions: tuple[str, ...]
    where: tuple[str, ...] = ()
    where_kind: str = ""


@dataclass
class OccupationDoc:
    doc_id: str
    text: str
    facts: list[Occupation]


def read_factrueval_occupations(split: str = "devset") -> Iterator[OccupationDoc]:
    """The FactRuEval documents that have ``Occupation`` facts, with those facts (repeats dropped).

    A fact without a ``Position`` is left out: there is no title to compare.
    """
    folder = FACTRUEVAL / split
    for facts_file in sorted(folder.glob("*.facts")):
        stem = facts_file.name[: -len(".facts")]
        text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        spans, _ = _factrueval_spans(folder, stem)
        kinds = _factrueval_object_kinds(folder, stem)
        facts: list[Occupation] = []
        for block in facts_file.read_text(encoding="utf-8").split("\n\n"):
            fact = _occupation(stem, block, text, spans, kinds)
            if fact is not None and fact not in facts:
                facts.append(fact)
        if facts:
            yield OccupationDoc(stem, text, facts)


def _factrueval_object_kinds(folder: Path, stem: str) -> dict[str, set[str]]:
    """Coreferent object id ("47") -> the types of its mentions ({"LocOrg", "Location"})."""
    types: dict[str, str] = {}
    for line in (folder / f"{stem}.objects").read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 2:
            types[fields[0]] = fields[1]
    kinds: dict[str, set[str]] = {}
    coref = folder / f"{stem}.coref"
    for block in coref.read_text(encoding="utf-8").split("\n\n") if coref.exists() else []:
        head = block.strip().splitlines()[0].split() if block.strip() else []
        if head:
            kinds[head[0]] = {types[m] for m in head[1:] if m in types}
    return kinds


def _occupation(
    stem: str, block: str, text: str, spans: dict[str, tuple[int, int]], kinds: dict[str, set[str]]
) -> Occupation | None:
    """One fact block of a ``.facts`` file as an :class:`Occupation`, or None for another kind."""
    lines = [line.split(None, 2) for line in block.strip().splitlines()]
    if not lines or len(lines[0]) < 2 or lines[0][1] != "Occupation":
        return None
    slots = {line[0]: line[1:] for line in lines[1:] if len(line) >= 2}
    if "Who" not in slots or "Position" not in slots:
        return None
    positions = [
        " ".join(text[spans[s][0] : spans[s][1]].split())
        for s in re.findall(r"span(\d+)", " ".join(slots["Position"]))
        if s in spans
    ]
    where, kind = (), ""
    if "Where" in slots and len(slots["Where"]) == 2:
        obj, names = slots["Where"]
        where = tuple(n.strip() for n in names.split("|") if n.strip())
        found = kinds.get(obj.removeprefix("obj"), set())
        kind = "org" if "Org" in found else "place" if found & {"Location", "LocOrg"} else ""
    who = slots["Who"][1] if len(slots["Who"]) == 2 else ""
    return Occupation(stem, " ".join(who.split()), tuple(dict.fromkeys(positions)), where, kind)


_QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”"}


def _past_closing_quote(text: str, start: int, end: int) -> int:
    """``end``, moved past the quote right after it when it closes one opened inside ``text[start:end]``."""
    inside = text[start:end]
    for opening, closing in _QUOTE_PAIRS.items():
        if inside.count(opening) > inside.count(closing) and text[end : end + 1] == closing:
            return end + 1
    if inside.count('"') % 2 == 1 and text[end : end + 1] == '"':
        return end + 1
    return end


def articles(docs: list[CorpusDoc], size: int = 3000, n: int = 300) -> list[str]:
    """``n`` texts of about ``size`` characters made from ``docs`` (repeated when short)."""
    texts = []
    for cdoc in docs:
        text = cdoc.text
        while len(text) < size:
            text += "\n\n" + cdoc.text
        texts.append(text[:size])
    return (texts * (n // max(1, len(texts)) + 1))[:n]

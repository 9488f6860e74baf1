"""Russian NER: natasha alone vs the visitparse Russian annotator.

Prints per-type and micro P/R/F1 (exact span and label) on the FactRuEval-2016
development set and on the Russian documents of SlavicNER (PER/ORG/LOC; EVT and
PRO excluded), lemma accuracy on correctly found SlavicNER mentions, and
docs/second of natasha's NER alone vs our whole Russian path on the same texts.

    python benchmarks/ner_ru.py                 # both corpora
    python benchmarks/ner_ru.py --corpus slavicner --topics brexit ryanair
    python benchmarks/ner_ru.py --limit 50      # quick look
    python benchmarks/ner_ru.py --corpus slavicner --no-speed --lemma-errors 40
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.corpora import CorpusDoc, Mention, Scores, read_factrueval, read_slavicner, slavicner_topics

LABELS = ("PER", "ORG", "LOC")


def natasha_mentions() -> Callable[[str], list[Mention]]:
    """natasha's full pipeline (segment, morphology, NER, span normalisation) as a mention finder."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    seg, morph, ner, vocab = Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb), MorphVocab()

    def run(text: str) -> list[Mention]:
        doc = Doc(text)
        doc.segment(seg)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        out = []
        for span in doc.spans:
            span.normalize(vocab)
            out.append(Mention(span.start, span.stop, span.type, span.text, span.normal or span.text))
        return out

    return run


class OurMentions:
    """The visitparse Russian annotator as a mention finder, run once per text.

    ``finder(nested=True)`` adds the names it found inside other names ("Китая" in "Правительство
    Китая", kept in ``doc.spans["nested"]``), which FactRuEval annotates and SlavicNER does not.
    """

    def __init__(self) -> None:
        from visitparse.lang.ru.annotator import load

        self.annotator = load()
        self._cache: dict[str, tuple[list[Mention], list[Mention]]] = {}

    def _run(self, text: str) -> tuple[list[Mention], list[Mention]]:
        from visitparse.document import NESTED

        if text not in self._cache:
            doc = self.annotator(text)
            nested = doc.spans.get(NESTED, [])
            self._cache[text] = (
                [Mention(e.start_char, e.end_char, e.label_, e.text, e._.lemma or e.text) for e in doc.ents],
                [Mention(e.start_char, e.end_char, e.label_, e.text, e._.lemma or e.text) for e in nested],
            )
        return self._cache[text]

    def finder(self, *, nested: bool) -> Callable[[str], list[Mention]]:
        """Our mentions of a text: ``doc.ents``, plus the nested names with ``nested``."""

        def run(text: str) -> list[Mention]:
            flat, inner = self._run(text)
            return flat + inner if nested else flat

        return run


def evaluate(docs: list[CorpusDoc], finder: Callable[[str], list[Mention]]) -> Scores:
    """Exact span-and-label scores of ``finder`` on ``docs``."""
    scores = Scores()
    for doc in docs:
        scores.add(doc.mentions, finder(doc.text), LABELS)
    return scores


def lemma_errors(docs: list[CorpusDoc], finder: Callable[[str], list[Mention]]) -> Counter[tuple[str, ...]]:
    """(label, text, gold lemma, predicted lemma) of wrong lemmas on correctly found mentions."""
    errors: Counter[tuple[str, ...]] = Counter()
    for doc in docs:
        pred = {(m.start, m.end, m.label): m for m in finder(doc.text)}
        for g in doc.mentions:
            p = pred.get((g.start, g.end, g.label))
            if p is not None and g.lemma and " ".join(g.lemma.split()).casefold() != p.lemma.casefold():
                errors[(g.label, g.text, g.lemma, p.lemma)] += 1
    return errors


def in_turns(
    texts: list[str], runs: Sequence[Callable[[list[str]], object]], chunk: int = 32, repeat: int = 1
) -> list[float]:
    """docs/second of each of ``runs`` (each takes a list of texts), run in turns on the same chunks.

    Taking turns chunk by chunk makes other load on the machine slow every run alike instead of
    whichever happened to run while it lasted.
    """
    seconds = [0.0] * len(runs)
    for _ in range(repeat):
        for k in range(0, len(texts), chunk):
            part = texts[k : k + chunk]
            for i, run in enumerate(runs):
                t0 = time.perf_counter()
                run(part)
                seconds[i] += time.perf_counter() - t0
    return [len(texts) * repeat / s for s in seconds]


def speed(texts: list[str], repeat: int = 1, chunk: int = 32) -> tuple[float, float]:
    """docs/second of natasha's NER alone and of our whole Russian path, on ``texts``."""
    from natasha import NewsEmbedding, NewsNERTagger

    from visitparse.lang.ru.annotator import load

    ner = NewsNERTagger(NewsEmbedding())
    annotator = load()
    ner(texts[0])
    annotator(texts[0])  # warm both up
    ner_dps, ours_dps = in_turns(
        texts,
        [lambda part: list(ner.map(part)), lambda part: list(annotator.pipe(part, batch_size=chunk))],
        chunk,
        repeat,
    )
    return ner_dps, ours_dps


def _cached(finder: Callable[[str], list[Mention]]) -> Callable[[str], list[Mention]]:
    cache: dict[str, list[Mention]] = {}

    def run(text: str) -> list[Mention]:
        if text not in cache:
            cache[text] = finder(text)
        return cache[text]

    return run


def _limit(docs: Iterable[CorpusDoc], n: int | None) -> list[CorpusDoc]:
    out = list(docs)
    return out[:n] if n else out


def main(argv: list[str] | None = None) -> None:
    """Run the comparison and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=("factrueval", "slavicner", "all"), default="all")
    ap.add_argument("--topics", nargs="*", help="SlavicNER topics (default: all Russian topics)")
    ap.add_argument("--limit", type=int, help="at most this many documents per corpus")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed comparison")
    ap.add_argument(
        "--lemma-errors", type=int, default=0, metavar="N", help="print our N commonest lemma errors"
    )
    args = ap.parse_args(argv)

    corpora: dict[str, tuple[list[CorpusDoc], bool]] = {}  # name -> documents, annotated nested names
    if args.corpus in ("factrueval", "all"):
        corpora["FactRuEval devset"] = (_limit(read_factrueval("devset"), args.limit), True)
        corpora["FactRuEval devset, closing quotes inside extents"] = (
            _limit(read_factrueval("devset", balance_quotes=True), args.limit),
            True,
        )
    if args.corpus in ("slavicner", "all"):
        topics = args.topics or slavicner_topics("ru")
        corpora[f"SlavicNER ru ({', '.join(topics)})"] = (
            _limit(read_slavicner("ru", topics), args.limit),
            False,
        )

    natasha = _cached(natasha_mentions())
    ours = OurMentions()
    all_texts: list[str] = []
    seen: set[str] = set()
    for name, (docs, nests) in corpora.items():
        print(f"== {name}: {len(docs)} documents, {sum(len(d.mentions) for d in docs)} gold mentions")
        print(evaluate(docs, natasha).report("natasha:"))
        print(evaluate(docs, ours.finder(nested=nests)).report("visitparse:"))
        if nests:
            flat = evaluate(docs, ours.finder(nested=False))
            print(f"  (visitparse without nested names: micro F1 {flat.prf()[2]:.3f})")
        if args.lemma_errors:
            print("-- commonest lemma errors of visitparse (label, text, gold, ours)")
            for (label, text, gold, mine), n in lemma_errors(docs, ours.finder(nested=nests)).most_common(
                args.lemma_errors
            ):
                print(f"  {n:4} {label} {text!r}: {gold!r} vs {mine!r}")
        for d in docs:
            if d.text not in seen:
                seen.add(d.text)
                all_texts.append(d.text)
    if not args.no_speed and all_texts:
        ner_dps, ours_dps = speed(all_texts)
        print(f"== speed on {len(all_texts)} documents")
        print(f"  natasha NER only   {ner_dps:7.1f} docs/s")
        print(f"  visitparse ru path {ours_dps:7.1f} docs/s  ({ours_dps / ner_dps:.2f}x)")


if __name__ == "__main__":
    main()

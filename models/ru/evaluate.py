"""Figures for the Russian NER pipeline: P/R/F1 per type, lemma accuracy, speed, load time.

    python models/ru/evaluate.py --test loto:brexit --model models/ru/training/loto-brexit/model-best
    python models/ru/evaluate.py --test factrueval --model models/ru/training/slavic-only/model-best

``--test loto:TOPIC`` scores the SlavicNER ``ru`` topic TOPIC (give a model trained
without it); ``--test factrueval`` the FactRuEval-2016 dev set (give a model trained
on SlavicNER only), both against its own annotation (nested objects included) and
against the SlavicNER conventions the model is trained on (:func:`prepare.factrueval_docs`).

Each test set is scored, exact span and label over PER/ORG/LOC, for:

* ``natasha``: natasha alone (its NER, spans normalised by its morphology);
* ``annotator``: the current Russian annotator (natasha + rules, :mod:`visitparse.lang.ru.annotator`);
* ``model``: the trained pipeline alone (no lemmas);
* ``model + rules``: the annotator's rules and lemmas on the model's spans instead of natasha's;
* ``natasha + model ORG``: the annotator, fed natasha's spans plus the model's ORG spans
  that overlap none of natasha's.

Lemma accuracy is on correctly found mentions, against the corpus lemma (SlavicNER only).
Speed: the model alone against natasha's NER alone on ~3 KB texts of the test set, in turns on
the same chunks, in this one process with one BLAS thread; load time in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one process on one core
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import spacy  # noqa: E402
from corpora import CorpusDoc, Mention, Scores, articles, read_factrueval, read_slavicner  # noqa: E402
from prepare import factrueval_docs  # noqa: E402
from spacy.pipeline import EntityRecognizer  # noqa: E402

from benchmarks.ner_ru import evaluate as finder_scores  # noqa: E402
from benchmarks.ner_ru import in_turns, natasha_mentions  # noqa: E402
from visitparse.lang.bg import greedy_ner  # noqa: E402
from visitparse.lang.bg.annotator import use_numpy_gemm  # noqa: E402
from visitparse.lang.ru.annotator import NameFinder, RussianAnnotator  # noqa: E402
from visitparse.lang.ru.natasha_tags import FACTORY  # noqa: E402  (registers the factory)

LABELS = ("PER", "ORG", "LOC")
Spans = list[tuple[int, int, str]]


def load_model(path: Path) -> spacy.language.Language:
    nlp = spacy.load(path)
    use_numpy_gemm(nlp)
    return nlp


def model_names(nlp: spacy.language.Language) -> NameFinder:
    """The model's entities of each text as (start, stop, label)."""

    def run(texts: list[str]) -> list[Spans]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]

    return run


def natasha_names(annotator: RussianAnnotator) -> NameFinder:
    """natasha's NER spans of each text (what the annotator starts from by default)."""
    return annotator._name_spans


def with_model_orgs(natasha: NameFinder, model: NameFinder) -> NameFinder:
    """natasha's spans plus the model's ORG spans that overlap none of them."""

    def run(texts: list[str]) -> list[Spans]:
        out = []
        for ours, theirs in zip(natasha(texts), model(texts), strict=True):
            extra = [
                (s, e, lab)
                for s, e, lab in theirs
                if lab == "ORG" and not any(s < e2 and s2 < e for s2, e2, _ in ours)
            ]
            out.append(sorted(ours + extra))
        return out

    return run


def annotate(annotator: RussianAnnotator, docs: list[CorpusDoc], nested: bool) -> Scores:
    """Scores of the annotator's entities (and nested names with ``nested``), with their lemmas."""
    scores = Scores()
    for cdoc, doc in zip(docs, annotator.pipe(d.text for d in docs), strict=True):
        spans = list(doc.ents) + (list(doc.spans.get("nested", [])) if nested else [])
        pred = [Mention(e.start_char, e.end_char, e.label_, e.text, e._.lemma or e.text) for e in spans]
        scores.add(cdoc.mentions, pred, LABELS)
    return scores


def model_scores(nlp: spacy.language.Language, docs: list[CorpusDoc]) -> Scores:
    """Scores of the model's entities (it makes no lemmas: none are counted)."""
    scores = Scores()
    for cdoc, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        scores.add(
            cdoc.mentions, [Mention(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents], LABELS
        )
    scores.lemma_n = scores.lemma_ok = 0
    return scores


def report(name: str, docs: list[CorpusDoc], nlp: spacy.language.Language, nested: bool) -> None:
    """Print the five scores of the module docstring on ``docs``."""
    print(f"== {name}: {len(docs)} documents, {sum(len(d.mentions) for d in docs)} gold mentions")
    print(finder_scores(docs, natasha_mentions()).report("natasha:"))
    default = RussianAnnotator()
    print(annotate(default, docs, nested).report("annotator (natasha + rules):"))
    print(model_scores(nlp, docs).report("model:"))
    model = model_names(nlp)
    print(annotate(RussianAnnotator(names=model), docs, nested).report("model + rules:"))
    combined = RussianAnnotator(names=with_model_orgs(natasha_names(default), model))
    print(annotate(combined, docs, nested).report("natasha + model ORG, + rules:"))


def greedy_pipe(nlp: spacy.language.Language, texts: list[str], batch_size: int) -> list[spacy.tokens.Doc]:
    """``nlp.pipe`` with the NER decoded by the Bulgarian runtime's vectorized greedy decoder
    (the same entities, see :mod:`visitparse.lang.bg.greedy_ner`), where it applies."""
    docs = [nlp.make_doc(text) for text in texts]
    for _, component in nlp.pipeline:
        if isinstance(component, EntityRecognizer) and greedy_ner.supports(component):
            greedy_ner.recognize(component, docs, batch_size)
        else:
            docs = list(component.pipe(docs, batch_size=batch_size))
    return docs


def speed(nlp: spacy.language.Language, texts: list[str], chunk: int = 32) -> tuple[float, float, float]:
    """docs/s of natasha's NER alone, of the model alone and of the model with the greedy
    decoder, run in turns on the same chunks.

    A model with the ``natasha_ner_tags`` component runs natasha's NER inside: its time counts.
    """
    from natasha import NewsEmbedding, NewsNERTagger

    ner = NewsNERTagger(NewsEmbedding())
    list(ner.map(texts[:4]))
    list(nlp.pipe(texts[:4]))
    tags = nlp.get_pipe(FACTORY) if FACTORY in nlp.pipe_names else None

    def fresh() -> None:
        if tags is not None:
            tags.cache.clear()  # the model runs natasha's NER itself: time it, not its cache

    ner_dps, model_dps, greedy_dps = in_turns(
        texts,
        [
            lambda part: list(ner.map(part)),
            lambda part: (fresh(), list(nlp.pipe(part, batch_size=chunk))),
            lambda part: (fresh(), greedy_pipe(nlp, part, chunk)),
        ],
        chunk,
    )
    return ner_dps, model_dps, greedy_dps


def load_time(model: Path) -> float:
    """Seconds to load the pipeline in a fresh interpreter (spaCy already imported)."""
    code = (
        "import time, spacy, visitparse.lang.ru.natasha_tags; t = time.perf_counter(); "
        f"spacy.load({str(model)!r}); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--test", required=True, help="loto:TOPIC or factrueval")
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()

    nlp = load_model(args.model)
    if args.test.startswith("loto:"):
        docs = list(read_slavicner("ru", [args.test.split(":", 1)[1]]))
        report(f"SlavicNER ru topic {args.test[5:]} ({args.model})", docs, nlp, nested=False)
    elif args.test == "factrueval":
        docs = list(read_factrueval("devset"))
        report(f"FactRuEval dev, its own annotation ({args.model})", docs, nlp, nested=True)
        report(
            "FactRuEval dev, SlavicNER conventions (outermost, named objects only)",
            list(factrueval_docs()),
            nlp,
            nested=False,
        )
    else:
        raise SystemExit(f"unknown test set {args.test!r}")
    if not args.no_speed:
        natasha_dps, model_dps, greedy_dps = speed(nlp, articles(docs, n=200))
        print(f"== speed on 200 texts of 3000 chars (one process, {os.cpu_count()} cores, 1 BLAS thread)")
        print(f"  natasha NER alone {natasha_dps:7.1f} docs/s")
        print(f"  model alone       {model_dps:7.1f} docs/s ({model_dps / natasha_dps:.2f}x)")
        print(f"  model, greedy NER {greedy_dps:7.1f} docs/s ({greedy_dps / natasha_dps:.2f}x)")
        print(f"load: {load_time(args.model):.2f} s (fresh interpreter, spacy imported)")
        size = sum(p.stat().st_size for p in args.model.rglob("*") if p.is_file())
        print(f"size: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

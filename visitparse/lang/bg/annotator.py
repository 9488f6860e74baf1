"""Bulgarian annotator: the trained spaCy pipeline plus domain rules and lemmas.

The pipeline (tokenizer, tok2vec, NER for PER/ORG/LOC) is trained by
``models/bg/train.py`` on SlavicNER. It is loaded once per process from the
installed package (``visitparse/models/bg``, put there by the wheel build) or,
in a source checkout, from ``models/bg/pipeline``. The annotator adds a
sentencizer, the domain rules of :mod:`visitparse.lang.bg.patterns`, keeps only
PER/ORG/LOC entities, and sets ``span._.lemma`` and token lemmas.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from itertools import compress, repeat
from pathlib import Path
from typing import cast

import numpy
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer, Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from thinc.api import Model, NumpyOps
from thinc.types import Ints2d

import visitparse.document  # noqa: F401  (registers span._.lemma and doc._.lang)
from visitparse.lang import MAX_LEXEMES
from visitparse.lang.arrays import in_sorted
from visitparse.lang.bg import greedy_ner, org_spans, patterns, towns
from visitparse.lang.bg.abbreviations import is_abbreviation
from visitparse.lang.bg.lemma import dearticle, lemmatize

OUTPUT_LABELS = frozenset({"PER", "ORG", "LOC"})
_REPO_PIPELINE = Path(__file__).resolve().parents[3] / "models" / "bg" / "pipeline"


class PipelineNotFoundError(RuntimeError):
    """The trained Bulgarian pipeline is neither installed nor in the source tree."""


def pipeline_path() -> Path:
    """Where the trained pipeline is: the installed package first, then the repository."""
    installed = resources.files("visitparse").joinpath("models", "bg")
    if installed.joinpath("config.cfg").is_file():
        return Path(str(installed))
    if (_REPO_PIPELINE / "config.cfg").is_file():
        return _REPO_PIPELINE
    raise PipelineNotFoundError(
        f"no trained Bulgarian pipeline: looked in {installed} and {_REPO_PIPELINE}; "
        "build it with `python models/bg/train.py` or install the visitparse wheel"
    )


class BulgarianAnnotator:
    """Text -> ``Doc`` with sentences, token lemmas and PER/ORG/LOC mentions with lemmas."""

    lang = "bg"

    def __init__(self, nlp: Language, *, renew: Callable[[], Language] | None = None) -> None:
        """``renew`` loads the same pipeline again, to replace one whose vocabulary has grown
        past :data:`~visitparse.lang.MAX_LEXEMES` (without it the vocabulary only grows)."""
        self._renew = renew
        self.renewals = 0
        self._use(nlp)

    def _use(self, nlp: Language) -> None:
        self.nlp = nlp
        ner = nlp.get_pipe("ner") if nlp.has_pipe("ner") else None
        # The NER's decoding, run by greedy_ner where it gives the model's own output.
        self._ner = ner if isinstance(ner, EntityRecognizer) and greedy_ner.supports(ner) else None

    def __call__(self, text: str) -> Doc:
        """Annotate one text."""
        return next(self.pipe([text], batch_size=1))

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        """Annotate many texts, batched through the network."""
        batch_size = max(1, batch_size)
        for batch in greedy_ner.batches(texts, batch_size):
            if self._renew is not None and len(self.nlp.vocab) > MAX_LEXEMES:
                self._use(self._renew())
                self.renewals += 1
            # What nlp.pipe does, with the NER decoded by greedy_ner.
            docs = [self.nlp.make_doc(text) for text in batch]
            for _, component in self.nlp.pipeline:
                if component is self._ner:
                    greedy_ner.recognize(self._ner, docs, batch_size)
                elif hasattr(component, "pipe"):
                    docs = list(component.pipe(docs, batch_size=batch_size))
                else:
                    docs = [component(doc) for doc in docs]
            for doc, text in zip(docs, batch, strict=True):
                yield self._finish(doc, text)

    def _finish(self, doc: Doc, text: str) -> Doc:
        """Repeated names, mention lemmas, line-break sentences, token lemmas; ``text`` is ``doc.text``."""
        # Doc.ents (like Doc.text) is rebuilt from the tokens on every access: read it once.
        found = list(doc.ents)
        added = _repeated_names(doc, found, text)
        ents = [e for e in found + added if e.label_ in OUTPUT_LABELS]
        if added or len(ents) != len(found):
            ents.sort(key=lambda span: span.start)
            doc.set_ents(ents, default="outside")  # as doc.ents = ents, without copying the spans
        for ent in ents:
            # Extension values are keyed by offsets and label, so they stay with doc.ents.
            ent._.lemma = _mention_lemma(text[ent.start_char : ent.end_char], ent.label_)
        _start_sentences_at_line_breaks(doc)
        _set_token_lemmas(doc)
        doc._.lang = self.lang
        return doc


def _repeated_names(doc: Doc, ents: Sequence[Span], text: str) -> list[Span]:
    """New spans for the other occurrences of names in ``ents``, with the label most of them have.

    The network decides each occurrence from its context and misses some
    repeats of a name it found elsewhere in the same article. ``text`` is ``doc.text``.
    """
    if not ents:
        return []
    orth = doc.to_array("ORTH").tolist()
    taken = bytearray(len(doc))
    votes: dict[tuple[int, ...], Counter[str]] = {}
    for ent in ents:
        start, end = ent.start, ent.end
        taken[start:end] = b"\x01" * (end - start)
        name = text[ent.start_char : ent.end_char]
        if len(name) >= 3 and name[0].isupper():
            votes.setdefault(tuple(orth[start:end]), Counter())[ent.label_] += 1
    if not votes:
        return []
    # Where each name's first word occurs, in one pass over the tokens.
    occurrences: dict[int, list[int]] = {key[0]: [] for key in votes}
    for i in compress(range(len(orth)), map(occurrences.__contains__, orth)):
        occurrences[orth[i]].append(i)
    added = []
    for key, counts in votes.items():
        label, width, name_orths = counts.most_common(1)[0][0], len(key), list(key)
        for i in occurrences[key[0]]:
            end = i + width
            if end <= len(orth) and not any(taken[i:end]) and orth[i:end] == name_orths:
                added.append(Span(doc, i, end, label=label))
                taken[i:end] = b"\x01" * width
    return added


def _start_sentences_at_line_breaks(doc: Doc) -> None:
    """Start a sentence after every line break: headlines and list items end without a full stop."""
    n = len(doc)
    if not n:
        return
    spaces = numpy.flatnonzero(doc.to_array("IS_SPACE")).tolist()
    breaks = [i for i in spaces if "\n" in doc[i].text]
    if not breaks:
        return
    # One read and one write of the column: setting Token.is_sent_start one by one costs more.
    starts = doc.to_array("SENT_START").astype("int64")  # -1 comes back as 2**64 - 1: cast back
    is_space = set(spaces)
    for i in breaks:
        prev = i - 1
        while prev >= 0 and prev in is_space:
            prev -= 1
        if prev >= 0 and _abbreviation_before(doc, prev):
            continue  # "инж.\nИван Петров": a scraped line break inside the sentence
        if i > 0 and starts[i] == 1:
            starts[i] = -1  # the break belongs to the sentence it ends
        if i + 1 < n and i + 1 not in is_space:
            starts[i + 1] = 1
    doc.from_array(["SENT_START"], cast(Ints2d, starts.astype("uint64").reshape(-1, 1)))


def _set_token_lemmas(doc: Doc) -> None:
    """Set every token's lemma in bulk (a per-token Python loop costs more than the network)."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    orths = doc.to_array("ORTH").tolist()
    lemma_ids = list(map(_LEMMA_IDS.get, orths))
    # The words this process has not seen yet, found in one C-level pass.
    for k in compress(range(len(lemma_ids)), map(operator.is_, lemma_ids, repeat(None))):
        if len(_LEMMA_IDS) > 200_000:
            _LEMMA_IDS.clear()
        orth = orths[k]
        lemma_ids[k] = _LEMMA_IDS[orth] = strings.add(_token_lemma(strings[orth]))
    lemmas = numpy.array(lemma_ids, dtype="uint64")
    doc.from_array(["LEMMA"], cast(Ints2d, lemmas.reshape(-1, 1)))


# orth hash -> lemma hash, shared by all documents of the process.
_LEMMA_IDS: dict[int, int] = {}


@functools.lru_cache(maxsize=65536)
def _mention_lemma(text: str, label: str) -> str:
    return lemmatize(text, label)


def _token_lemma(word: str) -> str:
    """A lowercase form without the definite article (no morphology beyond that)."""
    lower = word.lower()
    return dearticle(lower, "ORG") if lower.isalpha() else lower


SENTENCIZER = "visitparse_bg_sentencizer"


@Language.component(SENTENCIZER)
def array_sentencizer(doc: Doc) -> Doc:
    """spaCy's rule-based ``sentencizer``, on token arrays instead of a loop over ``Token`` objects.

    Same rule: after a sentence-final mark (".", "!", "?" ...), the next token that is
    not punctuation starts a sentence. The per-token loop of the stock component cost
    more than the rest of the annotator's Python.
    """
    n = len(doc)
    if not n:
        return doc
    orths = doc.to_array("ORTH")
    final = in_sorted(orths, _final_mark_ids())
    _keep_abbreviation_dots(doc, orths, final)
    word = ~(doc.to_array("IS_PUNCT").astype(bool) | final)
    marks_before = numpy.concatenate(([0], numpy.cumsum(final)))  # final marks in tokens [0, i)
    words = numpy.flatnonzero(word)
    starts = numpy.full(n, -1, dtype="int64")
    starts[0] = 1
    if len(words) > 1:
        # A word starts a sentence when a final mark stands between it and the word before.
        follows_mark = marks_before[words[1:]] > marks_before[words[:-1] + 1]
        starts[words[1:][follows_mark]] = 1
    # spaCy takes uint64 columns; -1 ("not a start") wraps and is read back as -1.
    doc.from_array(["SENT_START"], cast(Ints2d, starts.astype("uint64").reshape(-1, 1)))
    return doc


def _keep_abbreviation_dots(doc: Doc, orths: numpy.ndarray, final: numpy.ndarray) -> None:
    """Unmark the dots that close an abbreviation written against them ("доц" + ".", "Пр" + ".")."""
    strings = doc.vocab.strings
    dot = strings.add(".")
    spaced = doc.to_array("SPACY")
    for i in numpy.flatnonzero(final).tolist():
        if i > 0 and orths[i] == dot and not spaced[i - 1] and is_abbreviation(strings[int(orths[i - 1])]):
            final[i] = False


def _abbreviation_before(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends an abbreviation: "инж." kept whole, or the dot after "доц"."""
    word = doc[i].text
    if word == "." and i > 0 and not doc[i - 1].whitespace_:
        return is_abbreviation(doc[i - 1].text)
    return len(word) > 1 and word.endswith(".") and is_abbreviation(word[:-1])


@functools.cache
def _final_mark_ids() -> numpy.ndarray:
    """The hashes of the sentence-final marks, sorted (a string's hash is the same in every vocabulary)."""
    return numpy.array(sorted({get_string_id(c) for c in Sentencizer.default_punct_chars}), dtype="uint64")


def build_nlp(path: Path | None = None, *, rules: bool = True) -> Language:
    """Load the trained pipeline and add the sentencizer and (unless ``rules`` is false) the domain rules."""
    nlp = spacy.load(path or pipeline_path())
    use_numpy_gemm(nlp)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe(SENTENCIZER, first=True)
    if rules:
        nlp.add_pipe(patterns.COMPONENT, after="ner")
        nlp.add_pipe(org_spans.COMPONENT, after=patterns.COMPONENT)
        nlp.add_pipe(towns.COMPONENT, after=org_spans.COMPONENT)
    return nlp


def use_numpy_gemm(nlp: Language) -> None:
    """Run the network's matrix products with numpy's BLAS instead of thinc's bundled blis.

    The products are most of the tok2vec time, and numpy's OpenBLAS picks its
    kernels for the CPU at run time: on the 2-core AMD EPYC (AVX-512) we measured
    it at about 90 GFLOP/s in one thread against 35 for thinc's blis, for the
    same entities. Only the ops of the models change; the weights stay as loaded.
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if isinstance(model, Model) and isinstance(model.ops, NumpyOps):
            for node in model.walk():
                node.ops = ops


@functools.cache
def load() -> BulgarianAnnotator:
    """The Bulgarian annotator, loaded once per process."""
    return BulgarianAnnotator(build_nlp(), renew=build_nlp)

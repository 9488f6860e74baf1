"""natasha's NER as a token feature for the trained Russian NER (``models/ru``).

The ``natasha_ner_tags`` pipeline component writes natasha's BIO label of each
token ("B-ORG", "I-ORG", "O") into ``token.tag_``; the trained pipeline embeds
``TAG`` next to the word features, so it learns where SlavicNER's conventions
differ from natasha's ("правительство Великобритании" is one ORG) while keeping
natasha's knowledge of names it never saw. The component reuses the spans the
Russian annotator has already computed when they are in ``doc.user_data``,
and otherwise runs natasha (results cached per text, for training epochs).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

# doc.user_data key under which a caller hands natasha's (start, stop, label) spans over.
SPANS_KEY = "natasha_spans"
FACTORY = "natasha_ner_tags"
OUTSIDE = "O"


def set_tags(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> Doc:
    """``token.tag_`` of ``doc`` from character spans: B-/I- plus the label, "O" outside."""
    tags = [OUTSIDE] * len(doc)
    for start, stop, label in spans:
        span = doc.char_span(start, stop, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tags[span.start] = f"B-{label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{label}"
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def natasha_spans(text: str) -> list[tuple[int, int, str]]:
    """natasha's NER spans of ``text`` (natasha's models are shared with the annotator)."""
    from visitparse.lang.ru.annotator import _natasha

    if not text.strip():
        return []
    markup = _natasha().ner_tagger(text)
    return [(s.start, s.stop, s.type) for s in markup.spans]


class NatashaTags:
    """The pipeline component: tags from ``doc.user_data[SPANS_KEY]``, else from natasha."""

    def __init__(self, find: Callable[[str], list[tuple[int, int, str]]] = natasha_spans) -> None:
        self.find = find
        self.cache: dict[str, list[tuple[int, int, str]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        spans = doc.user_data.pop(SPANS_KEY, None)
        if spans is None:
            spans = self.cache.get(doc.text)
            if spans is None:
                spans = self.find(doc.text)
                if len(self.cache) < 20_000:  # training sees the same texts every epoch
                    self.cache[doc.text] = spans
        return set_tags(doc, spans)


@Language.factory(FACTORY)
def make_natasha_tags(nlp: Language, name: str) -> NatashaTags:
    """Factory of the ``natasha_ner_tags`` component (no settings, nothing saved)."""
    return NatashaTags()

"""The one internal document shape every language annotator produces.

An annotator turns raw text into a spaCy ``Doc`` whose text is exactly the
input (so character offsets are the caller's offsets), with sentences,
token lemmas and entity spans labelled ``PER``, ``ORG``, ``LOC`` (and
``DATE`` once dates are added). Each entity span carries its base form in
``span._.lemma``. Everything downstream of the annotator reads only this
shape, which is what keeps the extractors free of language branches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

ENTITY_LABELS = ("PER", "ORG", "LOC", "DATE")
# ``doc.spans`` key of names inside other names ("Китая" in "Правительство Китая"); ``doc.ents`` is flat.
NESTED = "nested"

if not Span.has_extension("lemma"):
    # Base form of a mention: nominative, Bulgarian without the article.
    Span.set_extension("lemma", default=None)
if not Doc.has_extension("lang"):
    Doc.set_extension("lang", default=None)
if not Doc.has_extension("warnings"):
    # Human-readable notes an annotator wants to surface in the record.
    Doc.set_extension("warnings", default=None)


def doc_from_offsets(
    vocab: Vocab,
    text: str,
    tokens: Sequence[tuple[int, int]],
    *,
    sent_starts: Iterable[int] = (),
) -> Doc:
    """Build a ``Doc`` whose ``text`` equals ``text`` from token char offsets.

    Gaps that are a single space become ``token.whitespace_``; any other gap
    (newlines, runs of spaces, untokenized characters) becomes a token of its
    own, so ``doc.text == text`` always holds and span offsets stay exact.
    ``sent_starts`` holds the char offsets at which sentences begin.
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    pos = 0
    for start, end in sorted(tokens):
        if start < pos or end <= start:
            continue  # overlapping or empty token from an upstream tokenizer
        if start > pos:
            gap = text[pos:start]
            if gap == " " and words:
                spaces[-1] = True
            else:
                if words and gap.startswith(" ") and not spaces[-1]:
                    spaces[-1] = True
                    gap = gap[1:]
                    pos += 1
                words.append(gap)
                spaces.append(False)
                starts.append(pos)
        words.append(text[start:end])
        spaces.append(False)
        starts.append(start)
        pos = end
    if pos < len(text):
        gap = text[pos:]
        if gap == " " and words:
            spaces[-1] = True
        else:
            words.append(gap)
            spaces.append(False)
            starts.append(pos)
    wanted = set(sent_starts)
    if not wanted:
        return Doc(vocab, words=words, spaces=spaces)
    # Given to the constructor: setting token.is_sent_start one by one re-checks the
    # whole Doc each time, quadratic on long texts.
    flags: list[bool | int | None] = [i == 0 or start in wanted for i, start in enumerate(starts)]
    return Doc(vocab, words=words, spaces=spaces, sent_starts=flags)


def char_span(doc: Doc, start: int, end: int, label: str, lemma: str | None = None) -> Span | None:
    """A labelled span for char offsets, snapped outward to token bounds."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    span._.lemma = lemma if lemma is not None else span.text
    return span


def set_entities(doc: Doc, spans: Iterable[Span]) -> tuple[Span, ...]:
    """Replace ``doc.ents`` with ``spans``, longest first where they overlap; returns the new ``doc.ents``.

    The returned spans are those written (what reading ``doc.ents`` back would give, in the
    same order, without rebuilding them from the tokens).
    """
    kept = filter_spans(list(spans))
    # What ``doc.ents = ...`` does, without the setter making a new Span of each span.
    doc.set_ents(kept, default="outside")
    # Spans without a label or a token mark no token, so they do not come back.
    return tuple(span for span in kept if span.label and span.start < span.end)

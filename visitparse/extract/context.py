"""A word-level view of an annotated ``Doc`` that the extractors share.

Extractors reason about words, sentences and clause breaks; this view gives
them lower-cased words with their char offsets and sentence numbers, and
finds :class:`~visitparse.lang.vocab.PhraseSet` cues once per document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span

from visitparse.lang.vocab import PhraseSet, VisitVocabulary

_LAST_WORD = re.compile(r"(\w+)[^\w\n]{0,3}\Z")

# Punctuation that ends a clause for the purpose of attaching a position to a name.
CLAUSE_BREAKS = frozenset({";", ".", "!", "?", ":", "\n"})


@dataclass(frozen=True)
class Cue:
    """A matched phrase: char span, word span and sentence number."""

    start: int
    end: int
    first: int
    last: int  # exclusive word index
    sent: int
    value: str


class TextView:
    """Lower-cased words of a ``Doc`` with offsets, sentences and cue lookup."""

    def __init__(self, doc: Doc, vocab: VisitVocabulary, lang: str) -> None:
        self.doc = doc
        # spaCy rebuilds Doc.text on every access: keep it once, or long texts go quadratic.
        self.text = doc.text
        self.vocab = vocab
        self.vocab_lang = lang
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.sents: list[int] = []
        self.newline_before: list[bool] = []
        self.paras: list[int] = []  # paragraph (line) number of each word
        sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        # A line break ends a sentence too: headlines, datelines and list items have no full stop.
        breaks = {t.idx + len(t.text) for t in doc if t.text.isspace() and "\n" in t.text}
        breaks |= {t.idx + len(t.text) + len(t.whitespace_) for t in doc if "\n" in t.whitespace_}
        sent_starts = sorted(set(sent_starts) | {b for b in breaks if b < len(self.text)} | {0})
        self.sent_starts = sent_starts
        pending_newline = False
        for tok in doc:
            if tok.text.isspace():
                pending_newline = pending_newline or "\n" in tok.text
                continue
            pending_newline = pending_newline or bool(self.words and "\n" in self.doc[tok.i - 1].whitespace_)
            self.words.append(tok.text.lower().replace("ё", "е"))
            self.starts.append(tok.idx)
            self.ends.append(tok.idx + len(tok.text))
            self.sents.append(bisect_right(sent_starts, tok.idx) - 1)
            self.newline_before.append(pending_newline)
            self.paras.append((self.paras[-1] if self.paras else 0) + (1 if pending_newline else 0))
            pending_newline = "\n" in tok.whitespace_
        self._cache: dict[int, list[Cue]] = {}
        # Doc.ents is rebuilt on every access too.
        self.ents: tuple[Span, ...] = tuple(doc.ents)
        self.ent_at_char = {ent.start_char: ent for ent in self.ents}
        self.ent_of_word = {i: ent for ent in self.ents for i in range(*self.word_span(ent))}
        self.org_words = frozenset(i for i, ent in self.ent_of_word.items() if ent.label_ == "ORG")
        self.person_words = frozenset(i for i, ent in self.ent_of_word.items() if ent.label_ == "PER")

    def word_before(self, char: int) -> str:
        """The lower-cased word that ends right before ``char``, read from the text itself.

        Scraped text glues words to punctuation ("бяха:от Бургас:-"), so the
        token list does not always have it as a word of its own.
        """
        m = _LAST_WORD.search(self.text, max(0, char - 40), char)
        return m.group(1).lower() if m else ""

    def punct_after(self, char: int) -> str:
        """The punctuation right after ``char`` (spaces skipped)."""
        rest = self.text[char : char + 6].lstrip()
        return rest[:1] if rest[:1] and not rest[:1].isalnum() else ""

    def word_at(self, char: int) -> int:
        """Index of the word containing or following ``char``."""
        return max(0, bisect_right(self.starts, char) - 1) if self.starts else 0

    def word_span(self, span: Span) -> tuple[int, int]:
        """Word indices ``[first, last)`` covered by a ``Span``."""
        first = bisect_right(self.starts, span.start_char - 1)
        last = bisect_right(self.starts, span.end_char - 1)
        return first, max(first + 1, last)

    def sentence_of(self, char: int) -> int:
        return bisect_right(self.sent_starts, char) - 1

    def cues(self, phrases: PhraseSet) -> list[Cue]:
        """All matches of ``phrases`` in the document, cached per phrase set."""
        key = id(phrases)
        if key not in self._cache:
            self._cache[key] = [
                Cue(self.starts[i], self.ends[j - 1], i, j, self.sents[i], p.value)
                for i, j, p in phrases.find(self.words)
            ]
        return self._cache[key]

    def cues_in_sentence(self, phrases: PhraseSet, sent: int) -> list[Cue]:
        return [c for c in self.cues(phrases) if c.sent == sent]

    def is_break(self, i: int) -> bool:
        """Whether word ``i`` is a clause break (or starts a new line)."""
        word = self.words[i]
        # Scraped text glues punctuation to words ("специалисти;-", "бяха:от"): look inside them.
        return word in CLAUSE_BREAKS or self.newline_before[i] or any(ch in word for ch in ";:!?")

    def in_apposition(self, first: int, verbs: list[Cue]) -> bool:
        """Whether word ``first`` describes an official: a position shortly before it in one clause.

        "директор на дирекция ... в Община Силистра" describes the director, while "експерти от
        Пазарджик посети Пловдив" names where they went (a verb of ``verbs`` between).
        """
        sent = self.sents[first]
        return any(
            c.sent == sent
            and 0 <= first - c.last <= 8
            and not any(self.is_break(i) or self.words[i] == "," for i in range(c.last, first))
            and not any(v.sent == sent and c.last <= v.first < first for v in verbs)
            for c in self.cues(self.vocab.positions)
        )

    @cached_property
    def n_sents(self) -> int:
        return len(self.sent_starts)

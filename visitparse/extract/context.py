"""A word-level view of an annotated ``Doc`` that the extractors share.

Extractors reason about words, sentences and clause breaks; this view gives
them lower-cased words with their char offsets and sentence numbers, and
finds :class:`~visitparse.lang.vocab.PhraseSet` cues once per document.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, compress

import numpy
from spacy.tokens import Doc, Span

from visitparse.lang.vocab import PhraseSet, VisitVocabulary, index_words

_LAST_WORD = re.compile(r"(\w+)[^\w\n]{0,3}\Z")

# Dashes between a body's name and its town ("ДСП – Видин").
DASHES = frozenset({"-", "–", "—"})

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

    def __init__(self, doc: Doc, vocab: VisitVocabulary, lang: str, text: str | None = None) -> None:
        """``text``, if given, is ``doc.text`` already at hand (the annotator's input)."""
        self.doc = doc
        # spaCy rebuilds Doc.text on every access: keep it once, or long texts go quadratic.
        self.text = doc.text if text is None else text
        self.vocab = vocab
        self.vocab_lang = lang
        text = self.text
        # Token offsets as arrays and C-level passes over them: creating a Token object per
        # token, or a Python loop step per token, costs more than the rest of the view.
        table = doc.to_array(["IDX", "LENGTH"])
        # Char offsets of every token (spaces too): ``text[token_starts[i]:token_ends[i]] == doc[i].text``.
        token_starts: list[int] = table[:, 0].tolist()
        token_ends: list[int] = (table[:, 0] + table[:, 1]).tolist()
        self.token_starts, self.token_ends = token_starts, token_ends
        tokens = list(map(text.__getitem__, map(slice, token_starts, token_ends)))
        is_word = [not token.isspace() for token in tokens]
        starts_set = {0}
        if doc.has_annotation("SENT_START"):
            flags = doc.to_array("SENT_START").tolist()
            starts_set.update(compress(token_starts, [flag == 1 for flag in flags]))
        word_tokens = list(compress(range(len(tokens)), is_word))
        self.words = [token.lower().replace("ё", "е") for token in compress(tokens, is_word)]
        self.starts = list(compress(token_starts, is_word))
        self.ends = list(compress(token_ends, is_word))
        self.newline_before = [False] * len(word_tokens)
        n_text = len(text)
        for k in compress(range(len(tokens)), map(operator.not_, is_word)):
            if "\n" in tokens[k]:
                # A line break ends a sentence too: headlines, datelines and list items.
                if token_ends[k] < n_text:
                    starts_set.add(token_ends[k])
                after = bisect_right(word_tokens, k)  # the first word after the break
                if after < len(word_tokens):
                    self.newline_before[after] = True
        self.paras = list(accumulate(map(int, self.newline_before)))  # paragraph (line) number of each word
        self.sent_starts = sorted(starts_set)
        # The sentence of each word: the last sentence start at or before it.
        self.sents: list[int] = (numpy.searchsorted(self.sent_starts, self.starts, side="right") - 1).tolist()
        self._cache: dict[int, list[Cue]] = {}
        self._by_key: dict[str, dict[str, list[int]]] | None = None
        self._flags: dict[str, list[bool]] = {}
        self._ent_memo: dict[int, tuple[Span, int, int, int, str]] = {}
        self.index_entities()

    def index_entities(self, ents: Sequence[Span] | None = None) -> None:
        """Read the document's entities again (after a step changed ``doc.ents``).

        ``ents``, if given, is ``doc.ents`` already at hand (as :func:`set_entities` returns it).
        """
        # Doc.ents is rebuilt on every access too.
        self.ents: tuple[Span, ...] = tuple(self.doc.ents if ents is None else ents)
        ent_at_char: dict[int, Span] = {}
        ent_of_word: dict[int, Span] = {}
        label_of: dict[int, str] = {}
        for ent in self.ents:
            start_char, first, last, label = self._ent_facts(ent)
            ent_at_char[start_char] = ent
            for i in range(first, last):
                ent_of_word[i] = ent
            label_of[id(ent)] = label
        self.ent_at_char = ent_at_char
        self.ent_of_word = ent_of_word
        self.org_words = frozenset(i for i, ent in ent_of_word.items() if label_of[id(ent)] == "ORG")
        self.person_words = frozenset(i for i, ent in ent_of_word.items() if label_of[id(ent)] == "PER")

    def _ent_facts(self, ent: Span) -> tuple[int, int, int, str]:
        """``ent``'s start char, word span and label, read once per span: the steps re-index
        the entities after each repair, and most spans come back unchanged (spaCy computes
        each of these on every read)."""
        known = self._ent_memo.get(id(ent))
        # The memo holds the span, so its id cannot go to another span while it is there.
        if known is None or known[0] is not ent:
            known = self._ent_memo[id(ent)] = (ent, ent.start_char, *self.word_span(ent), ent.label_)
        return known[1], known[2], known[3], known[4]

    def token_flags(self, attr: str) -> list[bool]:
        """A boolean lexical attribute of every token ("IS_ALPHA"), as ``Token`` would give it."""
        flags = self._flags.get(attr)
        if flags is None:
            # From the Doc's vocabulary, not recomputed: a bare Vocab sets no such flags.
            flags = self._flags[attr] = self.doc.to_array(attr).astype(bool).tolist()
        return flags

    def token_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (``end > start``), sliced from the text instead of joined from tokens."""
        return self.text[self.token_starts[start] : self.token_ends[end - 1]]

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
            if self._by_key is None:
                self._by_key = index_words(self.words)
            self._cache[key] = [
                Cue(self.starts[i], self.ends[j - 1], i, j, self.sents[i], p.value)
                for i, j, p in phrases.find(self.words, self._by_key)
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

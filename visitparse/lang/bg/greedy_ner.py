"""The trained NER's greedy decoding, vectorized: the same entities as spaCy's loop, ~8x faster.

spaCy's ``EntityRecognizer`` decodes in a C loop that scores one state per document and
token. The CPython 3.11 wheels of spaCy are compiled with Cython profiling hooks, and every
hooked ``nogil`` helper of that loop (``StateC.B_``, the validity checks ...) takes and
drops the GIL twice per call: that locking was two thirds of the NER's time.

The BILUO decoding needs no such loop. A state is "no entity open" or "an entity of label
``l`` opened at token ``s``", and the network's features for it are the token itself plus,
when open, the entity's first token and the previous token. So:

* every token's score in the closed state is computed at once, and so is its best valid
  move (O, U-l, or B-l);
* for each token whose best closed move is B-l, the scores of the next few tokens inside
  that entity (I-l against L-l) are computed at once too;
* a walk over each document follows the moves, needing no arithmetic.

Every number is computed as spaCy's loop computes it: the features precomputed on spaCy's
own length-sorted sub-batches (whose numpy products depend on the rows multiplied
together), each state's feature rows summed onto zeros in spaCy's order and the bias
added, the maxout as spaCy's ``arg_max`` takes it, the scores from the same BLIS ``sgemm``
(whose rows do not depend on the other rows), and the first best valid move. The validity
rules are spaCy's for documents without preset entities. Documents with preset entities
and models that decode otherwise (beam search, no upper layer, unseen classes) go through
``ner.pipe``; ``tests/test_bg_greedy_ner.py`` compares both on real texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, TypeVar, cast

import numpy
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc
from thinc.api import NumpyOps
from thinc.types import Ints2d

# Tokens inside an entity whose scores are computed ahead (longer ones: on the way).
_AHEAD = 8
# BLIS's sgemm, as spaCy's loop uses it (thinc's default ops): its rows do not depend on the others.
_BLIS = NumpyOps(use_blis=True)
T = TypeVar("T")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), as spaCy's ``minibatch`` cuts them."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def supports(ner: EntityRecognizer) -> bool:
    """Whether :func:`recognize` reproduces ``ner``'s own decoding (greedy, BILUO, CPU, an upper layer)."""
    model = ner.model
    try:
        moves = _moves(ner)
    except ValueError:
        return False
    return (
        ner.cfg.get("beam_width", 1) == 1
        and bool(model.attrs.get("has_upper"))
        and not model.attrs.get("unseen_classes")
        and len(model.layers) == 3
        and model.layers[1].has_dim("nP")
        and model.layers[1].get_dim("nF") == 3
        and isinstance(model.layers[2].get_param("W"), numpy.ndarray)
        and len(moves) == model.layers[2].get_dim("nO")
    )


def recognize(ner: EntityRecognizer, docs: Sequence[Doc], batch_size: int) -> None:
    """Set ``doc.ents`` on ``docs`` as ``ner.pipe(docs, batch_size=batch_size)`` would."""
    for docs_ in batches(docs, batch_size):
        preset = any(doc.to_array(["ENT_IOB", "ENT_TYPE"]).any() for doc in docs_ if len(doc))
        if preset or not _recognize_batch(ner, docs_, batch_size):
            for _ in ner.pipe(docs_, batch_size=batch_size):
                pass


def _moves(ner: EntityRecognizer) -> list[tuple[str, str]]:
    """The model's moves by class index: (B, I, L, U, O or M; label)."""
    out = []
    for i in range(ner.moves.n_moves):
        name = ner.moves.get_class_name(i)
        kind, _, label = name.partition("-")
        if kind not in ("B", "I", "L", "U", "O", "M"):
            raise ValueError(f"not a BILUO move: {name!r}")
        out.append((kind, label))
    return out


def _recognize_batch(ner: EntityRecognizer, docs: list[Doc], batch_size: int) -> bool:
    """Decode ``docs`` (no preset entities); False, leaving them untouched, if a score is not finite."""
    # spaCy parses a batch in length-sorted sub-batches of a quarter of it: keep those groups
    # for the precomputation.
    by_length = sorted(docs, key=len)
    groups = list(batches(by_length, max(batch_size // 4, 2)))
    ordered = [doc for group in groups for doc in group if len(doc)]
    if not ordered:
        return True
    # (No labels to add from the documents, spaCy's first step: they have no entities.)
    tables = [_precompute(ner, group) for group in groups if any(len(doc) for doc in group)]
    # Row 0 is the padding (a missing feature); then every token of ``ordered`` in turn.
    net = _Scorer(ner, numpy.concatenate([tables[0], *(t[1:] for t in tables[1:])]))
    moves = _moves(ner)
    tokens = _Tokens(ordered)

    # Closed state (no entity open): features (token, -, -). Valid: O; U-l off spaces; B-l off
    # spaces with a next token in the same sentence.
    valid = numpy.zeros((tokens.n, len(moves)), dtype=bool)
    for a, (kind, label) in enumerate(moves):
        if kind == "O":
            valid[:, a] = True
        elif kind == "U" and label:
            valid[:, a] = ~tokens.space
        elif kind == "B" and label:
            valid[:, a] = (tokens.left >= 2) & ~tokens.next_starts & ~tokens.space
    scores = net.scores(numpy.arange(tokens.n), None)  # every token, closed
    closed = _best(scores, valid)
    kinds = numpy.array([kind for kind, _ in moves])
    opens = numpy.flatnonzero(kinds[closed] == "B")
    inside = _Inside(net, moves, tokens, opens)
    # A NaN would win argmax here but no comparison in spaCy's loop: leave such a model to spaCy.
    if not (numpy.isfinite(scores).all() and (inside.scores is None or numpy.isfinite(inside.scores).all())):
        return False

    # The walk: O moves on; U-l is a one-token entity; B-l opens one that I-l continues and L-l closes.
    iob = numpy.full(tokens.n, 2, dtype="uint64")  # O
    types = numpy.zeros(tokens.n, dtype="uint64")
    strings = ordered[0].vocab.strings
    labels = [strings.add(label) if label else 0 for _, label in moves]
    after = 0
    for g in numpy.flatnonzero(kinds[closed] != "O").tolist():
        if g < after:
            continue  # inside the entity just read
        move = int(closed[g])
        end = g + 1
        if moves[move][0] == "B":
            while not inside.closes(g, end, move):
                end += 1
            end += 1
        iob[g], iob[g + 1 : end], types[g:end] = 3, 1, labels[move]
        after = end
    # As spaCy's set_annotations leaves a document that had no entities.
    bounds = tokens.offsets.tolist()
    for i, doc in enumerate(ordered):
        a, b = bounds[i], bounds[i + 1]
        doc.from_array(["ENT_IOB", "ENT_TYPE"], cast(Ints2d, numpy.stack([iob[a:b], types[a:b]], axis=1)))
    return True


class _Tokens:
    """The batch's tokens end to end: what the validity of the moves depends on."""

    def __init__(self, docs: list[Doc]) -> None:
        self.offsets = numpy.cumsum([0, *(len(doc) for doc in docs)])
        self.n = int(self.offsets[-1])
        doc_ends = self.offsets[1:] - 1
        # Tokens left in the document, counting this one.
        self.left = numpy.repeat(self.offsets[1:], numpy.diff(self.offsets)) - numpy.arange(self.n)
        columns = numpy.concatenate([doc.to_array(["IS_SPACE", "SENT_START"]) for doc in docs])
        self.space = columns[:, 0].astype(bool)
        # Whether the next token (of the same document) starts a sentence (-1 reads as 2**64 - 1).
        self.next_starts = numpy.zeros(self.n, dtype=bool)
        self.next_starts[:-1] = columns[1:, 1] == 1
        self.next_starts[doc_ends] = False


def _precompute(ner: EntityRecognizer, docs: list[Doc]) -> Any:
    """spaCy's lower layer on ``docs``: (tokens + 1, features, hidden, pieces), row 0 the padding."""
    tok2vec, lower, _ = ner.model.layers
    return lower.predict(tok2vec.predict(docs))


class _Scorer:
    """The network's scores for states given as token rows, computed as spaCy's loop does."""

    def __init__(self, ner: EntityRecognizer, table: Any) -> None:
        _, lower, upper = ner.model.layers
        n_rows, n_feats, self.n_out, self.n_pieces = table.shape
        self.table = table.reshape(n_rows, n_feats, self.n_out * self.n_pieces)
        self.bias = lower.get_param("b").reshape(-1)
        self.weights, self.upper_bias = upper.get_param("W"), upper.get_param("b")

    def scores(self, tokens: Any, starts: Any | None) -> Any:
        """Scores of the states at global ``tokens``: open since global ``starts``, or all closed (None)."""
        table = self.table
        summed = numpy.zeros((len(tokens), table.shape[2]), dtype="float32")
        # Feature by feature onto zeros, then the bias: token, entity start, previous token
        # (row i + 1 is token i; row 0 stands in for a missing feature).
        if starts is None:  # all tokens, closed
            summed += table[1:, 0]
            summed += table[0, 1]
            summed += table[0, 2]
        else:
            summed += table[tokens + 1, 0]
            summed += table[starts + 1, 1]
            summed += table[tokens, 2]
        summed += self.bias
        hidden = _maxout(summed.reshape(len(tokens), self.n_out, self.n_pieces))
        out = _BLIS.gemm(hidden, self.weights, trans2=True)
        out += self.upper_bias
        return out


class _Inside:
    """For entities that B-l moves open: whether token k closes the one opened at s (L-l) or not (I-l)."""

    def __init__(self, net: _Scorer, moves: list[tuple[str, str]], tokens: _Tokens, opens: Any) -> None:
        self.net, self.tokens = net, tokens
        index = {move: a for a, move in enumerate(moves)}
        self.inside = [index.get(("I", label), -1) for _, label in moves]
        self.last = [index.get(("L", label), -1) for _, label in moves]
        # Scores of (s, s + j) for j = 1 .. ahead, for every s in ``opens``, computed at once:
        # row first[s] + j - 1 of ``scores``.
        ahead = numpy.minimum(_AHEAD, tokens.left[opens] - 1)
        counts = numpy.maximum(ahead, 0)
        rows = numpy.cumsum(counts) - counts
        self.first = dict(zip(opens.tolist(), rows.tolist(), strict=True))
        self.count = dict(zip(opens.tolist(), counts.tolist(), strict=True))
        starts = numpy.repeat(opens, counts)
        steps = numpy.arange(len(starts)) - numpy.repeat(rows, counts) + 1
        self.scores = net.scores(starts + steps, starts) if len(starts) else None

    def closes(self, start: int, token: int, begin: int) -> bool:
        """Whether the entity opened at ``start`` by move ``begin`` ends at ``token`` (L-l) or goes on."""
        # I-l needs a next token in the same sentence; L-l is always valid.
        if self.tokens.left[token] < 2 or self.tokens.next_starts[token]:
            return True
        j = token - start
        if j <= self.count[start]:
            assert self.scores is not None
            row = self.scores[self.first[start] + j - 1]
        else:  # a long entity: one more state
            row = self.net.scores(numpy.array([token]), numpy.array([start]))[0]
        inside, last = self.inside[begin], self.last[begin]
        # The first best valid move wins a tie.
        return bool(row[last] > row[inside]) if inside < last else not bool(row[inside] > row[last])


def _best(scores: Any, valid: Any) -> Any:
    """Per row, the first valid move with the highest score (spaCy's ``arg_max_if_valid``)."""
    masked = numpy.where(valid, scores, -numpy.inf)
    return masked.argmax(axis=1)


def _maxout(x: Any) -> Any:
    """Max over the last axis, as spaCy's loop takes it (ties: the later piece, for two)."""
    if x.shape[2] == 2:
        first, second = x[:, :, 0], x[:, :, 1]
        return numpy.ascontiguousarray(numpy.where(first > second, first, second))
    return numpy.ascontiguousarray(x.max(axis=2))

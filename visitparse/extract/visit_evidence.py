"""Whether an article reports a visit at all: a small score over evidence.

Each sentence counts once for each kind of evidence it holds:

* a visit word ("посетил", "работно посещение", "делегация"): +2;
* a weaker sign of going somewhere or receiving someone ("проверка на обекта",
  "на откриването", "приветствовал участников"): +1;
* a frame that undoes the visit words of its sentence (a trip cancelled or
  put off, a meeting by video link or phone): -2, and the sentence's visit
  words do not count;
* a frame saying the article is about something else (a decree, an
  appointment, statistics): -1.

The article reports a visit when the score reaches :data:`VISIT_THRESHOLD`: one
sentence with a visit word is enough, unless frames outweigh it. The words are
per-language data in ``lang/<code>/words.py`` (``triggers``, ``weak_triggers``,
``cancel_frames``, ``topic_frames``).
"""

from __future__ import annotations

from dataclasses import dataclass

from visitparse.extract.context import TextView

STRONG_WEIGHT = 2
WEAK_WEIGHT = 1
CANCEL_WEIGHT = -2
TOPIC_WEIGHT = -1
VISIT_THRESHOLD = 2


@dataclass(frozen=True)
class VisitEvidence:
    """The sentences (by number) that hold each kind of evidence."""

    strong: frozenset[int]
    weak: frozenset[int]
    cancelled: frozenset[int]
    topic: frozenset[int]

    @property
    def score(self) -> int:
        return (
            STRONG_WEIGHT * len(self.strong)
            + WEAK_WEIGHT * len(self.weak - self.strong)
            + CANCEL_WEIGHT * len(self.cancelled)
            + TOPIC_WEIGHT * len(self.topic)
        )

    @property
    def reports_visit(self) -> bool:
        return self.score >= VISIT_THRESHOLD

    @property
    def sentences(self) -> frozenset[int]:
        """Sentences that report the visit: those with a visit word, else those with weaker signs."""
        return self.strong or self.weak


def visit_evidence(view: TextView) -> VisitEvidence:
    """The evidence for and against a visit in the article ``view`` shows."""
    vocab = view.vocab
    cancelled = frozenset(c.sent for c in view.cues(vocab.cancel_frames))
    strong = frozenset(c.sent for c in view.cues(vocab.triggers)) - cancelled
    weak = frozenset(c.sent for c in view.cues(vocab.weak_triggers)) - cancelled
    topic = frozenset(c.sent for c in view.cues(vocab.topic_frames)) - cancelled
    return VisitEvidence(strong=strong, weak=weak, cancelled=cancelled, topic=topic)

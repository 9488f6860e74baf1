"""Whether an article reports a visit at all: a small score over evidence.

Each sentence counts once for each kind of evidence it holds:

* a visit word ("посетил", "работно посещение", "делегация"): +3;
* a weaker sign of going somewhere or receiving someone ("проверка на обекта",
  "на откриването", "встретился с жителями"): +1;
* a frame that undoes the visit words or signs of its sentence (a trip
  cancelled or put off, a meeting by video link or phone): the sentence counts
  as much against as it would have counted for (-3 or -1);
* a frame saying the article is about something else (a decree, an
  appointment, statistics): -1.

The article reports a visit when the score reaches :data:`VISIT_THRESHOLD`: one
sentence with a visit word is enough unless frames outweigh it, and weaker
signs need two sentences (and no other topic). The words are
per-language data in ``lang/<code>/words.py`` (``triggers``, ``weak_triggers``,
``cancel_frames``, ``topic_frames``).
"""

from __future__ import annotations

from dataclasses import dataclass

from visitparse.extract.context import TextView

STRONG_WEIGHT = 3
WEAK_WEIGHT = 1
TOPIC_WEIGHT = -1
VISIT_THRESHOLD = 2


@dataclass(frozen=True)
class VisitEvidence:
    """The sentences (by number) that hold each kind of evidence."""

    strong: frozenset[int]
    weak: frozenset[int]
    topic: frozenset[int] = frozenset()
    # Sentences whose visit words (strong) or weaker signs (weak) a frame undoes.
    cancelled_strong: frozenset[int] = frozenset()
    cancelled_weak: frozenset[int] = frozenset()

    @property
    def score(self) -> int:
        return (
            STRONG_WEIGHT * (len(self.strong) - len(self.cancelled_strong))
            + WEAK_WEIGHT * (len(self.weak - self.strong) - len(self.cancelled_weak - self.cancelled_strong))
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
    strong = frozenset(c.sent for c in view.cues(vocab.triggers))
    weak = frozenset(c.sent for c in view.cues(vocab.weak_triggers))
    # A frame undoes only the words of its own sentence ("отменил поездку"); alone it says nothing.
    cancelled = frozenset(c.sent for c in view.cues(vocab.cancel_frames)) & (strong | weak)
    topic = frozenset(c.sent for c in view.cues(vocab.topic_frames)) - cancelled
    return VisitEvidence(
        strong=strong - cancelled,
        weak=weak - cancelled,
        topic=topic,
        cancelled_strong=cancelled & strong,
        cancelled_weak=cancelled & weak,
    )

"""The tagged Russian token the rule modules work on.

natasha gives every token a universal POS tag, UD features and (through
``MorphVocab``) a lemma. The institution, person and lemma rules read only
this small record, so they do not depend on natasha's object model.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RuToken:
    """One token with its character offsets into the document text."""

    start: int
    end: int
    text: str
    pos: str = "X"
    feats: dict[str, str] = field(default_factory=dict)
    lemma: str = ""
    sent: int = 0  # index of the sentence the token belongs to
    cases: frozenset[str] = frozenset()  # every case the word form can have (UD names)

    @property
    def case(self) -> str | None:
        """UD case (``Nom``, ``Gen``, ...), if the tagger gave one."""
        return self.feats.get("Case")

    def can_be(self, case: str) -> bool:
        """The word form can be in ``case`` (by its tag or by any dictionary reading)."""
        return self.feats.get("Case") == case or case in self.cases

    @property
    def is_title(self) -> bool:
        """Starts with an upper-case letter."""
        return self.text[:1].isupper()

    @property
    def is_upper_abbr(self) -> bool:
        """An all-caps word of two or more letters (``ГБУ``, ``КЦСОН``)."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def join_tokens(text: str, tokens: list[RuToken], words: list[str] | None = None) -> str:
    """The tokens' words (or replacement ``words``) joined with the document's own spacing."""
    if not tokens:
        return ""
    out = [words[0] if words else tokens[0].text]
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end : tokens[i].start]
        out.append(" " if gap.strip() == "" and gap else gap)
        out.append(words[i] if words else tokens[i].text)
    return "".join(out)

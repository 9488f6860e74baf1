"""Russian names whose entity type natasha gets wrong, by the lemma of their head word."""

from __future__ import annotations

# Unions and international bodies are organizations, not places ("ЕС", "Евросоюза", "НАТО").
ORGANIZATION_HEADS: frozenset[str] = frozenset(
    [
        "ес",
        "евросоюз",
        "союз",
        "нато",
        "оон",
        "снг",
        "еаэс",
        "обсе",
        "шос",
        "брикс",
        "мвф",
        "вто",
        "юнеско",
        "юнисеф",
        "евразэс",
        "одкб",
        "оэср",
        "опек",
        "еврокомиссия",
        "европарламент",
    ]
)

# Multi-word names whose head alone ("союз") is too vague: matched on the whole lemma.
ORGANIZATION_LEMMAS: frozenset[str] = frozenset(
    {"европейский союз", "европейская комиссия", "европейский парламент", "африканский союз"}
)

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

# Words natasha tags as names that name no organization, person or place: common abbreviations
# ("СМИ" = the media) and diseases or events. Compared lower-cased, spaces removed.
NOT_ENTITIES: frozenset[str] = frozenset(
    {"сми", "covid-19", "covid", "коронавирус", "brexit", "брексит", "ctrl+enter"}
    # Sectors of the economy: "предприятия АПК", "объекты ЖКХ".
    | {"апк", "жкх", "опк", "тэк", "впк", "мсп"}
)

# Genitive nouns that end no organization name: "Верховного суда страны" is "Верховный суд" of a
# country named elsewhere, "Верховным судом смертного приговора" a court and what it did.
NEVER_NAME_TAILS: frozenset[str] = frozenset({"страна", "приговор"})

# Endings of relational adjectives ("британского", "японский", "немецкой"): before an organization
# name they belong to it ("японского МИДа", "британский Кабмин").
RELATIONAL_ADJECTIVE_ENDINGS: tuple[str, ...] = tuple(
    stem + ending
    for stem in ("ск", "цк")
    for ending in ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")
)

# Facilities natasha calls organizations that are places one is "at" or "on" (lemmas, lower-cased).
PLACE_LEMMAS: frozenset[str] = frozenset({"мкс", "международная космическая станция"})

# People a sentence may name before the body they belong to ("Председатель Совета Федерации",
# "Замглавы Федеральной миграционной службы"): not part of the organization's name.
PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "председатель",
        "замглавы",
        "глава",
        "лидер",
        "руководитель",
        "директор",
        "министр",
        "замминистра",
        "корреспондент",
        "сотрудник",
        "представитель",
        "пресс-секретарь",
        "механик",
        "специалист",
        "эксперт",
    }
)

"""Entity repairs after the NER (visitparse.extract.entities), on hand-made documents."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from visitparse.document import char_span, set_entities
from visitparse.extract.entities import repair_entities


def _doc(lang: str, text: str, ents: list[tuple[str, str, str]]) -> Doc:
    """A document of ``text`` with (mention, label, lemma) entities, found left to right."""
    doc = spacy.blank(lang)(text)
    spans, pos = [], 0
    for mention, label, lemma in ents:
        start = text.index(mention, pos)
        span = char_span(doc, start, start + len(mention), label, lemma)
        assert span is not None
        spans.append(span)
        pos = start + len(mention)
    set_entities(doc, spans)
    return doc


def _ents(doc: Doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e._.lemma) for e in doc.ents]


def test_a_name_split_in_two_mentions_becomes_one_person() -> None:
    doc = _doc(
        "ru",
        "Делегацию возглавил заместитель министра Павлом Игоревичем Сорокиным.",
        [("Павлом Игоревичем", "PER", "Павел Игоревич"), ("Сорокиным", "PER", "Сорокин")],
    )
    repair_entities(doc, "ru")
    assert _ents(doc) == [("Павлом Игоревичем Сорокиным", "PER", "Павел Игоревич Сорокин")]


def test_a_body_cut_inside_a_town_name_is_completed() -> None:
    doc = _doc("bg", "Срещата беше в Община Горна Оряховица.", [("Община Горна", "ORG", "Община Горна")])
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Община Горна Оряховица", "ORG", "Община Горна Оряховица")]


def test_a_missed_name_after_a_position_and_a_name_read_as_a_place() -> None:
    doc = _doc(
        "bg",
        "Гостите бяха посрещнати от кмета на Община Русе Росица Пенчева. "
        "В Момчилград ги прие кметът на общината Енвер Юсуфов.",
        [
            ("Община Русе", "ORG", "Община Русе"),
            ("Момчилград", "LOC", "Момчилград"),
            ("Енвер Юсуфов", "LOC", "Енвер Юсуфов"),
        ],
    )
    repair_entities(doc, "bg")
    people = [text for text, label, _ in _ents(doc) if label == "PER"]
    assert people == ["Росица Пенчева", "Енвер Юсуфов"]
    assert ("Момчилград", "LOC", "Момчилград") in _ents(doc)


def test_a_village_named_like_a_person_does_not_hide_the_name_after_it() -> None:
    # "Добромир" is also a village; here it is the mayor's first name.
    doc = _doc(
        "bg",
        "Домакин беше кметът на Община Горна Оряховица Добромир Добрев.",
        [("Домакин", "PER", "Домакин"), ("Община Горна Оряховица", "ORG", "Община Горна Оряховица")],
    )
    repair_entities(doc, "bg")
    assert [e for e in _ents(doc) if e[1] == "PER"] == [("Добромир Добрев", "PER", "Добромир Добрев")]


def test_words_after_a_position_without_a_surname_form_stay_as_they_are() -> None:
    doc = _doc(
        "bg", "Срещата откри кметът на Община Русе Пролетна Среща.", [("Община Русе", "ORG", "Община Русе")]
    )
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Община Русе", "ORG", "Община Русе")]

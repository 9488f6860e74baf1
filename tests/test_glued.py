"""Glued words of scraped text: cut for the annotator, offsets kept."""

from __future__ import annotations

from visitparse.lang import get_annotator
from visitparse.lang.ru.glued import OffsetMap, glued_cuts, with_spaces

WORDS = frozenset({"новостей", "визит", "транс"})


def test_cuts_only_after_an_inflecting_word_of_five_letters() -> None:
    text = "Лента новостейГубернатор и визитВчера, но МегаФон, ТрансНефть и АиФ"
    cuts = glued_cuts(text, WORDS.__contains__)
    assert [text[c - 3 : c + 3] for c in cuts] == ["тейГуб", "зитВче"]


def test_offsets_map_back_to_the_text_as_given() -> None:
    text = "Лента новостейГубернатор приехал"
    cuts = glued_cuts(text, WORDS.__contains__)
    spaced = with_spaces(text, cuts)
    assert spaced == "Лента новостей Губернатор приехал"
    at = OffsetMap(cuts)
    start = spaced.index("Губернатор")
    assert text[at(start) : at(start + len("Губернатор"))] == "Губернатор"
    assert at(spaced.index("приехал")) == text.index("приехал")


def test_the_annotator_reads_a_title_glued_to_a_headline() -> None:
    text = "Новости Томска и НовосибирскаВице-мэр Омска Олег Рябов прибыл в Томск. Звонил МегаФон."
    doc = get_annotator("ru")(text)
    assert doc.text == text
    words = [t.text for t in doc if not t.is_space]
    assert "Вице-мэр" in words and "Новосибирска" in words and "МегаФон" in words
    assert any(t.is_sent_start for t in doc if t.text == "Вице-мэр")
    assert ("Олег Рябов", "PER") in [(e.text, e.label_) for e in doc.ents]

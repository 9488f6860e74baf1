"""natasha's NER as token tags for the trained Russian NER, and the annotator's name-finder hook."""

from __future__ import annotations

import spacy

from visitparse.lang.ru.annotator import RussianAnnotator
from visitparse.lang.ru.natasha_tags import FACTORY, SPANS_KEY, NatashaTags, set_tags


def test_set_tags_marks_begin_inside_and_outside() -> None:
    nlp = spacy.blank("ru")
    doc = nlp("Вчера Анна Зорина приехала в Тулу.")
    set_tags(doc, [(6, 17, "PER"), (29, 33, "LOC")])
    assert [t.tag_ for t in doc] == ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]


def test_a_span_cutting_a_token_tags_the_whole_token() -> None:
    doc = spacy.blank("ru")("в Тульской области")
    set_tags(doc, [(2, 7, "LOC")])
    assert [t.tag_ for t in doc] == ["O", "B-LOC", "O"]


def test_component_prefers_spans_handed_over_and_caches_its_own() -> None:
    calls: list[str] = []

    def find(text: str) -> list[tuple[int, int, str]]:
        calls.append(text)
        return [(0, 4, "ORG")]

    component = NatashaTags(find)
    nlp = spacy.blank("ru")
    given = nlp.make_doc("Банк вырос.")
    given.user_data[SPANS_KEY] = []
    assert [t.tag_ for t in component(given)] == ["O", "O", "O"]
    assert calls == []
    for _ in range(2):
        assert [t.tag_ for t in component(nlp.make_doc("Банк вырос."))] == ["B-ORG", "O", "O"]
    assert calls == ["Банк вырос."]


def test_factory_is_registered() -> None:
    nlp = spacy.blank("ru")
    assert isinstance(nlp.add_pipe(FACTORY), NatashaTags)


def test_annotator_takes_names_from_the_given_finder() -> None:
    text = "Глава Озёрска Борис Ладогин открыл мост."

    def finder(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        return [[(t.index("Борис"), t.index(" открыл"), "PER")] for t in texts]

    doc = RussianAnnotator(names=finder)(text)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PER"] == [("Борис Ладогин", "PER")]

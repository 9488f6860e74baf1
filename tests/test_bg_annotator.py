"""The Bulgarian annotator: trained NER + domain rules + mention lemmas."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from visitparse.lang.bg.lemma import lemmatize
from visitparse.lang.bg.patterns import merge_entities

SHARED = Path(os.environ.get("VISITPARSE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
REPO = Path(__file__).resolve().parents[1]

VISIT = (
    "Вчера д-р Иван Петров, директор на Центъра за настаняване от семеен тип за пълнолетни лица "
    "с психични разстройства в с. Просторно, посрещна делегация от Община Разград. "
    "Гостите разгледаха и Защитено жилище за лица с умствена изостаналост в гр. Русе."
)
BODIES = (
    "В срещата участваха експерти от Дирекция „Социално подпомагане“, ЦСРИ и Областна администрация. "
    "Проф. Мария Иванова представи Комплекс за социални услуги „Св. Петка“ и Дневен център за "
    "възрастни хора с увреждания."
)


@pytest.fixture(scope="module")
def annotator():  # type: ignore[no-untyped-def]
    from visitparse.lang.bg.annotator import PipelineNotFoundError, load

    try:
        return load()
    except PipelineNotFoundError as exc:
        pytest.skip(str(exc))


def ents(doc: Doc) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in doc.ents}


def test_facility_names_are_whole_org_spans(annotator) -> None:  # type: ignore[no-untyped-def]
    found = ents(annotator(VISIT)) | ents(annotator(BODIES))
    for name in (
        "Центъра за настаняване от семеен тип за пълнолетни лица с психични разстройства",
        "Защитено жилище за лица с умствена изостаналост",
        "Община Разград",
        "Дирекция „Социално подпомагане“",
        "ЦСРИ",
        "Областна администрация",
        "Комплекс за социални услуги „Св. Петка“",
        "Дневен център за възрастни хора с увреждания",
    ):
        assert (name, "ORG") in found, name


def test_funding_programme_is_not_a_place_and_hyphenated_facility_is_whole(annotator) -> None:  # type: ignore[no-untyped-def]
    doc = annotator(
        "Със средства по Плана за възстановяване и устойчивост беше обновен "
        "Центъра за интегрирани здравно-социални услуги „Слънчев дом“ в Севлиево."
    )
    found = ents(doc)
    assert not any(text.startswith("Плана") for text, _ in found)
    assert ("Центъра за интегрирани здравно-социални услуги „Слънчев дом“", "ORG") in found
    assert ("Севлиево", "LOC") in found


def test_villages_and_towns_are_loc_without_the_marker(annotator) -> None:  # type: ignore[no-untyped-def]
    found = ents(annotator(VISIT))
    assert ("Просторно", "LOC") in found
    assert ("Русе", "LOC") in found
    assert not any(text.startswith(("с.", "гр.")) for text, _ in found)


def test_person_title_stays_outside_the_name(annotator) -> None:  # type: ignore[no-untyped-def]
    assert ("Иван Петров", "PER") in ents(annotator(VISIT))
    assert ("Мария Иванова", "PER") in ents(annotator(BODIES))


def test_mention_lemmas_drop_the_article(annotator) -> None:  # type: ignore[no-untyped-def]
    doc = annotator(VISIT)
    lemmas = {e.text: e._.lemma for e in doc.ents}
    facility = "Центъра за настаняване от семеен тип за пълнолетни лица с психични разстройства"
    assert lemmas[facility] == "Център" + facility[len("Центъра") :]
    assert lemmas["Иван Петров"] == "Иван Петров"


def test_offsets_text_sentences_and_token_lemmas(annotator) -> None:  # type: ignore[no-untyped-def]
    text = "  Кметът на Община Разград посети с. Просторно.\n\nТам го посрещна д-р Иван Петров.  "
    doc = annotator(text)
    assert doc.text == text
    assert doc._.lang == "bg"
    assert len(list(doc.sents)) >= 2
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text
        assert ent.label_ in {"PER", "ORG", "LOC"}
        assert ent._.lemma
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Кметът"] == "кмет"
    assert lemmas["посети"] == "посети"


def test_line_breaks_end_sentences(annotator) -> None:  # type: ignore[no-untyped-def]
    doc = annotator("Делегация от Русе на гости в Разград\n\nЕкипът разгледа дневния център.")
    assert [s.text.strip() for s in doc.sents] == [
        "Делегация от Русе на гости в Разград",
        "Екипът разгледа дневния център.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Кметът прие посланика Н. Пр. Иван Колев и консула.",
        "Присъстваха доц. Мария Колева и инж.\nПетър Димов от т.нар. зелен отдел.",
        "Гостите от Ст. Загора посетиха ул. Раковски.",
    ],
    ids=["excellency", "honorifics-and-line-break", "places"],
)
def test_abbreviations_end_no_sentence(annotator, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(list(annotator(text).sents)) == 1


def test_a_sentence_still_ends_after_an_acronym_or_a_short_word(annotator) -> None:  # type: ignore[no-untyped-def]
    doc = annotator("Гостите са от ЕС. Срещата беше в офиса на БЧК. Кметът е в час.")
    assert len(list(doc.sents)) == 3


def test_abbreviation_words() -> None:
    from visitparse.lang.bg.abbreviations import is_abbreviation

    assert all(is_abbreviation(w) for w in ("доц", "Пр", "Н", "Ив", "т.нар"))
    assert not any(is_abbreviation(w) for w in ("ЕС", "РФ", "град", "др", "Кметът"))


def test_only_per_org_loc_are_output(annotator) -> None:  # type: ignore[no-untyped-def]
    doc = annotator("Заради пандемията от Covid-19 и Брекзит конференцията „Диалог 2030“ беше отложена.")
    assert {e.label_ for e in doc.ents} <= {"PER", "ORG", "LOC"}


def test_pipe_matches_call(annotator) -> None:  # type: ignore[no-untyped-def]
    texts = [VISIT, BODIES, ""]
    piped = list(annotator.pipe(texts, batch_size=2))
    assert [d.text for d in piped] == texts
    assert [ents(d) for d in piped] == [ents(annotator(t)) for t in texts]


def test_network_runs_on_numpy_blas_with_the_same_entities(annotator) -> None:  # type: ignore[no-untyped-def]
    from thinc.api import NumpyOps

    from visitparse.lang.bg.annotator import build_nlp, pipeline_path

    nodes = [
        node for _, pipe in annotator.nlp.components if hasattr(pipe, "model") for node in pipe.model.walk()
    ]
    assert nodes and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)
    # The stock pipeline computes with blis: same entities, only slower.
    stock = spacy.load(pipeline_path())
    assert all(n.ops.use_blis for _, pipe in stock.components for n in pipe.model.walk())
    stock.add_pipe("sentencizer", first=True)  # as build_nlp does: names never cross sentences
    for text in (VISIT, BODIES):
        assert {(e.text, e.label_) for e in stock(text).ents} == ents(build_nlp(rules=False)(text))


def test_get_annotator_gives_the_bulgarian_annotator() -> None:
    from visitparse.lang import get_annotator
    from visitparse.lang.bg.annotator import PipelineNotFoundError

    try:
        annotator = get_annotator("bg")
    except PipelineNotFoundError as exc:
        pytest.skip(str(exc))
    assert annotator.lang == "bg"
    assert get_annotator("bg") is annotator


@pytest.mark.parametrize(
    ("text", "label", "lemma"),
    [
        ("Центъра", "ORG", "Център"),
        ("Европейския съюз", "ORG", "Европейски съюз"),
        ("Европейският съюз", "ORG", "Европейски съюз"),
        ("Общината", "ORG", "Община"),
        ("Министерството на здравеопазването", "ORG", "Министерство на здравеопазването"),
        ("Световната здравна организация", "ORG", "Световна здравна организация"),
        ("Върховният съд", "ORG", "Върховен съд"),
        ("Съдът", "ORG", "Съд"),
        ("Русия", "LOC", "Русия"),
        ("Москва", "LOC", "Москва"),
        ("Комисия за защита на потребителите", "ORG", "Комисия за защита на потребителите"),
        ("Мария Иванова", "PER", "Мария Иванова"),
        ("НАТО", "ORG", "НАТО"),
    ],
)
def test_lemmatize(text: str, label: str, lemma: str) -> None:
    assert lemmatize(text, label) == lemma


def _doc(words: list[str]) -> Doc:
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words)


def test_rules_replace_overlapping_model_entities() -> None:
    doc = _doc(["Кметът", "на", "Община", "Разград", "посети", "с.", "Просторно"])
    model = [Span(doc, 3, 4, "LOC"), Span(doc, 5, 7, "ORG")]
    rules = [Span(doc, 2, 4, "ORG"), Span(doc, 6, 7, "LOC")]
    merged = [(s.text, s.label_) for s in merge_entities(model, rules)]
    assert merged == [("Община Разград", "ORG"), ("Просторно", "LOC")]


def test_longer_model_name_survives_a_shorter_rule() -> None:
    words = ["Министерството", "на", "вътрешните", "работи", "на", "Обединеното", "кралство", "съобщи"]
    doc = _doc(words)
    model = [Span(doc, 0, 7, "ORG")]
    rules = [Span(doc, 0, 4, "ORG")]
    assert [(s.start, s.end) for s in merge_entities(model, rules)] == [(0, 7)]


def test_model_name_ending_on_a_marker_loses_to_the_rule() -> None:
    doc = _doc(["Центъра", "за", "деца", "в", "с."])
    model = [Span(doc, 0, 5, "ORG")]
    rules = [Span(doc, 0, 3, "ORG")]
    assert [(s.start, s.end) for s in merge_entities(model, rules)] == [(0, 3)]


@pytest.mark.skipif(not (SHARED / "corpora" / "slavicner").is_dir(), reason="../shared corpora not available")
def test_held_out_topic_f1(annotator) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO / "models"))
    from corpora import Mention, Scores, read_slavicner

    docs = list(read_slavicner("bg", ["nord_stream"]))[:20]
    scores = Scores()
    for cdoc, doc in zip(docs, annotator.pipe(d.text for d in docs), strict=True):
        pred = [Mention(e.start_char, e.end_char, e.label_, e.text, e._.lemma) for e in doc.ents]
        scores.add(cdoc.mentions, pred, ("PER", "ORG", "LOC"))
    assert scores.prf()[2] >= 0.75
    assert scores.lemma_ok / scores.lemma_n >= 0.95


def test_array_sentencizer_agrees_with_spacys() -> None:
    import spacy

    from visitparse.lang.bg.annotator import array_sentencizer

    nlp = spacy.blank("bg")
    stock = nlp.add_pipe("sentencizer")
    for text in (
        "Гостите пристигнаха в 10 ч. Срещата продължи два часа! Защо? Заради интереса…",
        "„Благодарим!“ – каза кметът. (Вижте снимките.) Край",
        "...",
        "Без точка накрая",
    ):
        expected = [bool(t.is_sent_start) for t in stock(nlp.make_doc(text))]
        assert [bool(t.is_sent_start) for t in array_sentencizer(nlp.make_doc(text))] == expected, text


def test_social_services_missing_from_news_and_a_saints_village(annotator) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        annotator(
            "Гостите посетиха Център за обществена подкрепа, Социален патронаж и "
            "Центъра за ранна интервенция, а после с. Св. Никола."
        )
    )
    assert ("Център за обществена подкрепа", "ORG") in found
    assert ("Социален патронаж", "ORG") in found
    assert ("Св. Никола", "LOC") in found
    assert not any(label == "PER" and text == "Никола" for text, label in found)


def test_list_items_glued_by_punctuation_are_split(annotator) -> None:  # type: ignore[no-untyped-def]
    doc = annotator.nlp.make_doc("екип специалисти;- Иван Колев, Русе:- Мария в 10:30 ч.")
    words = [t.text for t in doc]
    assert words[:6] == ["екип", "специалисти", ";", "-", "Иван", "Колев"]
    assert words[7:10] == ["Русе", ":", "-"] and "10:30" in words

"""The vectorized NER decoding gives exactly the entities of spaCy's own loop."""

from __future__ import annotations

import os
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import fix_random_seed

from visitparse.lang.bg import greedy_ner

SHARED = Path(os.environ.get("VISITPARSE_SHARED", Path(__file__).resolve().parents[2] / "shared"))

TEXTS = [
    "Министърът на труда и социалната политика Иван Иванов посети днес Видин. Той се срещна с "
    "кмета на Община Видин Петър Петров и с експерти от Агенцията за социално подпомагане.",
    "Делегация от Плевен разгледа Дневен център за деца с увреждания в гр. Ловеч.\n\n"
    "Гостите бяха посрещнати от директора Мария Георгиева.\nСреща в София",
    "",
    "   ",
    "\n\nВарна\n",
    "Областният управител на Русе Димитър Стоянов и заместник-кметът Елена Николова "
    "подписаха споразумение с Министерството на здравеопазването.Следващата среща е в Бургас",
    "Европейската комисия, НАТО и Организацията на обединените нации изпратиха наблюдатели в "
    "Киев, Букурещ и Белград. Сред тях бяха Джон Смит (САЩ) и Анна Шмид от Германия.",
    "Кметът Иван Петров",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    from visitparse.lang.bg.annotator import PipelineNotFoundError, load

    try:
        return load().nlp
    except PipelineNotFoundError as exc:
        pytest.skip(str(exc))


def _entities(
    nlp: Language, texts: list[str], batch_size: int, *, fast: bool, sentences_every: int = 0
) -> list[list[tuple[int, int, str]]]:
    """The NER's entities, decoded by spaCy's loop or by greedy_ner (the components before it run as usual).

    ``sentences_every=n`` makes every n-th token start a sentence before the NER runs
    (entities may not cross a sentence start).
    """
    ner = nlp.get_pipe("ner")
    out: list[list[tuple[int, int, str]]] = []
    for batch in greedy_ner.batches(texts, batch_size):
        docs: list[Doc] = [nlp.make_doc(text) for text in batch]
        for _, component in nlp.pipeline:
            if component is ner:
                if sentences_every:
                    for doc in docs:
                        starts = [1 if i % sentences_every == 0 else -1 for i in range(len(doc))]
                        doc.from_array(
                            ["SENT_START"], numpy.array(starts, dtype="int64").astype("uint64")[:, None]
                        )
                if fast:
                    greedy_ner.recognize(ner, docs, batch_size)
                else:
                    docs = list(ner.pipe(docs, batch_size=batch_size))
                break
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=batch_size))
            else:
                docs = [component(doc) for doc in docs]
        out += [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]
    return out


def test_the_model_is_decoded_by_greedy_ner(nlp: Language) -> None:
    from visitparse.lang.bg.annotator import load

    assert greedy_ner.supports(nlp.get_pipe("ner"))
    assert load()._ner is nlp.get_pipe("ner")


@pytest.mark.parametrize("batch_size", [1, 3, 8])
def test_same_entities_as_spacy_on_our_texts(nlp: Language, batch_size: int) -> None:
    stock = _entities(nlp, TEXTS, batch_size, fast=False)
    assert any(stock), "the texts should have entities"
    assert _entities(nlp, TEXTS, batch_size, fast=True) == stock


@pytest.mark.parametrize("every", [1, 2, 3])
def test_entities_stop_at_sentence_starts_as_in_spacy(nlp: Language, every: int) -> None:
    """With a sentence start every ``every`` tokens, no entity is longer (B-l and I-l need a next
    token in the same sentence)."""
    found = _entities(nlp, TEXTS, 4, fast=True, sentences_every=every)
    assert found == _entities(nlp, TEXTS, 4, fast=False, sentences_every=every)
    assert max(end - start for doc in found for start, end, _ in doc) == every


@pytest.mark.parametrize("weights", ["zero", "random"])
def test_every_rule_of_spacy_on_an_untrained_model(weights: str) -> None:
    """An untrained NER scores every move alike (zero weights: ties everywhere) or at random,
    so it tries moves a trained one never does: entities on spaces, at the ends of documents
    and sentences, ties broken by the move order."""
    nlp = spacy.blank("bg")
    nlp.add_pipe("sentencizer")
    ner = nlp.add_pipe("ner")
    for label in ("ORG", "PER", "LOC"):
        ner.add_label(label)
    fix_random_seed(7)
    nlp.initialize()
    upper = ner.model.get_ref("upper")
    if weights == "random":
        shape = upper.get_param("W").shape
        upper.set_param("W", numpy.random.default_rng(7).normal(0, 3, shape).astype("float32"))
    else:  # every move but O scores 0: the move order decides
        moves = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        upper.set_param("W", numpy.zeros_like(upper.get_param("W")))
        upper.set_param("b", numpy.array([-1.0 if m == "O" else 0.0 for m in moves], dtype="float32"))
    assert greedy_ner.supports(ner)
    texts = [*TEXTS, "  Иван   Петров \n\n  ", "София"]
    for batch_size in (1, 4):
        stock = _entities(nlp, texts, batch_size, fast=False)
        assert _entities(nlp, texts, batch_size, fast=True) == stock
        assert sum(map(len, stock)) > 10


def test_same_entities_as_spacy_on_news(nlp: Language) -> None:
    files = sorted((SHARED / "corpora" / "slavicner" / "raw").glob("*/bg/*.txt"))[:40]
    if not files:
        pytest.skip("SlavicNER raw texts are not present")
    texts = [f.read_text(encoding="utf-8") for f in files]
    for batch_size in (16, 5):
        assert _entities(nlp, texts, batch_size, fast=True) == _entities(nlp, texts, batch_size, fast=False)


def test_preset_entities_go_through_spacy(nlp: Language) -> None:
    """Documents that already have entities keep spaCy's rules for them."""
    ner = nlp.get_pipe("ner")
    docs = [nlp.make_doc(TEXTS[0])]
    docs[0].set_ents([docs[0].char_span(0, 10, label="ORG")], default="missing")
    for _, component in nlp.pipeline:
        if component is ner:
            greedy_ner.recognize(ner, docs, 4)
        elif hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=4))
    assert (docs[0].ents[0].start_char, docs[0].ents[0].label_) == (0, "ORG")

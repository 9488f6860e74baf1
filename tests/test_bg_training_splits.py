"""The Bulgarian training recipe: leave-one-topic-out splits, EVT/PRO handling, fold lemma tables."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from visitparse.lang.bg.lemma import lemmatize, parse_tables

MODELS = Path(__file__).resolve().parents[1] / "models"


@pytest.fixture(scope="module")
def prepare() -> ModuleType:
    """``models/bg/prepare.py``, loaded under its own name (``models/`` is no package)."""
    spec = importlib.util.spec_from_file_location("bg_prepare", MODELS / "bg" / "prepare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _docs(prepare: ModuleType, counts: dict[str, int]) -> list[Any]:
    """``counts[topic]`` one-sentence documents of each topic."""
    return [
        prepare.CorpusDoc(f"{topic}{i:03d}", topic, "bg", "Текст.")
        for topic, n in counts.items()
        for i in range(n)
    ]


def test_a_fold_tests_on_its_whole_topic_and_never_trains_on_it(prepare: ModuleType) -> None:
    counts = {"alpha": 30, "beta": 20, "gamma": 40}
    splits = prepare.split_corpus(_docs(prepare, counts))
    for topic, n in counts.items():
        fold = splits[f"loto_{topic}"]
        assert {d.topic for d in fold["test"]} == {topic} and len(fold["test"]) == n
        assert topic not in {d.topic for d in fold["train"] + fold["dev"]}
        assert len(fold["dev"]) == sum(m // 10 for t, m in counts.items() if t != topic)


def test_a_topic_keeps_its_dev_cut_whichever_topic_is_held_out(prepare: ModuleType) -> None:
    splits = prepare.split_corpus(_docs(prepare, {"alpha": 30, "beta": 20, "gamma": 40}))
    dev_alpha = [
        {d.doc_id for d in splits[f"loto_{t}"]["dev"] if d.topic == "alpha"} for t in ("beta", "gamma")
    ]
    assert dev_alpha[0] == dev_alpha[1]


def test_held_out_topics_cover_both_languages_of_a_split(prepare: ModuleType) -> None:
    assert prepare.held_out_topics("loto_brexit") == {"brexit"}
    assert prepare.held_out_topics("topic") == {prepare.HELD_OUT_TOPIC}
    assert prepare.held_out_topics("validate") == {prepare.HELD_OUT_TOPIC, prepare.VALIDATION_TOPIC}


def test_evt_and_pro_are_no_entity_or_unknown(prepare: ModuleType) -> None:
    import spacy

    text = "Иван Петров писа в Туитър."
    cdoc = prepare.CorpusDoc(
        "d",
        "t",
        "bg",
        text,
        [prepare.Mention(0, 11, "PER", "Иван Петров"), prepare.Mention(19, 25, "PRO", "Туитър")],
    )
    nlp = spacy.blank("bg")
    outside, _ = prepare.to_doc(nlp, cdoc)
    missing, _ = prepare.to_doc(nlp, cdoc, untrained_missing=True)
    assert [(e.text, e.label_) for e in outside.ents] == [("Иван Петров", "PER")]
    assert [(e.text, e.label_) for e in missing.ents] == [("Иван Петров", "PER")]
    assert outside[4].ent_iob_ == "O"
    assert missing[4].ent_iob_ == ""  # unknown: the NER gets no gradient from it


def test_lemmatize_with_a_fold_table() -> None:
    tables = parse_tables("M\tБукурещ\tБукурещ-град\nW\tСъюзът\tСъюз\n")
    assert lemmatize("Букурещ", "LOC", tables) == "Букурещ-град"
    assert lemmatize("Съюзът на юристите", "ORG", tables) == "Съюз на юристите"
    assert lemmatize("Москва", "LOC", parse_tables("")) == "Москва"

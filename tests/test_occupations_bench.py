"""The FactRuEval Occupation benchmark's reader and matching (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def bench(shared: Path) -> ModuleType:
    if not (shared / "corpora" / "factrueval" / "devset").is_dir():
        pytest.skip("FactRuEval is not in ../shared")
    from benchmarks import occupations_ru

    return occupations_ru


def test_the_reader_gives_occupations_with_a_position_and_a_kind_of_place(bench: ModuleType) -> None:
    docs = list(bench.read_factrueval_occupations())
    facts = [f for d in docs for f in d.facts]
    assert len(docs) > 50 and all(f.positions and f.who for f in facts)
    assert {f.where_kind for f in facts} >= {"org", "place"}
    # every position is a span of its document's text
    assert all(p in d.text for d in docs for f in d.facts for p in f.positions)


def test_the_halves_split_by_document_number(bench: ModuleType) -> None:
    assert bench.in_half("book_100", "dev") and not bench.in_half("book_100", "heldout")
    assert bench.in_half("book_77", "heldout") and bench.in_half("book_77", "all")


@pytest.mark.parametrize(
    ("who", "name", "same"),
    [
        ("Петров Иван", "Иван Петров", True),
        ("Петров", "Иван Петров", True),
        ("Петрова Анна", "Анна Котова", False),
        ("Кан Н", "Наото Кан", True),
        ("Сидоров Иван", "Иван Петров", False),
    ],
)
def test_persons_match_on_name_words(bench: ModuleType, who: str, name: str, same: bool) -> None:
    assert bench.same_person(who, name) is same


def test_a_place_is_found_in_the_position(bench: ModuleType) -> None:
    fact = bench.Occupation("d", "Петров Иван", ("губернатора",), ("Тверская область",), "place")
    assert bench.place_right([fact], bench.Found("Иван Петров", "губернатор Тверской области", None))
    assert not bench.place_right([fact], bench.Found("Иван Петров", "губернатор", None))

"""The Russian visit audit's selection, split and layout (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def bench(shared: Path) -> ModuleType:
    if not (shared / "corpora" / "slavicner" / "raw").is_dir():
        pytest.skip("SlavicNER is not in ../shared")
    from benchmarks import visits_audit_ru

    return visits_audit_ru


def test_the_split_is_fixed_by_the_name_alone(bench: ModuleType) -> None:
    names = [name for name, _ in bench.corpus_files()]
    halves = [bench.half_of(name) for name in names]
    assert halves == [bench.half_of(name) for name in names]
    assert 0.3 < halves.count("dev") / len(halves) < 0.7


def test_only_texts_with_a_visit_word_are_selected(bench: ModuleType) -> None:
    dev = list(bench.selected("dev"))
    assert dev and all(bench.VISIT_WORDS.search(text) for _, text in dev)
    assert all(bench.half_of(name) == "dev" for name, _ in dev)


def test_a_record_is_laid_out_beside_its_sentences(bench: ModuleType) -> None:
    text = "Министр приехал в Тулу. Погода была хорошей. Гостей принял губернатор."
    visit = {
        "start_date": None,
        "end_date": None,
        "date_evidence": [],
        "regions": [
            {
                "code": "RU-TUL",
                "name": "Тульская область",
                "role": "host",
                "evidence": [{"start": 18, "end": 22}],
            }
        ],
        "officials": [],
        "institutions": [],
    }
    shown = bench.report("doc", text, {"visits": [visit]})
    assert "region RU-TUL 'Тульская область' role=host" in shown
    assert "Министр приехал в Тулу." in shown and "Погода" not in shown

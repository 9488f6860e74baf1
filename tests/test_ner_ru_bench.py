"""The in-turns timer shared by the Russian NER benchmark and models/ru/evaluate.py."""

from __future__ import annotations

from benchmarks.ner_ru import in_turns


def test_in_turns_runs_every_chunk_through_every_run() -> None:
    seen: list[list[list[str]]] = [[], []]
    texts = [f"текст {i}" for i in range(5)]
    rates = in_turns(texts, [seen[0].append, seen[1].append], chunk=2, repeat=2)
    assert len(rates) == 2 and all(rate > 0 for rate in rates)
    for chunks in seen:
        assert [len(c) for c in chunks] == [2, 2, 1, 2, 2, 1]
        assert [text for chunk in chunks for text in chunk] == texts + texts

"""The batch runner end to end, with the real parser (visitparse.batch)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, ClassVar

import pytest

from visitparse.batch import BatchConfig, WorkerOptions, run
from visitparse.cli import main
from visitparse.io.sources import FieldNames
from visitparse.io.writers import ParquetTables, scan_jsonl
from visitparse.schema import Article

RU_TEXTS = [
    "10 марта 2025 года губернатор Оренбургской области принял делегацию Республики Башкортостан.",
    "Министр здравоохранения Самарской области посетил областную больницу в Тольятти.",
    "Делегация Пензенской области во главе с вице-губернатором побывала в Саранске 3 апреля.",
    "В Казани прошла встреча руководителей социальных служб Татарстана и Чувашии.",
    "Глава Орского округа встретился с представителями делегации из Уфы и показал им технопарк.",
    "Специалисты из Курганской области изучили опыт работы центра реабилитации в Челябинске.",
    "Первый заместитель министра образования Новосибирской области посетил школы Томска.",
    "Представители Республики Беларусь приехали в Смоленск для обмена опытом в сфере медицины.",
    "12 мая делегация Астраханской области прибыла с рабочим визитом в Волгоград.",
    "Сотрудники министерства культуры Калужской области посетили музеи Тулы и Тульской области.",
]
EN_TEXT = "The governor met a delegation from the neighbouring region and visited a new hospital."


def _write_dump(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n, text in enumerate(texts, 1):
            handle.write(json.dumps({"id": f"d{n:03d}", "text": text, "published": "2025-06-01"}) + "\n")
    return path


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in _lines(path)]


def _errors(path: Path) -> dict[str, str]:
    return {r["doc_id"]: r["reason"] for r in map(json.loads, _lines(path))}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A JSONL dump of 30 documents (several chunks) and a small folder of files."""
    root = tmp_path_factory.mktemp("inputs")
    dump = _write_dump(root / "news.jsonl", RU_TEXTS * 3)
    folder = root / "site"
    (folder / "2025").mkdir(parents=True)
    (folder / "a.txt").write_bytes(RU_TEXTS[4].encode("cp1251"))
    (folder / "2025" / "b.html").write_text(
        f"<html><head><title>Новости</title></head><body><script>x()</script><p>{RU_TEXTS[7]}</p></body></html>",
        encoding="utf-8",
    )
    return [str(dump), str(folder)]


@pytest.fixture(scope="module")
def local_run(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("local") / "out.jsonl"
    summary = run(BatchConfig(inputs=inputs, out=str(out), workers=1, chunk_size=4))
    assert (summary.parsed, summary.failed) == (32, 0)
    return _lines(out)


def test_records_validate_and_keep_input_order(local_run: list[str]) -> None:
    records = [Article.model_validate_json(line) for line in local_run]
    assert [r.doc_id for r in records] == [f"d{n:03d}" for n in range(1, 31)] + ["a.txt", "2025/b.html"]
    assert {r.language for r in records} == {"ru"}
    assert all(r.published == "2025-06-01" for r in records[:30])


def test_bad_documents_among_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "archive"
    (folder / "2025" / "06").mkdir(parents=True)
    (folder / "a.txt").write_text(RU_TEXTS[0], encoding="utf-8")
    (folder / "2025" / "06" / "b.txt").write_bytes(RU_TEXTS[1].encode("cp1251"))
    (folder / "2025" / "c.txt").write_bytes(b"")
    (folder / "2025" / "d.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "e.txt").write_text(EN_TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"

    code = main(["batch", str(folder), "-o", str(out), "--workers", "1"])

    assert code == 1
    # Unreadable documents have no record; the English one keeps its record but is a failure.
    assert _ids(out) == ["a.txt", "e.txt", "2025/06/b.txt"]
    records = {r["doc_id"]: r for r in map(json.loads, _lines(out))}
    assert records["2025/06/b.txt"]["warnings"][0] == "decoded as cp1251"
    assert records["e.txt"]["language"] == "en" and records["e.txt"]["visits"] == []
    assert _errors(tmp_path / "out.errors.jsonl") == {
        "e.txt": "unsupported language en",
        "2025/c.txt": "empty input",
        "2025/d.txt": "binary data (PNG image)",
    }
    err = capsys.readouterr().err
    assert "parsed 2, failed 3" in err and "docs/s" in err


def test_all_parsed_exits_0_and_strict_turns_warnings_into_failures(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(RU_TEXTS[2].encode("koi8-r"))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "-w", "1"]) == 0
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "-w", "1", "--overwrite", "--strict"]) == 1
    assert _errors(tmp_path / "out.errors.jsonl") == {"a.txt": "strict: decoded as koi8-r"}


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "missing: no such file or directory" in capsys.readouterr().err
    existing = tmp_path / "o.jsonl"
    existing.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    assert main(["batch", str(tmp_path), "-o", str(existing)]) == 2
    assert "use --resume" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("nothing to parse", encoding="utf-8")
    assert main(["batch", str(tmp_path / "empty"), "-o", str(tmp_path / "e.jsonl")]) == 2
    assert "no documents found" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["batch", str(tmp_path), "-o", str(existing), "--resume", "--overwrite"])
    assert info.value.code == 2


def test_resume_after_an_interrupted_run(inputs: list[str], local_run: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    # What Ctrl-C or a killed process leaves: 7 whole lines and half of the 8th.
    out.write_text("\n".join(local_run[:7]) + "\n" + local_run[7][:40], encoding="utf-8")
    errors = tmp_path / "out.errors.jsonl"
    errors.write_text(
        json.dumps({"doc_id": "d002", "source": "x", "reason": "kept: its record is in OUT"})
        + "\n"
        + json.dumps({"doc_id": "d020", "source": "x", "reason": "dropped: retried"})
        + "\n",
        encoding="utf-8",
    )

    summary = run(BatchConfig(inputs=inputs, out=str(out), workers=1, resume=True, chunk_size=4))

    assert summary.skipped == 7
    assert summary.parsed == 25
    assert _lines(out) == local_run
    assert list(_errors(errors)) == ["d002"]


def test_scan_jsonl_repairs_only_the_tail(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"doc_id": "a"}\n{"doc_id": "b"}\n{"doc_id": "c", "vis')
    assert scan_jsonl(out) == {"a", "b"}
    assert out.read_bytes() == b'{"doc_id": "a"}\n{"doc_id": "b"}\n'


def test_two_workers_give_the_same_records_in_the_same_order(
    inputs: list[str], local_run: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    summary = run(BatchConfig(inputs=inputs, out=str(out), workers=2, chunk_size=3))
    assert summary.parsed == 32
    assert _lines(out) == local_run


def test_parser_pipe_with_two_processes_matches_one() -> None:
    from visitparse.parser import Parser

    parser = Parser()
    texts = RU_TEXTS[:6]
    sequential = [a.model_dump() for a in parser.pipe(texts)]
    parallel = [a.model_dump() for a in parser.pipe(texts, n_process=2, batch_size=2)]
    assert parallel == sequential


# A stand-in parser for failure handling: how a worker dies is the point, not the parse.
class _FlakyParser:
    def __init__(self, **_: Any) -> None:
        pass

    def parse(
        self, text: str, *, published: Any = None, doc_id: str | None = None, lang: str | None = None
    ) -> Article:
        if "RAISE" in text:
            raise RuntimeError("the parser tripped")
        if "CRASH" in text:
            os._exit(3)  # as a segfault or the OOM killer would
        return Article(doc_id=doc_id, language="ru")


def test_a_dying_worker_and_a_raising_parser_become_failures(tmp_path: Path) -> None:
    texts = [f"Документ номер {n}" for n in range(12)]
    texts[4] = "Этот документ RAISE"
    texts[9] = "Этот документ CRASH"
    dump = _write_dump(tmp_path / "d.jsonl", texts)
    out = tmp_path / "out.jsonl"
    options = WorkerOptions(parser_factory=f"{__name__}:_FlakyParser")
    summary = run(BatchConfig(inputs=[str(dump)], out=str(out), workers=2, chunk_size=3, options=options))
    assert (summary.parsed, summary.failed) == (10, 2)
    assert _ids(out) == [f"d{n:03d}" for n in range(1, 13) if n not in (5, 10)]
    errors = _errors(tmp_path / "out.errors.jsonl")
    assert errors["d005"] == "internal error: RuntimeError: the parser tripped"
    assert errors["d010"].startswith("worker process died on this document")


class _FlakyBatchParser(_FlakyParser):
    """A stand-in with ``pipe``: the whole batch fails when one of its texts does."""

    batches: ClassVar[list[int]] = []

    def pipe(self, items: list[Any], batch_size: int = 32) -> list[Article]:
        self.batches.append(len(items))
        return [self.parse(i.text, doc_id=i.doc_id) for i in items]


def test_a_failing_batch_is_parsed_again_one_by_one(tmp_path: Path) -> None:
    texts = [f"Документ номер {n}" for n in range(6)]
    texts[2] = "Этот документ RAISE"
    dump = _write_dump(tmp_path / "d.jsonl", texts)
    out = tmp_path / "out.jsonl"
    options = WorkerOptions(parser_factory=f"{__name__}:_FlakyBatchParser")
    summary = run(BatchConfig(inputs=[str(dump)], out=str(out), workers=1, chunk_size=3, options=options))
    assert (summary.parsed, summary.failed) == (5, 1)
    assert _FlakyBatchParser.batches == [3, 3]  # both chunks went through pipe first
    errors = _errors(tmp_path / "out.errors.jsonl")
    assert errors == {"d003": "internal error: RuntimeError: the parser tripped"}


def test_parquet_tables_are_written_and_join(inputs: list[str], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out, tables = tmp_path / "out.jsonl", tmp_path / "tables"
    code = main(["batch", inputs[0], "-o", str(out), "-w", "1", "--parquet", str(tables)])
    assert code == 0
    articles = pq.read_table(tables / "articles.parquet")
    assert articles.column("doc_id").to_pylist() == _ids(out)
    visits = pq.read_table(tables / "visits.parquet")
    assert sum(articles.column("n_visits").to_pylist()) == visits.num_rows


def test_parquet_rows_join_by_doc_id_and_visit_index(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    record = {
        "doc_id": "r1",
        "language": "ru",
        "published": "2025-02-10",
        "visits": [
            {
                "start_date": "2025-02-07",
                "end_date": "2025-02-07",
                "regions": [
                    {"code": "RU-ORE", "name": "Оренбургская область", "role": "host"},
                    {"code": "RU-BA", "name": "Республика Башкортостан", "role": "guest"},
                ],
                "officials": [
                    {"name": "Иван Петров", "position": "министр", "organization": None, "side": "host"}
                ],
                "institutions": [{"name": "Областная больница", "visited": True}],
            },
            {"start_date": None, "end_date": None, "regions": [], "officials": [], "institutions": []},
        ],
        "entities": [],
        "warnings": [],
    }
    with ParquetTables(tmp_path) as tables:
        tables.add(record)
        tables.add({**record, "doc_id": "r2", "visits": []})
    visits = pq.read_table(tmp_path / "visits.parquet")
    officials = pq.read_table(tmp_path / "officials.parquet")
    articles = pq.read_table(tmp_path / "articles.parquet").select(["doc_id", "published", "n_visits"])
    joined = officials.join(visits, keys=["doc_id", "visit_index"]).join(articles, keys="doc_id")
    row = joined.to_pylist()[0]
    assert (row["name"], row["start_date"], row["published"], row["n_visits"]) == (
        "Иван Петров",
        "2025-02-07",
        "2025-02-10",
        2,
    )
    regions = pq.read_table(tmp_path / "regions.parquet").to_pylist()
    assert [(r["code"], r["role"], r["visit_index"]) for r in regions] == [
        ("RU-ORE", "host", 0),
        ("RU-BA", "guest", 0),
    ]
    assert pq.read_table(tmp_path / "articles.parquet").num_rows == 2


def test_dask_cluster_gives_the_same_records(inputs: list[str], local_run: list[str], tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        out = tmp_path / "out.jsonl"
        summary = run(BatchConfig(inputs=inputs, out=str(out), dask=cluster.scheduler_address, chunk_size=4))
    assert (summary.parsed, summary.failed) == (32, 0)
    assert _lines(out) == local_run


def test_custom_dump_fields_from_the_command_line(tmp_path: Path) -> None:
    dump = tmp_path / "export.csv"
    dump.write_text(f'guid,body\nx-1,"{RU_TEXTS[3]}"\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert (
        main(["batch", str(dump), "-o", str(out), "-w", "1", "--id-field", "guid", "--text-field", "body"])
        == 0
    )
    assert _ids(out) == ["x-1"]
    assert FieldNames().text == "text"


def test_url_and_title_of_a_dump_row_and_an_html_page_reach_the_record(
    local_run: list[str], tmp_path: Path
) -> None:
    records = {r["doc_id"]: r for r in map(json.loads, local_run)}
    assert records["2025/b.html"]["title"] == "Новости"
    dump = tmp_path / "feed.csv"
    dump.write_text(
        f'link,headline,text\nhttps://minsoc.example/n/5,Гости из Уфы,"{RU_TEXTS[4]}"\n', encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    fields = ["--url-field", "link", "--title-field", "headline"]
    assert main(["batch", str(dump), "-o", str(out), "-w", "1", *fields]) == 0
    record = json.loads(_lines(out)[0])
    assert (record["url"], record["title"]) == ("https://minsoc.example/n/5", "Гости из Уфы")


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive folder with every kind of input, an empty file, binary files and a stray file."""
    root = tmp_path_factory.mktemp("archive")
    (root / "2025").mkdir()
    (root / "a.txt").write_text(RU_TEXTS[0], encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "2025" / "page.html").write_text(
        f"<html><head><title>Визит</title></head><body><p>{RU_TEXTS[1]}</p></body></html>", encoding="utf-8"
    )
    _write_dump(root / "2025" / "dump.jsonl", RU_TEXTS[2:5])
    rows = "".join(f'"c{n}","{text}"\n' for n, text in enumerate(RU_TEXTS[5:7], 1))
    (root / "2025" / "table.csv").write_text("id,text\n" + rows, encoding="utf-8")
    return root


MIXED_PARSED = ["a.txt", "2025/page.html", "d001", "d002", "d003", "c1", "c2"]


@pytest.mark.parametrize("backend", ["pool", "dask"])
def test_a_mixed_archive_folder_reads_every_document_once_and_names_the_rest(
    mixed_folder: Path, tmp_path: Path, backend: str
) -> None:
    out = tmp_path / "out.jsonl"
    config = BatchConfig(inputs=[str(mixed_folder)], out=str(out), workers=2, chunk_size=2)
    if backend == "dask":
        distributed = pytest.importorskip("distributed")
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster:
            config.dask = cluster.scheduler_address
            summary = run(config)
    else:
        summary = run(config)

    assert sorted(_ids(out)) == sorted(MIXED_PARSED)  # each readable document exactly once
    errors = _errors(tmp_path / "out.errors.jsonl")
    assert errors["empty.txt"] == "empty input"
    assert errors["scan.txt"].startswith("binary data")
    assert errors["photo.png"].startswith("not read:")
    assert (summary.parsed, summary.failed, summary.unread) == (7, 2, ["photo.png"])
    kinds = {k: (c.read, c.parsed, c.failed) for k, c in summary.kinds.items()}
    assert kinds == {"txt": (3, 1, 2), "html": (1, 1, 0), "jsonl": (3, 3, 0), "csv": (2, 2, 0)}
    line = summary.line(tmp_path / "out.errors.jsonl")
    assert "txt 3 read (1 parsed, 2 failed)" in line
    assert "jsonl 3 read (3 parsed)" in line and "csv 2 read (2 parsed)" in line
    assert "not read: 1 file (photo.png)" in line
    assert summary.exit_code == 1  # two documents failed


def test_resume_counts_what_it_skips_by_kind(mixed_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run(BatchConfig(inputs=[str(mixed_folder)], out=str(out), workers=1, chunk_size=4))
    again = run(BatchConfig(inputs=[str(mixed_folder)], out=str(out), workers=1, resume=True))
    assert again.skipped == 7 and again.parsed == 0
    assert {k: c.skipped for k, c in again.kinds.items() if c.skipped} == {
        "txt": 1,
        "html": 1,
        "jsonl": 3,
        "csv": 2,
    }
    assert sorted(_ids(out)) == sorted(MIXED_PARSED)

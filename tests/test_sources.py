"""Folders, dumps and HTML pages as streams of documents (visitparse.io.sources, .html)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from visitparse.io.html import extract_html, looks_like_html, strip_tags
from visitparse.io.sources import (
    UNREAD,
    FieldNames,
    PendingFile,
    SourceDocument,
    SourceFailure,
    document_from_bytes,
    iter_sources,
    kind_of,
    normalize_published,
    read_document,
    resolve_document,
)

VISIT_RU = "Глава Орского округа принял делегацию из Уфы. Гости осмотрели новый спортивный комплекс."
VISIT_BG = "Кметът на Враца посрещна делегация от Плевен. Гостите разгледаха новата детска градина."

PAGE = """<!DOCTYPE html>
<html><head><title>Делегация из Уфы посетила Орск | Новости округа</title>
<meta property="article:published_time" content="2025-04-17T09:30:00+05:00">
<link rel="canonical" href="https://example.org/news/17">
<script>var menu = "<p>Скрипт не текст</p>"; function f(){ return 1 < 2; }</script>
<style>p { color: red }</style></head>
<body><nav><ul><li>Главная</li><li>Новости</li></ul></nav>
<article><h1>Делегация из Уфы посетила Орск</h1>
<p>Глава Орского округа принял делегацию из Уфы. Гости осмотрели новый спортивный комплекс
и встретились с тренерами спортивной школы.</p>
<p>Стороны договорились о совместных соревнованиях школьников в следующем году и обмене опытом
между спортивными школами двух городов.</p></article>
<footer>© Администрация округа</footer><script>track();</script></body></html>"""


def _docs(items: list[object]) -> list[SourceDocument]:
    return [i for i in items if isinstance(i, SourceDocument)]


def _failures(items: list[object]) -> list[SourceFailure]:
    return [i for i in items if isinstance(i, SourceFailure)]


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "2025" / "04").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text(VISIT_RU, encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(VISIT_RU.encode("cp1251"))
    (tmp_path / "2025" / "04" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "2025" / "bg.txt").write_bytes(VISIT_BG.encode("koi8-r"))
    (tmp_path / "2025" / "record.json").write_text(
        json.dumps({"id": "press-17", "text": VISIT_RU, "published": "17.04.2025"}), encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(VISIT_RU, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(VISIT_RU, encoding="utf-8")

    everything = list(iter_sources([tmp_path]))
    items = [i for i in everything if i.kind != UNREAD]
    # A folder's files (sorted) come before its sub-folders (sorted).
    assert [i.doc_id for i in items] == ["a.txt", "b.txt", "2025/bg.txt", "press-17", "2025/04/page.html"]
    # What is not read is named, never passed over in silence; hidden folders are not searched.
    unread = {i.doc_id: i.reason for i in everything if i.kind == UNREAD}
    assert set(unread) == {".hidden.txt", "notes.md", ".git/"}
    assert unread["notes.md"].startswith("not read: not an input kind")
    assert [i.kind for i in items] == ["txt", "txt", "txt", "json", "html"]
    docs = {d.doc_id: d for d in _docs(items)}
    assert docs["a.txt"].text == VISIT_RU
    assert docs["a.txt"].warnings == ("decoded as cp1251",)
    assert docs["2025/bg.txt"].text == VISIT_BG
    assert docs["press-17"].published == "2025-04-17"
    page = docs["2025/04/page.html"]
    assert page.title == "Делегация из Уфы посетила Орск"
    assert page.published == "2025-04-17"
    assert "спортивный комплекс" in page.text
    assert "Скрипт" not in page.text and "track" not in page.text and "Главная" not in page.text
    assert page.path == str(tmp_path / "2025" / "04" / "page.html")


def test_lazy_mode_defers_reading_to_resolve(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(VISIT_RU.encode("koi8-r"))
    (tmp_path / "empty.txt").write_bytes(b"")
    items = list(iter_sources([tmp_path], lazy=True))
    assert all(isinstance(i, PendingFile) for i in items)
    pending = {i.doc_id: i for i in items if isinstance(i, PendingFile)}
    assert resolve_document(pending["a.txt"]).text == VISIT_RU
    eager = {i.doc_id: i for i in iter_sources([tmp_path])}
    assert eager["empty.txt"] == SourceFailure("empty.txt", str(tmp_path / "empty.txt"), "empty input", "txt")


def test_bad_files_are_failures_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    (tmp_path / "blank.txt").write_bytes(b" \n \n")
    (tmp_path / "big.txt").write_text(VISIT_RU * 100, encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"id": "x", "text": ', encoding="utf-8")
    failures = {f.doc_id: f.reason for f in iter_sources([tmp_path], max_bytes=2000)}
    assert failures == {
        "big.txt": "input larger than 2000 bytes",
        "blank.txt": "empty input",
        "broken.json": failures["broken.json"],
        "nul.txt": "binary data (NUL bytes)",
    }
    assert failures["broken.json"].startswith("malformed JSON")


def test_jsonl_dump_with_a_malformed_line(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": VISIT_RU, "published": "2025-04-17T09:30:00Z", "url": "u1"}),
        '{"id": "n2", "text": "Гости из Уфы',  # cut off by a crashed exporter
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "n4"}),
        json.dumps({"id": 5, "text": VISIT_BG, "published": "вчера", "title": "Делегация"}),
        json.dumps({"text": VISIT_RU}),
    ]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_sources([dump]))
    assert [i.doc_id for i in items] == ["n1", "dump.jsonl:2", "dump.jsonl:4", "n4", "5", "dump.jsonl:7"]
    failures = {f.doc_id: f.reason for f in _failures(items)}
    assert failures["dump.jsonl:2"].startswith("malformed JSON on line 2")
    assert failures["dump.jsonl:4"] == "line 4 is not a JSON object"
    assert failures["n4"] == "no 'text' field"
    docs = {d.doc_id: d for d in _docs(items)}
    assert docs["n1"].published == "2025-04-17"
    assert docs["n1"].url == "u1"
    assert docs["n1"].path == f"{dump}:1"
    assert docs["5"].published is None
    assert docs["5"].warnings == ("unreadable published date 'вчера' ignored",)
    assert docs["5"].title == "Делегация"


def test_jsonl_custom_field_names(tmp_path: Path) -> None:
    dump = tmp_path / "export.ndjson"
    dump.write_text(
        json.dumps({"guid": "g-1", "body": VISIT_RU, "date": "2025-01-09"}) + "\n", encoding="utf-8"
    )
    fields = FieldNames(id="guid", text="body", published="date")
    (doc,) = iter_sources([dump], fields=fields)
    assert isinstance(doc, SourceDocument)
    assert (doc.doc_id, doc.text, doc.published) == ("g-1", VISIT_RU, "2025-01-09")


def test_csv_with_embedded_newlines_and_odd_quoting(tmp_path: Path) -> None:
    dump = tmp_path / "dump.csv"
    dump.write_text(
        "id,published,text\n"
        f'c1,2025-04-17,"{VISIT_RU}\nВторой абзац, с запятой и ""кавычками""."\n'
        "c2,2025-04-18,Текст без кавычек, но с лишней запятой\n"
        f'c3,,"Кавычка "внутри" поля {VISIT_BG}"\n'
        "\n"
        'c4,2025-04-19,"Незакрытая кавычка до конца файла\n',
        encoding="utf-8",
    )
    items = list(iter_sources([dump]))
    assert [i.doc_id for i in items] == ["c1", "c2", "c3", "c4"]
    docs = {d.doc_id: d for d in _docs(items)}
    assert docs["c1"].text == f'{VISIT_RU}\nВторой абзац, с запятой и "кавычками".'
    assert docs["c1"].published == "2025-04-17"
    assert docs["c3"].text.startswith("Кавычка внутри")
    assert docs["c4"].text.startswith("Незакрытая кавычка")
    failures = {f.doc_id: f.reason for f in _failures(items)}
    assert failures == {"c2": "CSV record at line 4 has 4 fields, header has 3"}


def test_csv_in_cp1251_and_without_text_column(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_bytes(f"id;text\n1;{VISIT_RU}\n".encode("cp1251"))
    (doc,) = iter_sources([good], csv_delimiter=";")
    assert isinstance(doc, SourceDocument) and doc.text == VISIT_RU
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,text\n", encoding="utf-8")
    assert list(iter_sources([bad])) == [
        SourceFailure("bad.csv", str(bad), "CSV has no 'text' column", "csv")
    ]


def test_duplicate_ids_are_kept_and_renamed(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    rows = [{"id": "same", "text": VISIT_RU}, {"id": "same", "text": VISIT_BG}, {"id": "same#2", "text": "x"}]
    dump.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = _docs(list(iter_sources([dump])))
    assert [d.doc_id for d in items] == ["same", "same#2", "same#2#2"]
    assert items[1].text == VISIT_BG
    assert items[1].warnings == ("duplicate doc_id 'same' renamed 'same#2'",)


def test_json_file_with_a_list_of_documents(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": VISIT_RU}, {"id": "k", "text": VISIT_BG}, 3]), encoding="utf-8")
    items = list(iter_sources([path]))
    assert [i.doc_id for i in items] == ["batch.json#1", "k", "batch.json#3"]
    assert isinstance(items[2], SourceFailure) and items[2].reason == "not a JSON object"


def test_dump_field_holding_a_whole_page_is_extracted(tmp_path: Path) -> None:
    dump = tmp_path / "pages.jsonl"
    dump.write_text(json.dumps({"id": "p", "text": PAGE}) + "\n", encoding="utf-8")
    (doc,) = iter_sources([dump])
    assert isinstance(doc, SourceDocument)
    assert doc.text.startswith("Делегация из Уфы посетила Орск")
    assert doc.published == "2025-04-17"
    assert "<p>" not in doc.text


def test_missing_input_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    assert list(iter_sources([tmp_path / "nope.jsonl"])) == [
        SourceFailure("nope.jsonl", str(tmp_path / "nope.jsonl"), "no such file or directory", "jsonl")
    ]


def test_published_normalisation() -> None:
    assert normalize_published("2025-02-07") == ("2025-02-07", None)
    assert normalize_published("07.02.2025") == ("2025-02-07", None)
    assert normalize_published("2025/2/7 10:00") == ("2025-02-07", None)
    assert normalize_published("") == (None, None)
    assert normalize_published("31.02.2025")[0] is None


# --- HTML ---------------------------------------------------------------------------------------


def test_broken_nested_script_laden_html() -> None:
    html = (
        "<html><body><div><div><p>Делегация <b>из <i>Пензы</b> посетила</i> музей"
        "<script>document.write('<p>реклама</p>')</script><p>Второй абзац &laquo;без&raquo; закрытия"
        "<div><table><tr><td>ячейка"
    )
    page = extract_html(html)
    assert "Делегация из Пензы посетила музей" in page.text
    assert "«без»" in page.text
    assert "реклама" not in page.text and "document.write" not in page.text


def test_tag_strip_fallback_keeps_short_pages() -> None:
    page = extract_html("<html><head><title>Кратко</title></head><body><p>Визит в Уфу.</p></body></html>")
    assert page.text == "Визит в Уфу."
    assert page.title == "Кратко"


def test_strip_tags_and_html_sniffing() -> None:
    assert strip_tags("<p>один</p><p>два<br>три</p><style>x{}</style>") == "один\n\nдва\nтри"
    assert looks_like_html("  <!DOCTYPE html><html>")
    assert looks_like_html("<?xml version='1.0'?>\n<html xmlns='x'>")
    assert not looks_like_html("Текст с <b>тегом</b> внутри")


def test_dumps_inside_a_folder_are_read_row_by_row(tmp_path: Path) -> None:
    (tmp_path / "2025").mkdir()
    (tmp_path / "a.txt").write_text(VISIT_RU, encoding="utf-8")
    rows = [{"id": "r1", "text": VISIT_RU}, {"text": VISIT_BG, "published": "2025-03-02"}]
    (tmp_path / "2025" / "dump.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    (tmp_path / "2025" / "table.csv").write_text(
        f'id,text,title\nc1,"{VISIT_BG}",Заглавие\nc2,,\n', encoding="utf-8"
    )
    (tmp_path / "2025" / "table.tsv").write_text(f"text\n{VISIT_RU}\n", encoding="utf-8")

    items = list(iter_sources([tmp_path], lazy=True))
    assert [(i.doc_id, i.kind) for i in items] == [
        ("a.txt", "txt"),
        ("r1", "jsonl"),
        ("2025/dump.jsonl:2", "jsonl"),  # no id: named by its path in the folder and its line
        ("c1", "csv"),
        ("c2", "csv"),
        ("2025/table.tsv:2", "tsv"),
    ]
    assert isinstance(items[2], SourceDocument) and items[2].published == "2025-03-02"
    assert isinstance(items[3], SourceDocument) and items[3].title == "Заглавие"
    assert isinstance(items[4], SourceFailure) and items[4].reason == "empty input"


def test_kind_of_names_each_input_kind() -> None:
    assert [kind_of(n) for n in ("a.TXT", "b.htm", "c.ndjson", "d.tsv", "e.md")] == [
        "txt",
        "html",
        "jsonl",
        "tsv",
        "text",  # a file given by name is read as text
    ]
    assert kind_of("e.md", in_folder=True) == UNREAD


def test_read_document_reads_a_page_as_the_batch_does(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.replace("<head>", '<head><meta charset="windows-1251">').encode("cp1251"))
    doc = read_document(page)
    [batch_doc] = _docs(list(iter_sources([page])))
    assert doc == batch_doc
    assert doc.title == "Делегация из Уфы посетила Орск"
    assert doc.published == "2025-04-17"
    assert doc.url == "https://example.org/news/17"
    assert doc.kind == "html"


def test_document_from_bytes_reads_html_and_legacy_encodings() -> None:
    assert document_from_bytes(VISIT_BG.encode("cp1251"), name="<stdin>").text == VISIT_BG
    assert document_from_bytes(PAGE.encode("utf-8"), name="<stdin>").published == "2025-04-17"


def test_a_folder_that_cannot_be_listed_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text(VISIT_RU, encoding="utf-8")
    scandir = os.scandir

    def refusing(path: str | os.PathLike[str]) -> Any:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    items = list(iter_sources([tmp_path], lazy=True))
    assert [(i.doc_id, i.kind) for i in items] == [("a.txt", "txt"), ("locked/", UNREAD)]
    assert isinstance(items[1], SourceFailure) and "Permission denied" in items[1].reason

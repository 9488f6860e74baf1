"""The command line as a user runs it: exit codes, JSON on stdout, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from visitparse.cli import main

RU = "12 марта делегацию из Башкирии принимал министр социального развития области Иван Седов."
BG = "date 2025-11-18\nНа 12 ноември делегация от Бургас посети Дневен център в Русе."


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_prints_article_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RU, encoding="utf-8")
    code, out, err = run(capsys, "parse", str(path), "--published", "2025-03-14", "--id", "x-1")
    assert code == 0, err
    data = json.loads(out)
    assert data["doc_id"] == "x-1"
    assert data["language"] == "ru"
    assert data["published"] == "2025-03-14"
    assert data["visits"][0]["start_date"] == "2025-03-12"
    for ent in data["entities"]:
        assert RU[ent["start"] : ent["end"]] == ent["text"]


def test_published_read_from_metadata_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b.txt"
    path.write_text(BG, encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(path))
    data = json.loads(out)
    assert (code, data["language"], data["published"]) == (0, "bg", "2025-11-18")


def test_cp1251_file_is_decoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(RU.encode("cp1251"))
    code, out, _ = run(capsys, "parse", str(path))
    data = json.loads(out)
    assert code == 0
    assert data["language"] == "ru"
    assert any("cp1251" in w for w in data["warnings"])
    assert any(e["text"] == "Иван Седов" for e in data["entities"])


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"   \n\t ", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary")],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "parse", str(path))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and str(path) in err and reason in err


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "parse", "/nonexistent/article.txt")
    assert code == 2
    assert "cannot read" in err and "Traceback" not in err


def test_unsupported_language_is_a_warning_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "en.txt"
    path.write_text("The regional delegation visited the new day centre on Monday.", encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(path))
    data = json.loads(out)
    assert (code, data["language"], data["visits"]) == (0, "en", [])
    assert data["warnings"]
    code, _, err = run(capsys, "parse", str(path), "--strict")
    assert code == 2 and "unsupported language" in err


def test_lang_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Гости посетили центр.", encoding="utf-8")
    _, out, _ = run(capsys, "parse", str(path), "--lang", "ru")
    assert json.loads(out)["language_confidence"] == 1.0


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out)["title"] == "Article"


def test_console_script_reads_stdin_and_bad_usage_exits_2() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "visitparse.cli", "parse", "-", "--indent", "1"],
        input=RU.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["language"] == "ru"
    proc = subprocess.run([sys.executable, "-m", "visitparse.cli", "parse"], capture_output=True, check=False)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


PAGE = """<!DOCTYPE html>
<html><head><title>Гости из Уфы в Оренбурге</title>
<meta property="article:published_time" content="2025-03-14T10:00:00+05:00">
<link rel="canonical" href="https://example.org/news/ufa"></head>
<body><nav>Главная | Новости</nav><article><h1>Гости из Уфы в Оренбурге</h1>
<p>12 марта делегацию из Башкирии принимал министр социального развития области Иван Седов.
Гости осмотрели новый реабилитационный центр и встретились с его сотрудниками.</p></article>
<footer>Все права защищены</footer></body></html>"""


def test_parse_reads_an_html_page_as_batch_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, err = run(capsys, "parse", str(page))
    assert code == 0, err
    single = json.loads(out)
    assert single["title"] == "Гости из Уфы в Оренбурге"
    assert single["url"] == "https://example.org/news/ufa"
    assert single["published"] == "2025-03-14"
    assert single["visits"][0]["start_date"] == "2025-03-12"  # the year comes from the page's date
    assert "Главная" not in json.dumps(single, ensure_ascii=False)

    out_path = tmp_path / "out.jsonl"
    assert main(["batch", str(page), "-o", str(out_path), "--workers", "1", "--no-progress"]) == 0
    capsys.readouterr()
    batch = json.loads(out_path.read_text(encoding="utf-8"))
    for key in ("title", "url", "published", "visits", "entities", "language"):
        assert single[key] == batch[key]


def test_given_published_date_wins_over_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(page), "--published", "2024-03-20")
    assert code == 0
    assert json.loads(out)["visits"][0]["start_date"] == "2024-03-12"

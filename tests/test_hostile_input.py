"""Hostile and messy input: every case gets a clear result, nothing is lost, nothing hangs.

Decoding details (code pages, BOMs, binary signatures) are in test_decode.py and dump
parsing details in test_sources.py; here each kind of input goes through the parser, the
``parse`` command or a batch run, as a user would meet it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import visitparse
from visitparse.batch import BatchConfig, WorkerOptions, run
from visitparse.cli import main
from visitparse.io.chunks import parse_in_chunks, split_text
from visitparse.schema import Article

RU = (
    "12 марта делегация Республики Башкортостан посетила Оренбургскую область. "
    "Гостей принял министр социального развития области Иван Седов."
)
BG = (
    "На 12 ноември делегация от община Бургас посети Дневен център за възрастни хора в Русе. "
    "Гостите бяха посрещнати от кмета Пенчо Милков."
)
NOT_PARSED = "only ru and bg are parsed into visits"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.rstrip("\n")


# --- empty, whitespace, NUL bytes, broken encodings ---------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n", "\u00a0\u2003\u3000", "12.03.2025 — 14:00 ... ---"])
def test_text_without_letters_gives_an_empty_record(text: str) -> None:
    article = visitparse.parse(text)
    assert (article.language, article.language_confidence) == ("und", 0.0)
    assert (article.visits, article.entities) == ([], [])
    assert article.warnings == [f"no text to identify: {NOT_PARSED}"]


@pytest.mark.parametrize("content", [b"", b" \r\n\t\r\n ", "\u00a0\u2003\n".encode()])
def test_empty_file_exits_2_naming_it(
    content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    code, out, err = cli(capsys, "parse", str(path))
    assert (code, out, one_line(err)) == (2, "", f"visitparse: {path}: empty input")


def test_nul_bytes_in_a_file_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(RU.encode() + b"\x00\x00\x00" + RU.encode())
    code, out, err = cli(capsys, "parse", str(path))
    assert (code, out, one_line(err)) == (2, "", f"visitparse: {path}: binary data (NUL bytes)")


def test_binary_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4)
    code, out, err = cli(capsys, "parse", str(path))
    assert (code, out, one_line(err)) == (2, "", f"visitparse: {path}: binary data (PDF)")


def test_nul_character_in_a_python_string_is_parsed_not_raised() -> None:
    text = RU.replace(". ", ".\x00 ", 1)
    article = visitparse.parse(text)
    assert article.language == "ru"
    article.check_offsets(text)
    assert [v.start_date for v in article.visits] == ["XXXX-03-12"]


def test_invalid_utf8_is_kept_with_a_warning_and_strict_refuses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.txt"
    data = RU.encode()
    path.write_bytes(
        data[:30] + b"\xff\xfe" + data[30:] + "Иван".encode()[:-1]
    )  # 2 stray bytes, 1 cut letter
    code, out, _ = cli(capsys, "parse", str(path))
    record = json.loads(out)
    assert code == 0
    assert record["language"] == "ru"
    assert record["warnings"][0] == "3 invalid UTF-8 byte sequence(s) replaced"
    assert any(e["text"] == "Иван Седов" for e in record["entities"])
    code, _, err = cli(capsys, "parse", str(path), "--strict")
    assert (code, one_line(err)) == (2, f"visitparse: {path}: 3 invalid UTF-8 byte sequence(s) replaced")


@pytest.mark.parametrize(
    ("text", "encoding", "lang", "name"),
    [
        (RU, "koi8-r", "ru", "Иван Седов"),
        (RU, "cp1251", "ru", "Иван Седов"),
        (BG, "cp1251", "bg", "Пенчо Милков"),
    ],
)
def test_legacy_code_pages_parse_like_utf8(
    text: str, encoding: str, lang: str, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    code, out, _ = cli(capsys, "parse", str(path))
    record = json.loads(out)
    assert (code, record["language"], record["warnings"][0]) == (0, lang, f"decoded as {encoding}")
    assert any(e["text"] == name for e in record["entities"])
    expected = visitparse.parse(text).model_dump(mode="json")
    assert record["visits"] == expected["visits"]
    assert record["entities"] == expected["entities"]


def test_lone_surrogates_from_a_json_dump_are_replaced(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    # A JSON exporter that split a character pair writes "\ud83d" alone: json.loads accepts it.
    dump.write_text('{"id": "s1", "text": "' + RU + ' \\ud83d"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run(BatchConfig(inputs=[str(dump)], out=str(out), workers=1, progress=False))
    assert (summary.parsed, summary.failed) == (1, 0)
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["warnings"][0] == "1 lone surrogate(s) replaced"
    Article.model_validate(record).check_offsets(RU + " \ufffd")


def test_lone_surrogate_in_a_python_string_is_parsed_not_raised() -> None:
    article = visitparse.parse(RU + " \ud800")
    assert article.language == "ru"
    article.check_offsets(RU + " \ufffd")


def test_the_library_parses_a_long_text_piece_by_piece_with_whole_text_offsets() -> None:
    text = "\n\n".join([RU] * 400)
    article = visitparse.Parser(chunk_chars=5_000).parse(text)
    assert article.warnings[0].startswith(f"text of {len(text)} characters parsed in")
    article.check_offsets(text)
    assert len(article.visits) > 1


def test_an_internal_error_is_one_line_with_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object, text: str, **_: object) -> Article:
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(visitparse.Parser, "parse", broken)
    path = tmp_path / "a.txt"
    path.write_text(RU, encoding="utf-8")
    code, out, err = cli(capsys, "parse", str(path))
    expected = f"visitparse: {path}: internal error: RuntimeError: a bug over two lines"
    assert (code, out, one_line(err)) == (1, "", expected)


# --- languages ----------------------------------------------------------------------------------


def test_latin_only_text_is_reported_as_its_language_without_visits() -> None:
    text = "On 12 March the governor welcomed a delegation from the neighbouring region to the museum."
    article = visitparse.parse(text)
    assert (article.language, article.visits, article.entities) == ("en", [], [])
    assert article.warnings == [f"unsupported language 'en': {NOT_PARSED}"]


OTHER_CYRILLIC = {
    "uk": "Делегація з Києва відвідала будинок-інтернат у Львові. Гостей зустрів міністр.",
    "be": "Дэлегацыя з Мінска наведала ўстанову сацыяльнай абароны. Гасцей сустрэў міністр працы.",
    "mk": "Делегацијата од Скопје ја посети општината Битола. Гостите ги пречека градоначалникот.",
    "sr": "Делегација из Београда посетила је општину Ниш. Госте је дочекао градоначелник.",
}


@pytest.mark.parametrize("code", sorted(OTHER_CYRILLIC))
def test_other_cyrillic_languages_keep_their_code_and_give_no_visits(code: str) -> None:
    article = visitparse.parse(OTHER_CYRILLIC[code])
    assert article.language == code
    assert (article.visits, article.entities) == ([], [])
    assert article.warnings == [f"unsupported language {code!r}: {NOT_PARSED}"]


def test_other_cyrillic_languages_in_a_batch_are_failures_with_their_record(tmp_path: Path) -> None:
    dump = tmp_path / "mixed.jsonl"
    rows = [{"id": "ru", "text": RU}, *({"id": c, "text": t} for c, t in sorted(OTHER_CYRILLIC.items()))]
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run(BatchConfig(inputs=[str(dump)], out=str(out), workers=1, progress=False))
    assert (summary.parsed, summary.failed, summary.exit_code) == (1, 4, 1)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["language"], len(r["visits"]) > 0) for r in records] == [
        ("ru", "ru", True),
        ("be", "be", False),
        ("mk", "mk", False),
        ("sr", "sr", False),
        ("uk", "uk", False),
    ]
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert {e["doc_id"]: e["reason"] for e in errors} == {
        c: f"unsupported language {c}" for c in OTHER_CYRILLIC
    }


@pytest.mark.parametrize(("first", "second", "lang"), [(RU, BG, "ru"), (BG, RU, "bg")])
def test_mixed_russian_and_bulgarian_text_is_parsed_as_the_leading_language(
    first: str, second: str, lang: str
) -> None:
    # The leading language is written twice, so it has the most letters of its own.
    text = f"{first}\n\n{first}\n\n{second}"
    article = visitparse.parse(text)
    assert article.language == lang
    article.check_offsets(text)
    assert article.visits
    assert visitparse.parse(text).model_dump() == article.model_dump()


# --- size: long articles, lines and tokens ------------------------------------------------------


def test_text_over_max_chars_is_refused_with_the_option_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(RU * 20, encoding="cp1251")
    code, out, err = cli(capsys, "parse", str(path), "--max-chars", "1000")
    reason = "input larger than 1000 characters (see --max-chars)"
    assert (code, out, one_line(err)) == (2, "", f"visitparse: {path}: {reason}")
    # Over four bytes a character it is refused before being read or decoded.
    code, _, err = cli(capsys, "parse", str(path), "--max-chars", "100")
    assert (code, one_line(err)) == (
        2,
        f"visitparse: {path}: input larger than 100 characters (see --max-chars)",
    )


def test_stdin_over_max_chars_is_refused_without_reading_it_all(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO((RU * 1000).encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    code, out, err = cli(capsys, "parse", "-", "--max-chars", "50")
    assert (code, out) == (2, "")
    assert one_line(err) == "visitparse: <stdin>: input larger than 50 characters (see --max-chars)"
    assert Stdin.buffer.tell() == 201  # 4 bytes a character, plus one to see that there is more


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_bad_max_chars_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "-", "--max-chars", value])
    assert info.value.code == 2
    assert "not a positive whole number" in capsys.readouterr().err


def test_split_text_cuts_at_paragraphs_and_covers_the_text() -> None:
    paragraphs = [f"Абзац {n}. " + "Слово " * (n % 7 + 5) for n in range(60)]
    text = "\n\n".join(paragraphs)
    pieces = split_text(text, 400)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(len(p) <= 400 for _, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])  # every cut is at a blank line


def test_split_text_falls_back_to_sentences_spaces_and_hard_cuts() -> None:
    assert [p for _, p in split_text("Один. Два. Три. Четыре.", 12)] == ["Один. Два. ", "Три. Четыре."]
    assert [p for _, p in split_text("один два три четыре", 10)] == ["один два ", "три четыре"]
    assert [p for _, p in split_text("я" * 25, 10)] == ["я" * 10, "я" * 10, "я" * 5]
    assert split_text("", 10) == []


def test_long_article_is_parsed_in_pieces_with_offsets_into_the_whole_text() -> None:
    text = "\n\n".join([RU, BG.replace("Бургас", "Варна"), RU] * 4)  # ru dominates
    whole = visitparse.parse(text, published="2025-05-01")
    article = parse_in_chunks(visitparse.Parser(), text, chunk_chars=600, published="2025-05-01")
    article.check_offsets(text)
    assert article.language == "ru" and article.published == "2025-05-01"
    n_pieces = len(split_text(text, 600))
    assert n_pieces >= 3
    assert article.warnings[0] == f"text of {len(text)} characters parsed in {n_pieces} pieces of up to 600"
    assert article.visits
    assert {v.start_date for v in article.visits} <= {v.start_date for v in whole.visits}
    # Names are found the same way piece by piece as in one go.
    assert [(e.start, e.text) for e in article.entities if e.label == "PER"] == [
        (e.start, e.text) for e in whole.entities if e.label == "PER"
    ]
    for visit in article.visits:
        for region in visit.regions:
            for ev in region.evidence:
                assert text[ev.start : ev.end] == ev.text


def test_long_article_in_another_language_is_not_chunked() -> None:
    text = (OTHER_CYRILLIC["uk"] + "\n\n") * 50
    article = parse_in_chunks(visitparse.Parser(), text, chunk_chars=500)
    assert (article.language, article.visits) == ("uk", [])


def test_one_huge_line_and_one_huge_token_finish_quickly() -> None:
    line = "Делегация из Уфы посетила Оренбург, " * 600  # 21 600 characters, no sentence end
    token = "Делегация " + "о" * 100_000 + " посетила Уфу."
    for text in (line, token):
        started = time.perf_counter()
        article = parse_in_chunks(visitparse.Parser(), text, chunk_chars=4000)
        assert time.perf_counter() - started < 60  # seconds on two busy cores; hours when quadratic
        assert article.language == "ru"
        article.check_offsets(text)


# --- HTML, dumps and duplicate ids in a batch ---------------------------------------------------


def test_batch_of_messy_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "deep.html").write_text(
        "<html><body>" + "<div>" * 5000 + f"<p>{RU}</p>" + "</div>" * 4000 + "<script>track('<p>')</script>",
        encoding="utf-8",
    )
    (folder / "script-only.html").write_text("<html><body><script>alert(1)</script></body></html>")
    (folder / "comment.html").write_bytes(
        f"<html><head><meta charset=windows-1251></head><body><p>{BG}</p><!-- не закрыт <p>".encode("cp1251")
    )
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        "\n".join(
            [
                json.dumps({"id": "same", "text": RU}, ensure_ascii=False),
                '{"id": "cut", "text": "Делегация из',
                "[1, 2]",
                json.dumps({"id": "same", "text": BG}, ensure_ascii=False),
                json.dumps({"id": "nul", "text": RU + "\u0000"}),
                "x" * 70_000,
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    table = tmp_path / "dump.csv"
    table.write_text(f'id,text\nsame,"{RU}\n\n""{BG}"""\nq,"{RU} Незакрытая ""кавычка\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"

    code = main(
        ["batch", str(folder), str(dump), str(table), "-o", str(out), "-w", "1", "--max-bytes", "60000"]
    )

    assert code == 1
    records = {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert list(records) == ["comment.html", "deep.html", "same", "same#2", "same#3", "q"]
    assert records["deep.html"]["language"] == "ru" and records["deep.html"]["visits"]
    assert records["comment.html"]["language"] == "bg"
    assert records["same#2"]["language"] == "bg"
    assert "duplicate doc_id 'same' renamed 'same#2'" in records["same#2"]["warnings"]
    assert "duplicate doc_id 'same' renamed 'same#3'" in records["same#3"]["warnings"]
    assert records["same#3"]["language"] == "bg"  # the CSV row: a short ru and a longer bg paragraph
    assert records["q"]["language"] == "ru"
    for record in records.values():
        Article.model_validate(record)
    errors = {e["doc_id"]: e["reason"] for e in map(json.loads, (tmp_path / "out.errors.jsonl").open())}
    assert errors == {
        "script-only.html": "no text found in the HTML page",
        "dump.jsonl:2": errors["dump.jsonl:2"],
        "dump.jsonl:3": "line 3 is not a JSON object",
        "nul": "binary data (NUL bytes)",
        "dump.jsonl:6": "line longer than 60000 characters",
    }
    assert errors["dump.jsonl:2"].startswith("malformed JSON on line 2: ")
    err = capsys.readouterr().err
    assert one_line(err).startswith("visitparse batch: parsed 6, failed 5, ")


def test_batch_max_chars_and_strict(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"id": "long", "text": RU * 10}) + "\n" + json.dumps({"id": "short", "text": RU}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    options = WorkerOptions(max_chars=1000, strict=True)
    summary = run(BatchConfig(inputs=[str(dump)], out=str(out), workers=1, progress=False, options=options))
    assert (summary.parsed, summary.failed) == (1, 1)
    errors = {e["doc_id"]: e["reason"] for e in map(json.loads, (tmp_path / "out.errors.jsonl").open())}
    assert errors == {"long": "input larger than 1000 characters (see --max-chars)"}

"""The ``render``, ``merge`` and ``report`` subcommands of ``visitparse``.

Same habits as ``parse``: bad input exits 2 with one line on stderr naming the file; output
goes to ``-o FILE`` or, without it, to stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from visitparse.io.decode import InputError, read_text_file

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _fail(name: str, reason: str) -> int:
    print(f"visitparse: {name}: {reason}", file=sys.stderr)
    return EXIT_BAD_INPUT


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8") as out:
        yield out


@contextmanager
def _lines(path: str) -> Iterator[TextIO]:
    if path == "-":
        yield sys.stdin
        return
    with open(path, encoding="utf-8") as src:
        yield src


def add_view_commands(sub: Any) -> None:
    """Add ``render``, ``merge`` and ``report`` to the subparsers ``sub`` of the main command."""
    r = sub.add_parser(
        "render",
        help="an HTML page of one article with the evidence of every fact marked",
        description="Parse one article and write an HTML page showing its text with the words behind "
        "every region, official, institution and date marked (displaCy), and the visit records beside it.",
    )
    r.add_argument("file", metavar="ARTICLE", help="the article text file")
    r.add_argument("-o", "--output", metavar="FILE", help="the HTML file to write (default: stdout)")
    r.add_argument("--record", metavar="JSON", help="use this record of the article instead of parsing it")
    r.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, as for parse")
    r.add_argument("--lang", choices=("ru", "bg"), help="skip language detection")
    r.add_argument("--id", dest="doc_id", metavar="ID", help="document id to show")
    r.set_defaults(func=_run_render)

    m = sub.add_parser(
        "merge",
        help="one record per real visit from the visit records of many articles",
        description="Cluster the visit records of different articles that describe the same visit "
        "(overlapping dates or, without dates, the same publication week; the same host region; a shared "
        "official or institution; no conflict of sides) and write one merged record per visit, with its "
        "sources and the union of their facts, as JSON Lines.",
    )
    m.add_argument("file", metavar="OUT.jsonl", help="article records from parse or batch (- for stdin)")
    m.add_argument("-o", "--output", metavar="FILE", help="the JSON Lines file to write (default: stdout)")
    m.add_argument("--tmp-dir", metavar="DIR", help="where to spool temporary files (default: the system's)")
    m.add_argument(
        "--workers",
        type=int,
        default=min(4, os.cpu_count() or 1),
        metavar="N",
        help="processes that match the blocks (default: the cores, at most 4; the output is the same)",
    )
    m.set_defaults(func=_run_merge)

    p = sub.add_parser(
        "report",
        help="a self-contained HTML report of an archive's records",
        description="Write an HTML report of article records: counts, a timeline of visits, the network of "
        "regions (guest -> host), the most frequent officials and institutions, and the sources. The page "
        "needs no network.",
    )
    p.add_argument("file", metavar="OUT.jsonl", help="article records from parse or batch")
    p.add_argument("-o", "--output", metavar="FILE", help="the HTML file to write (default: stdout)")
    p.add_argument(
        "--texts",
        metavar="DIR",
        help="folder of the source texts (the batch input folder): the evidence view of each source "
        "found there is written beside the report (REPORT_files/) and linked; needs -o",
    )
    p.add_argument("--title", default="visitparse report", help="the report's heading")
    p.set_defaults(func=_run_report)


def _run_render(args: argparse.Namespace) -> int:
    from visitparse.schema import Article
    from visitparse.views.render import render_html

    try:
        text = read_text_file(args.file).text
    except InputError as exc:
        return _fail(args.file, str(exc))
    if args.record:
        try:
            article = Article.model_validate_json(Path(args.record).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            return _fail(args.record, " ".join(str(exc).split())[:300])
    else:
        from visitparse import parse

        try:
            article = parse(text, published=args.published, doc_id=args.doc_id, lang=args.lang)
        except ValueError as exc:
            return _fail(args.file, str(exc))
    with _output(args.output) as out:
        out.write(render_html(article, text))
    return EXIT_OK


def _run_merge(args: argparse.Namespace) -> int:
    from visitparse.merge import merge_lines

    try:
        with _lines(args.file) as src, _output(args.output) as out:
            stats = merge_lines(src, out, tmp_dir=args.tmp_dir, workers=args.workers)
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(args.file, str(exc))
    print(
        f"visitparse: merge: {stats.articles} articles, {stats.visits} visits"
        f" -> {stats.merged} merged visits",
        file=sys.stderr,
    )
    if stats.bad_lines:
        return _fail(
            args.file, f"{len(stats.bad_lines)} lines are not JSON objects (first: {stats.bad_lines[0]})"
        )
    return EXIT_OK


def _records(path: str) -> Iterator[dict[str, Any]]:
    from visitparse.merge.cluster import json_objects

    def bad(number: int) -> None:
        raise InputError(f"line {number} is not a JSON object", name=path)

    with open(path, encoding="utf-8") as src:
        yield from json_objects(src, bad)


def text_finder(folder: Path) -> Callable[[str], str | None]:
    """doc_id -> text of ``folder/doc_id`` (batch ids are paths in the folder) or ``folder/doc_id.txt``."""

    def find(doc_id: str) -> str | None:
        for candidate in (folder / doc_id, folder / f"{doc_id}.txt"):
            try:
                if candidate.is_file() and candidate.resolve().is_relative_to(folder.resolve()):
                    return read_text_file(str(candidate)).text
            except (InputError, OSError):
                return None
        return None

    return find


def _run_report(args: argparse.Namespace) -> int:
    try:
        from visitparse.views.report import Summary, render_sources, report_html
    except ImportError as exc:
        return _fail("report", f"needs the views extra (pip install 'visitparse[views]'): {exc}")
    if args.texts and not args.output:
        return _fail("report", "--texts needs -o: the evidence views are written beside the report")
    summary = Summary()
    renders: dict[str, str] = {}
    try:
        for record in _records(args.file):
            summary.add(record)
        if args.texts:
            out = Path(args.output)
            folder = f"{out.stem}_files"
            renders = render_sources(
                _records(args.file), text_finder(Path(args.texts)), out.parent / folder, folder
            )
    except InputError as exc:
        return _fail(args.file, str(exc))
    except OSError as exc:
        return _fail(args.file, exc.strerror or str(exc))
    with _output(args.output) as dst:
        dst.write(report_html(summary, title=args.title, renders=renders))
    return EXIT_OK

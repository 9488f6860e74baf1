"""The ``visitparse`` command line.

``visitparse parse FILE|-`` prints one article's record as JSON;
``visitparse batch ...`` processes archives; ``visitparse schema`` prints the
JSON Schema of the output; ``render``, ``merge`` and ``report`` (in
:mod:`visitparse.views.commands`) show and merge the records. Bad input exits with status 2 and one line on
stderr naming the input, never a traceback; an internal error of the parser
exits with status 1, also with one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from visitparse import __version__
from visitparse.batch import add_batch_command
from visitparse.io.chunks import DEFAULT_CHUNK_CHARS
from visitparse.io.decode import InputError
from visitparse.io.sources import SourceDocument, document_from_bytes, read_document
from visitparse.parser import DEFAULT_MAX_CHARS, Parser
from visitparse.schema import json_schema
from visitparse.views.commands import add_view_commands

EXIT_OK, EXIT_PARTIAL, EXIT_BAD_INPUT = 0, 1, 2


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _lang(value: str) -> str:
    value = value.lower()
    if value not in ("ru", "bg"):
        raise argparse.ArgumentTypeError("supported languages are ru and bg")
    return value


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``visitparse`` command."""
    ap = argparse.ArgumentParser(
        prog="visitparse",
        description="Turn Russian and Bulgarian articles about official visits into structured JSON records.",
        epilog="Examples:\n  visitparse parse article.txt --indent 2\n"
        "  cat article.txt | visitparse parse - --published 2025-02-10\n"
        "  visitparse batch archive/ dump.jsonl -o visits.jsonl\n  visitparse schema\n"
        "  visitparse render article.txt -o view.html\n"
        "  visitparse merge visits.jsonl -o visits.merged.jsonl\n"
        "  visitparse report visits.jsonl -o report.html --texts archive/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"visitparse {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser(
        "parse",
        help="parse one article and print its record as JSON",
        description="Parse one article (a text or HTML file in UTF-8, cp1251, koi8-r ..., or - for "
        "stdin), read as 'batch' reads it, and print its record as JSON on stdout. An HTML page gives "
        "its main text, title, URL and publication date.",
    )
    p.add_argument("file", metavar="FILE", help="the article text file, or - to read standard input")
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date, used to resolve dates without a year and relative dates",
    )
    p.add_argument("--id", dest="doc_id", metavar="ID", help="document id to put in the record")
    p.add_argument("--lang", type=_lang, metavar="ru|bg", help="skip language detection")
    p.add_argument("--indent", type=int, default=None, metavar="N", help="pretty-print with N spaces")
    p.add_argument(
        "--max-chars",
        type=_positive,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse texts longer than N characters with exit status 2 (default {DEFAULT_MAX_CHARS})",
    )
    p.add_argument(
        "--chunk-chars",
        type=_positive,
        default=DEFAULT_CHUNK_CHARS,
        metavar="N",
        help="parse texts longer than N characters piece by piece, cut at paragraph breaks, so that "
        f"time and memory grow linearly with the length (default {DEFAULT_CHUNK_CHARS})",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 2 when the record carries warnings (e.g. unsupported language)",
    )
    p.set_defaults(func=_run_parse)

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the output",
        description="Print the JSON Schema of one article's record.",
    )
    s.add_argument("--indent", type=int, default=2, metavar="N")
    s.set_defaults(func=_run_schema)

    add_batch_command(sub)
    add_view_commands(sub)
    return ap


def _fail(name: str, reason: str) -> int:
    print(f"visitparse: {name}: {reason}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _read(path: str, max_chars: int) -> SourceDocument:
    """Read the input as a batch reads a file (encodings, HTML main text, title and date),
    refusing it early when it is over ``max_chars`` characters."""
    too_long = f"input larger than {max_chars} characters (see --max-chars)"
    max_bytes = max_chars * 4  # no encoding we read takes more than 4 bytes a character
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)  # bounded: never swallow an endless pipe
        if len(data) > max_bytes:
            raise InputError(too_long, name="<stdin>")
        doc = document_from_bytes(data, name="<stdin>")
    else:
        try:
            doc = read_document(path, max_bytes=max_bytes)
        except InputError as exc:
            if exc.reason.startswith("input larger than"):
                raise InputError(too_long, name=path) from None
            raise
    if len(doc.text) > max_chars:
        raise InputError(too_long, name=path)
    return doc


def _run_parse(args: argparse.Namespace) -> int:
    name = "<stdin>" if args.file == "-" else args.file
    try:
        doc = _read(args.file, args.max_chars)
    except InputError as exc:
        return _fail(name, str(exc))
    try:
        parser = Parser(max_chars=args.max_chars, chunk_chars=args.chunk_chars)
        published = args.published or doc.published
        article = parser.parse(doc.text, published=published, doc_id=args.doc_id, lang=args.lang)
    except Exception as exc:  # a bug, not bad input: still one line, naming the input
        reason = " ".join(f"internal error: {type(exc).__name__}: {exc}".split())[:300]
        print(f"visitparse: {name}: {reason}", file=sys.stderr)
        return EXIT_PARTIAL
    article.warnings = [*doc.warnings, *article.warnings]
    article.url, article.title = doc.url, doc.title
    print(json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=args.indent))
    if args.strict and article.warnings:
        return _fail(name, "; ".join(article.warnings))
    return EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=args.indent))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``visitparse`` console script."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        print("visitparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into head & co.
        return EXIT_OK
    return code


if __name__ == "__main__":
    sys.exit(main())

"""The ``visitparse batch`` command: arguments, configuration, summary line and exit status."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from visitparse.batch.backends import default_workers
from visitparse.batch.errors import EXIT_USAGE, UsageError
from visitparse.batch.runner import BatchConfig, run
from visitparse.batch.worker import DEFAULT_CHUNK_SIZE, WorkerOptions, parsing_gc
from visitparse.io.chunks import DEFAULT_CHUNK_CHARS
from visitparse.io.sources import DEFAULT_MAX_BYTES, FieldNames

__all__ = ["add_batch_command", "config_from_args", "run_batch"]


def add_batch_command(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``batch`` subcommand on an ``argparse`` subparsers object."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="parse folders and dumps of articles into a JSON Lines file",
        description=(
            "Parse every document of the inputs and write one article record per line to OUT,\n"
            "in input order. Inputs: folders (searched recursively for .txt, .html, .htm and\n"
            ".json files and .jsonl/.ndjson/.csv/.tsv dumps), dumps, or single files. Text\n"
            "encodings (UTF-8, cp1251, koi8-r, ...) are detected; HTML pages are reduced to their\n"
            "main text. Failed documents are listed with the reason in the errors file and never\n"
            "stop the run; documents not in Russian or Bulgarian count as failures but keep their\n"
            "record. Files of a folder that are none of these (and hidden ones) are not read:\n"
            "the summary line counts and names them, and so does the errors file."
        ),
        epilog=(
            "exit status: 0 all documents parsed, 1 some failed, 2 usage error, 130 interrupted\n\n"
            "examples:\n"
            "  visitparse batch archive/ -o visits.jsonl\n"
            "  visitparse batch dump.csv --text-field body --id-field url -o visits.jsonl --parquet tables/\n"
            "  visitparse batch archive/ -o visits.jsonl --resume       # continue after Ctrl-C\n"
            "  visitparse batch dump.jsonl -o visits.jsonl --dask tcp://scheduler:8786"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, .jsonl/.csv dumps or files")
    p.add_argument(
        "-o", "--output", dest="out", required=True, metavar="OUT.jsonl", help="output JSON Lines file"
    )
    p.add_argument("--errors", metavar="FILE", help="errors file (default: OUT with suffix .errors.jsonl)")
    p.add_argument(
        "--parquet",
        metavar="DIR",
        help="also write Parquet tables articles, visits, regions, officials, institutions to DIR "
        "(joined by doc_id and visit_index; needs pyarrow)",
    )
    p.add_argument(
        "-w",
        "--workers",
        type=int,
        default=default_workers(),
        metavar="N",
        help="worker processes, each loading the models once (default: all cores, %(default)s)",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' for an "
        "embedded cluster of --workers processes (needs dask.distributed)",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run: skip documents whose doc_id is already in OUT",
    )
    mode.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    p.add_argument("--lang", metavar="ru|bg", help="treat every document as this language (no detection)")
    p.add_argument(
        "--strict", action="store_true", help="count documents whose record has warnings as failures"
    )
    p.add_argument(
        "--max-chars",
        type=int,
        metavar="N",
        help="documents longer than N characters fail with a clear reason (default: no such check; "
        "the parser cuts texts over its own limit and says so in the record's warnings)",
    )
    p.add_argument(
        "--chunk-chars",
        type=int,
        default=DEFAULT_CHUNK_CHARS,
        metavar="N",
        help="parse documents longer than N characters piece by piece, cut at paragraph breaks "
        "(default %(default)s)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="files (and dump lines) larger than N bytes fail unread (default %(default)s)",
    )
    p.add_argument(
        "--chunk-size",
        type=int,
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help="documents sent to a worker at a time (default %(default)s)",
    )
    progress = p.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar (default: only on a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    fields = p.add_argument_group("dump fields", "names of the fields of .jsonl/.csv dumps and .json files")
    defaults = FieldNames()
    for name in ("id", "text", "published", "url", "title"):
        fields.add_argument(
            f"--{name}-field", default=getattr(defaults, name), metavar="NAME", help="(default: %(default)s)"
        )
    fields.add_argument("--csv-delimiter", metavar="CHAR", help="CSV delimiter (default: , and tab for .tsv)")
    p.set_defaults(func=run_batch)
    return p


def config_from_args(args: argparse.Namespace) -> BatchConfig:
    """A :class:`BatchConfig` from the parsed ``batch`` arguments."""
    lang = args.lang.lower() if args.lang else None
    return BatchConfig(
        inputs=list(args.inputs),
        out=args.out,
        errors=args.errors,
        parquet=args.parquet,
        workers=args.workers,
        dask=args.dask,
        resume=args.resume,
        overwrite=args.overwrite,
        fields=FieldNames(
            args.id_field, args.text_field, args.published_field, args.url_field, args.title_field
        ),
        csv_delimiter=args.csv_delimiter,
        chunk_size=args.chunk_size,
        max_bytes=args.max_bytes,
        options=WorkerOptions(
            max_chars=args.max_chars, lang=lang, strict=args.strict, chunk_chars=args.chunk_chars
        ),
        progress=args.progress,
    )


def run_batch(args: argparse.Namespace) -> int:
    """The ``batch`` command: run, print the summary line on stderr, return the exit status."""
    try:
        config = config_from_args(args)
        if config.workers == 1 and not config.dask:
            with parsing_gc():  # this process does the parsing itself
                summary = run(config)
        else:
            summary = run(config)
    except UsageError as exc:
        print(f"visitparse batch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # the output cannot be written (permissions, disk full, ...)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"visitparse batch: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(summary.line(config.errors_path), file=sys.stderr)
    if not (summary.parsed or summary.failed or summary.skipped or summary.interrupted):
        print(
            "visitparse batch: error: no documents found in the inputs "
            "(folders are searched for .txt, .html, .htm, .json, .jsonl, .ndjson, .csv and .tsv files)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return summary.exit_code

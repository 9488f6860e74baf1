"""Documents from folders and dumps, streamed one at a time.

Inputs:

* a folder: every input under it, recursively, folder by folder (a folder's files, sorted,
  before its sub-folders, sorted): ``.txt``, ``.html``, ``.htm`` and ``.json`` files, and
  ``.jsonl``/``.ndjson``/``.csv``/``.tsv`` dumps read row by row as below.  ``doc_id`` is
  the path relative to the folder (``2024/05/visit.txt``), the ``id`` field of a ``.json``
  file or dump row, else ``<relative dump path>:<line>``.  Every other file, and every
  hidden file or folder (not searched), is yielded as an ``unread`` failure that names it,
  so that nothing in an archive is left out without a word;
* a ``.jsonl`` / ``.ndjson`` dump: one JSON object per line;
* a ``.csv`` / ``.tsv`` dump with a header row (embedded newlines in quoted fields are fine);
* a single file of any other kind: read as text (HTML when it looks like HTML).

Every item has a ``kind`` (:func:`kind_of`: ``txt``, ``html``, ``json``, ``jsonl``, ``csv``,
``tsv``, ``text`` for another file given by name, ``unread``), which the batch summary counts by.

Dump rows are read by field name (:class:`FieldNames`, defaults ``id``, ``text``,
``published``, ``url``, ``title``); ``doc_id`` is the row's id, else ``<dump name>:<line>``.
A dump's text field that holds a whole HTML page is run through the HTML extractor.
Dump texts are otherwise used verbatim, so offsets refer to the text exactly as in the dump;
texts read from files are normalised by :mod:`visitparse.io.decode` (newlines, NFC).

Nothing is ever raised for a bad document: malformed lines, rows without text, unreadable
files are yielded as :class:`SourceFailure` with an id and a one-line reason.  Nothing is
dropped either: a repeated ``doc_id`` is kept, renamed ``<id>#2``, ``<id>#3`` ... in input
order, with a warning on the document.  Dumps are streamed line by line, never loaded whole.

With ``lazy=True`` files are yielded as :class:`PendingFile` and read by
:func:`resolve_document`, so that a batch runner can do the reading, decoding and HTML
extraction in its worker processes.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from visitparse.io.decode import InputError, decode_bytes, detect_encoding
from visitparse.io.html import extract_html, looks_like_html

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FOLDER_SUFFIXES",
    "UNREAD",
    "FieldNames",
    "PendingFile",
    "SourceDocument",
    "SourceFailure",
    "SourceItem",
    "document_from_bytes",
    "iter_sources",
    "kind_of",
    "normalize_published",
    "read_document",
    "resolve_document",
]

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FILE_SUFFIXES = frozenset({".txt", ".json", *HTML_SUFFIXES})
# Everything a folder search reads; other files are named as unread.
FOLDER_SUFFIXES = FILE_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
UNREAD = "unread"
_KINDS = {".htm": "html", ".ndjson": "jsonl"}
DEFAULT_MAX_BYTES = 50_000_000  # one file or one dump field; larger ones are refused, not read
_SNIFF_BYTES = 1 << 20

_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset[ \t]{0,5}=[ \t]{0,5}[\"']?([A-Za-z0-9_-]{2,30})", re.I)


@dataclass(frozen=True)
class FieldNames:
    """Names of a dump's fields (JSONL keys, CSV header columns)."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    url: str = "url"
    title: str = "title"


@dataclass(frozen=True)
class SourceDocument:
    """One document ready to parse: its text and what is known about it."""

    doc_id: str
    text: str
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    title: str | None = None
    path: str | None = None  # the file, or "dump.jsonl:17" for a dump row
    warnings: tuple[str, ...] = ()
    kind: str = "text"  # see kind_of


@dataclass(frozen=True)
class SourceFailure:
    """A document that could not be read: its id, where it came from and why."""

    doc_id: str
    source: str
    reason: str
    kind: str = "text"  # see kind_of; "unread" for a file of an archive that is no input


@dataclass(frozen=True)
class PendingFile:
    """A file found but not read yet (see :func:`resolve_document`)."""

    doc_id: str
    path: str
    max_bytes: int | None = DEFAULT_MAX_BYTES
    warnings: tuple[str, ...] = field(default=())
    data: bytes | None = None  # the file's bytes, when read ahead (for workers on other machines)
    kind: str = "text"  # see kind_of

    def read_ahead(self) -> PendingFile:
        """The same file with its bytes loaded, so that it can be resolved elsewhere."""
        return replace(self, data=_read_bytes(Path(self.path), self.max_bytes))


SourceItem = SourceDocument | SourceFailure | PendingFile


def iter_sources(
    inputs: Iterable[str | Path],
    *,
    fields: FieldNames | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    csv_delimiter: str | None = None,
    lazy: bool = False,
) -> Iterator[SourceItem]:
    """Yield every document of ``inputs`` in a stable order, failures included.

    Without ``lazy`` only :class:`SourceDocument` and :class:`SourceFailure` are yielded.
    """
    fields = fields or FieldNames()
    raw = _iter_raw(inputs, fields, max_bytes, csv_delimiter)
    for item in _dedupe(raw):
        if lazy or isinstance(item, SourceFailure):
            yield item
            continue
        try:
            yield resolve_document(item)
        except InputError as exc:
            yield SourceFailure(item.doc_id, _source_of(item), str(exc), kind=item.kind)


def kind_of(path: str | Path, *, in_folder: bool = False) -> str:
    """The kind of input a file is by its name: its suffix (``.htm`` is ``html``, ``.ndjson``
    ``jsonl``), ``text`` for a file of another suffix given by name, ``unread`` in a folder."""
    suffix = Path(path).suffix.lower()
    if suffix in FOLDER_SUFFIXES:
        return _KINDS.get(suffix, suffix[1:])
    return UNREAD if in_folder else "text"


def read_document(
    path: str | Path, *, doc_id: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> SourceDocument:
    """One text or HTML file read exactly as a batch reads it; raises :class:`InputError`.

    Encodings are detected, HTML pages give their main text, title, URL and publication date.
    """
    path = Path(path)
    return _read_file(PendingFile(doc_id or path.name, str(path), max_bytes, kind=kind_of(path)))


def document_from_bytes(data: bytes, *, name: str, doc_id: str | None = None) -> SourceDocument:
    """A document from bytes that have no file name (standard input), read as a file is."""
    return _document(doc_id or name, data, name, is_html=False, warnings=(), kind="text")


def resolve_document(item: SourceDocument | PendingFile) -> SourceDocument:
    """Read a pending file, or extract the text of an HTML dump field; raises :class:`InputError`."""
    if isinstance(item, PendingFile):
        return _read_file(item)
    if looks_like_html(item.text):
        page = extract_html(item.text, url=item.url)
        if not page.text.strip():
            raise InputError("no text found in the HTML page")
        return replace(
            item,
            text=page.text,
            title=item.title or page.title,
            published=item.published or page.published,
            url=item.url or page.url,
        )
    return item


def normalize_published(value: object) -> tuple[str | None, str | None]:
    """A ``YYYY-MM-DD`` publication date from a dump value, and a warning when unreadable.

    Accepts ISO dates and timestamps (``2025-02-10T09:00:00+03:00``), ``10.02.2025`` and
    ``2025/02/10``; anything else gives ``None`` and a warning (the document is still parsed).
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime | dt.date):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat(), None
    text = str(value).strip()
    for pattern, order in ((_YMD, (1, 2, 3)), (_DMY, (3, 2, 1))):
        m = pattern.match(text)
        if m:
            y, mo, d = (int(m.group(i)) for i in order)
            try:
                return dt.date(y, mo, d).isoformat(), None
            except ValueError:
                break
    return None, f"unreadable published date {text[:40]!r} ignored"


# --- inputs -> raw items ---------------------------------------------------------------------------


def _iter_raw(
    inputs: Iterable[str | Path], fields: FieldNames, max_bytes: int | None, csv_delimiter: str | None
) -> Iterator[SourceItem]:
    for entry in inputs:
        path = Path(entry)
        if path.is_dir():
            yield from _iter_folder(path, fields, max_bytes, csv_delimiter)
        elif not path.exists():
            yield SourceFailure(
                path.name or str(path), str(path), "no such file or directory", kind=kind_of(path)
            )
        else:
            yield from _iter_file(path, path.name, fields, max_bytes, csv_delimiter)


def _iter_file(
    path: Path, rel: str, fields: FieldNames, max_bytes: int | None, csv_delimiter: str | None
) -> Iterator[SourceItem]:
    """The items of one file, by its kind; ``rel`` names it (and its rows) in ids."""
    kind = kind_of(path)
    if kind == "jsonl":
        yield from _iter_jsonl(path, rel, fields, max_bytes)
    elif kind in ("csv", "tsv"):
        delimiter = csv_delimiter or ("\t" if kind == "tsv" else ",")
        yield from _iter_csv(path, rel, fields, max_bytes, delimiter, kind)
    elif kind == "json":
        yield from _iter_json_file(path, rel, fields, max_bytes)
    else:
        yield PendingFile(rel, str(path), max_bytes, kind=kind)


def _iter_folder(
    root: Path, fields: FieldNames, max_bytes: int | None, csv_delimiter: str | None
) -> Iterator[SourceItem]:
    unlisted: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted.append):
        while unlisted:  # a sub-folder that cannot be listed is named, not passed over
            yield _unlisted(root, unlisted.pop(0))
        # Sorted: the same folder always gives the same order.  Hidden folders are not
        # searched (.git, .cache ...) but named.
        hidden = sorted(d for d in dirnames if d.startswith("."))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if name.startswith("."):
                yield _unread(root, path, "hidden file")
            elif kind_of(path, in_folder=True) == UNREAD:
                yield _unread(root, path, f"not an input kind ({', '.join(sorted(FOLDER_SUFFIXES))})")
            else:
                rel = path.relative_to(root).as_posix()
                yield from _iter_file(path, rel, fields, max_bytes, csv_delimiter)
        for name in hidden:
            yield _unread(root, Path(dirpath, name), "hidden folder, not searched", folder=True)
    for exc in unlisted:
        yield _unlisted(root, exc)


def _unlisted(root: Path, exc: OSError) -> SourceFailure:
    where = Path(exc.filename or root)
    return _unread(root, where, f"folder cannot be listed ({exc.strerror or exc})", folder=True)


def _unread(root: Path, path: Path, why: str, *, folder: bool = False) -> SourceFailure:
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    rel = f"{rel}/" if folder else rel
    return SourceFailure(rel, str(path), f"not read: {why}", kind=UNREAD)


def _iter_json_file(path: Path, rel: str, fields: FieldNames, max_bytes: int | None) -> Iterator[SourceItem]:
    """A ``.json`` file: one document object, or a list of them (ids ``<rel>#<n>`` when missing)."""
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(f"input larger than {max_bytes} bytes")
        data = json.loads(path.read_bytes())
    except InputError as exc:
        yield SourceFailure(rel, str(path), str(exc), kind="json")
        return
    except (OSError, ValueError) as exc:
        yield SourceFailure(rel, str(path), f"malformed JSON: {_one_line(exc)}", kind="json")
        return
    if isinstance(data, dict):
        yield _from_record(data, fields, default_id=rel, source=str(path), kind="json")
    elif isinstance(data, list):
        for n, record in enumerate(data, 1):
            where = f"{path}#{n}"
            if isinstance(record, dict):
                yield _from_record(record, fields, default_id=f"{rel}#{n}", source=where, kind="json")
            else:
                yield SourceFailure(f"{rel}#{n}", where, "not a JSON object", kind="json")
    else:
        yield SourceFailure(rel, str(path), "not a JSON object or list of objects", kind="json")


def _iter_jsonl(path: Path, rel: str, fields: FieldNames, max_bytes: int | None) -> Iterator[SourceItem]:
    try:
        encoding = _sniff_encoding(path)
        handle = path.open(encoding=encoding, errors="replace", newline="\n")
    except OSError as exc:
        yield SourceFailure(rel, str(path), f"cannot read file ({exc.strerror})", kind="jsonl")
        return
    with handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            default_id = f"{rel}:{line_no}"
            if max_bytes is not None and len(line) > max_bytes:
                yield SourceFailure(
                    default_id, where, f"line longer than {max_bytes} characters", kind="jsonl"
                )
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield SourceFailure(
                    default_id, where, f"malformed JSON on line {line_no}: {_one_line(exc)}", kind="jsonl"
                )
                continue
            if not isinstance(record, dict):
                yield SourceFailure(default_id, where, f"line {line_no} is not a JSON object", kind="jsonl")
                continue
            yield _from_record(record, fields, default_id=default_id, source=where, kind="jsonl")


def _iter_csv(
    path: Path, rel: str, fields: FieldNames, max_bytes: int | None, delimiter: str, kind: str
) -> Iterator[SourceItem]:
    # The field limit bounds memory when an unterminated quote swallows the rest of the file;
    # csv resumes at the next line after the error.  (It is a process-wide setting.)
    limit = max_bytes or DEFAULT_MAX_BYTES
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    try:
        encoding = _sniff_encoding(path)
        handle = path.open(encoding=encoding, errors="replace", newline="")
    except OSError as exc:
        yield SourceFailure(rel, str(path), f"cannot read file ({exc.strerror})", kind=kind)
        return
    with handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield SourceFailure(rel, str(path), f"malformed CSV header: {_one_line(exc)}", kind=kind)
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        if fields.text not in header:
            yield SourceFailure(rel, str(path), f"CSV has no {fields.text!r} column", kind=kind)
            return
        record_no = 0
        while True:
            start_line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                record_no += 1
                default_id = f"{rel}:{start_line}"
                where = f"{path}:{start_line}"
                reason = f"malformed CSV record at line {start_line}: {_one_line(exc)}"
                yield SourceFailure(default_id, where, reason, kind=kind)
                continue
            if not row or not any(cell.strip() for cell in row):
                continue
            record_no += 1
            default_id = f"{rel}:{start_line}"
            where = f"{path}:{start_line}"
            if len(row) != len(header):
                # The id column usually comes first, before the damage: name the row by it.
                if fields.id in header and header.index(fields.id) < len(row):
                    default_id = row[header.index(fields.id)].strip() or default_id
                reason = f"CSV record at line {start_line} has {len(row)} fields, header has {len(header)}"
                yield SourceFailure(default_id, where, reason, kind=kind)
                continue
            record = dict(zip(header, row, strict=True))
            yield _from_record(record, fields, default_id=default_id, source=where, kind=kind)


def _from_record(
    record: Mapping[str, object], fields: FieldNames, *, default_id: str, source: str, kind: str
) -> SourceItem:
    raw_id = record.get(fields.id)
    doc_id = str(raw_id).strip() if raw_id is not None and str(raw_id).strip() else default_id
    text = record.get(fields.text)
    if text is None:
        return SourceFailure(doc_id, source, f"no {fields.text!r} field", kind=kind)
    if not isinstance(text, str):
        return SourceFailure(doc_id, source, f"{fields.text!r} field is not a string", kind=kind)
    if not text.strip():
        return SourceFailure(doc_id, source, "empty input", kind=kind)
    if "\x00" in text:
        return SourceFailure(doc_id, source, "binary data (NUL bytes)", kind=kind)
    warnings: list[str] = []
    # JSON "\ud800" escapes give lone surrogates, which no text library can encode; U+FFFD has
    # the same length, so offsets into the text stay right.
    text, surrogates = _SURROGATE.subn("\ufffd", text)
    if surrogates:
        warnings.append(f"{surrogates} lone surrogate(s) replaced")
    published, warning = normalize_published(record.get(fields.published))
    if warning:
        warnings.append(warning)
    return SourceDocument(
        doc_id=doc_id,
        text=text,
        published=published,
        url=_str_or_none(record.get(fields.url)),
        title=_str_or_none(record.get(fields.title)),
        path=source,
        warnings=tuple(warnings),
        kind=kind,
    )


def _dedupe(items: Iterator[SourceItem]) -> Iterator[SourceItem]:
    """Rename repeated ids ``id#2``, ``id#3`` ... (failures too, so every id is unique)."""
    seen: dict[str, int] = {}
    taken: set[str] = set()
    for item in items:
        doc_id = item.doc_id
        if doc_id in taken:
            n = seen.get(doc_id, 1)
            new_id = doc_id
            while new_id in taken:
                n += 1
                new_id = f"{doc_id}#{n}"
            seen[doc_id] = n
            note = f"duplicate doc_id {doc_id!r} renamed {new_id!r}"
            if isinstance(item, SourceFailure):
                item = replace(item, doc_id=new_id)
            else:
                item = replace(item, doc_id=new_id, warnings=(*item.warnings, note))
            doc_id = new_id
        taken.add(doc_id)
        yield item


# --- reading one file ------------------------------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int | None) -> bytes:
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(f"input larger than {max_bytes} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc.__class__.__name__})") from exc


def _read_file(item: PendingFile) -> SourceDocument:
    path = Path(item.path)
    data = item.data if item.data is not None else _read_bytes(path, item.max_bytes)
    is_html = path.suffix.lower() in HTML_SUFFIXES
    return _document(item.doc_id, data, str(path), is_html=is_html, warnings=item.warnings, kind=item.kind)


def _document(
    doc_id: str, data: bytes, name: str, *, is_html: bool, warnings: tuple[str, ...], kind: str
) -> SourceDocument:
    """Bytes -> document: decoded, and reduced to its main text and metadata when HTML."""
    decoded = decode_bytes(_recode_declared_charset(data) if is_html else data, name=name)
    warnings = (*warnings, *decoded.warnings)
    if is_html or looks_like_html(decoded.text):
        page = extract_html(decoded.text)
        if not page.text.strip():
            raise InputError("no text found in the HTML page")
        return SourceDocument(doc_id, page.text, page.published, page.url, page.title, name, warnings, kind)
    return SourceDocument(doc_id, decoded.text, path=name, warnings=warnings, kind=kind)


def _recode_declared_charset(data: bytes) -> bytes:
    """Re-encode a page to UTF-8 when it declares a charset and is not valid UTF-8."""
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    m = _HTML_CHARSET.search(data[:4096])
    if not m:
        return data
    try:
        return data.decode(m.group(1).decode("ascii"), errors="strict").encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data  # the declaration is wrong; let detection decide


def _sniff_encoding(path: Path) -> str:
    with path.open("rb") as handle:
        return detect_encoding(handle.read(_SNIFF_BYTES))


def _source_of(item: SourceDocument | PendingFile) -> str:
    return item.path if isinstance(item, PendingFile) else (item.path or item.doc_id)


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]

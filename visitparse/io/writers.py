"""Batch outputs: JSON Lines articles, a JSONL errors file, optional Parquet tables.

Crash safety: records are written whole lines at a time and flushed after every chunk,
so an interrupted run leaves at most one partial last line.  :func:`scan_jsonl` (used by
``--resume``) cuts that partial line off and returns the ids already written.

Parquet tables (``--parquet DIR``) are derived from the article records only, so a resumed
run can rebuild them from OUT: ``articles``, ``visits``, ``regions``, ``officials`` and
``institutions``, joined by ``doc_id`` and (below articles) ``visit_index``.  They are written
incrementally with ``pyarrow.parquet.ParquetWriter`` (one row group per chunk), so memory
stays flat however large the batch.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

__all__ = [
    "ErrorWriter",
    "JsonlWriter",
    "ParquetTables",
    "article_rows",
    "iter_jsonl_records",
    "scan_jsonl",
]

Record = Mapping[str, Any]


def scan_jsonl(path: str | Path, *, repair: bool = True) -> set[str]:
    """The ``doc_id`` values of a JSONL output, cutting off a partial or broken last line.

    Lines before the last that do not parse are left alone (they were not written by an
    interrupted run); only the tail is repaired, so the file is valid JSONL again.
    """
    path = Path(path)
    ids: set[str] = set()
    if not path.exists():
        return ids
    good_end = 0
    with path.open("rb") as handle:
        offset = 0
        for line in handle:
            end = offset + len(line)
            record = _parse_line(line) if line.endswith(b"\n") else None
            if record is not None:
                if isinstance(record.get("doc_id"), str):
                    ids.add(record["doc_id"])
                good_end = end
            elif line.strip() and line.endswith(b"\n"):
                good_end = end  # a bad line in the middle: keep it, it is not ours to fix
            offset = end
        size = offset
    if repair and good_end < size:
        with path.open("r+b") as handle:
            handle.truncate(good_end)
    return ids


def iter_jsonl_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a JSONL file, skipping lines that do not parse."""
    with Path(path).open("rb") as handle:
        for line in handle:
            record = _parse_line(line)
            if record is not None:
                yield record


class JsonlWriter:
    """Appends one JSON object per line; ``flush`` makes everything so far durable."""

    def __init__(self, path: str | Path, *, append: bool = False) -> None:
        self.path = Path(path)
        if self.path.parent != Path(""):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = self.path.open("a" if append else "w", encoding="utf-8", newline="\n")
        self.count = 0

    def write(self, record: Record) -> None:
        """Write one record as one line."""
        # One write call per record: a line is either fully in the buffer or not at all.
        self._handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.count += 1

    def flush(self) -> None:
        """Push buffered lines to the OS (done after every chunk)."""
        self._handle.flush()

    def close(self) -> None:
        """Flush and close; safe to call twice."""
        if not self._handle.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class ErrorWriter(JsonlWriter):
    """The errors file: one ``{"doc_id", "source", "reason"}`` line per failed document.

    On resume, failures of documents that are retried (not in OUT) are dropped from the old
    file, and those of documents whose record is kept (e.g. unsupported language) stay.
    """

    def __init__(self, path: str | Path, *, keep_ids: set[str] | None = None) -> None:
        path = Path(path)
        kept: list[dict[str, Any]] = []
        if keep_ids is not None and path.exists():
            kept = [r for r in iter_jsonl_records(path) if r.get("doc_id") in keep_ids]
        super().__init__(path, append=False)
        for record in kept:
            super().write(record)
        self.count = 0

    def write_failure(self, doc_id: str, source: str, reason: str) -> None:
        """Record one failed document."""
        self.write({"doc_id": doc_id, "source": source, "reason": reason})


# --- Parquet ---------------------------------------------------------------------------------------

TABLES = ("articles", "visits", "regions", "officials", "institutions")


def article_rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    """Flatten one article record into rows of the five tables."""
    doc_id = record.get("doc_id")
    visits = record.get("visits") or []
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["articles"].append(
        {
            "doc_id": doc_id,
            "language": record.get("language"),
            "language_confidence": record.get("language_confidence"),
            "published": record.get("published"),
            "url": record.get("url"),
            "title": record.get("title"),
            "n_visits": len(visits),
            "n_entities": len(record.get("entities") or []),
            "warnings": list(record.get("warnings") or []),
        }
    )
    for index, visit in enumerate(visits):
        rows["visits"].append(
            {
                "doc_id": doc_id,
                "visit_index": index,
                "start_date": visit.get("start_date"),
                "end_date": visit.get("end_date"),
                "n_regions": len(visit.get("regions") or []),
                "n_officials": len(visit.get("officials") or []),
                "n_institutions": len(visit.get("institutions") or []),
            }
        )
        for region in visit.get("regions") or []:
            rows["regions"].append(
                {
                    "doc_id": doc_id,
                    "visit_index": index,
                    "code": region.get("code"),
                    "name": region.get("name"),
                    "role": region.get("role"),
                }
            )
        for official in visit.get("officials") or []:
            rows["officials"].append(
                {
                    "doc_id": doc_id,
                    "visit_index": index,
                    "name": official.get("name"),
                    "position": official.get("position"),
                    "organization": official.get("organization"),
                    "side": official.get("side"),
                }
            )
        for institution in visit.get("institutions") or []:
            rows["institutions"].append(
                {
                    "doc_id": doc_id,
                    "visit_index": index,
                    "name": institution.get("name"),
                    "visited": institution.get("visited"),
                }
            )
    return rows


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    key = [pa.field("doc_id", pa.string()), pa.field("visit_index", pa.int32())]
    return {
        "articles": pa.schema(
            [
                pa.field("doc_id", pa.string()),
                pa.field("language", pa.string()),
                pa.field("language_confidence", pa.float64()),
                pa.field("published", pa.string()),
                pa.field("url", pa.string()),
                pa.field("title", pa.string()),
                pa.field("n_visits", pa.int32()),
                pa.field("n_entities", pa.int32()),
                pa.field("warnings", pa.list_(pa.string())),
            ]
        ),
        "visits": pa.schema(
            [
                *key,
                pa.field("start_date", pa.string()),
                pa.field("end_date", pa.string()),
                pa.field("n_regions", pa.int32()),
                pa.field("n_officials", pa.int32()),
                pa.field("n_institutions", pa.int32()),
            ]
        ),
        "regions": pa.schema(
            [
                *key,
                pa.field("code", pa.string()),
                pa.field("name", pa.string()),
                pa.field("role", pa.string()),
            ]
        ),
        "officials": pa.schema(
            [
                *key,
                pa.field("name", pa.string()),
                pa.field("position", pa.string()),
                pa.field("organization", pa.string()),
                pa.field("side", pa.string()),
            ]
        ),
        "institutions": pa.schema([*key, pa.field("name", pa.string()), pa.field("visited", pa.bool_())]),
    }


def require_pyarrow() -> None:
    """Raise ``RuntimeError`` with an install hint when pyarrow is missing."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("Parquet output needs pyarrow: pip install 'visitparse[parquet]'") from exc


class ParquetTables:
    """Five Parquet files in ``directory``, appended to chunk by chunk."""

    def __init__(self, directory: str | Path) -> None:
        require_pyarrow()
        import pyarrow.parquet as pq

        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._schemas = _schemas()
        self._writers = {
            name: pq.ParquetWriter(self.path(name), self._schemas[name], compression="zstd")
            for name in TABLES
        }
        self._pending: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}

    def path(self, table: str) -> Path:
        """The file of one table."""
        return self.directory / f"{table}.parquet"

    def add(self, record: Record) -> None:
        """Queue the rows of one article (written at the next ``flush``)."""
        for name, rows in article_rows(record).items():
            self._pending[name].extend(rows)

    def add_many(self, records: Sequence[Record]) -> None:
        """Queue several articles."""
        for record in records:
            self.add(record)

    def flush(self) -> None:
        """Write queued rows as one row group per table."""
        import pyarrow as pa

        for name, rows in self._pending.items():
            if rows:
                table = pa.Table.from_pylist(rows, schema=self._schemas[name])
                self._writers[name].write_table(table)
                rows.clear()

    def flush_if_over(self, articles: int) -> None:
        """Flush once at least ``articles`` articles are queued (keeps row groups a useful size)."""
        if len(self._pending["articles"]) >= articles:
            self.flush()

    def close(self) -> None:
        """Write what is queued and the files' footers; safe to call twice."""
        if not self._writers:
            return
        self.flush()
        for writer in self._writers.values():
            writer.close()
        self._writers = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _parse_line(line: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None

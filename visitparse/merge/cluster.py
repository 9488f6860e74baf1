"""Clustering of visit records in bounded memory: spool, block, link, assemble.

1. *Spool*: the input is read once, line by line. Each visit gets a record id (its
   position among all visits); its matching features go to one of ``buckets`` temporary
   files chosen by the hash of each blocking key (host region, month), and its facts to a
   sequential spool.
2. *Link*: one bucket at a time is loaded; records with the same blocking key are compared
   through an inverted index of their official and institution words (so only records
   sharing a word are compared), and matches are joined in a union-find over record ids.
3. *Assemble*: the spool is read in order and every visit is routed to a file of its
   cluster's range of ids; each range file is then grouped and written out, so the output
   is in the order of each cluster's first visit in the input.

Memory holds two integer arrays over the record ids (8 bytes each per visit) and one bucket
or range at a time, never the input. Everything is in input order or sorted, so the output
is the same for the same input.
"""

from __future__ import annotations

import gc
import json
import pickle
import shutil
import tempfile
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, TextIO, TypeVar

from visitparse.merge.assemble import lone_visit, merge_group
from visitparse.merge.match import (
    PROBES,
    Features,
    block_keys,
    features,
    index_keys,
    parse_published,
    same_visit,
)

# A posting list longer than this in one block is a word too common to tell visits apart.
MAX_POSTING = 200
RANGE_SIZE = 50_000  # record ids per assembly file
T = TypeVar("T")
PROTOCOL = pickle.HIGHEST_PROTOCOL  # spooled with pickle: several times faster to load back than marshal


@dataclass
class MergeStats:
    """What a merge read and wrote."""

    articles: int = 0
    visits: int = 0
    merged: int = 0  # output records
    bad_lines: list[int] = field(default_factory=list)  # 1-based line numbers that were not JSON objects


class _UnionFind:
    """Union-find over record ids; a cluster never takes two visits of one article.

    Each cluster's members also form a ring (``ring[x]`` is the next member), so that the
    articles of two clusters can be compared without a set per cluster: memory is three
    integer arrays whatever the clusters.
    """

    def __init__(self) -> None:
        self.parent = array("q")
        self.article = array("q")
        self.ring = array("q")

    def add(self, aid: int) -> None:
        rid = len(self.parent)
        self.parent.append(rid)
        self.article.append(aid)
        self.ring.append(rid)

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def _articles(self, member: int) -> Iterator[int]:
        x = member
        while True:
            yield self.article[x]
            x = self.ring[x]
            if x == member:
                return

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        taken = set(self._articles(ra))
        if any(aid in taken for aid in self._articles(rb)):
            return  # the two clusters already hold visits of one article: kept apart
        low, high = min(ra, rb), max(ra, rb)  # the root is the first visit in the input
        self.parent[high] = low
        self.ring[ra], self.ring[rb] = self.ring[rb], self.ring[ra]  # one ring of both


# The fields a merged record keeps, spooled as tuples (far cheaper to pickle than dicts).
Packed = tuple[
    tuple[Any, ...],
    str | None,
    str | None,
    list[tuple[Any, ...]],
    list[tuple[Any, ...]],
    list[tuple[Any, ...]],
]


def _pack(article: dict[str, Any], index: int, visit: dict[str, Any]) -> Packed:
    """The source and the facts of a visit, without the evidence spans (they stay in the article records)."""
    get = article.get
    return (
        (get("doc_id"), get("url"), index, get("published"), get("title"), get("language")),
        visit.get("start_date"),
        visit.get("end_date"),
        [(r.get("code"), r.get("name"), r.get("role")) for r in visit.get("regions") or []],
        [
            (o.get("name"), o.get("position"), o.get("organization"), o.get("side"))
            for o in visit.get("officials") or []
        ],
        [(i.get("name"), i.get("visited")) for i in visit.get("institutions") or []],
    )


def _unpack(packed: Packed, sources: list[int] | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The source and facts as dicts; with ``sources``, every fact carries that list (a lone visit)."""
    (doc_id, url, index, published, title, language), start, end, regions, officials, institutions = packed
    extra = {} if sources is None else {"sources": sources}
    facts = {
        "start_date": start,
        "end_date": end,
        "regions": [{"code": c, "name": n, "role": r, **extra} for c, n, r in regions],
        "officials": [
            {"name": n, "position": p, "organization": o, "side": s, **extra} for n, p, o, s in officials
        ],
        "institutions": [{"name": n, "visited": v, **extra} for n, v in institutions],
    }
    source = {"doc_id": doc_id, "url": url, "visit": index, "published": published, "title": title}
    source["language"] = language
    return source, facts


def json_objects(lines: Iterable[str], on_bad: Callable[[int], None]) -> Iterator[dict[str, Any]]:
    """The JSON objects of JSON Lines; ``on_bad(line_number)`` for a line that is not one (blanks pass)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict):
            yield obj
        else:
            on_bad(number)


class _Pickles:
    """A temporary file of objects, pickled in batches (one pickle call per object is the slow part)."""

    BATCH = 512

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] = path.open("wb")
        self._batch: list[Any] = []

    def add(self, obj: Any) -> None:
        self._batch.append(obj)
        if len(self._batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            pickle.dump(self._batch, self._file, PROTOCOL)
            self._batch = []

    def close(self) -> None:
        self._flush()
        self._file.close()


def _read_spooled(path: Path) -> Iterator[Any]:
    """The objects a merge pickled to ``path`` (its own temporary files, never user input)."""
    with path.open("rb") as src:
        while True:
            try:
                yield from pickle.load(src)
            except EOFError:
                return


@lru_cache(maxsize=1 << 16)
def _bucket(key: tuple[str, int], buckets: int) -> int:
    """The bucket of a blocking key: a stable hash (``hash()`` of a str changes between runs)."""
    return zlib.crc32(f"{key[0]}|{key[1]}".encode()) % buckets


class _Spool:
    """Temporary files of one merge: feature buckets and the sequential fact spool."""

    def __init__(self, directory: Path, buckets: int) -> None:
        self.directory = directory
        self.buckets = buckets
        self._open: dict[int, _Pickles] = {}
        self.facts = _Pickles(directory / "facts.bin")

    def bucket_path(self, n: int) -> Path:
        return self.directory / f"bucket-{n:04d}.bin"

    def put(self, f: Features) -> None:
        """Spool ``f`` to the bucket of each of its blocking keys, with the keys of that bucket."""
        per_bucket: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for key in block_keys(f):
            per_bucket[_bucket(key, self.buckets)].append(key)
        for n, keys in per_bucket.items():
            out = self._open.get(n)
            if out is None:
                out = self._open[n] = _Pickles(self.bucket_path(n))
            out.add((keys, f))

    def close(self) -> None:
        for out in self._open.values():
            out.close()
        self.facts.close()


def _spool(lines: Iterable[str], spool: _Spool, uf: _UnionFind, stats: MergeStats) -> None:
    for aid, article in enumerate(json_objects(lines, stats.bad_lines.append)):
        stats.articles += 1
        published = parse_published(article.get("published"))
        for index, visit in enumerate(article.get("visits") or []):
            rid = len(uf.parent)
            uf.add(aid)
            spool.put(features(rid, aid, visit, published))
            spool.facts.add(_pack(article, index, visit))
    stats.visits = len(uf.parent)


def _block_matches(records: list[Features], matches: array[int]) -> None:
    """Append to ``matches`` the record ids of every matching pair of one block, in sorted order."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(records):
        for key in index_keys(f):
            postings[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for key, members in postings.items():
        if key.startswith("pw:"):
            continue  # only probed by one-word names
        if len(members) <= MAX_POSTING:
            for x, i in enumerate(members):
                pairs.update((i, j) for j in members[x + 1 :])
        probed = PROBES.get(key[:3])
        others = postings.get(probed + key[3:], []) if probed else []
        if len(others) <= MAX_POSTING:
            pairs.update((min(i, j), max(i, j)) for i in members for j in others if i != j)
    for i, j in sorted(pairs):
        a, b = records[i], records[j]
        if same_visit(a, b):
            matches.extend((a[0], b[0]))


def _bucket_matches(path: Path) -> array[int]:
    """The matching pairs of one bucket file (flat: a, b, a, b, ...), block by block in key order.

    Independent of every other bucket and of the union-find, so buckets can be matched in
    worker processes; joining the pairs in bucket order gives the serial result.
    """
    blocks: dict[tuple[str, int], list[Features]] = defaultdict(list)
    for keys, f in _read_spooled(path):
        for key in keys:
            blocks[key].append(f)
    path.unlink()
    matches = array("q")
    for key in sorted(blocks):
        _block_matches(blocks[key], matches)
    return matches


def _ordered_map(fn: Callable[[Path], T], paths: list[Path], workers: int) -> Iterator[T]:
    """``map(fn, paths)``, in ``workers`` processes when there are several; results in order."""
    if workers < 2 or len(paths) < 2:
        yield from map(fn, paths)
        return
    with ProcessPoolExecutor(min(workers, len(paths))) as pool:
        yield from pool.map(fn, paths)


def _link(spool: _Spool, uf: _UnionFind, workers: int) -> None:
    paths = [p for p in map(spool.bucket_path, range(spool.buckets)) if p.exists()]
    _join(_ordered_map(_bucket_matches, paths, workers), uf)  # in bucket order: as if serial


def _join(per_bucket: Iterable[array[int]], uf: _UnionFind) -> None:
    for matches in per_bucket:
        for k in range(0, len(matches), 2):
            uf.union(matches[k], matches[k + 1])


def _write_range(path: Path) -> tuple[Path, int]:
    """The merged records of one range file, in the order of their first visits, to a part file."""
    groups: dict[int, list[Packed]] = defaultdict(list)
    for root, packed in _read_spooled(path):
        groups[root].append(packed)
    path.unlink()
    part = path.with_suffix(".jsonl")
    with part.open("w", encoding="utf-8", newline="") as out:
        for root in sorted(groups):
            members = groups[root]
            if len(members) == 1:
                record = lone_visit(*_unpack(members[0], [0]))
            else:
                record = merge_group([_unpack(m) for m in members])
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
    return part, len(groups)


def _assemble(spool: _Spool, uf: _UnionFind, out: TextIO, stats: MergeStats, workers: int) -> None:
    ranges: dict[int, _Pickles] = {}
    for rid, item in enumerate(_read_spooled(spool.facts.path)):
        root = uf.find(rid)
        n = root // RANGE_SIZE
        dst = ranges.get(n)
        if dst is None:
            dst = ranges[n] = _Pickles(spool.directory / f"range-{n:06d}.bin")
        dst.add((root, item))
    for dst in ranges.values():
        dst.close()
    paths = [ranges[n].path for n in sorted(ranges)]
    for part, count in _ordered_map(_write_range, paths, workers):  # range order: as if serial
        with part.open(encoding="utf-8", newline="") as src:
            shutil.copyfileobj(src, out)
        part.unlink()
        stats.merged += count


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: a merge makes no reference cycles (its objects are
    freed by reference counting, so memory stays flat), but it allocates millions of tuples,
    and every collection the allocations trigger walks all the live ones: a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def merge_lines(
    lines: Iterable[str], out: TextIO, *, buckets: int = 64, tmp_dir: str | None = None, workers: int = 1
) -> MergeStats:
    """Merge the article records of ``lines`` (JSON Lines) into merged visits written to ``out``.

    ``workers`` > 1 matches the spooled buckets and writes the merged records of the id ranges
    in that many processes; the output is the same.
    """
    stats = MergeStats()
    uf = _UnionFind()
    with _no_cycle_collection(), tempfile.TemporaryDirectory(prefix="visitparse-merge-", dir=tmp_dir) as tmp:
        spool = _Spool(Path(tmp), buckets)
        try:
            _spool(lines, spool, uf, stats)
        finally:
            spool.close()
        _link(spool, uf, workers)
        _assemble(spool, uf, out, stats, workers)
    return stats

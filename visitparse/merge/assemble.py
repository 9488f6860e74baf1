"""One merged record from the visit records of a cluster: the union of their facts.

Every fact lists the sources it came from (indexes into the record's ``sources``), so a
reader can tell a fact every article gives from one a single article gives. Facts are
united with the same tests that linked the visits: a region by code, an official by name
words, an institution by stem-token F1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from visitparse.merge.match import institution_stems, name_key, same_institution, same_person

Item = dict[str, Any]
K = TypeVar("K")


def _first_set(values: Sequence[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def _majority(values: Sequence[Any]) -> Any:
    """The most frequent non-null value; ties go to the earliest source."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in values if v is not None and counts[v] == best)


def _group(
    items: list[tuple[int, Item]], key: Callable[[Item], K], same: Callable[[K, K], bool]
) -> list[list[tuple[int, Item]]]:
    """Items in groups of one fact, in the order of each fact's first mention.

    Items of one source are never compared: the parser already gave each fact once.
    """
    if len({source for source, _ in items}) < 2:
        return [[pair] for pair in items]
    groups: list[tuple[list[tuple[int, Item]], list[K]]] = []
    for source, item in items:
        k = key(item)
        home = next((g for g in groups if any(same(k, other) for other in g[1])), None)
        if home is None:
            groups.append(([(source, item)], [k]))
        else:
            home[0].append((source, item))
            home[1].append(k)
    return [members for members, _ in groups]


def _sources(group: list[tuple[int, Item]]) -> list[int]:
    return sorted({source for source, _ in group})


def _regions(items: list[tuple[int, Item]]) -> list[Item]:
    merged = []
    for group in _group(items, lambda r: str(r["code"]), lambda a, b: a == b):
        values = [item for _, item in group]
        merged.append(
            {
                "code": values[0]["code"],
                "name": _first_set([v.get("name") for v in values]),
                "role": _majority([v.get("role") for v in values]),
                "sources": _sources(group),
            }
        )
    return merged


def _longest(values: Sequence[str | None]) -> str | None:
    """The fullest form ("Иван Петрович Седов" over "И. Седов"); ties to the first."""
    present = [v for v in values if v]
    return max(present, key=len) if present else None


def _officials(items: list[tuple[int, Item]]) -> list[Item]:
    merged = []
    for group in _group(items, lambda o: name_key(o["name"]), same_person):
        values = [item for _, item in group]
        merged.append(
            {
                "name": _longest([v["name"] for v in values]),
                "position": _longest([v.get("position") for v in values]),
                "organization": _longest([v.get("organization") for v in values]),
                "side": _majority([v.get("side") for v in values]),
                "sources": _sources(group),
            }
        )
    return merged


def _institutions(items: list[tuple[int, Item]]) -> list[Item]:
    merged = []
    for group in _group(items, lambda i: institution_stems(i["name"]), same_institution):
        values = [item for _, item in group]
        visited = [v.get("visited") for v in values]
        merged.append(
            {
                "name": _longest([v["name"] for v in values]),
                "visited": True if True in visited else _first_set(visited),
                "sources": _sources(group),
            }
        )
    return merged


def _dates(facts: list[tuple[int, Item]]) -> tuple[str | None, str | None, list[Item]]:
    """The dates each source gives, and the visit's: the most frequent pair, full years first."""
    given: dict[tuple[str, str | None], list[int]] = {}
    for source, f in facts:
        if f.get("start_date"):
            given.setdefault((f["start_date"], f.get("end_date")), []).append(source)
    listed = [{"start_date": s, "end_date": e, "sources": sorted(src)} for (s, e), src in given.items()]
    if not given:
        return None, None, listed
    best = max(given, key=lambda k: (not k[0].startswith("XXXX"), len(given[k]), k[1] is not None))
    return best[0], best[1], listed


def lone_visit(source: Item, facts: Item) -> Item:
    """The merged record of a visit no other article reports (its facts already list source 0)."""
    start, end = facts["start_date"], facts["end_date"]
    return {
        "merged_id": f"{source['doc_id']}#{source['visit']}",
        "start_date": start,
        "end_date": end,
        "sources": [source],
        "dates": [{"start_date": start, "end_date": end, "sources": [0]}] if start else [],
        "regions": facts["regions"],
        "officials": facts["officials"],
        "institutions": facts["institutions"],
    }


def merge_group(members: list[tuple[Item, Item]]) -> Item:
    """``members``: (source, facts) of each visit of one cluster, in input order."""
    sources = [source for source, _ in members]
    facts = list(enumerate(f for _, f in members))
    start, end, dates = _dates(facts)
    first = sources[0]
    return {
        "merged_id": f"{first.get('doc_id')}#{first.get('visit')}",
        "start_date": start,
        "end_date": end,
        "sources": sources,
        "dates": dates,
        "regions": _regions([(i, r) for i, f in facts for r in f["regions"]]),
        "officials": _officials([(i, o) for i, f in facts for o in f["officials"]]),
        "institutions": _institutions([(i, x) for i, f in facts for x in f["institutions"]]),
    }

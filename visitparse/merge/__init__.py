"""One record per real visit: visit records of different articles clustered and united.

``visitparse merge OUT.jsonl`` and :func:`merge_records` here. How two records are judged
to be one visit is in :mod:`visitparse.merge.match`; how a million records are clustered
in bounded memory, in :mod:`visitparse.merge.cluster`; how a cluster's facts are united,
in :mod:`visitparse.merge.assemble`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any

from visitparse.merge.cluster import MergeStats, merge_lines
from visitparse.schema import Article

__all__ = ["MergeStats", "merge_lines", "merge_records"]


def merge_records(articles: Iterable[Article | dict[str, Any]]) -> list[dict[str, Any]]:
    """Merged visits of ``articles`` (parsed records or their JSON), in memory: for small sets."""
    lines = (
        json.dumps(a.model_dump(mode="json") if isinstance(a, Article) else a, ensure_ascii=False)
        for a in articles
    )
    out = io.StringIO()
    merge_lines(lines, out, buckets=8)
    return [json.loads(line) for line in out.getvalue().splitlines()]

"""Speed of ``render``, ``report`` and ``merge`` at archive scale.

    python benchmarks/views_speed.py                     # all three, default sizes
    python benchmarks/views_speed.py --only merge --merge-records 1000000

* render: the evidence views of N records (the project's samples, parsed once, cycled with
  new ids), through :func:`visitparse.views.render_html`.
* report: ``visitparse report`` on N records, as a user runs it (a new process, JSON Lines
  in, HTML out), without and with ``--texts`` (then every source's view is written too).
* merge: ``visitparse merge`` on M synthetic records (one visit per article: regions,
  officials and institutions drawn from pools, about a third of the visits reported by two
  or three articles), in a new process: wall time and peak memory (max RSS), at M/4 and M to
  show that memory does not grow with the input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _sample_records() -> list[tuple[dict[str, Any], str]]:
    from visitparse import Parser

    parser = Parser()
    pairs = []
    for path in sorted((ROOT / "samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pairs.append((parser.parse(text, doc_id=path.name).model_dump(mode="json"), text))
    return pairs


def bench_render(n: int) -> float:
    from visitparse.schema import Article
    from visitparse.views import render_html

    pairs = [(Article.model_validate(r), t) for r, t in _sample_records()]
    start, cpu = time.perf_counter(), time.process_time()
    size = 0
    for i in range(n):
        article, text = pairs[i % len(pairs)]
        size += len(render_html(article, text))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"render: {n} records in {elapsed:.2f} s, CPU {cpu:.2f} s ({n / elapsed:.0f}/s, "
        f"{size // n // 1024} KB a page; {_load()})"
    )
    return elapsed


# Runs the command line in a new process and prints that process's own CPU time and peak memory last.
_CHILD = (
    "import resource, sys\nfrom visitparse.cli import main\ncode = main(sys.argv[1:])\n"
    "use = resource.getrusage(resource.RUSAGE_SELF)\n"
    "print(use.ru_utime + use.ru_stime, use.ru_maxrss, file=sys.stderr)\nsys.exit(code)"
)


def _run(args: list[str]) -> tuple[float, float, int]:
    """Wall time, CPU time (s) and peak memory (MB) of a ``visitparse`` process.

    CPU time is what to compare on a busy machine: wall time there also counts the waits
    for a core.
    """
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *args], check=True, stderr=subprocess.PIPE, text=True
    )
    elapsed = time.perf_counter() - start
    cpu, peak = done.stderr.split()[-2:]
    return elapsed, float(cpu), int(peak) // 1024


def _load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def bench_report(n: int, tmp: Path) -> None:
    pairs = _sample_records()
    texts = tmp / "texts"
    texts.mkdir()
    src = tmp / "records.jsonl"
    with src.open("w", encoding="utf-8") as out:
        for i in range(n):
            record, text = pairs[i % len(pairs)]
            doc_id = f"{i:05d}-{record['doc_id']}"
            (texts / doc_id).write_text(text, encoding="utf-8")
            out.write(json.dumps(record | {"doc_id": doc_id}, ensure_ascii=False) + "\n")
    plain, cpu, _ = _run(["report", str(src), "-o", str(tmp / "report.html")])
    print(
        f"report: {n} records in {plain:.2f} s, CPU {cpu:.2f} s "
        f"(process start and imports included; {_load()})"
    )
    linked, cpu, _ = _run(["report", str(src), "-o", str(tmp / "linked.html"), "--texts", str(texts)])
    views = len(list((tmp / "linked_files").iterdir()))
    print(f"report --texts: {n} records and {views} evidence views in {linked:.2f} s, CPU {cpu:.2f} s")


REGIONS = [f"RU-R{i:02d}" for i in range(85)] + [f"BG-{i:02d}" for i in range(1, 29)]
FIRST = ["Анна", "Иван", "Олег", "Мария", "Пётр", "Елена", "Сергей", "Ольга", "Георги", "Десислава"]
_SYLLABLES = ["Ба", "Ве", "Го", "Да", "Же", "За", "Ки", "Ло", "Ми", "Но", "По", "Ру", "Се", "Ти", "Фу", "Ха"]
LAST = [f"{a}{b.lower()}ров" for a in _SYLLABLES for b in _SYLLABLES]  # 256 surnames, 256 first-5 stems
PLACES = ["Дом культуры", "Центр социального обслуживания", "Школа", "Больница", "Музей", "Дневен център"]


def _synthetic_visit(rng: random.Random) -> tuple[dict[str, Any], dt.date]:
    host, guest = rng.sample(REGIONS, 2)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
    officials = [
        {
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "position": "министр",
            "organization": None,
            "side": rng.choice(["host", "guest"]),
        }
        for _ in range(rng.randint(1, 4))
    ]
    institutions = [
        {"name": f"{rng.choice(PLACES)} №{rng.randrange(60)}", "visited": True}
        for _ in range(rng.randint(0, 3))
    ]
    length = rng.choice([0, 0, 0, 1, 2])
    visit = {
        "start_date": day.isoformat(),
        "end_date": (day + dt.timedelta(days=length)).isoformat(),
        "regions": [
            {"code": host, "name": host, "role": "host"},
            {"code": guest, "name": guest, "role": "guest"},
        ],
        "officials": officials,
        "institutions": institutions,
    }
    return visit, day


def write_synthetic(path: Path, n: int, seed: int = 17) -> int:
    """``n`` article records; returns the number of distinct visits behind them."""
    rng = random.Random(seed)
    written = distinct = 0
    with path.open("w", encoding="utf-8") as out:
        while written < n:
            visit, day = _synthetic_visit(rng)
            distinct += 1
            for _ in range(min(rng.choice([1, 1, 1, 1, 2, 3]), n - written)):
                report = json.loads(json.dumps(visit))
                report["officials"] = report["officials"][: rng.randint(1, len(report["officials"]))]
                published = day + dt.timedelta(days=rng.randint(0, 3))
                if rng.random() < 0.15:  # undated report: only the publication week tells the time
                    report["start_date"] = report["end_date"] = None
                record = {
                    "doc_id": f"s{written}",
                    "url": f"https://example.org/{written}",
                    "language": "ru",
                    "published": published.isoformat(),
                    "visits": [report],
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return distinct


def bench_merge(n: int, tmp: Path) -> None:
    for size in (n // 4, n):
        src = tmp / f"synthetic-{size}.jsonl"
        start = time.perf_counter()
        distinct = write_synthetic(src, size)
        made = time.perf_counter() - start
        elapsed, cpu, peak = _run(["merge", str(src), "-o", str(tmp / "merged.jsonl"), "--tmp-dir", str(tmp)])
        with (tmp / "merged.jsonl").open(encoding="utf-8") as merged:
            clusters = sum(1 for _ in merged)
        print(
            f"merge: {size} records ({src.stat().st_size / 2**20:.0f} MB, made in {made:.0f} s, {distinct} "
            f"distinct visits) -> {clusters} merged visits in {elapsed:.1f} s "
            f"(CPU {cpu:.1f} s, {_load()}), peak memory {peak} MB"
        )
        src.unlink()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=("render", "report", "merge"))
    ap.add_argument("--records", type=int, default=10_000, help="records for render and report")
    ap.add_argument("--merge-records", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="visitparse-views-") as name:
        tmp = Path(name)
        if args.only in (None, "render"):
            bench_render(args.records)
        if args.only in (None, "report"):
            bench_report(args.records, tmp)
        if args.only in (None, "merge"):
            bench_merge(args.merge_records, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())

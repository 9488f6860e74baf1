"""Very long articles through ``visitparse parse``: wall time and peak memory.

    python benchmarks/large_input.py                      # ru and bg, 3 MB and 10 MB
    python benchmarks/large_input.py --sizes 3 --langs ru

Each article is the project's own samples/<lang>-*.txt joined by blank lines and repeated
up to the size (in UTF-8 megabytes).  Every size runs twice, in a fresh process as a user
would run it: with the default ``--max-chars``, then on the other side of the limit --
with ``--max-chars`` at half the length when the default parsed it (refused at once with
status 2), raised above the length when the default refused it (then parsed, piece by
piece, see ``--chunk-chars``).  Figures: exit status, wall time, peak RSS of the
process (from ``os.wait4``), characters per second, visits and entities found.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000


def synthetic_article(lang: str, size_bytes: int) -> str:
    """The language's samples joined by blank lines and repeated to ``size_bytes`` of UTF-8."""
    paragraphs = [
        p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "samples").glob(f"{lang}-*.txt"))
    ]
    if not paragraphs:
        raise SystemExit(f"no samples/{lang}-*.txt to build the text from")
    unit = "\n\n".join(paragraphs) + "\n\n"
    repeats = size_bytes // len(unit.encode("utf-8")) + 1
    return unit * repeats


def run_parse(path: Path, extra: list[str]) -> dict[str, object]:
    """Run ``visitparse parse`` on ``path`` in a fresh process; time, peak RSS and the result.

    The record is counted by another small process: the peak RSS the kernel reports for a
    child includes this process's own peak at the time of the fork, so this one stays small.
    """
    cmd = [sys.executable, "-m", "visitparse.cli", "parse", str(path), *extra]
    with tempfile.NamedTemporaryFile(suffix=".json") as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace").strip()
        result: dict[str, object] = {
            "exit": code,
            "seconds": round(seconds, 1),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # kilobytes on Linux
            "stderr": stderr.splitlines()[-1] if stderr else "",
        }
        if code == 0:
            count = subprocess.run(
                [sys.executable, "-c", _COUNT, out.name], capture_output=True, text=True, check=True
            )
            result["visits"], result["entities"] = map(int, count.stdout.split())
    return result


_COUNT = "import json, sys; r = json.load(open(sys.argv[1])); print(len(r['visits']), len(r['entities']))"


def main() -> None:
    """Build the articles, run them, print one line per run and the largest handled."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[3, 10], help="article sizes in MB (UTF-8)")
    ap.add_argument("--langs", nargs="+", default=["ru", "bg"])
    ap.add_argument("--chunk-chars", type=int, default=None, help="passed on to visitparse parse")
    args = ap.parse_args()
    extra = ["--chunk-chars", str(args.chunk_chars)] if args.chunk_chars else []

    largest: tuple[int, str, dict[str, object]] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.langs:
            for size in args.sizes:
                text = synthetic_article(lang, int(size * MB))
                path = Path(tmp) / f"{lang}-{size:g}mb.txt"
                path.write_text(text, encoding="utf-8")
                n_bytes = path.stat().st_size
                runs: list[tuple[str, list[str]]] = [("default --max-chars", [])]
                while runs:
                    label, options = runs.pop(0)
                    r = run_parse(path, [*extra, *options])
                    if not options:  # then the other side of the limit: a refusal, or a parse
                        limit = len(text) // 2 if r["exit"] == 0 else len(text) + 1
                        runs.append((f"--max-chars {limit}", ["--max-chars", str(limit)]))
                    rate = f"{len(text) / float(str(r['seconds'])):,.0f} chars/s" if r["exit"] == 0 else ""
                    print(
                        f"{lang} {n_bytes / MB:5.1f} MB ({len(text):,} chars), {label}: exit {r['exit']}, "
                        f"{r['seconds']} s, peak RSS {r['peak_rss_mb']} MB {rate}"
                        + (f", {r['visits']} visits, {r['entities']} entities" if r["exit"] == 0 else "")
                        + (f" | {r['stderr']}" if r["stderr"] else ""),
                        flush=True,
                    )
                    if r["exit"] == 0 and (largest is None or len(text) > largest[0]):
                        largest = (len(text), f"{lang} {n_bytes / MB:.1f} MB", r)
    if largest is not None:
        chars, what, r = largest
        print(
            f"largest article handled: {what} ({chars:,} chars) in {r['seconds']} s, "
            f"peak RSS {r['peak_rss_mb']} MB"
        )


if __name__ == "__main__":
    main()

"""Throughput of the full pipeline: one process, two workers, model load, natasha reference.

    python benchmarks/throughput.py                 # ru and bg, 200 documents each
    python benchmarks/throughput.py --n 100 --langs ru
    python benchmarks/throughput.py --archive 10000 # end-to-end `visitparse batch` on a synthetic archive

Texts: SlavicNER raw Russian/Bulgarian news from ../shared/corpora (or $VISITPARSE_SHARED),
trimmed or padded to about 3 KB each; without the corpora, samples/*.txt.  Figures:

* model load time per language, in a fresh process (imports excluded, then included);
* documents per second in one process, after warm-up, and its peak RSS (every process runs
  with one native BLAS/OpenMP thread, as batch workers do);
* the speedup of two batch workers over one: two warm pools (1 worker, 2 workers) running
  what `visitparse batch` workers run take turns on the same texts for ``--rounds`` rounds,
  and the median of the per-round ratios is printed, beside the same figure for a
  pure-Python loop (what this machine gives two processes at all), and each worker's peak RSS;
* natasha's NER-only documents per second (segment + NER) on the same Russian texts.

``--archive N`` writes N text files (the texts repeated, ids varied) into a temp folder,
runs ``visitparse batch`` on it as a user would, samples the memory of the whole process
tree twice a second and prints time, docs/s, peak memory and the memory profile.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VISITPARSE_SHARED", ROOT.parent / "shared"))
TARGET_CHARS = 3000
_SENTENCE_END = re.compile(r"[.!?…»]\s")


# --- texts -----------------------------------------------------------------------------------------


def load_texts(lang: str, n: int, *, source: str = "corpus", pad: bool = True) -> tuple[list[str], str]:
    """``n`` texts in ``lang`` (about 3 KB each with ``pad``) and where they came from.

    ``source`` is ``corpus`` (SlavicNER raw news, falling back to samples/) or ``samples``.
    """
    raw = SHARED / "corpora" / "slavicner" / "raw"
    files = sorted(raw.glob(f"*/{lang}/*.txt")) if raw.is_dir() and source == "corpus" else []
    origin = f"SlavicNER raw/{lang} ({len(files)} files)"
    if not files:
        files = sorted((ROOT / "samples").glob(f"{lang}-*.txt")) or sorted((ROOT / "samples").glob("*.txt"))
        origin = f"samples/{lang}-*.txt ({len(files)} files)"
    if not files:
        raise SystemExit(f"no {lang} texts: neither {raw} nor {ROOT / 'samples'} has any")
    sources = [f.read_text(encoding="utf-8") for f in files]
    if not pad:
        return [sources[i % len(sources)] for i in range(n)], origin
    texts: list[str] = []
    i = 0
    while len(texts) < n:
        text = sources[i % len(sources)]
        i += 1
        while len(text) < TARGET_CHARS * 0.8:  # pad short articles with the next one
            text = text.rstrip() + "\n\n" + sources[i % len(sources)]
            i += 1
        texts.append(_trim(text, TARGET_CHARS))
    return texts, origin


def _trim(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, 0, limit)), default=limit)
    return text[: cut if cut > limit // 2 else limit].rstrip()


# --- measurements ----------------------------------------------------------------------------------


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _run_child(code: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=os.environ
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def model_load_time(lang: str) -> dict[str, float]:
    """Seconds to import visitparse and to load ``lang``'s annotator, in a cold process."""
    code = (
        "import json, time\n"
        "t0 = time.perf_counter()\n"
        "import visitparse\n"
        "from visitparse.lang import get_annotator\n"
        "t1 = time.perf_counter()\n"
        f"get_annotator({lang!r})\n"
        "t2 = time.perf_counter()\n"
        "print(json.dumps({'import': t1 - t0, 'load': t2 - t1}))\n"
    )
    return _run_child(code)


def single_process(lang: str, texts: list[str]) -> dict[str, float]:
    """Docs/s of Parser.pipe (batches of 32) in a fresh process, models warm, and its peak RSS.

    Also the rate of Parser.parse called once per text (``parse_docs_per_s``).
    """
    code = (
        "import json, resource, sys, time\n"
        "from visitparse.parser import ParseInput, Parser\n"
        "texts = json.loads(sys.stdin.read())\n"
        "p = Parser()\n"
        f"items = [ParseInput(t, lang={lang!r}) for t in texts]\n"
        "list(p.pipe(items[:5]))\n"
        "t0, c0 = time.perf_counter(), time.process_time()\n"
        "list(p.pipe(items, batch_size=32))\n"
        "dt, dc = time.perf_counter() - t0, time.process_time() - c0\n"
        "t1 = time.perf_counter()\n"
        f"for t in texts: p.parse(t, lang={lang!r})\n"
        "one = len(texts) / (time.perf_counter() - t1)\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps({'docs_per_s': len(texts) / dt, 'docs_per_cpu_s': len(texts) / dc, "
        "'parse_docs_per_s': one, 'peak_rss_mb': rss}))\n"
    )
    return _fresh_process(code, texts)


def _fresh_process(code: str, texts: list[str]) -> dict[str, float]:
    """Run ``code`` in a new interpreter (one native thread, as set in main), texts on stdin."""
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _worker_init(lang: str, warm_up: list[str]) -> None:
    """The batch workers' own initializer (models, Ctrl-C, GC), then a warm-up like single_process's."""
    from visitparse.batch import WorkerOptions
    from visitparse.batch.worker import init_pool_worker

    init_pool_worker(WorkerOptions(lang=lang))
    _parse_chunk(warm_up, lang)


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _parse_chunk(chunk: list[str], lang: str) -> tuple[int, int, float, float]:
    """What a `visitparse batch` worker does with a chunk (parse, judge, dump the records)."""
    from visitparse.batch import WorkerOptions, process_chunk
    from visitparse.io.sources import SourceDocument

    c0 = time.process_time()
    docs = [SourceDocument(doc_id=str(i), text=t) for i, t in enumerate(chunk)]
    outcomes = process_chunk(docs, WorkerOptions(lang=lang))
    assert all(o.record is not None for o in outcomes), "a benchmark text failed to parse"
    return len(chunk), os.getpid(), _peak_rss_mb(), time.process_time() - c0


def _equal_chunks(items: list[Any], workers: int, chunk: int) -> list[list[Any]]:
    """``items`` in chunks of at most ``chunk``, of equal size, a multiple of ``workers`` of them.

    So that the workers finish together: on a short run the last odd chunk would otherwise
    leave a core idle (a long ``visitparse batch`` run does not see that tail).
    """
    per_worker = -(-len(items) // (workers * chunk))
    bounds = [round(i * len(items) / (workers * per_worker)) for i in range(workers * per_worker + 1)]
    return [items[a:b] for a, b in pairwise(bounds) if b > a]


def _spin(n: int) -> int:
    """A pure-Python CPU task with no memory traffic: the machine's own parallel ceiling."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def _timed_map(pool: ProcessPoolExecutor, fn: Any, jobs: list[Any], *args: Any) -> tuple[float, list[Any]]:
    t0 = time.perf_counter()
    results = list(pool.map(fn, jobs, *([a] * len(jobs) for a in args)))
    return time.perf_counter() - t0, results


def _warm_pool(workers: int, lang: str, warm_up: list[str]) -> ProcessPoolExecutor:
    """A pool of ``workers`` batch workers, every one of them initialised before it returns."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")  # as the batch's PoolBackend
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_init, initargs=(lang, warm_up)
    )
    ready: set[int] = set()
    while len(ready) < workers:
        ready.update(pool.map(_pid_after, [0.5] * workers))
    return pool


def pool_speedup(
    lang: str, texts: list[str], workers: int = 2, rounds: int = 5, chunk: int = 16
) -> dict[str, Any]:
    """Docs/s of a pool of ``workers`` batch workers against a pool of one, in alternating rounds.

    This machine's speed drifts by a quarter from minute to minute, so one timing of each
    says little: the two pools (both warm) take turns on the same texts, ``rounds`` times,
    and the speedup is the median of the per-round ratios.  The same is done with a
    pure-Python loop, which shows what the machine itself gives two processes at once.
    """
    chunks = _equal_chunks(texts, workers, chunk)
    one, many = _warm_pool(1, lang, texts[:5]), _warm_pool(workers, lang, texts[:5])
    spin = [10_000_000] * workers  # about as long as a round of texts in one worker
    per_round: list[dict[str, float]] = []
    results: list[Any] = []
    try:
        for r in range(rounds):
            order = [(one, "one"), (many, "many")]
            row: dict[str, float] = {}
            for pool, key in order if r % 2 == 0 else order[::-1]:  # alternate who goes first
                seconds, res = _timed_map(pool, _parse_chunk, chunks, lang)
                row[key] = len(texts) / seconds
                row[f"cpu_{key}"] = sum(cpu for *_, cpu in res)
                if pool is many:
                    results += res
                row[f"spin_{key}"] = _timed_map(pool, _spin, spin if pool is many else spin[:1])[0]
            per_round.append(row)
    finally:
        one.shutdown()
        many.shutdown()
    rss: dict[int, float] = {}
    for _, pid, peak, _ in results:
        rss[pid] = max(rss.get(pid, 0.0), peak)
    ratios = [row["many"] / row["one"] for row in per_round]
    ceiling = [workers * row["spin_one"] / row["spin_many"] for row in per_round]
    return {
        "one_docs_per_s": statistics.median(row["one"] for row in per_round),
        "many_docs_per_s": statistics.median(row["many"] for row in per_round),
        "speedups": ratios,
        "speedup": statistics.median(ratios),
        "ceiling": statistics.median(ceiling),
        "ceilings": ceiling,
        # CPU time per document in one worker over that with all working: contention's cost
        "cpu_efficiency": statistics.median(row["cpu_one"] / row["cpu_many"] for row in per_round),
        "worker_peak_rss_mb": sorted(rss.values()),
    }


def natasha_ner(texts: list[str]) -> tuple[float, float]:
    """natasha's NER-only docs/s and docs per CPU-second (segment + NER tagger), models warm.

    In a fresh process with the same single native thread as ours, so both use one core.
    """
    code = (
        "import json, sys, time\n"
        "from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter\n"
        "texts = json.loads(sys.stdin.read())\n"
        "segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())\n"
        "def run(text):\n"
        "    doc = Doc(text)\n"
        "    doc.segment(segmenter)\n"
        "    doc.tag_ner(tagger)\n"
        "for t in texts[:5]: run(t)\n"
        "t0, c0 = time.perf_counter(), time.process_time()\n"
        "for t in texts: run(t)\n"
        "dt, dc = time.perf_counter() - t0, time.process_time() - c0\n"
        "print(json.dumps({'docs_per_s': len(texts) / dt, 'docs_per_cpu_s': len(texts) / dc}))\n"
    )
    rates = _fresh_process(code, texts)
    return rates["docs_per_s"], rates["docs_per_cpu_s"]


# --- synthetic archive -----------------------------------------------------------------------------


def build_archive(folder: Path, n: int, texts: list[str], new_words: int = 0) -> None:
    """``n`` files in sub-folders of 500, the texts repeated, each with its own id line.

    With ``new_words`` every file also ends with that many made-up words seen nowhere else,
    the worst case for spaCy's vocabulary, which keeps every word it meets.
    """
    for i in range(n):
        sub = folder / f"part{i // 500:03d}"
        if i % 500 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        body = texts[i % len(texts)]
        tail = " ".join(_made_up_word(i * new_words + k) for k in range(new_words))
        (sub / f"doc{i:06d}.txt").write_text(f"{body}\n\n(материал № {i}) {tail}\n", encoding="utf-8")


def _made_up_word(n: int) -> str:
    """A letters-only word of its own for every ``n``."""
    letters = "бвгдзклмнпрстфх"
    digits = []
    while True:
        n, d = divmod(n, len(letters))
        digits.append(letters[d])
        if not n:
            return "до" + "о".join(digits)


def _tree_rss_mb(pid: int) -> tuple[float, float, float, int]:
    """RSS of the whole tree, of the main process and of the largest child, in MB."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0, 0.0, 0.0, 0
    sizes: list[int] = []
    for proc in procs:
        try:
            sizes.append(proc.memory_info().rss)
        except psutil.NoSuchProcess:
            sizes.append(0)
    mb = [s / 2**20 for s in sizes]
    return sum(mb), mb[0], max(mb[1:], default=0.0), len(procs)


def archive_run(n: int, workers: int, texts: list[str], new_words: int = 0) -> None:
    """Build an ``n``-document archive and time ``visitparse batch`` on it with a memory profile."""
    with tempfile.TemporaryDirectory(prefix="visitparse-archive-") as tmp:
        folder, out = Path(tmp) / "archive", Path(tmp) / "out.jsonl"
        t0 = time.perf_counter()
        build_archive(folder, n, texts, new_words)
        print(f"archive: {n} files written in {time.perf_counter() - t0:.1f} s")
        cmd = [
            sys.executable,
            "-m",
            "visitparse.cli",
            "batch",
            str(folder),
            "-o",
            str(out),
            "-w",
            str(workers),
        ]
        print("running:", " ".join(cmd[1:]))
        samples: list[tuple[float, float, float, float, int]] = []
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        while proc.poll() is None:
            samples.append((time.perf_counter() - t0, *_tree_rss_mb(proc.pid)))
            time.sleep(0.5)
        elapsed = time.perf_counter() - t0
        stderr = proc.stderr.read() if proc.stderr else ""
        lines = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
        print(stderr.strip().splitlines()[-1] if stderr.strip() else "(no summary)")
        print(
            f"exit {proc.returncode}; {lines} records; {elapsed:.1f} s wall, "
            f"{n / elapsed:.1f} docs/s end to end"
        )
        if not samples:
            return
        print(
            f"peak memory (sampled every 0.5 s): process tree {max(s[1] for s in samples):.0f} MB, "
            f"main process {max(s[2] for s in samples):.0f} MB, "
            f"largest worker {max(s[3] for s in samples):.0f} MB"
        )
        print("memory profile:   time s   tree MB   main MB   worker MB (largest)   processes")
        step = max(1, len(samples) // 15)
        for t, tree, main_rss, worker, nprocs in samples[::step]:
            print(f"                 {t:7.1f}   {tree:7.0f}   {main_rss:7.0f}   {worker:9.0f}   {nprocs:5d}")
        running = max(s[4] for s in samples)
        steady = [s for s in samples if s[0] > elapsed * 0.1 and s[4] == running]
        if len(steady) >= 4:
            first, last = steady[: len(steady) // 4], steady[-(len(steady) // 4) :]
            grow = max(s[3] for s in last) - max(s[3] for s in first)
            print(
                f"largest worker: {max(s[3] for s in first):.0f} MB in the first quarter of the run, "
                f"{max(s[3] for s in last):.0f} MB in the last ({grow:+.0f} MB); main process "
                f"{max(s[2] for s in first):.0f} -> {max(s[2] for s in last):.0f} MB"
            )


# --- main ------------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="documents per language (default 200)")
    ap.add_argument("--langs", default="ru,bg", help="comma-separated languages (default ru,bg)")
    ap.add_argument("--workers", type=int, default=2, help="workers for the parallel figures (default 2)")
    ap.add_argument(
        "--rounds", type=int, default=5, help="alternating rounds of 1 worker and N workers (default 5)"
    )
    ap.add_argument(
        "--new-words",
        type=int,
        default=0,
        metavar="K",
        help="with --archive: end every file with K made-up words (a vocabulary that never stops growing)",
    )
    ap.add_argument("--archive", type=int, metavar="N", help="run the end-to-end archive benchmark instead")
    ap.add_argument(
        "--archive-texts",
        choices=("samples", "corpus"),
        default="samples",
        help="texts the archive repeats: samples/*.txt as they are (default) or ~3 KB corpus articles",
    )
    args = ap.parse_args()
    # One native (BLAS/OpenMP) thread per process everywhere, as the batch runner sets for its
    # workers: otherwise numpy's thread pool makes "one process" use two cores.
    from visitparse.batch import single_threaded_workers

    single_threaded_workers()

    if args.archive:
        # The archive repeats the project's own samples (press releases about visits) as they are.
        texts, origin = load_texts("ru", 200, source=args.archive_texts, pad=args.archive_texts == "corpus")
        bg, bg_origin = load_texts("bg", 200, source=args.archive_texts, pad=args.archive_texts == "corpus")
        mean = sum(map(len, texts + bg)) / len(texts + bg)
        print(f"texts: {origin} + {bg_origin}, mean {mean:.0f} chars")
        mixed = [t for pair in zip(texts, bg, strict=True) for t in pair]
        archive_run(args.archive, args.workers, mixed, args.new_words)
        return

    busy = os.getloadavg()[0]
    print(f"cpu cores: {os.cpu_count()}; python {sys.version.split()[0]}; load average {busy:.1f}")
    if busy > (os.cpu_count() or 1) / 2:
        print(
            "warning: the machine is busy; wall-clock rates and speedups are understated, "
            "docs per CPU-second are not"
        )
    for lang in args.langs.split(","):
        texts, origin = load_texts(lang, args.n)
        size = sum(len(t) for t in texts) / len(texts)
        print(f"\n== {lang}: {len(texts)} texts from {origin}, mean {size:.0f} chars")
        load = model_load_time(lang)
        print(f"model load: {load['load']:.2f} s (import of visitparse: {load['import']:.2f} s)")
        single = single_process(lang, texts)
        print(
            f"1 process : {single['docs_per_s']:.1f} docs/s with Parser.pipe "
            f"({single['docs_per_cpu_s']:.1f} per CPU-second; Parser.parse one by one "
            f"{single['parse_docs_per_s']:.1f}), peak RSS {single['peak_rss_mb']:.0f} MB"
        )
        par = pool_speedup(lang, texts, args.workers, args.rounds)
        rss = ", ".join(f"{r:.0f}" for r in par["worker_peak_rss_mb"])
        spread = f"{min(par['speedups']):.2f}-{max(par['speedups']):.2f}"
        print(
            f"batch workers, {args.rounds} alternating rounds: 1 worker {par['one_docs_per_s']:.1f} docs/s, "
            f"{args.workers} workers {par['many_docs_per_s']:.1f} docs/s (medians)"
        )
        print(
            f"{args.workers} workers / 1 worker: median {par['speedup']:.2f}x (rounds {spread}); "
            f"CPU per document alone / together {par['cpu_efficiency']:.2f}; "
            f"peak RSS per worker {rss} MB"
        )
        print(
            f"  machine ceiling, a pure-Python loop timed the same way: median {par['ceiling']:.2f}x "
            f"(rounds {min(par['ceilings']):.2f}-{max(par['ceilings']):.2f})"
        )
        if lang == "ru":
            ref, ref_cpu = natasha_ner(texts)
            print(
                f"natasha NER only: {ref:.1f} docs/s ({ref_cpu:.1f} per CPU-second); "
                f"full pipeline / natasha = {single['docs_per_s'] / ref:.2f} "
                f"(by CPU time {single['docs_per_cpu_s'] / ref_cpu:.2f})"
            )


if __name__ == "__main__":
    main()

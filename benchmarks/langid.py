"""Accuracy and speed of language identification on short and long news texts.

    python benchmarks/langid.py            # the table (needs ../shared for the bg/ru rows)
    python benchmarks/langid.py --errors   # also every wrong guess

Rows: headlines, 300-character openings and four-word sentence starts of the held-out
SlavicNER documents (bg, ru; see ``models/langid/data.py``: split by document, never
trained on); ``written``, the sentences of ``benchmarks/langid_sentences/`` (uk, mk, sr,
be; none of them is in the training texts); ``new``, those of
``benchmarks/langid_sentences_new/`` (mk, sr, be, bg, ru), written later (its Serbian rows
failed before more Serbian training text was written, so they are no longer clean); ``third``,
``benchmarks/langid_sentences_3/`` (sr, mk, bg, ru headlines without letters of their own),
written before that training text and never used to choose anything.  ``confidence`` is
the mean language_confidence (an honest one is close to the accuracy); ``langdetect`` is
langdetect alone (seeded), for comparison.
Timing: one call of ``detect_language`` on a 3 KB article (the first 3,000 characters
of held-out documents), best of five rounds, models loaded;
CPU time of this process, since the machine may be shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "models" / "langid"))

import data  # noqa: E402

from visitparse.langid import detect_language  # noqa: E402

SENTENCES = HERE / "langid_sentences"
# A second set written after the model was built and never used to tune it (mk/sr/be
# must not come out as bg/ru; bg and ru short press phrases must stay themselves).
NEW_SENTENCES = HERE / "langid_sentences_new"
THIRD_SENTENCES = HERE / "langid_sentences_3"


def langdetect_code(text: str) -> str:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return str(detect(text))
    except LangDetectException:
        return "und"


def own_sentences(folder: Path = SENTENCES) -> list[data.Sample]:
    return [
        data.Sample(path.stem, line.strip(), path.name)
        for path in sorted(folder.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def table(sets: dict[str, list[data.Sample]], show_errors: bool) -> None:
    print(
        f"{'set':10} {'lang':4} {'n':>4} {'accuracy':>9} {'confidence':>10} {'langdetect':>10} "
        f"{'as bg/ru':>8}  wrong guesses"
    )
    for name, samples in sets.items():
        for lang in sorted({s.lang for s in samples}):
            mine = [s for s in samples if s.lang == lang]
            found = [detect_language(s.text) for s in mine]
            guesses = [g.code for g in found]
            confidence = sum(g.confidence for g in found) / len(found)  # near accuracy if honest
            baseline = sum(langdetect_code(s.text) == lang for s in mine) / len(mine)
            right = sum(g == lang for g in guesses)
            as_ours = sum(g in ("bg", "ru") for g in guesses) if lang not in ("bg", "ru") else 0
            wrong = Counter(g for g in guesses if g != lang)
            print(
                f"{name:10} {lang:4} {len(mine):4} {right / len(mine):9.4f} {confidence:10.4f} "
                f"{baseline:10.4f} {as_ours:8}  " + ", ".join(f"{g} {n}" for g, n in wrong.most_common())
            )
            if show_errors:
                for s, g in zip(mine, guesses, strict=True):
                    if g != lang:
                        print(f"    {g}: {s.text[:100]}")


def timing(docs: list[str]) -> None:
    detect_language(docs[0])  # loads the model
    rounds = []
    for _ in range(5):
        started = time.process_time()
        for text in docs:
            detect_language(text)
        rounds.append((time.process_time() - started) / len(docs))
    cold = []
    for text in docs:
        started = time.process_time()
        detect_language(text)
        cold.append(time.process_time() - started)
    print(
        f"\ntiming: {len(docs)} articles of 3 KB, {min(rounds) * 1000:.3f} ms per article "
        f"CPU (best of 5 rounds); first call on each article: median {statistics.median(cold) * 1000:.3f} ms"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="print every wrong guess")
    args = ap.parse_args()
    sets: dict[str, list[data.Sample]] = {}
    if data.available():
        sets = data.eval_sets()
    else:
        print("../shared is missing: only our own sentences are scored")
    sets["written"] = own_sentences()
    sets["new"] = own_sentences(NEW_SENTENCES)
    sets["third"] = own_sentences(THIRD_SENTENCES)
    table(sets, args.errors)
    if data.available():
        docs = [s.text[:3000] for lang in ("bg", "ru") for s in data.slavicner_docs(lang, "eval")]
        timing([d for d in docs if len(d) >= 2500])


if __name__ == "__main__":
    main()

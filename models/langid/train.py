"""Train the character n-gram language model shipped as ``visitparse/data/langid.json.gz``.

    python models/langid/train.py            # train, calibrate, write the artifact
    python models/langid/train.py --check    # also print held-out accuracy (benchmarks/langid.py has more)

Naive Bayes over the 1- to 4-grams of words (see :func:`visitparse.langid.word_ngrams`),
trained on the ``train`` split of :mod:`data` (SlavicNER, FactRuEval, our own texts).
Everything is counted, never sampled, so the artifact is the same on every run.

Classes with little text (Ukrainian, Macedonian, Serbian, Belarusian: only the sentences
in ``texts/``) would win on every n-gram they have never seen if each class had its own
add-alpha floor; one floor for all (the largest class's) makes them win only on n-grams
they do have, and our own texts are weighted up (``WRITTEN_WEIGHT``) so that what they
have counts.  Rows are stored relative to their best class, in tenths; rows whose classes
differ by less than a tenth tell nothing and are left out.  The temperature that turns
summed log-probabilities into an honest confidence is fitted on the ``calib`` split.

Word coverage (see :class:`visitparse.langid.WordCoverage`): the bg and ru vocabularies
are every word of the training texts; how often a word of each language falls in them is
counted on text they were not built from: the ``calib`` split for bg and ru, our own
``texts/<lang>.txt`` for the other languages (they are in no bg/ru vocabulary).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import data  # noqa: E402

from visitparse.langid import (  # noqa: E402
    ALPHABETS,
    MIN_COVERAGE_WORD,
    NgramModel,
    WordCoverage,
    combined_posterior,
    coverage_words,
    word_ngrams,
    words_of,
)

OUT = HERE.parents[1] / "visitparse" / "data" / "langid.json.gz"
CLASSES = ("bg", "ru", "uk", "mk", "sr", "be")
ALPHA = 0.5
MIN_COUNT = 2  # n-grams seen fewer times in all the training text are noise
# Our own texts are small (and the only ones in uk, mk, sr, be): they count this many times.
# The bg and ru sample articles count as much, so that press-release words ("гостите",
# "болницата") are not taken for Macedonian because only the Macedonian text has them.
WRITTEN_WEIGHT = 30
BACKOFF = math.log(0.02)  # an unseen n-gram: a fiftieth of the less likely of its two shorter ones
SCALE = 10  # stored values are tenths of a natural-log unit
BG_OR_RU_LETTERS = ALPHABETS["bg"] | ALPHABETS["ru"] | {"'"}
TEMPERATURES = [t / 4 for t in range(2, 81)]


def count_ngrams() -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sample in data.training_texts():
        words = Counter(words_of(sample.text))
        target = counts[sample.lang]
        for word, n in words.items():
            for gram in word_ngrams(word):
                target[gram] += n * (WRITTEN_WEIGHT if sample.written else 1)
    return counts


def build_table(counts: dict[str, Counter[str]]) -> dict[str, list[int]]:
    vocab = Counter[str]()
    for per_class in counts.values():
        vocab.update(per_class)
    kept = sorted(g for g, n in vocab.items() if n >= MIN_COUNT)
    size = len(kept)
    totals = {c: sum(counts[c][g] for g in kept) for c in CLASSES}
    floor = math.log(ALPHA / (max(totals.values()) + ALPHA * size))

    def log_prob(c: str, gram: str) -> float:
        n = counts[c][gram]
        if n:
            return math.log((n + ALPHA) / (totals[c] + ALPHA * size))
        if len(gram) == 1 or (gram[0] == gram[-1] == " "):
            # A whole short word ("от", "во", "у") unseen in a class's text is evidence:
            # function words are frequent, so a class that never wrote one does not use it.
            return floor
        # Unseen in this class: back off to the likelier of its two shorter n-grams, so a
        # small class is not punished for a word it never saw written with its own letters.
        shorter = min(log_prob(c, gram[1:]), log_prob(c, gram[:-1]))
        return max(floor, shorter + BACKOFF)

    table: dict[str, list[int]] = {}
    for gram in kept:
        row = [log_prob(c, gram) for c in CLASSES]
        top = max(row)
        stored = [round((v - top) * SCALE) for v in row]
        if min(stored) < 0:
            table[gram] = stored
    return table


def vocabularies() -> dict[str, list[str]]:
    """Every word (of ``MIN_COVERAGE_WORD`` letters or more) of the bg and ru training texts."""
    found: dict[str, set[str]] = {"bg": set(), "ru": set()}
    for sample in data.training_texts():
        if sample.lang in found:
            found[sample.lang].update(w for w in words_of(sample.text) if len(w) >= MIN_COVERAGE_WORD)
    return {lang: sorted(words) for lang, words in found.items()}


def coverage_samples() -> list[data.Sample]:
    """Text of each class that the vocabularies do not contain: calib bg/ru, our own lines."""
    samples = list(data.calibration_texts())
    for sample in data.written_texts():
        if sample.lang not in ("bg", "ru"):
            lines = sample.text.splitlines()
            samples.extend(data.Sample(sample.lang, line, sample.source) for line in lines if line.strip())
    return samples


def coverage_log_probs(vocabs: dict[str, list[str]]) -> dict[str, list[float]]:
    """Per class, the log-probability of each cell (add-one smoothed)."""
    probe = WordCoverage(
        list(CLASSES), {k: frozenset(v) for k, v in vocabs.items()}, {c: [0.0] * 4 for c in CLASSES}
    )
    cells = {c: [1] * 4 for c in CLASSES}
    for sample in coverage_samples():
        # Only words that bg or ru could write: a word with a letter of its own language
        # (ј, ў, і) is never in their vocabularies, and that letter already decides.
        words = [w for w in coverage_words(sample.text) if BG_OR_RU_LETTERS.issuperset(w)]
        for cell in probe.cells(words):
            cells[sample.lang][cell] += 1
    return {c: [round(math.log(n / sum(row)), 4) for n in row] for c, row in cells.items()}


def fit_temperature(model: NgramModel, coverage: WordCoverage) -> float:
    samples = [
        (s.lang, words_of(s.text), coverage.scores(coverage_words(s.text))) for s in data.calibration_texts()
    ]
    scores = [(lang, model.scores(words), extra) for lang, words, extra in samples if words]
    best_t, best_loss = 1.0, math.inf
    for t in TEMPERATURES:
        loss = 0.0
        for lang, row, extra in scores:
            scaled = [s / t + e for s, e in zip(row, extra, strict=True)]
            top = max(scaled)
            log_norm = top + math.log(sum(math.exp(s - top) for s in scaled))
            loss -= scaled[CLASSES.index(lang)] - log_norm
        if loss < best_loss:
            best_t, best_loss = t, loss
    return best_t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="print held-out accuracy")
    args = ap.parse_args()
    if not data.available():
        sys.exit("the shared corpora (../shared/corpora) are missing")
    counts = count_ngrams()
    table = build_table(counts)
    artifact: dict[str, object] = {
        "classes": list(CLASSES),
        "scale": SCALE,
        "temperature": 1.0,
        "grams": list(table),
        "values": [v for row in table.values() for v in row],
    }
    vocabs = vocabularies()
    artifact["coverage"] = {"vocabularies": vocabs, "log_probs": coverage_log_probs(vocabs)}
    artifact["temperature"] = fit_temperature(
        NgramModel.from_json(artifact), WordCoverage.from_json(artifact)
    )
    blob = json.dumps(artifact, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    partial = args.out.with_suffix(".partial")  # running parsers must never read half a file
    partial.write_bytes(gzip.compress(blob, mtime=0))
    partial.replace(args.out)
    print(f"{len(table)} n-grams, temperature {artifact['temperature']}, {args.out.stat().st_size} bytes")
    if args.check:
        model, coverage = NgramModel.from_json(artifact), WordCoverage.from_json(artifact)
        print(
            "coverage log-probabilities (neither, bg only, ru only, both):", artifact["coverage"]["log_probs"]
        )
        for name, samples in data.eval_sets().items():
            for lang in ("bg", "ru"):
                mine = [s for s in samples if s.lang == lang]
                right = 0
                for s in mine:
                    post = combined_posterior(model, coverage, s.text)
                    right += max(post, key=lambda c: post[c]) == lang
                print(f"{name:9} {lang}  {right}/{len(mine)} = {right / len(mine):.4f}")


if __name__ == "__main__":
    main()

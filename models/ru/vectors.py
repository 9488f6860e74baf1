"""Static word vectors for the Russian pipeline, cut from natasha's navec news embeddings.

navec (shipped inside the natasha package) holds 250,000 lowercase words in 300
dimensions, product-quantized. A spaCy pipeline stores float32 vectors, so the
whole table would weigh 300 MB: this keeps the ``--words`` most frequent words
and projects them on their first ``--dims`` principal components (150,000 x 64
is 38.4 MB, which keeps the standalone model under 60 MB). A token finds its vector
in the lowercase, capitalised or upper-case form.

    python models/ru/vectors.py --words 150000 --dims 64   # -> models/ru/corpus/vectors/

Train with them: ``python models/ru/train.py --vectors``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import spacy
from spacy.strings import hash_string
from spacy.vectors import Vectors

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus" / "vectors"


def navec_table(n_words: int) -> tuple[list[str], np.ndarray]:
    """The ``n_words`` most frequent navec words and their 300-d vectors."""
    from natasha import NewsEmbedding

    emb = NewsEmbedding()
    counts = np.asarray(emb.vocab.counts)
    order = [i for i in np.argsort(-counts, kind="stable") if not emb.vocab.words[i].startswith("<")][
        :n_words
    ]
    words = [emb.vocab.words[i] for i in order]
    return words, np.stack([emb[w] for w in words]).astype(np.float32)


def project(vectors: np.ndarray, dims: int) -> np.ndarray:
    """``vectors`` centred and projected on their first ``dims`` principal components."""
    centred = vectors - vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(centred[:: max(1, len(centred) // 50_000)], full_matrices=False)
    return np.ascontiguousarray(centred @ vt[:dims].T, dtype=np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", type=int, default=150_000)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    words, table = navec_table(args.words)
    data = project(table, args.dims)
    nlp = spacy.blank("ru")
    vectors = Vectors(strings=nlp.vocab.strings, data=data)
    # spaCy saves only ORTH lookups for default vectors: the lowercase word, its capitalised and
    # upper-case forms all point to the word's one row.
    for row, word in enumerate(words):
        for form in {word, word[:1].upper() + word[1:], word.upper()}:
            vectors.add(hash_string(form), row=row)
    nlp.vocab.vectors = vectors
    nlp.to_disk(args.out)
    print(f"{len(words)} words x {args.dims} dims ({data.nbytes / 1e6:.1f} MB) -> {args.out}")


if __name__ == "__main__":
    main()

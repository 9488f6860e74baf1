"""Array helpers the annotators share."""

from __future__ import annotations

import numpy


def in_sorted(values: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, keys)`` for ``keys`` sorted ascending in the same dtype.

    A binary search of each value: ``numpy.isin`` sorts both arrays together on every
    call, which costs more than the rest of a rule pass over a document.
    """
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(keys, values)
    at[at == len(keys)] = 0
    found: numpy.ndarray = keys[at] == values
    return found

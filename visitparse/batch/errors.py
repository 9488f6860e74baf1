"""What a batch run reports besides records: usage errors and exit statuses."""

from __future__ import annotations

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Bad options or inputs: the run does not start (exit status 2)."""


def one_line(exc: BaseException) -> str:
    """An exception's message on one line, cut to a readable length."""
    return " ".join(str(exc).split())[:300] or type(exc).__name__

"""Static checks as part of the test run: ruff (lint and format) and mypy --strict on the package.

CI runs only ``python -m pytest``, so these make lint, formatting and typing errors fail it.
Each check is skipped when its tool is not installed (``pip install '.[test]'`` brings both).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ["visitparse", "tests"]


def _run(module: str, *args: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed")
    proc = subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, f"{module} {' '.join(args)}:\n{proc.stdout}{proc.stderr}"


def test_ruff_lint() -> None:
    _run("ruff", "check", "--no-cache", *TARGETS)


def test_ruff_format() -> None:
    _run("ruff", "format", "--check", "--no-cache", *TARGETS)


def test_mypy_strict() -> None:
    _run("mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "visitparse")

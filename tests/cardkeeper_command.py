"""The real ``cardkeeper`` command, run in a process of its own as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys


def run_cardkeeper(
    *args: str, timeout: float = 180, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``cardkeeper ARGS`` (with ``stdin`` typed in, when given): its exit status and output;
    never raises for a failing status."""
    return subprocess.run(
        [sys.executable, "-m", "cardkeeper", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=timeout,
        check=False,
    )

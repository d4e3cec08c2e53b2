"""The one place an unexpected error goes: a log file, and a sentence for the user.

A user never sees a traceback; the traceback is kept where a bug report can
pick it up.
"""

from __future__ import annotations

import datetime
import traceback

from cardkeeper import paths


def record_crash(error: BaseException) -> str:
    """Append the traceback to the crash log and return the sentence to show the user."""
    log_file = paths.log_dir() / "crash.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.datetime.now().isoformat()}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        return f"CardKeeper hit an unexpected problem ({type(error).__name__}: {error})."
    return f"CardKeeper hit an unexpected problem; the details were written to {log_file}."

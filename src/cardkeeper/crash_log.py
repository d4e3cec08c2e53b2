"""The one place an unexpected error goes: the app's log, and a sentence for the user.

A user never sees a traceback; the traceback is kept in the log
(:mod:`cardkeeper.logs`), where a bug report can pick it up, and the sentence
names the log file so that the user knows what to attach.
"""

from __future__ import annotations

import logging

from cardkeeper.logs import ensure_file_logging

log = logging.getLogger(__name__)


def record_crash(error: BaseException) -> str:
    """Log the error with its traceback and return the sentence to show the user."""
    log_file = ensure_file_logging()
    log.error("Unexpected %s", type(error).__name__, exc_info=error)
    if log_file is None:
        return f"CardKeeper hit an unexpected problem ({type(error).__name__}: {error})."
    return f"CardKeeper hit an unexpected problem; the details were written to {log_file}."

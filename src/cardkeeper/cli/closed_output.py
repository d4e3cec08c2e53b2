"""Commands finish their work when the reader of their output goes away.

``cardkeeper review accept --all | head -3``: once ``head`` has its lines it
exits, and the next line the command prints raises BrokenPipeError. Left alone,
that stopped the command half-way — three cards accepted, the rest still in the
inbox — and showed an "unexpected problem". What was asked is done in full
instead: from that moment standard output goes to the null device, as a shell
user expects of a command whose output they cut short.
"""

from __future__ import annotations

import os
from typing import TextIO, cast


class _Forgiving:
    """Standard output that, once its reader has gone, writes on into the null device."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._to_null()
            return self._stream.write(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._to_null()
            self._stream.flush()

    def _to_null(self) -> None:
        """Point the stream's file at the null device, so its buffer (and the flush Python
        does at exit) has somewhere to go."""
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, self._stream.fileno())
        finally:
            os.close(null)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def finishing_when_closed(stream: TextIO) -> TextIO:
    """``stream`` (standard output), such that a reader who stops reading it stops no work."""
    return cast(TextIO, _Forgiving(stream))

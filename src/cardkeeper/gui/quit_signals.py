"""SIGTERM and SIGINT close the window as its close button would.

A desktop session ends its programs with SIGTERM (logout, shutdown, ``kill``), a terminal
with SIGINT (Ctrl+C). Python's default ends the process at once: the window's layout went
unsaved, a running import was cut off between cards, and the socket that hands files to the
open window stayed in the temporary folder. Qt runs no Python code while it waits for events,
so the signal is only noted by a handler that does nothing, written by Python to a socket
(``signal.set_wakeup_fd``) that Qt watches, and the window is closed from the GUI thread.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QWidget

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def closing_on_quit_signals(window: QWidget) -> Iterator[None]:
    """While inside, a quit signal closes ``window``; the previous handlers come back after."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {number: signal.signal(number, _noted) for number in QUIT_SIGNALS}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def received() -> None:
        try:
            reader.recv(64)
        except BlockingIOError:
            return
        window.close()

    notifier.activated.connect(received)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        notifier.deleteLater()
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        reader.close()
        writer.close()


def _noted(_number: int, _frame: object) -> None:
    """Nothing: the signal's byte on the wake-up socket is what closes the window."""

"""The one way the GUI runs work off its thread, and the one way work talks back to it.

:func:`run_in_background` runs a function on the global thread pool; the
worker gets and returns plain data and never touches a widget. Its result or
exception, and anything it reports on the way with :func:`call_on_gui_thread`,
comes back on the GUI thread, where widgets may be changed. A callback whose
``parent`` has been destroyed meanwhile (its window was closed) is dropped
rather than called on a dead object.

Workers emit on one private relay object and nothing else, never on a QObject
that the rest of the app connects to. PySide's own bookkeeping of connections
to Python callables is not safe against a signal emitted on one thread while
another thread connects or disconnects it (PySide 6.12 crashes within seconds
when tried); the relay's single connection is made once and never changed, so
every public signal is emitted on the GUI thread instead.

The GUI thread keeps the work and its callbacks until the outcome is delivered, and
the worker lets go of all of them before it hands the outcome over. Work and callbacks
refer to their window (``self._load`` of a dialog), and a loaded machine can pause a
pool thread right after it answered. Had the worker kept the last reference while the
window was closed and dropped, the window's wrapper would die on the pool thread: its
timers are then stopped there, and shiboken runs the window's destructor whenever the
GUI thread next runs Python, in the middle of an event. Qt crashes either way (the GUI
tests died in pytest-qt's event processing after a test).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

T = TypeVar("T")


class _Relay(QObject):
    """Lives on the GUI thread and runs there the calls that any thread emits to it."""

    delivered = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._deliver)

    @Slot(object)
    def _deliver(self, deliver: Callable[[], None]) -> None:
        deliver()


_relay: _Relay | None = None
_relay_lock = threading.Lock()


@dataclass
class _Job:
    """One piece of background work as the GUI thread keeps it until its outcome is delivered."""

    fn: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    parent: QObject
    outcome: Callable[[], None] | None = None


_jobs: dict[int, _Job] = {}
_jobs_lock = threading.Lock()
_job_numbers = itertools.count()


def run_in_background(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
    *,
    parent: QObject,
) -> None:
    """Run ``fn`` on the global thread pool; call ``on_done(result)`` or ``on_error(exception)``
    on the GUI thread afterwards, unless ``parent`` was destroyed by then.

    Returns at once and nothing ever waits for ``fn``, so the window stays
    responsive however long ``fn`` takes.
    """
    number = next(_job_numbers)
    with _jobs_lock:
        _jobs[number] = _Job(fn, on_done, on_error, parent)
    QThreadPool.globalInstance().start(partial(_work, number))


def _work(number: int) -> None:
    """On a pool thread: run the job, then put its outcome back with no reference kept here."""
    with _jobs_lock:
        job = _jobs[number]
    try:
        result = job.fn()
    except BaseException as error:  # every failure must reach on_error, or the caller waits
        outcome = partial(job.on_error, error)
    else:
        outcome = partial(job.on_done, result)
        del result
    job.outcome = outcome
    del job, outcome  # before the GUI thread is told, so that it is the last to hold them
    if QCoreApplication.instance() is not None:  # else the app has quit: nobody is waiting
        _gui_relay().delivered.emit(partial(_deliver_outcome, number))


def _deliver_outcome(number: int) -> None:
    with _jobs_lock:
        job = _jobs.pop(number)
    if job.outcome is not None:
        _call_if_alive(job.parent, job.outcome)


def call_on_gui_thread(callback: Callable[[], None], *, parent: QObject) -> None:
    """Run ``callback`` on the GUI thread soon, unless ``parent`` is destroyed by then.

    Safe to call from any thread: it is how a worker reports progress. Calls
    from one thread run in the order they were made.
    """
    _gui_relay().delivered.emit(partial(_call_if_alive, parent, callback))


def _call_if_alive(parent: QObject, callback: Callable[[], None]) -> None:
    if shiboken6.isValid(parent):
        callback()


def _gui_relay() -> _Relay:
    """The relay, made on first use by whichever thread comes first and moved to the GUI's."""
    global _relay  # noqa: PLW0603 - one relay for the process, like the GUI thread it serves
    with _relay_lock:
        if _relay is None:
            app = QCoreApplication.instance()
            if app is None:
                raise RuntimeError("Work can only be run for the GUI once a QApplication exists.")
            relay = _Relay()
            relay.moveToThread(app.thread())
            _relay = relay
        return _relay

"""run_in_background: the work runs on a pool thread, its outcome comes back on the GUI thread."""

from __future__ import annotations

import threading
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool
from pytestqt.qtbot import QtBot

from cardkeeper.gui.common.background import call_on_gui_thread, run_in_background


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QObject()
    worker_threads: list[threading.Thread] = []
    delivered: list[tuple[int, bool]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    def done(value: int) -> None:
        gui_thread = QCoreApplication.instance().thread()
        delivered.append((value, QThread.currentThread() is gui_thread))

    run_in_background(work, done, lambda error: None, parent=parent)
    qtbot.waitUntil(lambda: bool(delivered))
    assert delivered == [(42, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()


def test_an_exception_goes_to_on_error(qtbot: QtBot) -> None:
    parent = QObject()
    errors: list[BaseException] = []

    def work() -> int:
        raise ValueError("no such card")

    run_in_background(work, lambda value: None, errors.append, parent=parent)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "no such card"


def test_nothing_is_called_once_the_parent_is_gone(qtbot: QtBot) -> None:
    parent, still_there = QObject(), QObject()
    release = threading.Event()
    called: list[object] = []
    kept: list[object] = []
    run_in_background(lambda: release.wait(10), called.append, called.append, parent=parent)
    run_in_background(lambda: release.wait(10), kept.append, kept.append, parent=still_there)
    shiboken6.delete(parent)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()  # delivers what the workers posted
    assert called == []
    assert kept == [True]


def test_a_worker_reports_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    parent = QObject()
    reports: list[tuple[int, bool]] = []

    def report(step: int) -> None:
        reports.append((step, QThread.currentThread() is QCoreApplication.instance().thread()))

    def work() -> str:
        for step in range(100):
            call_on_gui_thread(partial(report, step), parent=parent)
        return "done"

    finished: list[str] = []
    run_in_background(work, finished.append, lambda error: None, parent=parent)
    qtbot.waitUntil(lambda: bool(finished))
    assert reports == [(step, True) for step in range(100)]  # all of them, before on_done


class _SlowToLetGo:
    """Work that holds the window, and whose worker is held up just as it lets go of it,
    as a loaded machine may pause a pool thread right after the work answered."""

    def __init__(self, window: QObject, let_go: threading.Event) -> None:
        self.window = window
        self._let_go = let_go

    def __call__(self) -> int:
        return 7

    def __del__(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            self._let_go.wait(10)


def _note_thread(threads: list[bool]) -> None:
    threads.append(threading.current_thread() is threading.main_thread())


def test_the_window_a_job_holds_is_destroyed_on_the_gui_thread(qtbot: QtBot) -> None:
    """A widget destroyed on a pool thread crashes Qt, so the worker must never hold the last
    reference to what the work and its callbacks refer to, however late it lets go."""
    destroyed_on_gui_thread: list[bool] = []
    window = QObject()
    window.destroyed.connect(
        partial(_note_thread, destroyed_on_gui_thread), Qt.ConnectionType.DirectConnection
    )
    let_go = threading.Event()
    answered: list[int] = []
    run_in_background(
        _SlowToLetGo(window, let_go), answered.append, lambda error: None, parent=window
    )
    qtbot.waitUntil(lambda: bool(answered))

    del window  # the test's window is closed and gone, as at the end of a test
    let_go.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert destroyed_on_gui_thread == [True]

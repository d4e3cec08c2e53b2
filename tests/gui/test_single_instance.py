"""One window per library, with real second starts: ``python -m cardkeeper`` in another process.

The window runs in the test's QApplication (under Xvfb) and listens as the
app's does; the second starts are real processes that find its lock, hand
over their files and exit. Where a test needs a window in another process, it
starts the real app there, and kills it the way a crash would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardkeeper import logs
from cardkeeper.gui.importing.summary import WHAT_HAPPENED, ImportSummaryDialog
from cardkeeper.gui.library.sidebar import ALL, REVIEW
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.gui.single_instance import (
    LibraryHold,
    claim,
    hold_or_hand_over,
    lock_path,
    serve,
    server_name,
)
from cardkeeper.reading.pipeline import NO_CARD_FOUND
from cardkeeper.settings import Settings
from cardkeeper.store.contact_rows import count_rows, list_contact_rows
from cardkeeper.store.database import Library, open_library
from tests.card_files import write_scan

IMPORT_TIMEOUT_MS = 120_000
START_TIMEOUT_MS = 60_000
"""A start imports Qt and, for a window, opens the library: seconds on a loaded machine."""


@pytest.fixture(autouse=True)
def _logged() -> None:
    """This process logs to the test's log file too, as the app's window does."""
    logs.setup_logging()


@pytest.fixture
def hold(data_dir: Path) -> Iterator[LibraryHold]:
    held = claim(data_dir)
    assert held is not None
    yield held
    held.release()


@pytest.fixture
def library(data_dir: Path, hold: LibraryHold) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def _window(qtbot: QtBot, hold: LibraryHold, library: Library) -> MainWindow:
    window = MainWindow(library, Settings())
    qtbot.add_widget(window)
    serve(hold, window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _start(*args: str, cwd: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cardkeeper", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
        cwd=cwd,
    )


def _ended(qtbot: QtBot, process: subprocess.Popen[str]) -> tuple[int, str]:
    """Wait for the process while this one's event loop runs (the window answers it)."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=START_TIMEOUT_MS)
    _out, err = process.communicate()
    return process.returncode, err


def _log_lines(containing: str) -> list[str]:
    log_file = logs.log_file()
    if not log_file.exists():
        return []
    return [line for line in log_file.read_text().splitlines() if containing in line]


def _pid_in(line: str) -> int:
    return int(line.split()[2])


def test_photos_named_to_a_second_start_go_to_the_open_windows_review_inbox(
    qtbot: QtBot, hold: LibraryHold, library: Library, data_dir: Path, tmp_path: Path
) -> None:
    for seed, name in ((3, "a.jpg"), (5, "b.jpg"), (7, "c.jpg")):
        write_scan(tmp_path, seed, name)
    window = _window(qtbot, hold, library)

    # As a file manager runs it: paths relative to its own working folder.
    second = _start("--data-dir", str(data_dir), "a.jpg", "b.jpg", "c.jpg", cwd=tmp_path)
    status, err = _ended(qtbot, second)

    assert (status, err) == (0, "")
    assert count_rows(library).needing_review < 3  # it did not wait for the cards to be read
    qtbot.waitUntil(lambda: count_rows(library).needing_review == 3, timeout=IMPORT_TIMEOUT_MS)
    assert window.browser.sidebar.current_choice() == REVIEW
    job = window.importing.current_import()
    if job is not None and job.is_running():
        with qtbot.waitSignal(job.finished, timeout=IMPORT_TIMEOUT_MS):
            pass
    assert window.model.rowCount() == 3
    (handed,) = _log_lines("Handed 3 files and folders to the window")
    assert _pid_in(handed) == second.pid


def test_a_contacts_file_handed_over_comes_in_as_contacts(
    qtbot: QtBot, hold: LibraryHold, library: Library, data_dir: Path, tmp_path: Path
) -> None:
    from cardkeeper.domain import Contact
    from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf

    people = tmp_path / "From My Phone.vcf"
    people.write_bytes(contacts_to_vcf([VCardContact(Contact(given_name="Ines"))], "4.0"))
    window = _window(qtbot, hold, library)

    status, err = _ended(qtbot, _start("--data-dir", str(data_dir), str(people)))

    assert (status, err) == (0, "")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.importing.current_import() is None  # not read as a card photo


def test_a_second_start_with_no_files_brings_the_window_forward_and_opens_nothing(
    qtbot: QtBot, hold: LibraryHold, library: Library, data_dir: Path
) -> None:
    window = _window(qtbot, hold, library)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    second = _start("--data-dir", str(data_dir))
    status, err = _ended(qtbot, second)

    assert (status, err) == (0, "")
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert [_pid_in(line) for line in _log_lines("Window opened")] == []
    assert [_pid_in(line) for line in _log_lines("Handed 0 files")] == [second.pid]


def test_two_starts_in_the_same_instant_open_one_window(qtbot: QtBot, data_dir: Path) -> None:
    first, second = _start("--data-dir", str(data_dir)), _start("--data-dir", str(data_dir))
    try:
        qtbot.waitUntil(
            lambda: first.poll() is not None or second.poll() is not None,
            timeout=START_TIMEOUT_MS,
        )
        gone, window = (first, second) if first.poll() is not None else (second, first)
        assert gone.wait() == 0, gone.communicate()[1]
        assert [_pid_in(line) for line in _log_lines("Handed 0 files")] == [gone.pid]
        qtbot.waitUntil(lambda: len(_log_lines("Window opened")) == 1, timeout=START_TIMEOUT_MS)
        assert [_pid_in(line) for line in _log_lines("Window opened")] == [window.pid]
        assert window.poll() is None
        assert claim(data_dir) is None
    finally:
        for process in (first, second):
            process.kill()
            process.communicate()
        QLocalServer.removeServer(server_name(data_dir))  # a killed window leaves its socket file


@pytest.mark.parametrize("quit_signal", [signal.SIGTERM, signal.SIGINT])
def test_a_window_asked_to_end_by_a_signal_closes_as_by_its_close_button(
    qtbot: QtBot, data_dir: Path, quit_signal: signal.Signals
) -> None:
    """Logout and shutdown send SIGTERM, a terminal's Ctrl+C SIGINT: the window closes and
    lets go of the library (its lock, its socket), rather than leaving them to the next start."""
    window = _start("--data-dir", str(data_dir))
    try:
        qtbot.waitUntil(lambda: len(_log_lines("Window opened")) == 1, timeout=START_TIMEOUT_MS)
        window.send_signal(quit_signal)
        status, err = _ended(qtbot, window)
    finally:
        window.kill()
        window.communicate()
    assert status == 0, err
    assert "Traceback" not in err
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    assert not socket.waitForConnected(200)
    hold = claim(data_dir)
    assert hold is not None
    assert not _log_lines("Took over the window lock")
    hold.release()


def test_the_lock_of_a_window_that_was_killed_is_taken_over(qtbot: QtBot, data_dir: Path) -> None:
    crashed = _start("--data-dir", str(data_dir))
    try:
        qtbot.waitUntil(lambda: len(_log_lines("Window opened")) == 1, timeout=START_TIMEOUT_MS)
    finally:
        crashed.send_signal(signal.SIGKILL)
        crashed.communicate()
    assert lock_path(data_dir).exists()

    hold = claim(data_dir)

    assert hold is not None
    assert _log_lines("Took over the window lock")
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))  # its socket was left behind too
    assert socket.waitForConnected(1000)
    socket.abort()
    hold.release()


def test_two_libraries_each_have_their_window(
    qtbot: QtBot, hold: LibraryHold, library: Library, tmp_path: Path
) -> None:
    other_folder = tmp_path / "other library"
    other_hold = claim(other_folder)
    assert other_hold is not None
    assert server_name(other_folder) != server_name(library.folder)
    write_scan(tmp_path, 3, "card.png")
    with open_library(other_folder) as other:
        first = _window(qtbot, hold, library)
        second = _window(qtbot, other_hold, other)

        status, err = _ended(
            qtbot, _start("--data-dir", str(other_folder), str(tmp_path / "card.png"))
        )

        assert (status, err) == (0, "")
        qtbot.waitUntil(lambda: count_rows(other).needing_review == 1, timeout=IMPORT_TIMEOUT_MS)
        job = second.importing.current_import()
        if job is not None and job.is_running():
            with qtbot.waitSignal(job.finished, timeout=IMPORT_TIMEOUT_MS):
                pass
        assert first.importing.current_import() is None
        assert count_rows(library).library == 0
    other_hold.release()


def test_the_same_library_by_another_path_is_the_same_library(
    hold: LibraryHold, data_dir: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link to the library"
    link.symlink_to(data_dir, target_is_directory=True)
    assert server_name(link) == server_name(data_dir)
    assert server_name(data_dir / ".." / data_dir.name) == server_name(data_dir)
    assert claim(link) is None
    assert lock_path(data_dir).parent == data_dir.parent  # restoring renames the folder


def test_a_window_that_does_not_answer_is_told_in_one_sentence(
    hold: LibraryHold, data_dir: Path
) -> None:
    from cardkeeper.errors import LibraryError

    # This process holds the library and runs no event loop while it waits: nobody answers.
    started = time.monotonic()
    with pytest.raises(LibraryError) as raised:
        hold_or_hand_over(data_dir, [], timeout=0.5)
    assert time.monotonic() - started < 5
    assert str(raised.value) == (
        f"CardKeeper is already open on the library in {data_dir} (process {os.getpid()}) "
        "but does not answer; close that window, or end that process, and try again."
    )


@pytest.mark.parametrize(
    "message",
    [b"GET / HTTP/1.1\n", b'{"files": ["relative/card.jpg"]}\n', b'{"files": "/a.jpg"}\n'],
)
def test_what_is_not_a_hand_over_is_refused(
    qtbot: QtBot, hold: LibraryHold, message: bytes
) -> None:
    received: list[object] = []
    hold.handed_over.connect(received.append)
    socket = QLocalSocket()
    socket.connectToServer(server_name(hold.folder))
    assert socket.waitForConnected(1000)
    socket.write(message)
    socket.flush()
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert received == []
    assert _log_lines("A hand-over that was not CardKeeper's was refused")


def test_with_no_window_open_the_files_named_open_one_and_are_imported(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cardkeeper.gui.app import run_app

    photo, _truth = write_scan(tmp_path, 3)
    imported: list[int] = []
    give_up = time.monotonic() + IMPORT_TIMEOUT_MS / 1000

    def close_once_imported() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.library.folder == data_dir
        ]
        if time.monotonic() > give_up:  # end run_app's event loop rather than hang the run
            for window in windows:
                window.close()
            return
        if not windows or windows[0].importing.current_import() is not None:  # None again once done
            QTimer.singleShot(50, close_once_imported)
            return
        imported.append(windows[0].model.rowCount())
        windows[0].close()

    QTimer.singleShot(0, close_once_imported)
    assert run_app(str(data_dir), None, [photo]) == 0

    assert imported == [1]
    with open_library(data_dir) as library:
        assert count_rows(library).needing_review == 1
    again = claim(data_dir)  # the window let go of the library as it closed
    assert again is not None
    again.release()


def test_files_handed_over_during_an_import_are_imported_after_it(
    qtbot: QtBot, hold: LibraryHold, library: Library, tmp_path: Path
) -> None:
    first = [write_scan(tmp_path, seed)[0] for seed in (3, 5)]
    later, _truth = write_scan(tmp_path, 7)
    window = _window(qtbot, hold, library)
    window.importing.start_import(first)
    job = window.importing.current_import()
    assert job is not None

    hold.handed_over.emit([later])

    assert window.importing.current_import() is job
    qtbot.waitUntil(lambda: count_rows(library).needing_review == 3, timeout=IMPORT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.importing.current_import() is None, timeout=IMPORT_TIMEOUT_MS)


def _page_without_a_card(path: Path) -> Path:
    """A printed page too wide to be a card: read whole, which the reader says in a note."""
    page = Image.new("RGB", (2000, 520), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=44)
    lines = ("Anna Koch", "Elbtal Software GmbH", "anna.koch@elbtal.de", "+49 351 1234567")
    for row, line in enumerate(lines):
        draw.text((80, 40 + row * 110), line, fill="black", font=font)
    page.save(path)
    return path


WINDOW_MET_AT = "Web Summit 2026, Lisbon"


@pytest.mark.parametrize("met_at", [WINDOW_MET_AT, "Hannover Messe"])
def test_cardkeeper_import_in_a_terminal_hands_the_cards_to_the_open_window(
    qtbot: QtBot, hold: LibraryHold, library: Library, tmp_path: Path, met_at: str
) -> None:
    """The window's Met at, unless the terminal named an event (``--event``)."""
    options = [] if met_at == WINDOW_MET_AT else ["--event", met_at]
    page = _page_without_a_card(tmp_path / "page.png")
    window = MainWindow(library, Settings(current_event=WINDOW_MET_AT))
    qtbot.add_widget(window)
    serve(hold, window)
    window.show()
    qtbot.waitExposed(window)
    window.browser.sidebar.choose(ALL)

    terminal = subprocess.Popen(
        [sys.executable, "-m", "cardkeeper", "import", "--data-dir", hold.folder, *options, page],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    qtbot.waitUntil(lambda: terminal.poll() is not None, timeout=START_TIMEOUT_MS)
    out, err = terminal.communicate()

    assert (terminal.returncode, err) == (0, "")
    assert out.splitlines() == [
        f"Handed {page} to the CardKeeper window open on this library; it imports it into "
        "its review inbox and tells there how it went."
    ]
    # No click: the window shows the card in its inbox as it is read.
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=IMPORT_TIMEOUT_MS)
    assert window.browser.sidebar.current_choice() == REVIEW
    (row,) = list_contact_rows(library)
    assert row.event_name == met_at
    qtbot.waitUntil(lambda: window.importing.current_import() is None, timeout=IMPORT_TIMEOUT_MS)
    dialog = window.findChild(ImportSummaryDialog)
    assert dialog is not None and dialog.isVisible()
    told = dialog.problems.index(0, WHAT_HAPPENED).data()
    assert told == f"Added Anna Koch. {NO_CARD_FOUND}"
    QApplication.processEvents()
    window.grab().save("/tmp/h-flow/window-after-terminal-import.png")
    dialog.grab().save("/tmp/h-flow/summary-after-terminal-import.png")

"""One window per library: the first start holds the library, later starts hand it their files.

Two windows on one library would each keep their own undo steps, sync timer
and idea of what is in it, and write it over each other. So the process whose
window shows a library holds a lock file for it (:class:`QLockFile`) and
listens on a local socket named after the library and the user
(:class:`QLocalServer`). A later ``cardkeeper`` on the same library — typed,
or a file manager's "Open With CardKeeper" running ``cardkeeper %F`` — finds
the lock taken, connects, hands over the files and folders it was given, and
exits; the window comes to the front and imports them as if they had been
dropped on it. Another library has another lock and another socket, so it can
have a window of its own. ``cardkeeper import`` in a terminal hands its files
to the window the same way (:func:`hand_to_window`), as opening files in a
running app does: the window reads them with its *Met at* into its review
inbox as they come and tells how each went, where an import written beside it
would go unseen by the window and say things its own imports do not. Other
commands take no lock: they write through SQLite's own locking beside the window.

When two start in the same instant, only one creates the lock file (the file
system's create-if-absent decides); the other retries handing over until the
first one listens, for up to :data:`HAND_OVER_SECONDS`.

The lock lies beside the library folder, not in it: restoring a backup renames
the folder aside, which would carry the lock away (and Windows will not
rename a folder holding an open file). A lock left by a process that was
killed is taken over, since QLockFile sees that its process is gone; a lock is
never stale by its age, as a window may stay open for weeks.
"""

from __future__ import annotations

import errno
import getpass
import hashlib
import json
import logging
import re
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from cardkeeper.errors import LibraryError
from cardkeeper.logs import Stopwatch
from cardkeeper.wording import translate

if TYPE_CHECKING:
    from cardkeeper.gui.main_window import MainWindow

log = logging.getLogger(__name__)

HAND_OVER_SECONDS = 15.0
"""How long a later start tries to reach the window: long enough for a window
that has just taken the lock to open a big library and listen."""
RETRY_SECONDS = 0.1
MAX_MESSAGE_BYTES = 1 << 20
"""A file manager hands over a few hundred paths at most; anything bigger is not ours."""
ACK = b"ok\n"


def library_key(folder: Path) -> Path:
    """The library's folder as every start names it, whatever path led there."""
    return folder.expanduser().resolve()


def lock_path(folder: Path) -> Path:
    folder = library_key(folder)
    return folder.parent / f".{folder.name}.window-lock"


def server_name(folder: Path) -> str:
    """Per user and library; hashed, as a socket's path has to be short."""
    digest = hashlib.sha256(str(library_key(folder)).encode("utf-8", "surrogatepass"))
    return f"cardkeeper-{_user()}-{digest.hexdigest()[:16]}"


def _user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment nor in the user database
        name = "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:32]


class LibraryHold(QObject):
    """This process's hold on one library for its window, and the door later starts knock at.

    Signals:

    - ``handed_over(list)``: a later start on this library asked for the
      window, with the files and folders it was given (absolute ``Path``s;
      none for a bare ``cardkeeper``).
    - ``import_handed_over(list, object)``: ``cardkeeper import`` gave the
      window these files and folders to import, with the event its
      ``--event`` named (a ``str``), or None for the window's own *Met at*.
    """

    handed_over = Signal(list)
    import_handed_over = Signal(list, object)

    def __init__(self, folder: Path, lock: QLockFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._lock = lock
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)
        name = server_name(folder)
        QLocalServer.removeServer(name)  # left by a process that was killed: the lock is ours
        if not self._server.listen(name):
            log.warning(
                "The window cannot take files from later starts: %s", self._server.errorString()
            )

    def release(self) -> None:
        """Let a later start open a window on the library; the window must be done with it."""
        self._server.close()
        self._lock.unlock()

    def __enter__(self) -> LibraryHold:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(partial(self._read, socket, bytearray()))
            # A caller that connects and says nothing is let go of, not kept forever.
            QTimer.singleShot(int(HAND_OVER_SECONDS * 1000), socket, socket.abort)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received += socket.readAll().data()
        if b"\n" not in received:
            if len(received) > MAX_MESSAGE_BYTES:
                log.warning("A hand-over of more than %d bytes was refused", MAX_MESSAGE_BYTES)
                socket.abort()
            return
        socket.readyRead.disconnect()  # one message per connection
        handed = _hand_over_in(bytes(received.split(b"\n", 1)[0]))
        if handed is None:
            log.warning("A hand-over that was not CardKeeper's was refused")
            socket.abort()
            return
        # Answered before the files are taken in: an import may ask the user something first,
        # and the start waiting for this answer must not take the silence for a window gone.
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        files, to_import, event = handed
        log.info("A later start handed over %d files and folders", len(files))
        if to_import:
            emit = partial(self.import_handed_over.emit, files, event)
        else:
            emit = partial(self.handed_over.emit, files)
        QTimer.singleShot(0, self, emit)


def _hand_over_in(message: bytes) -> tuple[list[Path], bool, str | None] | None:
    """(files, whether ``cardkeeper import`` sent them, its event); None if not CardKeeper's."""
    try:
        parsed = json.loads(message)
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None
    files, to_import, event = parsed.get("files"), parsed.get("import", False), parsed.get("event")
    if not isinstance(files, list) or not all(isinstance(name, str) for name in files):
        return None
    if not isinstance(to_import, bool) or not isinstance(event, str | None):
        return None
    paths = [Path(name) for name in files]
    # Relative to the start that sent them, which made them absolute; this window's own
    # working folder would give them another meaning.
    return (paths, to_import, event) if all(path.is_absolute() for path in paths) else None


def claim(folder: Path) -> LibraryHold | None:
    """Hold the library for a window in this process; None when another window holds it.

    Raises :class:`LibraryError` when the lock file cannot be made at all.
    """
    path = lock_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        denied = error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
        raise _lock_problem(folder, path, denied=denied) from error
    left_behind = path.exists()
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        if left_behind:
            log.info("Took over the window lock of a CardKeeper that ended without closing")
        return LibraryHold(library_key(folder), lock)
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise _lock_problem(folder, path, denied=lock.error() == QLockFile.LockError.PermissionError)


def _lock_problem(folder: Path, path: Path, *, denied: bool) -> LibraryError:
    if denied:
        return LibraryError(
            QCoreApplication.translate(
                "single_instance",
                "CardKeeper cannot write its lock file in {folder}, beside the library folder; "
                "make that folder writable, or start CardKeeper with another library folder "
                "(--data-dir FOLDER).",
            ).format(folder=path.parent)
        )
    return LibraryError(
        QCoreApplication.translate(
            "single_instance",
            "CardKeeper could not make its lock file {path} beside the library folder {folder}; "
            "check that the disk has room and try again.",
        ).format(path=path, folder=folder)
    )


def hand_over(
    folder: Path,
    files: Sequence[Path],
    deadline: float,
    *,
    to_import: bool = False,
    event: str | None = None,
) -> bool:
    """Give the files to the window holding the library; False when none took them in time.

    ``deadline`` is on the ``time.monotonic()`` clock. ``to_import`` and ``event``
    come from ``cardkeeper import`` (see :func:`hand_to_window`).
    """

    def left_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(left_ms()):
        return False
    handed: dict[str, object] = {"files": [str(path) for path in files]}
    if to_import:
        handed |= {"import": True, "event": event}
    message = json.dumps(handed).encode("ascii") + b"\n"
    socket.write(message)
    while socket.bytesToWrite() and socket.waitForBytesWritten(left_ms()):
        pass
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(left_ms()):
        answer += socket.readAll().data()
    socket.abort()
    return answer == ACK


def hold_or_hand_over(
    folder: Path, files: Sequence[Path], timeout: float = HAND_OVER_SECONDS
) -> LibraryHold | None:
    """Hold the library for a new window, or hand the files to the window holding it (None).

    Raises :class:`LibraryError` when neither can be done: the lock cannot be
    made, the library is open on another computer, or its window does not answer.
    """
    watch = Stopwatch()
    deadline = time.monotonic() + timeout
    while True:
        hold = claim(folder)
        if hold is not None:
            return hold
        holder = _holder(folder)
        if holder is not None and holder[1] not in ("", QSysInfo.machineHostName()):
            raise LibraryError(
                QCoreApplication.translate(
                    "single_instance",
                    "The library in {folder} is open in CardKeeper on {computer}; close it there "
                    "first (if that computer stopped without closing it, delete {lock}).",
                ).format(folder=folder, computer=holder[1], lock=lock_path(folder))
            )
        if hand_over(folder, files, deadline):
            log.info(
                "Handed %d files and folders to the window open on this library, in %.2f s",
                len(files),
                watch.seconds(),
            )
            return None
        if time.monotonic() >= deadline:
            not_answering = (
                QCoreApplication.translate(
                    "single_instance",
                    "CardKeeper is already open on the library in {folder} (process {process}) "
                    "but does not answer; close that window, or end that process, and try again.",
                )
                if holder is not None
                else QCoreApplication.translate(
                    "single_instance",
                    "CardKeeper is already open on the library in {folder} but does not "
                    "answer; close that window, or end that process, and try again.",
                )
            )
            raise LibraryError(
                not_answering.format(folder=folder, process=holder[0] if holder else "")
            )
        time.sleep(RETRY_SECONDS)  # no window in this process yet: nothing waits on it


def hand_to_window(folder: Path, files: Sequence[Path], event: str | None) -> bool:
    """For ``cardkeeper import``: True if a window open on the library took the files.

    ``event`` is the one ``--event`` named, or None for the window's *Met at*.
    No window (no lock, or one left by a process that ended) is answered at
    once; a window that does not answer is waited for as a later start would.
    """
    if not lock_path(folder).exists():
        return False
    deadline = time.monotonic() + HAND_OVER_SECONDS
    files = [path.absolute() for path in files]
    if not hand_over(folder, files, deadline, to_import=True, event=event):
        return False
    log.info("Handed %d files and folders to the window to import", len(files))
    return True


def _holder(folder: Path) -> tuple[int, str] | None:
    """The process id and host name written in the lock, when it can be read."""
    info = QLockFile(str(lock_path(folder))).getLockInfo()
    if not isinstance(info, tuple) or len(info) < 2 or not info[0]:
        return None
    return int(info[0]), str(info[1])


def serve(hold: LibraryHold, window: MainWindow) -> None:
    """Bring the window forward for each later start, and import what it handed over.

    What ``cardkeeper import`` hands over is imported where the window is: the user
    is typing in the terminal, and the window is not pulled over it.
    """
    hold.handed_over.connect(partial(_open_in, window))
    hold.import_handed_over.connect(partial(_import_in, window))


def _open_in(window: MainWindow, files: list[Path]) -> None:
    bring_forward(window)
    if files:
        _import_in(window, files, None)


def _import_in(window: MainWindow, files: list[Path], event: str | None) -> None:
    job = window.importing.current_import()
    if job is not None and job.is_running():
        # A file manager's "Open With" cannot be told to try again later, as a drop can:
        # the files wait for the import under way (connected after the window's own slot).
        job.finished.connect(lambda _summary: _import_in(window, files, event))
        waiting = len(files)
        window.statusBar().showMessage(
            translate(
                "single_instance",
                "%n more to import once this import has finished.",
                None,
                waiting,
            ),
            10000,
        )
        return
    window.importing.import_paths(files, event=event)


def bring_forward(window: QWidget) -> None:
    """Shown, restored if minimised, raised and activated, as far as the desktop allows."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()

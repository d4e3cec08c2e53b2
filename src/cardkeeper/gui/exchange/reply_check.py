"""Replies noticed in the background: one check of the mailbox at a time, on the sync timer.

:class:`AutoSync` asks :class:`ReplyCheck` each time it syncs; the check does
nothing until the user has chosen to let CardKeeper look (Settings ▸ Mail) and a
mailbox is set up. It opens its own library connection and mailbox off the GUI
thread, marks follow-ups through the same use cases as the Follow-ups window
(:mod:`cardkeeper.app.replies`), and says what it found in one sentence. A check
that fails (offline, most often) changes nothing and says why; the next tick tries
again. The IMAP code is imported by the worker, never here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.settings import Settings
from cardkeeper.store.database import open_library

if TYPE_CHECKING:
    from cardkeeper.app.replies import ReplyReport


class ReplyCheck(QObject):
    """Checks the mailbox for replies, one check at a time.

    Signals: ``found(str, object)`` — a check marked follow-ups: the sentence saying what
    it found, and the :class:`~cardkeeper.app.replies.ReplyReport` listing each mark;
    ``failed(str)`` — the one sentence of why a check could not be made.
    """

    found = Signal(str, object)
    failed = Signal(str)

    def __init__(
        self, folder: Path, settings: Callable[[], Settings], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._settings = settings
        self._running = False

    def is_running(self) -> bool:
        return self._running

    def start(self) -> bool:
        """Check now, unless the user has not chosen to or a check runs already (then False)."""
        settings = self._settings()
        if self._running or not settings.notice_replies or not settings.mail_host:
            return False
        self._running = True
        folder = self._folder

        def work() -> ReplyReport | None:
            from cardkeeper.app.replies import check_replies_if_chosen

            with open_library(folder) as library:
                return check_replies_if_chosen(library, settings)

        run_in_background(work, self._done, self._failed, parent=self)
        return True

    def _done(self, report: ReplyReport | None) -> None:
        self._running = False
        if report is not None and report.noticed:
            self.found.emit(found_text(report), report)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if not isinstance(error, CardKeeperError):
            raise error
        self.failed.emit(
            QCoreApplication.translate("reply_check", "Replies not checked: {reason}").format(
                reason=str(error)
            )
        )


def found_text(report: ReplyReport) -> str:
    """What a check found, in a sentence: who replied, and whom the user emailed."""
    from cardkeeper.app.replies import Seen

    replied = [n.name for n in report.marked(Seen.REPLIED)]
    sent = [n.name for n in report.marked(Seen.SENT)]
    parts = []
    if replied:
        parts.append(
            QCoreApplication.translate(
                "reply_check", "Replied, seen in your mailbox: {names}; their sequences ended."
            ).format(names=", ".join(replied))
        )
    if sent:
        parts.append(
            QCoreApplication.translate(
                "reply_check", "Emailed from your mailbox: {names}; their next steps are scheduled."
            ).format(names=", ".join(sent))
        )
    return " ".join(parts)

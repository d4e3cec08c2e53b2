"""Follow-ups ▸ Follow-ups and Draft Email, and telling when follow-ups fall due.

The toolbar's Follow-ups button shows how many are due (the due watcher
counts them off the GUI thread); newly due ones are told in the tray. Calls,
meetings and notes logged in the contact pane are saved here too: they are
what "losing touch" in the queue is measured by.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from cardkeeper.app import follow_through
from cardkeeper.domain import ActivityKind, FollowUpState, Sender
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.undo_commands import ChangeFollowUps, MarkSent
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.gui.follow_up.due_watcher import DueNow, DueWatcher
from cardkeeper.gui.follow_up.queue_model import undo_text
from cardkeeper.gui.follow_up.tray_notice import TrayNotice
from cardkeeper.settings import sender
from cardkeeper.store.follow_ups import FollowUps

if TYPE_CHECKING:
    from cardkeeper.app.replies import ReplyReport

    # Imported where used: Jinja2 is not needed to show the window.
    from cardkeeper.gui.follow_up.draft_dialog import DraftDialog
    from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow


class FollowUpActions(QObject):
    """The Follow-ups menu's queue and drafts; ``follow_ups_action`` goes on the toolbar."""

    def __init__(self, host: WindowHost, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self.queue_window: FollowUpQueueWindow | None = None
        self.drafts: list[DraftDialog] = []
        self.due = DueWatcher(host.library.folder, host.clock, window)
        self.tray = TrayNotice(window)
        self.follow_ups_action = menu_action(
            self.tr("&Follow-ups"),
            "appointment-soon",
            "Ctrl+U",
            self.open_queue,
            menu,
            parent=self._window,
        )
        self.follow_ups_action.setIconText(self.tr("Follow-ups"))
        self.draft_action = menu_action(
            self.tr("&Draft Email…"),
            "mail-message-new",
            "Ctrl+E",
            self.draft_email,
            menu,
            parent=self._window,
        )
        self.due.changed.connect(self._due_changed)
        self.due.failed.connect(lambda message: host.statusBar().showMessage(message, 10000))
        self.tray.open_requested.connect(self.open_queue)

    def drafts_sender(self) -> Sender:
        """The user as drafts sign off, from the settings as they are now."""
        return sender(self._host.settings)

    def open_queue(self) -> None:
        """Ctrl+U: the follow-up queue window, brought to the front if open."""
        if self.queue_window is None:
            from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow

            window = FollowUpQueueWindow(
                self._host.library.folder, self.drafts_sender, self._host.clock, self._window
            )
            _add_undo_menu(window, self._host.undo_stack)
            window.open_contact_requested.connect(self._host.show_contact)
            window.changed.connect(self.follow_ups_changed)
            window.sent.connect(self._draft_sent)
            window.actions_done.connect(self.push_changes)
            self.queue_window = window
        self.queue_window.show()
        self.queue_window.raise_()
        self.queue_window.activateWindow()

    def draft_email(self) -> None:
        """Ctrl+E: an email to the current contact, from its next follow-up's template."""
        contact_id = self._host.current_contact_id()
        if contact_id is None or self._host.in_trash():
            return
        follow_up = next(
            (
                f
                for f in FollowUps(self._host.library).for_contact(contact_id)
                if f.state in (FollowUpState.PENDING, FollowUpState.SNOOZED)
            ),
            None,
        )
        from cardkeeper.gui.follow_up.draft_dialog import DraftDialog

        dialog = DraftDialog(
            self._host.library.folder,
            contact_id,
            follow_up_id=follow_up.id if follow_up else None,
            template_id=follow_up.template_id if follow_up else None,
            sender=self.drafts_sender(),
            clock=self._host.clock,
            parent=self._window,
            settings=self._host.settings,
        )
        dialog.drafted.connect(lambda _drafted: self.follow_ups_changed())
        dialog.sent.connect(lambda message, done: self._draft_sent(message, done, dialog.name()))
        dialog.finished.connect(lambda _result: self._forget_draft(dialog))
        self.drafts.append(dialog)
        dialog.open()

    def _forget_draft(self, dialog: DraftDialog) -> None:
        if dialog in self.drafts:
            self.drafts.remove(dialog)
        dialog.deleteLater()

    def _draft_sent(self, message: str, done: object, name: str) -> None:
        """The email was marked sent: say what followed; Edit ▸ Undo takes it back."""
        self._host.statusBar().showMessage(message, 10000)
        if isinstance(done, follow_through.Sent):
            self._host.undo_stack.push(
                MarkSent(
                    self._host.library,
                    done,
                    self._sent_changed,
                    self._host.report_failure,
                    name=name,
                    clock=self._host.clock,
                )
            )
        self.follow_ups_changed()

    def push_changes(self, changes: object, text: str) -> None:
        """Queue actions already made (in the Follow-ups window, or automatically): one Edit ▸
        Undo step that takes them all back."""
        if not isinstance(changes, list) or not changes:
            return
        self._host.undo_stack.push(
            ChangeFollowUps(
                self._host.library,
                changes,
                self._queue_changed,
                self._host.report_failure,
                text=text,
                clock=self._host.clock,
            )
        )

    def _queue_changed(self, ids: Iterable[int]) -> None:
        """Undo or redo of queue actions: as for Mark as Sent, and what the queue window said
        of the action no longer holds."""
        self._sent_changed(ids)
        if self.queue_window is not None:
            self.queue_window.statusBar().clearMessage()

    def _sent_changed(self, ids: Iterable[int]) -> None:
        """Undo or redo of a Mark as Sent: the contact's log, the due count and the queue move
        with it."""
        self._host.contacts_changed(ids)
        self.follow_ups_changed()
        if self.queue_window is not None:
            self.queue_window.refresh()
            self.queue_window.losing_touch.mark_stale()

    def replies_noticed(self, message: str, report: ReplyReport) -> None:
        """The mailbox check marked follow-ups (``report`` lists each, as the queue's marks):
        say what it found, make the marks one Edit ▸ Undo step, and show them in the queue,
        the due count and the contacts."""
        self._host.statusBar().showMessage(message, 30000)
        if report.noticed:
            verb = self.tr("Seen in your mailbox")
            text = undo_text(verb, len(report.noticed), report.noticed[0].name)
            self.push_changes([n.change for n in report.noticed], text)
        self._host.contacts_changed({n.follow_up.contact_id for n in report.noticed})
        self.follow_ups_changed()
        if self.queue_window is not None:
            self.queue_window.refresh()

    def refresh_queue(self) -> None:
        """Follow-ups changed elsewhere (a task done in the calendar, seen by a sync): the open
        queue shows them as they are now."""
        if self.queue_window is not None and self.queue_window.isVisible():
            self.queue_window.refresh()

    def log_activity(self, kind: object, detail: str) -> None:
        """A call, meeting or note logged in the contact pane."""
        contact_id = self._host.current_contact_id()
        if contact_id is None or not isinstance(kind, ActivityKind):
            return
        try:
            follow_through.log_contact(
                self._host.library, contact_id, kind, detail, self._host.clock.now()
            )
        except CardKeeperError as error:
            self._host.report_failure(str(error))
            return
        self._host.refresh_activity()
        if self.queue_window is not None:
            self.queue_window.losing_touch.mark_stale()

    def follow_ups_changed(self) -> None:
        """The queue, a draft or the templates changed follow-ups: recount, and redraw the pane."""
        self.due.check()
        self._host.refresh_activity()

    def _due_changed(self, due: DueNow) -> None:
        count = due.count
        self.follow_ups_action.setIconText(
            self.tr("Follow-ups ({count})").format(count=count) if count else self.tr("Follow-ups")
        )
        self.follow_ups_action.setToolTip(
            self.tr("Follow-up queue: {count} due today or overdue (Ctrl+U)").format(count=count)
            if count
            else self.tr("Follow-up queue (Ctrl+U)")
        )
        if due.newly_due:
            self.tray.announce(due.newly_due, count)
        if self.queue_window is not None and self.queue_window.isVisible() and due.newly_due:
            self.queue_window.refresh()

    # -- what the window asks of every feature that holds the library ----------------------

    def busy_reason(self) -> str | None:
        if self.drafts or (self.queue_window is not None and self.queue_window.drafts):
            return self.tr("Send or close the email drafts before restoring a backup.")
        return None

    def let_go(self) -> None:
        """The queue shows the contacts of the library being let go of."""
        if self.queue_window is not None:
            self.queue_window.close()
            self.queue_window.deleteLater()
            self.queue_window = None

    def close_window(self) -> None:
        if self.queue_window is not None:
            self.queue_window.close()


def _add_undo_menu(window: QMainWindow, undo_stack: QUndoStack) -> None:
    """The main window's Edit ▸ Undo and Redo in the Follow-ups window too: Mark as Sent from a
    draft opened there is a step of that stack, and Ctrl+Z there takes it back."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("FollowUpActions", "&Edit"))
    undo = QCoreApplication.translate("FollowUpActions", "&Undo")
    redo = QCoreApplication.translate("FollowUpActions", "&Redo")
    for action, keys in (
        (undo_stack.createUndoAction(window, undo), ["Ctrl+Z"]),
        (undo_stack.createRedoAction(window, redo), ["Ctrl+Shift+Z", "Ctrl+Y"]),
    ):
        action.setShortcuts([QKeySequence(key) for key in keys])
        menu.addAction(action)

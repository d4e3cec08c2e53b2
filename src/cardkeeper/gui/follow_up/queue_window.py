"""The follow-up queue: who to write to today, and one key for each thing to do about it.

Overdue, today, this week and later, each row with the person, where and
when they were met, what they cared about and the step of their sequence.
Every action is a key: E (or Enter) drafts the email, D marks the step done
and schedules the next one, S snoozes (tomorrow, next week, a day), K skips,
R records a reply and N a "not interested" (both end the sequence), O opens
the contact in the main window. Several selected rows are done, snoozed or
skipped together.

The queue is read and every change written through :class:`LibraryJobs`,
off the GUI thread and in order; a follow-up that cannot be changed (its
contact was deleted meanwhile) says so in one sentence above the list.
A second tab lists the people the user is losing touch with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app import follow_through
from cardkeeper.app.follow_through import QueueAction, QueueChange
from cardkeeper.domain import QueueItem, Sender
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.icons import icon as icon_named
from cardkeeper.gui.common.inline_message import InlineMessage
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.follow_up.draft_dialog import DraftDialog
from cardkeeper.gui.follow_up.losing_touch_view import LosingTouchView
from cardkeeper.gui.follow_up.queue_columns import QueueColumns
from cardkeeper.gui.follow_up.queue_model import (
    FollowUpModel,
    counts_text,
    report_text,
    undo_text,
)
from cardkeeper.gui.follow_up.snooze_menu import PickDateDialog, SnoozeMenu, short_date
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps


@dataclass(frozen=True)
class _Outcome:
    """What one action did to one follow-up, or why it failed."""

    follow_up_id: int
    change: QueueChange | None = None
    error: str = ""


class FollowUpQueueWindow(QMainWindow):
    """Signals: ``changed()`` — follow-ups, or what their contacts' activity logs say, were
    changed here (the due count may have moved; a draft saved to the mailbox is logged);
    ``open_contact_requested(int)`` — show this contact in the main window;
    ``sent(str, object, str)`` — an email was marked sent: what followed, the
    ``follow_through.Sent`` to take back on undo, the person's name;
    ``actions_done(object, str)`` — done, skip, snooze… went through: the list of
    ``follow_through.QueueChange`` for Edit ▸ Undo, and the step's name for its menu.
    """

    changed = Signal()
    actions_done = Signal(object, str)
    open_contact_requested = Signal(int)
    sent = Signal(str, object, str)

    def __init__(
        self,
        folder: Path,
        sender: Callable[[], Sender],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Follow-ups"))
        self._folder = folder
        self._sender = sender
        self._clock = clock
        self.jobs = LibraryJobs(folder, self)
        self.model = FollowUpModel(self)
        self.tree = self._make_tree()
        self.message = InlineMessage()
        self.empty_label = QLabel(
            self.tr(
                "<h3>Nothing to follow up</h3><p>Accept reviewed cards and the first step of "
                "their sequence appears here on its day.</p>"
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self._queue_stack = QStackedWidget()
        self._queue_stack.addWidget(self.tree)
        self._queue_stack.addWidget(self.empty_label)
        self.losing_touch = LosingTouchView(self.jobs, clock)
        self.drafts: list[DraftDialog] = []
        self._keep_position: int | None = None
        """After an action, the row position to select: the next follow-up moves up into it."""

        queue = QWidget()
        column = QVBoxLayout(queue)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._queue_stack, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(queue, self.tr("&Queue"))
        self.tabs.addTab(self.losing_touch, self.tr("&Losing Touch"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.tree.setFocus()  # it opens on the rows, where D, S, E… act
        self._counts = QLabel()
        self.statusBar().addPermanentWidget(self._counts)

        self._make_actions()
        self.tabs.currentChanged.connect(self._update_actions)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        self.losing_touch.selection_changed.connect(self._update_actions)
        self.losing_touch.activated.connect(self.draft_email)
        self.losing_touch.failed.connect(self._fail)
        self.tree.activated.connect(self.draft_email)
        self.resize(1320, 680)
        self._update_actions()

    # -- building -------------------------------------------------------------------------

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setRootIsDecorated(False)
        tree.setItemsExpandable(False)
        tree.setExpandsOnDoubleClick(False)
        tree.setIndentation(12)
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.setAccessibleName(self.tr("Follow-ups"))
        self.columns = QueueColumns(tree)
        self.model.modelReset.connect(self._after_reset)
        return tree

    def _make_actions(self) -> None:
        self.draft_action = self._action(
            self.tr("&Draft Email…"), "mail-message-new", "E", self.draft_email
        )
        self.draft_action.setShortcuts(
            [QKeySequence("E"), QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.done_action = self._action(self.tr("D&one"), "dialog-ok", "D", self.mark_done)
        self.snooze_menu = SnoozeMenu(self)
        self.snooze_menu.chosen.connect(self.snooze_until)
        self.snooze_menu.pick_requested.connect(self.pick_snooze_date)
        self.snooze_action = self._action(self.tr("&Snooze"), "snooze", "S", self.show_snooze_menu)
        self.skip_action = self._action(self.tr("S&kip"), "media-skip-forward", "K", self.skip)
        self.replied_action = self._action(
            self.tr("&Replied"), "mail-reply-sender", "R", self.mark_replied
        )
        self.not_interested_action = self._action(
            self.tr("&Not Interested"), "dialog-cancel", "N", self.mark_not_interested
        )
        self.open_action = self._action(
            self.tr("O&pen Contact"), "x-office-address-book", "O", self.open_contact
        )
        self.refresh_action = self._action(self.tr("Re&fresh"), "", "F5", self.refresh)
        close = self._action(self.tr("&Close"), "", "Ctrl+W", lambda: None)
        close.triggered.connect(self.close)

        toolbar = self.addToolBar(self.tr("Follow-ups"))
        toolbar.setObjectName("followUpsToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.draft_action)
        toolbar.addSeparator()
        toolbar.addAction(self.done_action)
        toolbar.addAction(self.snooze_action)
        button = toolbar.widgetForAction(self.snooze_action)
        if isinstance(button, QToolButton):
            button.setMenu(self.snooze_menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        for action in (self.skip_action, self.replied_action, self.not_interested_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.open_action)

        menu = self.menuBar().addMenu(self.tr("&Follow-up"))
        for entry in (self.draft_action, None, self.done_action):
            _add(menu, entry)
        menu.addMenu(self.snooze_menu)
        for entry in (
            self.skip_action,
            self.replied_action,
            self.not_interested_action,
            None,
            self.open_action,
            None,
            self.refresh_action,
            close,
        ):
            _add(menu, entry)

    def _action(self, text: str, icon: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icon_named(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _context_menu(self, point: QPoint) -> None:
        if self.model.item(self.tree.indexAt(point)) is None:
            return
        menu = QMenu(self)
        for entry in (self.draft_action, None, self.done_action):
            _add(menu, entry)
        menu.addMenu(self.snooze_menu)
        for action in (
            self.skip_action,
            self.replied_action,
            self.not_interested_action,
            None,
            self.open_action,
        ):
            _add(menu, action)
        menu.popup(self.tree.viewport().mapToGlobal(point))

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the open follow-ups again (off the GUI thread) and show them."""
        self.jobs.run(lambda library: FollowUps(library).open_items(), self._show_items, self._fail)
        if self.tabs.currentWidget() is self.losing_touch:
            self.losing_touch.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show_items(self, items: list[QueueItem]) -> None:
        today = self._clock.today()
        self.snooze_menu.set_today(today)
        self.model.set_items(items, today)

    def _after_reset(self) -> None:
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        rows = self.model.follow_up_indexes()
        self._queue_stack.setCurrentIndex(0 if rows else 1)
        self._counts.setText(counts_text(self.model.section_counts()))
        self.tabs.setTabText(
            0, self.tr("&Queue ({count})").format(count=len(rows)) if rows else self.tr("&Queue")
        )
        position, self._keep_position = self._keep_position, None
        if rows:
            chosen = rows[min(position, len(rows) - 1)] if position is not None else rows[0]
            self.tree.selectionModel().setCurrentIndex(
                chosen,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(chosen)
        self._update_actions()

    def selected_items(self) -> list[QueueItem]:
        """The selected follow-ups, top to bottom (the current one if none is selected)."""
        indexes = self.tree.selectionModel().selectedRows()
        items = [self.model.item(index) for index in indexes]
        chosen = [item for item in items if item is not None]
        if not chosen:
            current = self.model.item(self.tree.currentIndex())
            chosen = [current] if current is not None else []
        order = {id(item): n for n, item in enumerate(self._all_items())}
        return sorted(chosen, key=lambda item: order.get(id(item), 0))

    def _all_items(self) -> list[QueueItem]:
        return [
            item for index in self.model.follow_up_indexes() if (item := self.model.item(index))
        ]

    def _on_queue_tab(self) -> bool:
        return self.tabs.currentIndex() == 0

    def _update_actions(self) -> None:
        on_queue = self._on_queue_tab()
        has_item = on_queue and bool(self.selected_items())
        for action in (
            self.done_action,
            self.snooze_action,
            self.skip_action,
            self.replied_action,
            self.not_interested_action,
        ):
            action.setEnabled(has_item)
        self.snooze_menu.setEnabled(has_item)
        person = has_item or (not on_queue and self.losing_touch.current_contact() is not None)
        self.draft_action.setEnabled(person)
        self.open_action.setEnabled(person)
        if not on_queue:
            self.losing_touch.refresh_if_stale()

    # -- the actions ----------------------------------------------------------------------

    def mark_done(self) -> None:
        self._apply(self.tr("Done"), QueueAction.DONE)

    def skip(self) -> None:
        self._apply(self.tr("Skipped"), QueueAction.SKIP)

    def mark_replied(self) -> None:
        self._apply(self.tr("Replied"), QueueAction.REPLIED)

    def mark_not_interested(self) -> None:
        self._apply(self.tr("Not interested"), QueueAction.NOT_INTERESTED)

    def snooze_until(self, until: object) -> None:
        if not isinstance(until, date):
            return
        verb = self.tr("Snoozed until {day}").format(day=short_date(until))
        self._apply(verb, QueueAction.SNOOZE, until)

    def show_snooze_menu(self) -> None:
        """S: the snooze choices under the current row, to pick with T, W or P."""
        if not self.snooze_action.isEnabled():
            return
        self.snooze_menu.set_today(self._clock.today())
        rect = self.tree.visualRect(self.tree.currentIndex())
        self.snooze_menu.popup(self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    def pick_snooze_date(self) -> None:
        dialog = PickDateDialog(self._clock.today(), self)
        if dialog.exec():
            self.snooze_until(dialog.day())

    def _apply(self, verb: str, action: QueueAction, until: date | None = None) -> None:
        """Do ``action`` to every selected follow-up in one background job, then show the
        queue; what went through becomes one Edit ▸ Undo step."""
        if not self._on_queue_tab():
            return
        items = self.selected_items()
        if not items:
            return
        ids = [item.follow_up.id for item in items if item.follow_up.id is not None]
        names = {item.follow_up.id: item.contact_name or self.tr("(no name)") for item in items}
        today, now = self._clock.today(), self._clock.now()
        indexes = self.model.follow_up_indexes()
        current = self.tree.currentIndex()
        self._keep_position = next(
            (
                n
                for n, index in enumerate(indexes)
                if index.row() == current.row() and index.internalId() == current.internalId()
            ),
            0,
        )

        def work(library: Library) -> list[_Outcome]:
            outcomes = []
            for follow_up_id in ids:
                try:
                    made = follow_through.change(
                        library, action, follow_up_id, today, now, until=until
                    )
                except CardKeeperError as error:
                    outcomes.append(_Outcome(follow_up_id, error=str(error)))
                else:
                    outcomes.append(_Outcome(follow_up_id, made))
            return outcomes

        def finished(outcomes: list[_Outcome]) -> None:
            self._report(verb, outcomes, names)
            changes = [outcome.change for outcome in outcomes if outcome.change is not None]
            if changes:
                name = names.get(changes[0].before.id, "")
                self.actions_done.emit(changes, undo_text(verb, len(changes), name))
            self.changed.emit()
            self.refresh()

        self.jobs.run(work, finished, self._fail)

    def _report(
        self, verb: str, outcomes: Sequence[_Outcome], names: dict[int | None, str]
    ) -> None:
        errors = [outcome.error for outcome in outcomes if outcome.error]
        if errors:
            self.message.show_error(errors[0])
        else:
            self.message.clear()
        worked = [outcome for outcome in outcomes if not outcome.error]
        if not worked:
            return
        first = worked[0].change
        name = names.get(worked[0].follow_up_id, "")
        next_step = first.next_step if first is not None else None
        text = report_text(verb, len(worked), name, next_step)
        self.statusBar().showMessage(text, 10000 if len(worked) == 1 else 8000)

    def _fail(self, message: str) -> None:
        self.message.show_error(message)

    # -- people ---------------------------------------------------------------------------

    def _current_person(self) -> tuple[int, int | None, int | None] | None:
        """(contact id, follow-up id, template id) of the row the keyboard is on."""
        if self._on_queue_tab():
            item = self.model.item(self.tree.currentIndex())
            if item is None:
                items = self.selected_items()
                item = items[0] if items else None
            if item is None:
                return None
            follow_up = item.follow_up
            return follow_up.contact_id, follow_up.id, follow_up.template_id
        contact_id = self.losing_touch.current_contact()
        return (contact_id, None, None) if contact_id is not None else None

    def draft_email(self) -> None:
        """E or Enter: the email for this person, drafted from the step's template."""
        person = self._current_person()
        if person is None:
            return
        contact_id, follow_up_id, template_id = person
        dialog = DraftDialog(
            self._folder,
            contact_id,
            follow_up_id=follow_up_id,
            template_id=template_id,
            sender=self._sender(),
            clock=self._clock,
            parent=self,
        )
        dialog.sent.connect(lambda message, done: self._sent(message, done, dialog.name()))
        dialog.drafted.connect(lambda _drafted: self.changed.emit())
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.drafts.append(dialog)
        dialog.open()

    def _forget(self, dialog: DraftDialog) -> None:
        if dialog in self.drafts:
            self.drafts.remove(dialog)
        dialog.deleteLater()

    def _sent(self, message: str, done: object, name: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self.sent.emit(message, done, name)
        self.refresh()
        self.losing_touch.mark_stale()

    def open_contact(self) -> None:
        person = self._current_person()
        if person is not None:
            self.open_contact_requested.emit(person[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        for dialog in list(self.drafts):
            dialog.close()
        super().closeEvent(event)


def _add(menu: QMenu, action: QAction | None) -> None:
    if action is None:
        menu.addSeparator()
    else:
        menu.addAction(action)

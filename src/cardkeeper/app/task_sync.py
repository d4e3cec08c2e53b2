"""Follow-ups as tasks in the user's calendar: a two-way sync with one CalDAV task list.

Each open follow-up is a VTODO (due at 9:00 on its day, an alarm then, a link
back to the contact) in a task list of the CardDAV account's server, found or
made on the first sync. A task marked done in the calendar app marks the
follow-up done here on the next sync, and the sequence's next step goes up as a
new task; one cancelled there is skipped here; one moved to a later day is
snoozed to it. The other way, a follow-up done, skipped or ended here completes
its task, one snoozed moves it, one taken back by Undo deletes it.

Changes are found as the contacts' sync finds them (:mod:`cardkeeper.app.sync`):
there by etag, here by a hash of the task the follow-up would be now, kept from
the last sync. When both sides changed the same follow-up, the rule is:
*done beats snoozed, wherever it was done, and of two days the later wins*.
Marking done is the deliberate act, and losing it would bring back a reminder
the user had finished with; a later day is what one side asked for, and the
earlier one would remind before that side wanted. A task deleted in the
calendar while its follow-up is still open here is put back: the follow-up
is ended only by done, skip, reply or "not interested".

A sync cut short (the server gone, a timeout) loses nothing: a change made here
because of the calendar is saved in one commit with the task's new etag, each
task written there is recorded as soon as the server took it, and whatever was
left is seen again by the next sync.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from urllib.parse import quote, urljoin

from cardkeeper.app import follow_through
from cardkeeper.app.sync import Progress, saved_password
from cardkeeper.domain import FollowUpState, QueueItem
from cardkeeper.errors import SyncError
from cardkeeper.interop.caldav import CalDavClient, TaskList
from cardkeeper.interop.carddav import ChangedOnServerError, normal_href, same_account_origin
from cardkeeper.interop.icalendar_todos import TaskState, due_at, read_task, task_ics, uid
from cardkeeper.interop.written_dates import day_text
from cardkeeper.logs import Stopwatch
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.sync_state import SyncState
from cardkeeper.store.task_sync_state import SyncedTask, TaskSyncState
from cardkeeper.wording import translate

TASK_LIST_SLUG = "cardkeeper-follow-ups"
TASK_LIST_NAME = "CardKeeper follow-ups"
REMIND_AT = time(9)

log = logging.getLogger(__name__)


@dataclass
class TaskReport:
    """What one task sync did, for the user."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    done_there: int = 0
    snoozed_there: int = 0
    skipped_there: int = 0
    conflicts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    finished_at: datetime | None = None

    @property
    def changed_here(self) -> bool:
        return bool(self.done_there or self.snoozed_there or self.skipped_there)


def find_or_make_task_list(client: CalDavClient) -> TaskList:
    """The account's CardKeeper task list: one made before, else a new one, else (where the
    server lets no one make calendars) the first calendar that takes tasks."""
    home = client.calendar_home()
    lists = client.task_lists(home)
    ours = [found for found in lists if normal_href(found.url).rstrip("/").endswith(TASK_LIST_SLUG)]
    if ours:
        return ours[0]
    try:
        return client.create_task_list(home, TASK_LIST_SLUG, TASK_LIST_NAME)
    except SyncError:
        if lists:
            return lists[0]
        raise SyncError(
            translate(
                "task_sync",
                "The server at {server} has no calendar that takes tasks and did not let"
                " CardKeeper make one; make a task list there and sync again.",
            ).format(server=client.url)
        ) from None


def sync_tasks_now(
    library: Library,
    *,
    today: date,
    now: datetime,
    zone: tzinfo,
    progress: Progress | None = None,
    calendar_url: str = "",
) -> TaskReport:
    """Sync the follow-ups with the task list of the sync account (found or made the first
    time), the password from the keyring.

    The list is looked for on the contacts server, or at ``calendar_url`` when the user gave
    one: Fastmail and iCloud keep calendars on another host, where the contacts client's
    rule (the password goes only where the user pointed it) would not follow. The same user
    and password serve both, as those providers' app passwords do.
    """
    account = SyncState(library).account()
    if account is None:
        raise SyncError(
            translate(
                "task_sync",
                "Follow-ups go to the calendar of the sync account; set it up in"
                " Settings ▸ Sync first.",
            )
        )
    password = saved_password(account.book_url, account.username)
    state = TaskSyncState(library)
    home = calendar_url.strip() or account.book_url
    chosen = state.task_list()
    known = (
        chosen is not None
        and chosen.username == account.username
        and same_account_origin(home, chosen.list_url)
    )
    start = chosen.list_url if chosen is not None and known else home
    with CalDavClient(start, account.username, password) as client:
        if not known:
            state.set_task_list(find_or_make_task_list(client).url, account.username)
        return sync_tasks(library, client, today=today, now=now, zone=zone, progress=progress)


def sync_tasks(
    library: Library,
    client: CalDavClient,
    *,
    today: date,
    now: datetime,
    zone: tzinfo,
    progress: Progress | None = None,
) -> TaskReport:
    """Bring the follow-ups and the chosen task list to the same state, both ways."""
    watch = Stopwatch()
    state = TaskSyncState(library)
    chosen = state.task_list()
    if chosen is None:
        raise SyncError(
            translate("task_sync", "No task list is chosen yet; sync from the Sync window first.")
        )
    run = _TaskSync(
        library, client, chosen.list_url, today=today, now=now, zone=zone, progress=progress
    )
    run.settle_known()
    run.add_new()
    state.finish(now)
    run.report.finished_at = now
    report = run.report
    log.info(
        "Task sync: %d added, %d updated, %d removed; done %d, snoozed %d, skipped %d there;"
        " %d conflicts; in %.1f s",
        report.added,
        report.updated,
        report.removed,
        report.done_there,
        report.snoozed_there,
        report.skipped_there,
        len(report.conflicts),
        watch.seconds(),
    )
    return report


def task_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class _TaskSync:
    def __init__(
        self,
        library: Library,
        client: CalDavClient,
        list_url: str,
        *,
        today: date,
        now: datetime,
        zone: tzinfo,
        progress: Progress | None,
    ) -> None:
        self.library = library
        self.client = client
        self.list_url = list_url if list_url.endswith("/") else list_url + "/"
        self.today, self.now, self.zone = today, now, zone
        self.state = TaskSyncState(library)
        self.follow_ups = FollowUps(library)
        self.report = TaskReport()
        self._progress = progress
        self._done = 0
        self._total = 0
        self._cards = self.state.card_hrefs()

    # The tasks both sides know

    def settle_known(self) -> None:
        known = self.state.tasks()
        remote = self.client.list_etags(self.list_url)
        changed = [href for href, task in known.items() if remote.get(href, task.etag) != task.etag]
        theirs: dict[str, tuple[str, TaskState | None]] = {}
        for batch in self.client.fetch_batches(self.list_url, changed):
            for remote_task in batch:
                theirs[remote_task.href] = (
                    remote_task.etag,
                    read_task(remote_task.body, self.zone),
                )
        ids = [task.follow_up_id for task in known.values() if task.follow_up_id is not None]
        items = {item.follow_up.id: item for item in self.follow_ups.items(ids)}
        live = {item.follow_up.id for item in self.follow_ups.open_items()}
        self._total += len(known)
        for href, synced in known.items():
            item = items.get(synced.follow_up_id)
            if item is not None and _open(item) and item.follow_up.id not in live:
                item = None  # its contact is in the trash: no reminder for it
            if href not in remote:
                self._gone_there(synced, item)
            elif href in theirs:
                etag, task = theirs[href]
                self._changed_there(synced, item, etag, task)
            elif self._hash(item) != synced.synced_hash:
                self._push(synced, item, synced.etag)
            self._step()

    def _gone_there(self, synced: SyncedTask, item: QueueItem | None) -> None:
        if item is None or not _open(item):
            self.state.forget(synced.href)
            return
        etag = self._put(synced.href, self._body(item), None)
        if etag is not None:
            self.state.record(SyncedTask(synced.href, item.follow_up.id, etag, self._hash(item)))
            self.report.conflicts.append(
                translate(
                    "task_sync",
                    "The task for {name} was deleted in the calendar but the follow-up is still"
                    " open here, so it is back in the task list; mark it done or skip it.",
                ).format(name=_name(item))
            )

    def _changed_there(
        self, synced: SyncedTask, item: QueueItem | None, etag: str, task: TaskState | None
    ) -> None:
        if task is None:
            self.report.problems.append(
                translate(
                    "task_sync",
                    "The task {href} in the calendar could not be read, so it was left alone.",
                ).format(href=synced.href)
            )
            return
        changed_here = self._hash(item) != synced.synced_hash
        if item is None or not _open(item):
            if task.finished or task.cancelled:
                self.state.forget(synced.href)  # closed on both sides
                return
            if changed_here and item is not None:
                self.report.conflicts.append(
                    translate(
                        "task_sync",
                        "The follow-up with {name} was closed here and changed in the calendar;"
                        " done wins, so the task is completed.",
                    ).format(name=_name(item))
                )
            self._push(synced, item, etag)
            return
        follow_up = item.follow_up
        assert follow_up.id is not None
        if task.finished or task.cancelled:
            self._close_here(synced, follow_up.id, cancelled=not task.finished)
            if changed_here:
                self.report.conflicts.append(
                    translate(
                        "task_sync",
                        "The follow-up with {name} was done in the calendar and changed here;"
                        " done wins, so its next step is scheduled.",
                    ).format(name=_name(item))
                )
            return
        their_day = task.due
        if their_day is not None and their_day != follow_up.due and their_day > self.today:
            if not changed_here or their_day > follow_up.due:
                self._snooze_here(synced, follow_up.id, their_day, etag)
                if changed_here:
                    self.report.conflicts.append(_later_day(item, their_day))
                return
            self.report.conflicts.append(_later_day(item, follow_up.due))
        if changed_here:
            self._push(synced, item, etag)
        else:
            self.state.record(SyncedTask(synced.href, follow_up.id, etag, synced.synced_hash))

    # Changes made here because of the calendar

    def _close_here(self, synced: SyncedTask, follow_up_id: int, *, cancelled: bool) -> None:
        """Done (or skipped) in the calendar: the same here, in one commit with forgetting the
        task, so a sync cut short neither loses it nor moves the sequence on twice."""
        with self.library.transaction():
            if cancelled:
                follow_through.skip(self.library, follow_up_id, self.today, self.now)
                self.report.skipped_there += 1
            else:
                follow_through.done(self.library, follow_up_id, self.today, self.now)
                self.report.done_there += 1
            self.state.forget(synced.href)

    def _snooze_here(self, synced: SyncedTask, follow_up_id: int, until: date, etag: str) -> None:
        with self.library.transaction():
            follow_through.snooze(self.library, follow_up_id, until, self.today, self.now)
            (item,) = self.follow_ups.items([follow_up_id])
            self.state.record(SyncedTask(synced.href, follow_up_id, etag, self._hash(item)))
        self.report.snoozed_there += 1

    # Changes made here, to the calendar

    def _push(self, synced: SyncedTask, item: QueueItem | None, etag: str) -> None:
        try:
            if item is None:
                self.client.delete(synced.href, etag=etag)
                self.state.forget(synced.href)
                self.report.removed += 1
                return
            new_etag = self.client.put(synced.href, self._body(item), etag=etag)
        except ChangedOnServerError:
            return  # changed there once more meanwhile: the next sync settles it
        self.report.updated += 1
        if _open(item):
            self.state.record(
                SyncedTask(synced.href, item.follow_up.id, new_etag, self._hash(item))
            )
        else:
            self.state.forget(synced.href)  # completed there: nothing more to keep in step

    def add_new(self) -> None:
        """A task for each open follow-up that has none yet (the next steps just scheduled too)."""
        shared = {task.follow_up_id for task in self.state.tasks().values()}
        new = [item for item in self.follow_ups.open_items() if item.follow_up.id not in shared]
        self._total += len(new)
        for item in new:
            href = urljoin(self.list_url, quote(uid(item.follow_up.id), safe="@") + ".ics")
            body = self._body(item)
            etag = self._put(href, body, None)
            if etag is None:  # there already, e.g. a write whose answer was lost: take it over
                there = self.client.list_etags(self.list_url).get(normal_href(href))
                etag = self._put(href, body, there) if there else None
            if etag is not None:
                self.state.record(
                    SyncedTask(normal_href(href), item.follow_up.id, etag, self._hash(item))
                )
                self.report.added += 1
            self._step()

    def _put(self, href: str, body: bytes, etag: str | None) -> str | None:
        try:
            return self.client.put(href, body, etag=etag)
        except ChangedOnServerError:
            return None

    # Tasks and hashes

    def _body(self, item: QueueItem) -> bytes:
        closed, contact_url = self._closed_and_link(item)
        return task_ics(
            item,
            self.zone,
            self.now,
            remind_at=REMIND_AT,
            completed_at=closed,
            contact_url=contact_url,
        )

    def _hash(self, item: QueueItem | None) -> str:
        """A hash of everything the task is made of, not of the task itself: rendering a
        thousand tasks to compare them took most of a sync with nothing to do."""
        if item is None:
            return ""
        closed, contact_url = self._closed_and_link(item)
        due = due_at(item.follow_up.due, self.zone, REMIND_AT)
        return task_hash(repr((item, closed, contact_url, due)).encode())

    def _closed_and_link(self, item: QueueItem) -> tuple[datetime | None, str]:
        follow_up = item.follow_up
        closed = None if _open(item) else (follow_up.state_changed_at or self.now)
        card = self._cards.get(follow_up.contact_id)
        return closed, urljoin(self.list_url, card) if card else ""

    def _step(self) -> None:
        self._done += 1
        if self._progress is not None:
            self._progress(self._done, self._total)


def _open(item: QueueItem) -> bool:
    return item.follow_up.state in (FollowUpState.PENDING, FollowUpState.SNOOZED)


def _name(item: QueueItem) -> str:
    return item.contact_name or item.company or translate("task_sync", "a contact")


def _later_day(item: QueueItem, day: date) -> str:
    return translate(
        "task_sync",
        "The follow-up with {name} was moved both here and in the calendar; the later day,"
        " {day}, was kept.",
    ).format(name=_name(item), day=day_text(day))

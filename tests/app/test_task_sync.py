"""Follow-ups as tasks in a real Radicale task list, read and changed by a plain CalDAV client
(http.client and the ``icalendar`` package), as a calendar app on the phone would."""

from __future__ import annotations

import base64
import http.client
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Todo

from cardkeeper.app import follow_through
from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.sync import choose_address_book, remember_password
from cardkeeper.app.task_sync import (
    TASK_LIST_SLUG,
    TaskReport,
    find_or_make_task_list,
    sync_tasks,
    sync_tasks_now,
)
from cardkeeper.domain import Contact, FollowUp, FollowUpState
from cardkeeper.errors import SyncError
from cardkeeper.interop.caldav import CalDavClient
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.task_sync_state import TaskSyncState
from tests.memory_keyring import MemoryKeyring
from tests.radicale_server import PASSWORD, USER, RadicaleServer

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)


class PlainCalendar:
    """A bare CalDAV client: PROPFIND, GET and PUT over http.client, nothing of CardKeeper's."""

    def __init__(self, list_url: str) -> None:
        parts = urlsplit(list_url)
        self.path = parts.path
        self.connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        self.headers = {"Authorization": f"Basic {token}"}

    def request(
        self, method: str, path: str, body: bytes | None = None, **headers: str
    ) -> tuple[int, bytes, str]:
        self.connection.request(method, path, body, {**self.headers, **headers})
        answer = self.connection.getresponse()
        return answer.status, answer.read(), answer.getheader("ETag") or ""

    def todos(self) -> dict[str, tuple[Todo, str]]:
        """href -> (the VTODO, its etag) of every task in the list."""
        status, listing, _ = self.request(
            "PROPFIND",
            self.path,
            b'<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>',
            Depth="1",
        )
        assert status == 207
        found = {}
        for href in re.findall(rb"<href>([^<]+\.ics)</href>", listing):
            status, body, etag = self.request("GET", href.decode())
            assert status == 200
            (todo,) = Calendar.from_ical(body).walk("VTODO")
            found[href.decode()] = (todo, etag)
        return found

    def by_summary(self, text: str) -> tuple[str, Todo, str]:
        (hit,) = [(h, t, e) for h, (t, e) in self.todos().items() if text in str(t["SUMMARY"])]
        return hit

    def change(self, href: str, todo: Todo, etag: str) -> None:
        """Write the task back as a calendar app does after the user changed it."""
        calendar = Calendar()
        calendar.add("prodid", "-//Plain test client//EN")
        calendar.add("version", "2.0")
        calendar.add_component(todo)
        status, _, _ = self.request(
            "PUT", href, calendar.to_ical(), **{"Content-Type": "text/calendar", "If-Match": etag}
        )
        assert status in (201, 204)

    def mark_done(self, text: str) -> None:
        href, todo, etag = self.by_summary(text)
        todo["STATUS"] = "COMPLETED"
        todo.add("completed", NOW)
        self.change(href, todo, etag)

    def move_to(self, text: str, day: date) -> None:
        href, todo, etag = self.by_summary(text)
        del todo["DUE"]
        todo.add("due", datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN))
        self.change(href, todo, etag)


class Computer:
    def __init__(self, folder: Path, server: RadicaleServer) -> None:
        self.library: Library = open_library(folder)
        ensure_built_ins(self.library)
        self.server = server
        with CalDavClient(server.url, USER, PASSWORD) as client:
            self.list_url = find_or_make_task_list(client).url
        TaskSyncState(self.library).set_task_list(self.list_url, USER)
        self.today, self.now = MONDAY, NOW

    def sync(self, progress: object = None) -> TaskReport:
        with CalDavClient(self.list_url, USER, PASSWORD, timeout=5) as client:
            return sync_tasks(
                self.library,
                client,
                today=self.today,
                now=self.now,
                zone=BERLIN,
                progress=progress,  # type: ignore[arg-type]
            )

    def meet(self, given: str) -> FollowUp:
        contact = Contact(given_name=given, family_name="Test", emails=[f"{given}@example.org"])
        contact_id = Contacts(self.library).save_new_contact(contact)
        scheduled = follow_through.schedule_first_step(self.library, contact_id, MONDAY, NOW)
        assert scheduled is not None
        return scheduled

    def follow_ups(self, given: str) -> list[FollowUp]:
        (contact,) = [c for c in Contacts(self.library).list_contacts() if c.given_name == given]
        assert contact.id is not None
        return FollowUps(self.library).for_contact(contact.id)


@pytest.fixture
def computer(tmp_path: Path, radicale: RadicaleServer) -> Iterator[Computer]:
    made = Computer(tmp_path / "library", radicale)
    yield made
    made.library.close()


def test_a_follow_up_shows_as_a_task_with_due_day_alarm_and_contact(computer: Computer) -> None:
    computer.meet("Anna")

    report = computer.sync()

    assert report.added == 1
    calendar = PlainCalendar(computer.list_url)
    href, todo, _ = calendar.by_summary("Follow up with Anna Test")
    assert href.endswith(".ics")
    assert str(todo["STATUS"]) == "NEEDS-ACTION"
    due = todo["DUE"].dt
    assert due.astimezone(BERLIN).hour == 9
    (alarm,) = todo.walk("VALARM")
    assert alarm["TRIGGER"].dt == due
    assert str(todo["CONTACT"]) == "Anna Test"
    assert computer.sync().added == 0


def test_done_in_the_calendar_moves_the_sequence_on(computer: Computer) -> None:
    first = computer.meet("Anna")
    computer.sync()

    PlainCalendar(computer.list_url).mark_done("Anna Test")
    report = computer.sync()

    assert report.done_there == 1
    steps = computer.follow_ups("Anna")
    assert [f.state for f in steps] == [FollowUpState.DONE, FollowUpState.PENDING]
    assert steps[0].id == first.id and steps[1].step == 2
    todos = PlainCalendar(computer.list_url).todos()
    states = sorted(str(todo["STATUS"]) for todo, _ in todos.values())
    assert states == ["COMPLETED", "NEEDS-ACTION"]  # the next step is a new task
    assert computer.sync() == TaskReport(finished_at=NOW)


def test_moved_in_the_calendar_snoozes_here(computer: Computer) -> None:
    computer.meet("Anna")
    computer.sync()
    later = MONDAY + timedelta(days=9)

    PlainCalendar(computer.list_url).move_to("Anna Test", later)
    report = computer.sync()

    assert report.snoozed_there == 1
    (step,) = computer.follow_ups("Anna")
    assert (step.state, step.due) == (FollowUpState.SNOOZED, later)
    assert computer.sync().updated == 0


def test_done_skipped_and_snoozed_here_update_the_tasks(computer: Computer) -> None:
    anna, bruno, carla = computer.meet("Anna"), computer.meet("Bruno"), computer.meet("Carla")
    computer.sync()
    later = MONDAY + timedelta(days=5)

    follow_through.done(computer.library, anna.id or 0, MONDAY, NOW)
    follow_through.skip(computer.library, bruno.id or 0, MONDAY, NOW)
    follow_through.snooze(computer.library, carla.id or 0, later, MONDAY, NOW)
    report = computer.sync()

    assert (report.updated, report.added) == (3, 2)  # two next steps went up
    calendar = PlainCalendar(computer.list_url)
    done = [t for t, _ in calendar.todos().values() if str(t["STATUS"]) == "COMPLETED"]
    assert len(done) == 2
    assert not any(t.walk("VALARM") for t in done)
    _, carla_task, _ = calendar.by_summary("Carla Test")
    assert carla_task["DUE"].dt.astimezone(BERLIN).date() == later


def test_an_undone_step_deletes_its_task(computer: Computer) -> None:
    anna = computer.meet("Anna")
    computer.sync()
    FollowUps(computer.library).delete(anna.id or 0)

    assert computer.sync().removed == 1
    assert PlainCalendar(computer.list_url).todos() == {}


def test_a_conflict_done_there_beats_snoozed_here(computer: Computer) -> None:
    anna = computer.meet("Anna")
    computer.sync()
    follow_through.snooze(computer.library, anna.id or 0, MONDAY + timedelta(days=3), MONDAY, NOW)

    PlainCalendar(computer.list_url).mark_done("Anna Test")
    report = computer.sync()

    assert report.done_there == 1
    assert report.conflicts == [
        "The follow-up with Anna Test was done in the calendar and changed here;"
        " done wins, so its next step is scheduled."
    ]
    assert [f.state for f in computer.follow_ups("Anna")] == [
        FollowUpState.DONE,
        FollowUpState.PENDING,
    ]


def test_a_conflict_of_two_days_keeps_the_later(computer: Computer) -> None:
    anna, bruno = computer.meet("Anna"), computer.meet("Bruno")
    computer.sync()
    near, far = MONDAY + timedelta(days=3), MONDAY + timedelta(days=10)
    follow_through.snooze(computer.library, anna.id or 0, near, MONDAY, NOW)
    follow_through.snooze(computer.library, bruno.id or 0, far, MONDAY, NOW)

    calendar = PlainCalendar(computer.list_url)
    calendar.move_to("Anna Test", far)
    calendar.move_to("Bruno Test", near)
    report = computer.sync()

    assert [f.due for f in computer.follow_ups("Anna")] == [far]
    assert [f.due for f in computer.follow_ups("Bruno")] == [far]
    assert len(report.conflicts) == 2
    _, bruno_task, _ = PlainCalendar(computer.list_url).by_summary("Bruno Test")
    assert bruno_task["DUE"].dt.astimezone(BERLIN).date() == far


def test_done_here_and_moved_there_is_done(computer: Computer) -> None:
    anna = computer.meet("Anna")
    computer.sync()
    follow_through.done(computer.library, anna.id or 0, MONDAY, NOW)

    PlainCalendar(computer.list_url).move_to("Anna Test", MONDAY + timedelta(days=4))
    report = computer.sync()

    assert len(report.conflicts) == 1
    todos = PlainCalendar(computer.list_url).todos()
    states = {str(t["UID"]): str(t["STATUS"]) for t, _ in todos.values()}
    assert states[f"follow-up-{anna.id}@cardkeeper"] == "COMPLETED"
    assert sorted(states.values()) == ["COMPLETED", "NEEDS-ACTION"]  # and the next step


def test_a_task_deleted_there_comes_back_while_the_follow_up_is_open(computer: Computer) -> None:
    computer.meet("Anna")
    computer.sync()
    calendar = PlainCalendar(computer.list_url)
    href, _, etag = calendar.by_summary("Anna Test")
    assert calendar.request("DELETE", href, None, **{"If-Match": etag})[0] in (200, 204)

    report = computer.sync()

    assert len(report.conflicts) == 1
    assert len(PlainCalendar(computer.list_url).todos()) == 1


def test_the_server_gone_mid_sync_loses_nothing(
    computer: Computer, radicale: RadicaleServer
) -> None:
    people = [computer.meet(f"Person{n:02}") for n in range(12)]
    computer.sync()
    calendar = PlainCalendar(computer.list_url)
    for n in range(6):
        calendar.mark_done(f"Person{n:02} Test")  # there: six done
    calendar.connection.close()
    later = MONDAY + timedelta(days=6)
    for person in people[6:9]:
        follow_through.snooze(computer.library, person.id or 0, later, MONDAY, NOW)  # here

    def pull_the_plug(done: int, total: int) -> None:
        if done == 7:  # the tasks are settled in order: the plug goes while sending a snooze
            radicale.stop()

    with pytest.raises(SyncError, match="Could not reach the server"):
        computer.sync(pull_the_plug)
    for n in range(6):  # what came from the calendar was saved, each follow-up whole
        states = [f.state for f in computer.follow_ups(f"Person{n:02}")]
        assert states == [FollowUpState.DONE, FollowUpState.PENDING]
    assert [computer.follow_ups(f"Person{n:02}")[0].due for n in range(6, 9)] == [later] * 3

    radicale.start()
    report = computer.sync()

    assert report.done_there == 0  # nothing came over twice
    assert (report.updated, report.added) == (2, 6)  # two snoozes and the six next steps
    todos = PlainCalendar(computer.list_url).todos()
    states = sorted(str(t["STATUS"]) for t, _ in todos.values())
    assert states == ["COMPLETED"] * 6 + ["NEEDS-ACTION"] * 12
    moved = [
        t["DUE"].dt.astimezone(BERLIN).date()
        for t, _ in todos.values()
        if any(f"Person{n:02}" in str(t["SUMMARY"]) for n in range(6, 9))
    ]
    assert moved == [later] * 3
    assert computer.sync() == TaskReport(finished_at=NOW)


def test_the_first_sync_makes_the_task_list_with_the_sync_account(
    tmp_path: Path, radicale: RadicaleServer, memory_keyring: MemoryKeyring
) -> None:
    with open_library(tmp_path / "library") as library:
        ensure_built_ins(library)
        with pytest.raises(SyncError, match="set it up in Settings ▸ Sync first"):
            sync_tasks_now(library, today=MONDAY, now=NOW, zone=BERLIN)
        choose_address_book(library, f"{radicale.url}{USER}/contacts/", USER)
        remember_password(radicale.url, USER, PASSWORD)
        contact_id = Contacts(library).save_new_contact(Contact(given_name="Anna"))
        follow_through.schedule_first_step(library, contact_id, MONDAY, NOW)

        assert sync_tasks_now(library, today=MONDAY, now=NOW, zone=BERLIN).added == 1

        chosen = TaskSyncState(library).task_list()
        assert chosen is not None and chosen.list_url.rstrip("/").endswith(TASK_LIST_SLUG)
        with CalDavClient(radicale.url, USER, PASSWORD) as client:
            assert find_or_make_task_list(client).url == chosen.list_url  # found, not made again


def test_a_calendar_on_another_server_than_the_contacts_takes_the_tasks(
    tmp_path: Path, radicale: RadicaleServer, memory_keyring: MemoryKeyring
) -> None:
    """As Fastmail and iCloud keep them: contacts on one host, calendars on another, one
    password for both."""
    calendars = RadicaleServer(tmp_path / "calendars")
    calendars.start()
    try:
        with open_library(tmp_path / "library") as library:
            ensure_built_ins(library)
            choose_address_book(library, f"{radicale.url}{USER}/contacts/", USER)
            remember_password(radicale.url, USER, PASSWORD)
            contact_id = Contacts(library).save_new_contact(Contact(given_name="Anna"))
            follow_through.schedule_first_step(library, contact_id, MONDAY, NOW)

            report = sync_tasks_now(
                library, today=MONDAY, now=NOW, zone=BERLIN, calendar_url=calendars.url
            )

            assert report.added == 1
            chosen = TaskSyncState(library).task_list()
            assert chosen is not None and chosen.list_url.startswith(calendars.url)
            PlainCalendar(chosen.list_url).by_summary("Follow up with Anna")
            with CalDavClient(radicale.url, USER, PASSWORD) as contacts_server:
                home = contacts_server.calendar_home()
                assert not [
                    found
                    for found in contacts_server.task_lists(home)
                    if found.url.rstrip("/").endswith(TASK_LIST_SLUG)
                ]

            assert (
                sync_tasks_now(
                    library, today=MONDAY, now=NOW, zone=BERLIN, calendar_url=calendars.url
                ).added
                == 0
            )
    finally:
        calendars.stop()

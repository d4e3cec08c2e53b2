"""Follow-ups as iCalendar to-dos, read back with the ``icalendar`` package."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from cardkeeper.domain import Channel, FollowUp, QueueItem
from cardkeeper.interop.icalendar_todos import PRODUCT_ID, due_at, local_zone, todos_ics

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 20, 17, 45, tzinfo=UTC)


def _item(follow_up_id: int, due: date, **changes: object) -> QueueItem:
    values: dict[str, object] = {
        "follow_up": FollowUp(
            contact_id=7,
            due=due,
            step=2,
            reason="Offer something useful",
            channel=Channel.EMAIL,
            id=follow_up_id,
        ),
        "contact_name": "Anna Schmidt",
        "company": "Nordwind Logistik",
        "email": "anna@nordwind.example",
        "event_name": "LogiMAT 2025",
        "met_on": date(2025, 3, 12),
        "interested_in": "route planning",
        "sequence_name": "Met at an event",
        "steps_in_sequence": 3,
        "template_name": "Offer something useful",
    }
    values.update(changes)
    return QueueItem(**values)  # type: ignore[arg-type]


def _todos(data: bytes) -> list[Calendar]:
    calendar = Calendar.from_ical(data)
    assert calendar["PRODID"] == PRODUCT_ID
    assert calendar["VERSION"] == "2.0"
    return list(calendar.walk("VTODO"))


def test_one_todo_per_follow_up_with_summary_and_description() -> None:
    items = [_item(1, date(2025, 3, 21)), _item(2, date(2025, 3, 24), contact_name="Ben Ode")]

    todos = _todos(todos_ics(items, BERLIN, NOW))

    assert len(todos) == 2
    first = todos[0]
    assert str(first["SUMMARY"]) == "Follow up with Anna Schmidt: Offer something useful"
    assert str(first["DESCRIPTION"]) == (
        "Company: Nordwind Logistik\n"
        "Met: LogiMAT 2025, 12 March 2025\n"
        "Interested in: route planning\n"
        "Email: anna@nordwind.example\n"
        "Template: Offer something useful\n"
        "Step 2 of 3 of “Met at an event”, by email."
    )
    assert str(first["STATUS"]) == "NEEDS-ACTION"
    assert first["DTSTAMP"].dt == NOW
    assert str(todos[1]["SUMMARY"]) == "Follow up with Ben Ode: Offer something useful"


def test_a_bare_follow_up_says_only_what_is_known() -> None:
    bare = _item(
        5,
        date(2025, 3, 21),
        contact_name="",
        company="",
        email="",
        event_name="",
        met_on=None,
        interested_in="",
        sequence_name="",
        steps_in_sequence=0,
        template_name="",
        follow_up=FollowUp(contact_id=1, due=date(2025, 3, 21), channel=Channel.CALL, id=5),
    )
    (todo,) = _todos(todos_ics([bare], BERLIN, NOW))
    assert str(todo["SUMMARY"]) == "Follow up with someone"
    assert str(todo["DESCRIPTION"]) == "Step 1, by call."


@pytest.mark.parametrize(
    ("due", "utc"),
    [
        (date(2025, 3, 29), datetime(2025, 3, 29, 8, 0, tzinfo=UTC)),  # last day of CET
        (date(2025, 3, 30), datetime(2025, 3, 30, 7, 0, tzinfo=UTC)),  # clocks go forward at 2:00
        (date(2025, 10, 26), datetime(2025, 10, 26, 8, 0, tzinfo=UTC)),  # clocks go back at 3:00
        (date(2025, 7, 1), datetime(2025, 7, 1, 7, 0, tzinfo=UTC)),
    ],
)
def test_due_is_nine_in_berlin_written_in_utc_across_dst(due: date, utc: datetime) -> None:
    data = todos_ics([_item(1, due)], BERLIN, NOW)

    (todo,) = _todos(data)

    assert todo["DUE"].dt == utc
    assert todo["DUE"].dt.astimezone(BERLIN).time() == clock_time(9)
    assert f"DUE:{utc:%Y%m%dT%H%M%S}Z".encode() in data


def test_the_alarm_rings_at_the_due_time_as_an_absolute_trigger() -> None:
    data = todos_ics([_item(1, date(2025, 3, 30))], BERLIN, NOW, remind_at=clock_time(8, 30))

    (todo,) = _todos(data)
    (alarm,) = todo.walk("VALARM")

    assert todo["DUE"].dt == datetime(2025, 3, 30, 6, 30, tzinfo=UTC)
    assert alarm["TRIGGER"].dt == todo["DUE"].dt
    assert alarm["TRIGGER"].params["VALUE"] == "DATE-TIME"
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert b"TRIGGER;VALUE=DATE-TIME:20250330T063000Z" in data


def test_a_time_the_clocks_skip_comes_an_hour_later_by_the_new_clock() -> None:
    skipped = due_at(date(2025, 3, 30), BERLIN, clock_time(2, 30))
    assert skipped == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    assert skipped.astimezone(BERLIN).time() == clock_time(3, 30)


def test_uids_stay_the_same_from_one_export_to_the_next() -> None:
    items = [_item(1, date(2025, 3, 21)), _item(9, date(2025, 4, 2))]
    first = [str(todo["UID"]) for todo in _todos(todos_ics(items, BERLIN, NOW))]
    later = todos_ics(items[::-1], BERLIN, NOW + timedelta(days=3))
    assert first == ["follow-up-1@cardkeeper", "follow-up-9@cardkeeper"]
    assert sorted(str(todo["UID"]) for todo in _todos(later)) == first


def test_no_follow_ups_is_an_empty_but_valid_calendar() -> None:
    assert _todos(todos_ics([], BERLIN, NOW)) == []


def test_contact_data_cannot_add_properties_or_components() -> None:
    evil = "Anna\r\nBEGIN:VALARM\r\nTRIGGER:-PT1M\r\nEND:VALARM\r\nATTENDEE:mailto:spy@evil.example"
    item = _item(1, date(2025, 3, 21), contact_name=evil, company=evil, interested_in=evil)

    data = todos_ics([item], BERLIN, NOW)

    (todo,) = _todos(data)
    assert len(todo.walk("VALARM")) == 1
    assert "ATTENDEE" not in todo
    assert str(todo["SUMMARY"]).startswith("Follow up with Anna BEGIN:VALARM TRIGGER:-PT1M")
    assert data.split(b"\r\n").count(b"BEGIN:VALARM") == 1


@pytest.fixture
def berlin_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin_clock")
def test_the_computers_zone_keeps_its_dst_rules() -> None:
    zone = local_zone()
    winter = datetime(2025, 1, 15, 9, tzinfo=zone)
    summer = datetime(2025, 7, 15, 9, tzinfo=zone)
    assert winter.utcoffset() == timedelta(hours=1)
    assert summer.utcoffset() == timedelta(hours=2)
    assert (winter.tzname(), summer.tzname()) == ("CET", "CEST")
    assert due_at(date(2025, 3, 30), zone) == datetime(2025, 3, 30, 7, 0, tzinfo=UTC)
    assert due_at(date(2025, 10, 26), zone) == datetime(2025, 10, 26, 8, 0, tzinfo=UTC)

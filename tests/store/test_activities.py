"""The activity log, "last contacted", and who is losing touch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from cardkeeper.domain import Activity, ActivityKind, Contact
from cardkeeper.store.activities import Activities
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library

NOW = datetime(2024, 5, 20, 9, 30, tzinfo=UTC)


def _contact(library: Library, name: str, created: datetime = NOW - timedelta(days=400)) -> int:
    return Contacts(library).save_new_contact(Contact(given_name=name, created_at=created))


def _last_contacted(library: Library, contact_id: int) -> datetime | None:
    contact = Contacts(library).get_contact(contact_id)
    assert contact is not None
    return contact.last_contacted_at


def test_the_log_comes_back_newest_first(library: Library) -> None:
    anna, ben = _contact(library, "Anna"), _contact(library, "Ben")
    activities = Activities(library)
    berlin = ZoneInfo("Europe/Berlin")
    logged = [
        Activity(anna, ActivityKind.SCANNED, NOW - timedelta(days=3)),
        Activity(anna, ActivityKind.NOTE, datetime(2024, 5, 20, 8, 0, tzinfo=berlin), "Likes tea"),
        Activity(anna, ActivityKind.EMAILED, NOW - timedelta(days=1), "Thank you"),
    ]
    ids = [activities.log(activity) for activity in logged]
    activities.log(Activity(ben, ActivityKind.CALLED, NOW))

    assert activities.for_contact(anna) == [
        Activity(
            anna, ActivityKind.NOTE, NOW - timedelta(hours=3, minutes=30), "Likes tea", ids[1]
        ),
        Activity(anna, ActivityKind.EMAILED, NOW - timedelta(days=1), "Thank you", ids[2]),
        Activity(anna, ActivityKind.SCANNED, NOW - timedelta(days=3), "", ids[0]),
    ]
    assert activities.for_contact(anna)[0].at.utcoffset() == timedelta(0)


def test_reaching_the_person_moves_last_contacted_and_a_note_does_not(library: Library) -> None:
    activities = Activities(library)
    contact_id = _contact(library, "Anna")
    activities.log(Activity(contact_id, ActivityKind.SCANNED, NOW - timedelta(days=5)))
    activities.log(Activity(contact_id, ActivityKind.NOTE, NOW - timedelta(days=4)))
    assert _last_contacted(library, contact_id) is None

    for days, kind in ((3, ActivityKind.MET), (2, ActivityKind.CALLED), (1, ActivityKind.EMAILED)):
        activities.log(Activity(contact_id, kind, NOW - timedelta(days=days)))
        assert _last_contacted(library, contact_id) == NOW - timedelta(days=days)

    activities.log(Activity(contact_id, ActivityKind.NOTE, NOW))
    assert _last_contacted(library, contact_id) == NOW - timedelta(days=1)


def test_a_call_logged_late_does_not_wind_last_contacted_back(library: Library) -> None:
    activities = Activities(library)
    contact_id = _contact(library, "Anna")
    activities.log(Activity(contact_id, ActivityKind.EMAILED, NOW))
    activities.log(Activity(contact_id, ActivityKind.CALLED, NOW - timedelta(days=7)))
    assert _last_contacted(library, contact_id) == NOW
    assert len(activities.for_contact(contact_id)) == 2


def test_losing_touch_lists_the_longest_silent_first(library: Library) -> None:
    contacts = Contacts(library)
    activities = Activities(library)
    quiet = _contact(library, "Quiet")  # added 400 days ago, nothing since
    emailed = _contact(library, "Emailed")
    activities.log(Activity(emailed, ActivityKind.EMAILED, NOW - timedelta(days=100)))
    noted = _contact(library, "Noted")
    activities.log(Activity(noted, ActivityKind.NOTE, NOW - timedelta(days=200)))
    recent = _contact(library, "Recent")
    activities.log(Activity(recent, ActivityKind.CALLED, NOW - timedelta(days=5)))
    _contact(library, "New", created=NOW - timedelta(days=2))
    trashed = _contact(library, "Trashed")
    contacts.soft_delete([trashed])
    imported = Contacts(library).save_new_contact(
        Contact(
            given_name="Imported",
            created_at=NOW - timedelta(days=900),
            last_contacted_at=NOW - timedelta(days=150),
        )
    )

    assert Activities(library).losing_touch(NOW - timedelta(days=30)) == [
        (quiet, "Quiet", None),
        (noted, "Noted", NOW - timedelta(days=200)),
        (imported, "Imported", NOW - timedelta(days=150)),
        (emailed, "Emailed", NOW - timedelta(days=100)),
    ]
    assert Activities(library).losing_touch(NOW - timedelta(days=500)) == []

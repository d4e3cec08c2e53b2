"""The queue's sections at their edges, how late a row is, and the count the window shows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cardkeeper.app.follow_up_queue import Section, days_late, due_count, section_of, sections
from cardkeeper.domain import Contact, FollowUp, FollowUpState, QueueItem
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps

TODAY = date(2024, 5, 20)


def _item(due: date, name: str = "Anna", window: int = 0) -> QueueItem:
    return QueueItem(
        follow_up=FollowUp(contact_id=1, due=due),
        contact_name=name,
        company="",
        email="",
        event_name="",
        met_on=None,
        interested_in="",
        sequence_name="",
        steps_in_sequence=0,
        template_name="",
        window_days=window,
    )


@pytest.mark.parametrize(
    ("days_from_today", "section"),
    [
        (-30, Section.OVERDUE),
        (-1, Section.OVERDUE),
        (0, Section.TODAY),
        (1, Section.THIS_WEEK),
        (7, Section.THIS_WEEK),
        (8, Section.LATER),
        (400, Section.LATER),
    ],
)
def test_each_due_day_falls_in_its_section(days_from_today: int, section: Section) -> None:
    assert section_of(_item(TODAY + timedelta(days=days_from_today)), TODAY) is section


@pytest.mark.parametrize(
    ("days_from_today", "section", "late"),
    [
        (-4, Section.OVERDUE, 2),
        (-3, Section.OVERDUE, 1),
        (-2, Section.TODAY, 0),
        (0, Section.TODAY, 0),
        (1, Section.THIS_WEEK, 0),
    ],
)
def test_a_step_is_on_time_until_its_window_ends(
    days_from_today: int, section: Section, late: int
) -> None:
    """ "Day 7-9": due on day 7, in Today through day 9, one day late on day 10."""
    item = _item(TODAY + timedelta(days=days_from_today), window=2)
    assert section_of(item, TODAY) is section
    assert days_late(item, TODAY) == late


def test_sections_come_in_order_keep_their_rows_order_and_skip_empty_ones() -> None:
    yesterday = _item(TODAY - timedelta(days=1))
    in_seven_ben = _item(TODAY + timedelta(days=7), "Ben")
    in_seven_anna = _item(TODAY + timedelta(days=7), "Anna")
    in_eight = _item(TODAY + timedelta(days=8))
    today = _item(TODAY)

    grouped = sections([in_eight, in_seven_anna, in_seven_ben, today, yesterday], TODAY)

    assert grouped == [
        (Section.OVERDUE, [yesterday]),
        (Section.TODAY, [today]),
        (Section.THIS_WEEK, [in_seven_anna, in_seven_ben]),
        (Section.LATER, [in_eight]),
    ]
    assert sections([in_eight], TODAY) == [(Section.LATER, [in_eight])]
    assert sections([], TODAY) == []


def test_sections_have_labels_for_people() -> None:
    assert [section.label for section in Section] == ["Overdue", "Today", "This week", "Later"]


@pytest.mark.parametrize(("days_from_today", "late"), [(-3, 3), (-1, 1), (0, 0), (2, 0)])
def test_days_late_counts_only_past_the_due_day(days_from_today: int, late: int) -> None:
    assert days_late(_item(TODAY + timedelta(days=days_from_today)), TODAY) == late


def test_the_due_count_is_overdue_and_today_of_live_contacts(library: Library) -> None:
    contacts = Contacts(library)
    anna = contacts.save_new_contact(Contact(given_name="Anna"))
    gone = contacts.save_new_contact(Contact(given_name="Gone"))
    follow_ups = FollowUps(library)
    for days in (-1, 0, 1, 7, 8):
        follow_ups.add(FollowUp(anna, TODAY + timedelta(days=days)))
    follow_ups.add(FollowUp(anna, TODAY, state=FollowUpState.SNOOZED))
    follow_ups.add(FollowUp(anna, TODAY - timedelta(days=3), state=FollowUpState.DONE))
    follow_ups.add(FollowUp(gone, TODAY))
    contacts.soft_delete([gone])

    assert due_count(library, TODAY) == 3
    assert due_count(library, TODAY + timedelta(days=8)) == 6

    items = follow_ups.open_items()
    counted = [s for s, rows in sections(items, TODAY) for _ in rows]
    assert counted.count(Section.OVERDUE) + counted.count(Section.TODAY) == 3

"""The follow-up queue as the user reads it: overdue, today, this week, later.

The window, the tray count and ``cardkeeper followups`` all group the open
follow-ups with these rules, so they never disagree about what is due.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta

from cardkeeper.domain import QueueItem
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.wording import translate

THIS_WEEK_DAYS = 7
""""This week" is the next seven days after today, not the calendar week: on a
Friday, next Thursday is as near as next Monday."""


class Section(enum.StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"

    @property
    def label(self) -> str:
        if self is Section.OVERDUE:
            return translate("follow_up_queue", "Overdue")
        if self is Section.TODAY:
            return translate("follow_up_queue", "Today")
        if self is Section.THIS_WEEK:
            return translate("follow_up_queue", "This week")
        return translate("follow_up_queue", "Later")


def section_of(item: QueueItem, today: date) -> Section:
    """A step stays in Today from its due day to the end of its window ("day 1-2"), and is
    overdue only after that: the sequence's own leeway is not lateness."""
    due = item.follow_up.due
    if item.last_on_time < today:
        return Section.OVERDUE
    if due <= today:
        return Section.TODAY
    if due <= today + timedelta(days=THIS_WEEK_DAYS):
        return Section.THIS_WEEK
    return Section.LATER


def sections(items: Iterable[QueueItem], today: date) -> list[tuple[Section, list[QueueItem]]]:
    """The items in their sections, in section order, each keeping the order it was given.

    Empty sections are left out, so a view shows only headings with rows.
    """
    grouped: dict[Section, list[QueueItem]] = {section: [] for section in Section}
    for item in items:
        grouped[section_of(item, today)].append(item)
    return [(section, rows) for section, rows in grouped.items() if rows]


def days_late(item: QueueItem, today: date) -> int:
    """Days past the last day the step was on time; 0 while it is on time or not yet due."""
    return max((today - item.last_on_time).days, 0)


def due_count(library: Library, today: date) -> int:
    """How many follow-ups are overdue or due today: the number the main window shows."""
    return FollowUps(library).count_due(today)

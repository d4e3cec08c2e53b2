"""How dates and times are written in the library.

Dates are ISO text (``2024-05-17``). Times are UTC ISO text with a fixed number
of digits, so that comparing the text in SQL is comparing the times.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def now_text() -> str:
    return datetime_to_text(datetime.now(UTC))


def datetime_to_text(moment: datetime) -> str:
    """A naive ``moment`` is taken as local time, as :meth:`datetime.astimezone` does."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def text_to_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def date_to_text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def text_to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None

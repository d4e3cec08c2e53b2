"""Dates as a person writes them in an email or a calendar note: "14 March 2025", "yesterday".

English on purpose and independent of the computer's locale: the built-in
templates are English, and a German month name in an English sentence reads
as a mistake.
"""

from __future__ import annotations

from datetime import date

_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_text(day: date) -> str:
    """14 March 2025."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def when_text(day: date, today: date) -> str:
    """When ``day`` was, as said in a sentence: today, yesterday, on Tuesday, on 3 March (2024)."""
    days = (today - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return f"on {_WEEKDAYS[day.weekday()]}"
    if day.year == today.year:
        return f"on {day.day} {_MONTHS[day.month - 1]}"
    return f"on {day_text(day)}"

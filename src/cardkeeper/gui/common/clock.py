"""The one place the windows read the time, so tests can give them a day of their choosing.

Rules below the GUI never read the clock themselves (they take ``today`` and
``now``); the windows ask a :class:`Clock`, and tests hand them one that is
stopped at a moment of their choosing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


class Clock:
    """The real clock: ``now`` in UTC, ``today`` as the user's calendar shows it."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone().date()

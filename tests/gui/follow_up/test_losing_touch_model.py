"""People losing touch: their last contact and how long ago, in words."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.modeltest import ModelTester

from cardkeeper.gui.follow_up.losing_touch_model import (
    LAST_CONTACT,
    NAME,
    SILENT_FOR,
    ContactIdRole,
    LosingTouchModel,
    silence,
)


def test_rows_say_when_and_how_long(qtmodeltester: ModelTester) -> None:
    model = LosingTouchModel()
    model.set_rows(
        [(3, "Anna Koch", datetime(2025, 11, 10, 9, tzinfo=UTC)), (8, "", None)],
        date(2026, 3, 10),
    )
    assert [model.index(0, c).data() for c in (NAME, LAST_CONTACT, SILENT_FOR)] == [
        "Anna Koch",
        "10 Nov 2025",
        "4 months",
    ]
    assert [model.index(1, c).data() for c in (NAME, LAST_CONTACT, SILENT_FOR)] == [
        "(no name)",
        "Never",
        "",
    ]
    assert model.index(1, NAME).data(ContactIdRole) == 8
    assert model.contact_id(model.index(0, SILENT_FOR)) == 3
    qtmodeltester.check(model)


def test_silence_in_words() -> None:
    today = date(2026, 3, 10)
    assert silence(date(2026, 3, 9), today) == "1 day"
    assert silence(date(2026, 2, 10), today) == "4 weeks"
    assert silence(date(2025, 3, 1), today) == "over a year"
    assert silence(date(2023, 3, 1), today) == "over 3 years"

"""The queue model: a heading per section, the follow-ups under it, as the tree view expects."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from cardkeeper.domain import Channel, FollowUp, QueueItem
from cardkeeper.gui.follow_up.queue_model import (
    DUE,
    MET,
    PERSON,
    STEP,
    TODO,
    FollowUpIdRole,
    FollowUpModel,
)
from tests.gui.follow_up_data import TODAY

pytestmark = pytest.mark.usefixtures("qapp")  # rows are sized by the application's font


def _item(
    follow_up_id: int,
    name: str,
    due: date,
    *,
    step: int = 1,
    channel: Channel = Channel.EMAIL,
    met_on: date | None = None,
    window: int = 0,
) -> QueueItem:
    return QueueItem(
        follow_up=FollowUp(
            contact_id=follow_up_id * 10,
            due=due,
            channel=channel,
            step=step,
            reason="Invite them: a call, coffee, your next event",
            id=follow_up_id,
        ),
        contact_name=name,
        company="Elbtal Software KG",
        email=f"{name.split(maxsplit=1)[0].lower()}@example.com",
        event_name="Web Summit 2026, Lisbon",
        met_on=met_on,
        interested_in="OCR for invoices",
        sequence_name="Met at an event",
        steps_in_sequence=3,
        template_name="Invite",
        window_days=window,
    )


def _texts(model: FollowUpModel, column: int = PERSON) -> list[str]:
    """Headings and rows top to bottom, rows indented by two spaces."""
    lines = []
    for section in range(model.rowCount()):
        heading = model.index(section, 0)
        lines.append(heading.data())
        lines += [
            "  " + model.index(row, column, heading).data()
            for row in range(model.rowCount(heading))
        ]
    return lines


def test_sections_with_their_follow_ups_in_order(qtmodeltester: ModelTester) -> None:
    model = FollowUpModel()
    model.set_items(
        [
            _item(1, "Anna Koch", TODAY - timedelta(days=3)),
            _item(2, "Jürgen Müller", TODAY),
            _item(3, "Sara Greco", TODAY + timedelta(days=1)),
            _item(4, "Tom Baker", TODAY + timedelta(days=20)),
        ],
        TODAY,
    )
    assert _texts(model) == [
        "Overdue (1)",
        "  Anna Koch",
        "Today (1)",
        "  Jürgen Müller",
        "This week (1)",
        "  Sara Greco",
        "Later (1)",
        "  Tom Baker",
    ]
    assert _texts(model, DUE)[1::2] == ["  3 days late", "  Today", "  Tomorrow", "  Mon 30 Mar"]
    qtmodeltester.check(model)


def test_a_step_inside_its_window_is_due_and_on_time(qtmodeltester: ModelTester) -> None:
    model = FollowUpModel()
    model.set_items(
        [
            _item(1, "Anna Koch", TODAY - timedelta(days=1), window=2),
            _item(2, "Jürgen Müller", TODAY - timedelta(days=2), window=2),
            _item(3, "Sara Greco", TODAY - timedelta(days=3), window=2),
        ],
        TODAY,
    )
    assert _texts(model) == [
        "Overdue (1)",
        "  Sara Greco",
        "Today (2)",
        "  Anna Koch",
        "  Jürgen Müller",
    ]
    assert _texts(model, DUE)[1:] == [
        "  1 day late",
        "Today (2)",
        "  Due yesterday",
        "  Due 2 days ago",
    ]
    qtmodeltester.check(model)


def test_a_row_says_step_what_to_do_and_when_met(qtmodeltester: ModelTester) -> None:
    model = FollowUpModel()
    model.set_items(
        [_item(7, "Anna Koch", TODAY, step=3, channel=Channel.CALL, met_on=date(2026, 3, 4))],
        TODAY,
    )
    row = model.index_of(7)
    assert row.data(FollowUpIdRole) == 7
    assert row.siblingAtColumn(STEP).data() == "3 of 3"
    assert row.siblingAtColumn(TODO).data() == "Call · Invite them: a call, coffee, your next event"
    assert row.siblingAtColumn(MET).data() == "Web Summit 2026, Lisbon · 4 Mar"
    assert row.siblingAtColumn(PERSON).data(Qt.ItemDataRole.ToolTipRole) == "anna@example.com"
    assert "template “Invite”" in row.siblingAtColumn(TODO).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)


def test_headings_cannot_be_selected_and_empty_sections_are_left_out(
    qtmodeltester: ModelTester,
) -> None:
    model = FollowUpModel()
    model.set_items([_item(1, "Anna Koch", TODAY + timedelta(days=30))], TODAY)
    heading = model.index(0, 0)
    assert heading.data() == "Later (1)"
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(0, 0, heading)) & Qt.ItemFlag.ItemIsSelectable
    assert model.item(heading) is None
    assert model.index_of(99) == QModelIndex()

    model.set_items([], TODAY)
    assert model.rowCount() == 0
    assert model.item_count() == 0
    qtmodeltester.check(model)

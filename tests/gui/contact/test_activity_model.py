"""A contact's story: the next follow-up first, then what happened, newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cardkeeper.domain import Activity, ActivityKind, Channel, FollowUp, FollowUpState
from cardkeeper.gui.contact.activity_model import ActivityModel

pytestmark = pytest.mark.usefixtures("qapp")  # rows carry icons

TODAY = date(2026, 3, 10)


def test_the_next_step_comes_before_the_log(qtmodeltester: ModelTester) -> None:
    model = ActivityModel()
    model.set_history(
        [
            Activity(
                1, ActivityKind.CALLED, datetime(2026, 3, 9, 14, 5, tzinfo=UTC), "Demo agreed"
            ),
            Activity(1, ActivityKind.SCANNED, datetime(2026, 3, 4, 18, 0, tzinfo=UTC)),
        ],
        [
            FollowUp(1, date(2026, 3, 1), state=FollowUpState.DONE, reason="Thank them"),
            FollowUp(1, date(2026, 3, 12), channel=Channel.CALL, step=2, reason="Offer a demo"),
        ],
        TODAY,
    )
    lines = [model.index(row).data() for row in range(model.rowCount())]
    assert lines[0] == "Next: call, due Thu 12 Mar\nOffer a demo"
    assert lines[1].startswith("Called · 9 Mar 2026, ")
    assert lines[1].endswith("\nDemo agreed")
    assert lines[2].startswith("Card scanned · 4 Mar 2026")
    assert model.planned_count() == 1
    assert not model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()
    qtmodeltester.check(model)

"""The steps table: what each column says, edits that are refused, moves that renumber."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cardkeeper.domain import Channel, SequenceStep
from cardkeeper.gui.templates.sequence_steps_model import (
    AFTER,
    BUSINESS,
    CHANNEL,
    NO_TEMPLATE,
    STEP,
    TEMPLATE,
    WINDOW,
    SequenceStepsModel,
    timeline,
)


def _model() -> SequenceStepsModel:
    model = SequenceStepsModel()
    model.set_templates({3: "Thank you", 5: "Invite"})
    model.set_steps(
        [
            SequenceStep(1, 1, 1, template_id=3, reason="Thank them"),
            SequenceStep(2, 14, 9, channel=Channel.CALL, template_id=5, reason="Invite them"),
        ]
    )
    return model


def test_columns_say_it_as_a_person_would(qtmodeltester: ModelTester) -> None:
    model = _model()
    row = [model.index(1, column).data() for column in (STEP, AFTER, WINDOW, CHANNEL, TEMPLATE)]
    assert row == ["2", "14 days", "+9", "Call", "Invite"]
    model.setData(
        model.index(1, BUSINESS), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.index(1, AFTER).data() == "14 business days"
    model.setData(model.index(0, TEMPLATE), NO_TEMPLATE)
    assert model.index(0, TEMPLATE).data() == "(none)"
    assert model.steps()[0].template_id is None
    qtmodeltester.check(model)


def test_negative_days_and_unknown_channels_are_refused(qtmodeltester: ModelTester) -> None:
    model = _model()
    assert not model.setData(model.index(0, AFTER), -3)
    assert not model.setData(model.index(0, CHANNEL), "pigeon")
    assert model.setData(model.index(0, WINDOW), 0)
    assert model.index(0, WINDOW).data() == "on the day"
    assert not model.flags(model.index(0, STEP)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)


def test_adding_moving_and_removing_renumbers(qtmodeltester: ModelTester) -> None:
    model = _model()
    assert model.add_step(0) == 1
    assert [s.step for s in model.steps()] == [1, 2, 3]
    assert model.steps()[1].delay_days == 7
    assert model.move_step(2, -1) == 1
    assert [s.reason for s in model.steps()] == ["Thank them", "Invite them", ""]
    model.remove_step(0)
    assert [(s.step, s.reason) for s in model.steps()] == [(1, "Invite them"), (2, "")]
    qtmodeltester.check(model)


def test_the_timeline_adds_up_the_waits() -> None:
    steps = [
        SequenceStep(1, 1, 1),
        SequenceStep(2, 6, 2),
        SequenceStep(3, 14, 0, business_days=True),
    ]
    assert timeline(steps) == "day 1–2, day 7–9, business day 21"

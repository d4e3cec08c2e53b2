"""The list of named things: plain rows, checkable rows, and a free name for a copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cardkeeper.gui.templates.named_list_model import IdRole, NamedListModel, NamedRow, free_name


def test_rows_show_their_note_and_checks_are_reported(qtmodeltester: ModelTester) -> None:
    model = NamedListModel()
    model.set_rows(
        [
            NamedRow(4, "Hannover Messe 2026", "follows Trade fair", checked=False),
            NamedRow(9, "Web Summit 2026, Lisbon", checked=True),
        ]
    )
    first = model.index(0)
    assert first.data() == "Hannover Messe 2026 (follows Trade fair)"
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Hannover Messe 2026"
    assert first.data(IdRole) == 4
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable

    changes: list[tuple[int, bool]] = []
    model.check_changed.connect(lambda row_id, checked: changes.append((row_id, checked)))
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert changes == [(4, True)]
    assert [row.checked for row in model.rows()] == [True, True]
    assert model.row_of(9) == 1 and model.row_of(5) is None
    qtmodeltester.check(model)


def test_rows_without_a_box_cannot_be_checked(qtmodeltester: ModelTester) -> None:
    model = NamedListModel()
    model.set_rows([NamedRow(1, "Invite", "built-in")])
    index = model.index(0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) is None
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model)


def test_a_free_name_counts_up_in_any_case() -> None:
    assert free_name("New template", ["Invite"]) == "New template"
    assert free_name("New template", ["new TEMPLATE", "New template 2"]) == "New template 3"

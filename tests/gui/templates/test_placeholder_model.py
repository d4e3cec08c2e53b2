"""The placeholder table: every placeholder the renderer knows, with what it holds."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from cardkeeper.app.drafts import PLACEHOLDERS
from cardkeeper.gui.templates.placeholder_model import HOLDS, NAME, PlaceholderModel

pytestmark = pytest.mark.usefixtures("qapp")  # names are shown in the fixed-width font


def test_every_placeholder_with_its_description(qtmodeltester: ModelTester) -> None:
    model = PlaceholderModel(PLACEHOLDERS)
    rows = {
        model.index(row, NAME).data(): model.index(row, HOLDS).data()
        for row in range(model.rowCount())
    }
    assert rows == PLACEHOLDERS
    assert model.name(model.index(0, HOLDS)) == next(iter(PLACEHOLDERS))
    qtmodeltester.check(model)

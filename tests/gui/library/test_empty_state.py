"""The first-run view: its two buttons, what it tells, how it looks, and the sample it offers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardkeeper.gui.common.palette import COLOR_SCHEME_ENV, apply_palette
from cardkeeper.gui.library.empty_state import EmptyState, sample_card_path
from cardkeeper.reading.json_contract import reading_to_json
from cardkeeper.reading.pipeline import read_card


@pytest.fixture
def state(qtbot: QtBot) -> EmptyState:
    view = EmptyState()
    view.resize(900, 600)
    qtbot.add_widget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_sample_button_offers_the_shipped_photo(qtbot: QtBot, state: EmptyState) -> None:
    with qtbot.waitSignal(state.sample_requested) as sent:
        qtbot.mouseClick(state.sample_button, Qt.MouseButton.LeftButton)
    path = sent.args[0]
    assert isinstance(path, Path)
    assert path == sample_card_path()
    assert path.is_file()
    assert path.stat().st_size <= 300_000
    with Image.open(path) as image:
        assert image.format == "JPEG"
        assert max(image.size) >= 1200


def test_import_button_asks_for_an_import(qtbot: QtBot, state: EmptyState) -> None:
    with qtbot.waitSignal(state.import_requested):
        qtbot.mouseClick(state.import_button, Qt.MouseButton.LeftButton)


def test_tells_every_way_to_add_cards(state: EmptyState) -> None:
    text = state.explanation.text()
    shortcut = QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText)
    assert "Drop card photos or a whole folder" in text
    assert f"File ▸ Import ({shortcut})" in text
    assert "camera" in text
    assert state.import_button.text() == "&Import Photos…"
    assert state.sample_button.text() == "Try the &Sample Card"


@pytest.fixture
def dark(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    saved = QPalette(qapp.palette())
    monkeypatch.setenv(COLOR_SCHEME_ENV, "dark")
    apply_palette(qapp)
    yield
    qapp.setPalette(saved)


@pytest.mark.usefixtures("dark")
def test_in_a_dark_palette_draws_light_on_dark(qtbot: QtBot) -> None:
    view = EmptyState()
    view.resize(900, 600)
    qtbot.add_widget(view)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    assert image.pixelColor(5, 5).lightness() < 70
    headline_text = view.palette().color(QPalette.ColorRole.WindowText)
    assert headline_text.lightness() > 200
    assert not view.icon.pixmap().isNull()


def test_the_sample_card_reads_as_printed() -> None:
    """The sample is the first reading a new user sees: every field must come out right."""
    data = reading_to_json("sample", read_card(sample_card_path()).fields)
    assert data["name"] == "Nora Whitfield"
    assert data["title"] == "Head of Partnerships"
    assert data["company"] == "Harbor & Finch Design"
    assert data["emails"] == ["nora.whitfield@harborfinch.example"]
    assert data["phones"] == [{"kind": "work", "number": "+14155550132"}]
    assert data["websites"] == ["www.harborfinch.example"]
    assert data["address"] == "220 Harbor Street, San Francisco, CA 94107"

"""The contacts list and the form lined up, as a user reading a dozen new cards expects."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.library.contacts_model import NAME, TITLE
from cardkeeper.gui.library.sidebar import ALL
from cardkeeper.gui.library.thumbnails import load_thumbnail
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.card_files import write_scan
from tests.gui.window_fixture import add_contacts, finish_import, open_window
from tools.cardgen import make_card, scan
from tools.cardgen.render import render


def test_names_start_at_one_place_with_or_without_a_card_picture(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    add_contacts(library, Contact(full_name="Anna Koch", needs_review=False))
    window = open_window(qtbot, library)
    window.importing.start_import([write_scan(tmp_path, 3)[0]])
    finish_import(qtbot, window)
    window.browser.sidebar.choose(ALL)
    model = window.model
    assert model.rowCount() == 2

    def pictures() -> list[QPixmap | None]:
        return [model.index(row, NAME).data(Qt.ItemDataRole.DecorationRole) for row in range(2)]

    qtbot.waitUntil(lambda: sum(isinstance(p, QPixmap) for p in pictures()) >= 1)
    sizes = [p.size() if isinstance(p, QPixmap) else None for p in pictures()]
    assert sizes[0] == sizes[1], sizes


def test_a_card_of_any_shape_takes_the_same_place(tmp_path: Path) -> None:
    widths = []
    for name, width, height in (("wide", 1800, 600), ("usual", 1050, 600), ("tall", 600, 1050)):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#336699"))
        path = tmp_path / f"{name}.jpg"
        assert image.save(str(path))
        widths.append(load_thumbnail(path).size())
    assert widths[0] == widths[1] == widths[2]


def test_long_values_open_at_their_start(qtbot: QtBot, library: Library) -> None:
    (contact_id,) = add_contacts(
        library,
        Contact(
            full_name="Maximilian Alexander von Schwarzenberg-Hohenlohe",
            title="Senior Vice President, Global Procurement and Supply Chain Strategy",
            company="Greco Automazione Industriale e Robotica S.r.l., Divisione Logistica",
            tags=["trade fair", "follow up in spring", "logistics", "robotics", "Italy"],
            needs_review=False,
        ),
    )
    window = open_window(qtbot, library)
    window.resize(1024, 700)
    window.select_contact(contact_id)
    assert Contacts(library).get_contact(contact_id) is not None
    for field in ("name", "title", "company", "tags"):
        line = window.pane.form.findChild(QLineEdit, field)
        assert line is not None and line.text(), field
        assert line.cursorPosition() == 0, field


def test_a_card_printed_in_capitals_lists_name_and_title_alike(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    """Capitals are the card's typography: the name was proper-cased, and the title is too."""
    seed = 3
    _, truth = make_card(seed)
    printed = replace(truth, name=truth.name.upper(), title="HEAD OF SALES, EMEA")
    photo = tmp_path / "capitals.png"
    scan(render(printed, random.Random(seed)), np.random.default_rng(seed)).image.save(photo)
    window = open_window(qtbot, library)
    window.importing.start_import([photo])
    finish_import(qtbot, window)
    assert window.model.index(0, NAME).data() == truth.name
    assert window.model.index(0, TITLE).data() == "Head of Sales, EMEA"

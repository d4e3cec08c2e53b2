"""A vCard's name in the window and back out: N's parts kept, the whole name shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from cardkeeper.gui.exchange.export_dialog import ExportDialog
from cardkeeper.store.database import Library, open_library
from tests.gui.window_fixture import names, open_window

WITHOUT_FN = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Miranda;Altair;D'Auria;;\r\nEND:VCARD\r\n"
"""As an older phone writes it: N only, no FN (optional in vCard 2.1)."""
WITH_FN = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Altair D'Auria Miranda\r\n"
    "N:Miranda;Altair;D'Auria;;\r\nEND:VCARD\r\n"
)


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


@pytest.mark.parametrize("vcard", [WITHOUT_FN, WITH_FN], ids=["without FN", "with FN"])
def test_a_vcard_name_shows_whole_and_its_n_parts_come_back_unchanged(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, vcard: str
) -> None:
    source = tmp_path / "altair.vcf"
    source.write_text(vcard, encoding="utf-8")
    window = open_window(qtbot, library)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(source), ""))
    window.contacts_files.import_contacts_action.trigger()
    qtbot.waitUntil(window.contacts_files.import_contacts_action.isEnabled)
    qtbot.waitUntil(lambda: len(names(window)) == 1)
    assert names(window) == ["Altair D'Auria Miranda"]

    out = tmp_path / "back.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(out), ""))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer)
    window.contacts_files.export_contacts_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"))
    (card,) = vobject.readComponents(out.read_text(encoding="utf-8"))
    n = card.n.value
    assert (n.family, n.given, n.additional, n.prefix, n.suffix) == (
        "Miranda",
        "Altair",
        "D'Auria",
        "",
        "",
    )
    assert card.fn.value == "Altair D'Auria Miranda"

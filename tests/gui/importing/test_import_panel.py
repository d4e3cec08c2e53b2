"""The import bar follows a real import; the summary dialog lists the files that need a look."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardkeeper.app.import_cards import ImportResult, ImportStatus
from cardkeeper.gui.importing.job import ImportJob, ImportSummary
from cardkeeper.gui.importing.panel import ImportPanel
from cardkeeper.gui.importing.summary import FILE, WHAT_HAPPENED, ImportSummaryDialog
from cardkeeper.reading.pipeline import ReadingOptions
from tests.card_files import write_desk_photo, write_scan

WAIT_MS = 120_000


def test_the_panel_follows_an_import_cancels_on_esc_and_hides_when_done(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    photos = tmp_path / "photos"
    for seed in (3, 5):
        write_scan(photos, seed)
    (photos / "empty.jpg").touch()
    shutil.copy(photos / "scan-3.png", photos / "scan-3 again.png")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a card")
    job = ImportJob(data_dir, [photos, notes, tmp_path / "gone.jpg"], ReadingOptions())
    panel = ImportPanel()
    qtbot.add_widget(panel)
    panel.resize(900, panel.sizeHint().height())
    panel.attach(job)
    assert panel.isVisible()
    assert panel.progress_bar.maximum() == 0  # busy: the folder is not walked yet

    with qtbot.waitSignal(job.progress, timeout=WAIT_MS, check_params_cb=lambda d, t, c: d == 1):
        job.start()
    assert panel.progress_bar.text() == "1 of 6"
    first = panel.current_file.toolTip()
    assert first.startswith(str(photos))
    assert panel.current_file.text() == Path(first).name

    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished:
        qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Escape)
        assert not panel.cancel_button.isEnabled()
        assert panel.title.text() == "Cancelling…"
    assert panel.isHidden()
    summary: ImportSummary = finished.args[0]
    assert summary.total == 6


def test_a_long_file_name_is_shortened_in_the_middle(qtbot: QtBot) -> None:
    panel = ImportPanel()
    qtbot.add_widget(panel)
    panel.resize(900, panel.sizeHint().height())
    panel.show()
    qtbot.waitExposed(panel)
    name = "IMG_20260514_101523_" + "x" * 80 + "_card.jpg"
    panel.current_file.set_full_text(name)
    shown = panel.current_file.text()
    assert "…" in shown
    assert shown.startswith("IMG_20260514_101523_")
    assert shown.endswith("x_card.jpg")


def test_the_summary_lists_each_failed_and_matched_file(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path, data_dir: Path
) -> None:
    photos = tmp_path / "photos"
    write_scan(photos, 3)
    write_desk_photo(photos, 3)  # another photo of the same card: maybe the same person
    shutil.copy(photos / "scan-3.png", photos / "scan-3 again.png")  # the same image
    (photos / "empty.jpg").touch()
    job = ImportJob(data_dir, [photos, tmp_path / "gone.jpg"], ReadingOptions())
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished:
        job.start()
    summary: ImportSummary = finished.args[0]

    dialog = ImportSummaryDialog(summary)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.headline.text() == (
        "Imported 2 cards; 2 could not be read; 1 looks like someone already in your library;"
        " 1 was already in your library."
    )
    model = dialog.problems
    qtmodeltester.check(model)
    rows = [
        (model.index(row, FILE).data(), model.index(row, WHAT_HAPPENED).data())
        for row in range(model.rowCount())
    ]
    assert [name for name, _ in rows] == ["empty.jpg", "gone.jpg", "scan-3 again.png", "scan-3.png"]
    assert rows[1][1] == "gone.jpg does not exist (it may have been moved)."
    assert rows[2][1].endswith("is already in the library — merge them in the review inbox.")
    assert rows[3][1] == "Not added: this card was imported before, as Dr. Iñaki Jiménez."
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, FILE).data(tooltip) == str(photos / "empty.jpg")
    assert model.index(0, WHAT_HAPPENED).data(tooltip) == f"{rows[0][1]}\n{photos / 'empty.jpg'}"
    assert dialog.findChild(QTableView).isVisible()

    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy List")
    copy.click()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == f"{photos / 'empty.jpg'}\t{rows[0][1]}"
    assert len(copied) == 4


def test_a_clean_import_has_no_list_and_nothing_to_copy(qtbot: QtBot) -> None:
    added = ImportResult(Path("/cards/anna.jpg"), ImportStatus.ADDED, "Added Anna.", contact_id=1)
    dialog = ImportSummaryDialog(ImportSummary([added], cancelled=False, error=None, total=1))
    qtbot.add_widget(dialog)
    assert dialog.headline.text() == "Imported 1 card."
    assert dialog.findChild(QTableView) is None
    buttons = dialog.findChild(QDialogButtonBox)
    assert [b.text() for b in buttons.buttons()] == ["Close"]

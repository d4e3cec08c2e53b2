"""ImportJob: real card photos read by real Tesseract into a real library, off the GUI thread."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from cardkeeper import paths
from cardkeeper.app.import_cards import ImportResult, ImportStatus, import_images
from cardkeeper.app.read_cards import default_jobs
from cardkeeper.gui.importing.job import ImportJob, ImportSummary, prepare_import
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import DATABASE_FILE_NAME, open_library
from tests.card_files import write_scan, write_sheet
from tests.unprivileged import unprivileged

WAIT_MS = 120_000
FIRST_SEEDS = (3, 5, 8)
"""Three cards with nothing in common, so none looks like another."""


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Distinct cards, enough that a cancel leaves some unread even with every core reading."""
    folder = tmp_path_factory.mktemp("scans")
    count = 2 * default_jobs() + 3  # the reading pool holds two per core, plus one refill
    seeds = [*FIRST_SEEDS, *range(100, 100 + count - len(FIRST_SEEDS))]
    return [write_scan(folder, seed)[0] for seed in seeds]


def three_cards_and_two_duds(scans: list[Path], tmp_path: Path) -> list[Path]:
    """A folder of 3 cards and an empty .jpg, and a text file named alongside it: 5 files."""
    folder = tmp_path / "photos"
    folder.mkdir()
    for scan in scans[:3]:
        shutil.copy(scan, folder)
    (folder / "empty.jpg").touch()
    (folder / "minutes.txt").write_text("skipped: a folder is searched for images only")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a card")
    return [folder, notes]


def run(qtbot: QtBot, job: ImportJob) -> ImportSummary:
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished:
        job.start()
        assert job.is_running()
    assert not job.is_running()
    summary = finished.args[0]
    assert isinstance(summary, ImportSummary)
    return summary


def saved_contacts(data_dir: Path) -> list[int]:
    with open_library(data_dir) as library:
        contacts = Contacts(library)
        ids = [c.id for c in contacts.list_contacts() if c.id is not None]
        for contact_id in ids:
            details = contacts.card_details(contact_id)
            assert {i.role for i in details.images} == {"flattened", "original"}
            assert all(i.path.is_file() for i in details.images)
        return ids


def test_a_folder_is_imported_in_the_background(
    qtbot: QtBot, scans: list[Path], tmp_path: Path, data_dir: Path
) -> None:
    named = three_cards_and_two_duds(scans, tmp_path)
    job = ImportJob(data_dir, named, ReadingOptions(), event="Web Summit 2026")
    progress: list[tuple[int, int, str]] = []
    items: list[ImportResult] = []
    on_gui_thread: list[bool] = []

    def record(done: int, total: int, current: str) -> None:
        progress.append((done, total, current))
        on_gui_thread.append(QThread.currentThread() is QCoreApplication.instance().thread())

    job.progress.connect(record)
    job.item_done.connect(items.append)
    summary = run(qtbot, job)

    assert summary.error is None
    assert not summary.cancelled
    assert summary.total == 5
    assert sorted(r.path.name for r in summary.added) == sorted(s.name for s in scans[:3])
    failed = {r.path.name: r.message for r in summary.failed}
    assert failed == {
        "empty.jpg": "empty.jpg is empty (0 bytes), so there is no image in it.",
        "notes.txt": "notes.txt is a text file, not an image.",
    }
    assert summary.headline() == "Imported 3 cards; 2 could not be read."
    assert items == summary.results
    assert progress[0] == (0, 5, "")
    assert [p[0] for p in progress] == [0, 1, 2, 3, 4, 5]
    assert progress[-1] == (5, 5, str(summary.results[-1].path))
    assert all(on_gui_thread)
    assert sorted(saved_contacts(data_dir)) == sorted(r.contact_id for r in summary.added)


def test_cancel_keeps_the_cards_already_saved_and_quitting_waits_for_them(
    qtbot: QtBot, scans: list[Path], data_dir: Path
) -> None:
    job = ImportJob(data_dir, [scans[0].parent], ReadingOptions())
    with qtbot.waitSignal(job.item_done, timeout=WAIT_MS):
        job.start()
    job.cancel()
    QCoreApplication.instance().aboutToQuit.emit()
    # Back from quitting's bounded wait: the worker has stopped, and all it read is saved.
    saved = saved_contacts(data_dir)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished:
        pass
    summary = finished.args[0]

    assert summary.cancelled
    assert summary.error is None
    assert 1 <= len(summary.results) < summary.total == len(scans)
    assert len(summary.added) == len(summary.results)
    assert sorted(saved) == sorted(r.contact_id for r in summary.added)
    assert summary.headline() == (
        f"Import cancelled after {len(summary.results)} of {len(scans)} files; "
        f"the {len(summary.added)} cards read are kept."
    )


def test_a_read_only_library_stops_the_import_with_one_sentence(
    qtbot: QtBot, scans: list[Path], shared_folder: Path
) -> None:
    library = shared_folder / "library"
    with open_library(library):
        pass
    (library / DATABASE_FILE_NAME).chmod(0o444)
    library.chmod(0o555)
    job = ImportJob(library, scans[:1], ReadingOptions())
    with unprivileged():
        summary = run(qtbot, job)
    assert summary.results == []
    assert summary.error == (
        f"CardKeeper cannot write to the library folder {library}; "
        "make it writable, or start CardKeeper with another folder (--data-dir FOLDER)."
    )
    assert summary.headline() == summary.error


def test_a_bug_is_logged_and_the_cards_saved_before_it_are_kept(
    qtbot: QtBot, scans: list[Path], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def import_then_fail(*args: object, **kwargs: object) -> Iterator[ImportResult]:
        for result in import_images(*args, **kwargs):  # type: ignore[arg-type]
            yield result
            raise KeyError("a bug after the first card")

    monkeypatch.setattr("cardkeeper.gui.importing.job.import_images", import_then_fail)
    summary = run(qtbot, ImportJob(data_dir, scans[:2], ReadingOptions()))

    log_file = paths.log_dir() / "cardkeeper.log"
    assert summary.error == (
        f"CardKeeper hit an unexpected problem; the details were written to {log_file}."
    )
    assert "KeyError: 'a bug after the first card'" in log_file.read_text()
    assert [r.status for r in summary.results] == [ImportStatus.ADDED]
    assert saved_contacts(data_dir) == [summary.results[0].contact_id]
    assert summary.headline() == f"{summary.error} The 1 card imported before that is kept."


def test_prepare_says_why_an_import_cannot_start(scans: list[Path]) -> None:
    assert prepare_import([], ReadingOptions()) == (
        "Choose at least one card photo or folder to import."
    )
    missing = prepare_import(scans[:1], ReadingOptions(tesseract_cmd="/nowhere/tesseract"))
    assert missing is not None
    assert missing.startswith("Tesseract was not found at /nowhere/tesseract")
    no_language = prepare_import(scans[:1], ReadingOptions(languages="xyz"))
    assert no_language is not None
    assert "no language data for xyz" in no_language
    assert prepare_import(scans[:1], ReadingOptions()) is None


def test_headline_counts_each_outcome() -> None:
    def result(status: ImportStatus, matches: tuple[int, ...] = ()) -> ImportResult:
        return ImportResult(Path("card.jpg"), status, "", matches=matches)

    summary = ImportSummary(
        results=[result(ImportStatus.ADDED)] * 46
        + [result(ImportStatus.ADDED, (7,))]
        + [result(ImportStatus.FAILED)] * 2
        + [result(ImportStatus.MATCHED, (3,))],
        cancelled=False,
        error=None,
        total=50,
    )
    assert summary.headline() == (
        "Imported 47 cards; 2 could not be read; 1 looks like someone already in your library;"
        " 1 was already in your library."
    )
    assert len(summary.matched) == 2
    nothing = ImportSummary([result(ImportStatus.MATCHED, (3,))] * 2, False, None, 2)
    assert nothing.headline() == "No cards were imported; 2 were already in your library."
    maybe = ImportSummary([result(ImportStatus.ADDED, (3,))] * 2, False, None, 2)
    assert maybe.headline() == ("Imported 2 cards; 2 look like people already in your library.")
    none_kept = ImportSummary([result(ImportStatus.FAILED)], True, None, 9)
    assert none_kept.headline() == "Import cancelled after 1 of 9 files; no card was added."


def test_a_photo_of_several_cards_counts_as_one_file_and_is_named(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    sheet, _ = write_sheet(tmp_path, 2, 3, "lid", name="glass.png")
    single, _ = write_scan(tmp_path, 3)
    job = ImportJob(data_dir, [sheet, single], ReadingOptions())
    progress: list[tuple[int, int, str]] = []
    job.progress.connect(lambda done, total, current: progress.append((done, total, current)))

    summary = run(qtbot, job)

    assert [(r.path.name, r.card) for r in summary.results] == [
        ("glass.png", 1),
        ("glass.png", 2),
        ("glass.png", 3),
        (single.name, 0),
    ]
    assert summary.files_done == summary.total == 2
    assert [p[:2] for p in progress] == [(0, 2), (1, 2), (1, 2), (1, 2), (2, 2)]
    assert summary.headline() == "Imported 4 cards; 3 cards in glass.png."
    assert len(saved_contacts(data_dir)) == 4


def test_headline_names_three_photos_of_several_cards_and_counts_the_rest() -> None:
    sheets = [
        ImportResult(Path(f"desk-{n}.jpg"), ImportStatus.ADDED, "Added.", card=card, cards=2)
        for n in range(5)
        for card in (1, 2)
    ]
    summary = ImportSummary(results=sheets, cancelled=False, error=None, total=5)

    assert summary.headline() == (
        "Imported 10 cards; 2 cards in desk-0.jpg; 2 cards in desk-1.jpg; 2 cards in desk-2.jpg;"
        " 2 more photos held several cards."
    )

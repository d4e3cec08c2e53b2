"""The scanner window on Xvfb, fed a generated desk-camera video: outline, captures, the inbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cardkeeper.gui.main_window import MainWindow
from cardkeeper.gui.scanner.camera_view import CAPTURED, FOUND, HOLD_STILL
from cardkeeper.gui.scanner.window import ScannerWindow
from cardkeeper.reading.camera_frames import NO_CAMERA
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.settings import Settings
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from tests.card_files import write_laid_out_frames
from tests.conftest import CameraVideo

READ_TIMEOUT_MS = 120_000
SEVERAL_HINT = "Two cards are in view: lay one card at a time, and none is missed."


@pytest.fixture(scope="module")
def two_cards(tmp_path_factory: pytest.TempPathFactory) -> CameraVideo:
    from tools.camgen import plan_script, write_video

    path = tmp_path_factory.mktemp("camera") / "two.avi"
    return CameraVideo(path, write_video(plan_script([(), ()], 4), path, fps=15))


def _scanner(qtbot: QtBot, data_dir: Path, source: str | None, **options: object) -> ScannerWindow:
    window = ScannerWindow(data_dir, ReadingOptions(), source=source, **options)  # type: ignore[arg-type]
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_cards_laid_under_the_camera_are_outlined_captured_and_saved(
    qtbot: QtBot, data_dir: Path, two_cards: CameraVideo
) -> None:
    window = _scanner(qtbot, data_dir, str(two_cards.path), event="Expo 2026")
    states: list[str] = []
    window._feed.frame.connect(lambda _image, _outline, state, _share: states.append(state))  # type: ignore[union-attr]
    with qtbot.waitSignals([window.contact_saved] * 2, timeout=READ_TIMEOUT_MS):
        pass
    assert {FOUND, HOLD_STILL, CAPTURED} <= set(states)
    assert window.captures.count() == 2
    assert window.count_label.text() == "2 cards"
    names = [window.captures.index(row).data() for row in range(2)]
    people = [visit["truth"]["name"] for visit in two_cards.visits]
    assert [name.splitlines()[0] for name in names] == people
    with open_library(data_dir) as library:
        saved = Contacts(library).list_contacts()
    assert sorted(c.display_name for c in saved) == sorted(people)
    assert all(c.needs_review and c.event_id is not None for c in saved)


def test_space_captures_now_and_typing_in_the_event_box_does_not(
    qtbot: QtBot, data_dir: Path, two_cards: CameraVideo
) -> None:
    window = _scanner(qtbot, data_dir, str(two_cards.path), auto_capture=False)
    qtbot.waitUntil(lambda: window._feed is not None and window._feed.frames_shown > 3)  # type: ignore[union-attr]
    window.event_field.setFocus()
    qtbot.keyClicks(window.event_field, "Tech Expo")
    assert window.event_field.text() == "Tech Expo"
    assert window.captures.rowCount() == 0
    window.view.setFocus()
    with qtbot.waitSignal(window._feed.captured, timeout=5000):  # type: ignore[union-attr]
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.captures.rowCount() == 1


def test_without_a_camera_the_window_says_so_and_offers_photos(
    qtbot: QtBot, data_dir: Path
) -> None:
    if Path("/dev/video0").exists():
        pytest.skip("a camera is connected here")
    window = _scanner(qtbot, data_dir, None)
    qtbot.waitUntil(lambda: window.view.message() == NO_CAMERA)
    assert window.import_button.isVisible()
    with qtbot.waitSignal(window.import_photos_requested):
        qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)


def test_ctrl_k_opens_the_scanner_and_its_cards_reach_the_review_inbox(
    qtbot: QtBot, data_dir: Path, two_cards: CameraVideo
) -> None:
    with open_library(data_dir) as library:
        main = MainWindow(library, Settings(), camera_source=str(two_cards.path))
        qtbot.add_widget(main)
        main.show()
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        qtbot.keyClick(main, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert main.scanner.window is not None and main.scanner.window.isVisible()
        with qtbot.waitSignals([main.scanner.window.contact_saved] * 2, timeout=READ_TIMEOUT_MS):
            pass
        qtbot.waitUntil(lambda: main.model.rowCount() == 2)
        main.scanner.window.close()
        assert main.scanner.window._feed is None


def test_without_a_camera_the_sentence_is_said_once(qtbot: QtBot, data_dir: Path) -> None:
    if Path("/dev/video0").exists():
        pytest.skip("a camera is connected here")
    window = _scanner(qtbot, data_dir, None)
    qtbot.waitUntil(lambda: window.view.message() == NO_CAMERA)
    assert window.status.text() == ""  # not the sentence again, nor "Lay a card under the camera."


def test_two_cards_under_the_camera_are_asked_for_one_at_a_time_and_both_saved(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    frames = tmp_path / "frames"
    frames.mkdir()
    write_laid_out_frames(frames)
    window = _scanner(qtbot, data_dir, str(frames))
    hints: list[str] = []
    window._feed.frame.connect(  # type: ignore[union-attr]
        lambda _image, _outline, _state, _share: hints.append(window.status.text())
    )
    with qtbot.waitSignal(window._feed.frame, timeout=READ_TIMEOUT_MS):  # type: ignore[union-attr]
        pass
    qtbot.waitUntil(lambda: SEVERAL_HINT in hints, timeout=READ_TIMEOUT_MS)
    window.grab().save(str(tmp_path / "two-cards.png"))

    with qtbot.waitSignals([window.contact_saved] * 2, timeout=READ_TIMEOUT_MS):
        pass

    assert window.captures.count() == 2
    with open_library(data_dir) as library:
        assert Contacts(library).count() == 2

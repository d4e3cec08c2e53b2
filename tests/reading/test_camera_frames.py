"""Frame sources: a video file and a folder of frames read like a camera, bad ones in a sentence."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from cardkeeper.errors import CameraError
from cardkeeper.reading.camera_frames import list_cameras, open_source


def _frames(count: int) -> list[np.ndarray]:
    return [np.full((120, 160, 3), 20 * index, np.uint8) for index in range(count)]


def test_a_video_file_gives_its_frames_timed_by_its_frame_rate(tmp_path: Path) -> None:
    path = tmp_path / "desk.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 10.0, (160, 120))
    for frame in _frames(5):
        writer.write(frame)
    writer.release()

    with open_source(str(path)) as source:
        frames = list(source.frames())
    assert not source.live
    assert [f.index for f in frames] == [0, 1, 2, 3, 4]
    assert [f.seconds for f in frames] == pytest.approx([0.0, 0.1, 0.2, 0.3, 0.4])
    assert frames[3].image.shape == (120, 160, 3)
    assert abs(int(frames[3].image.mean()) - 60) <= 3


def test_a_folder_of_frames_plays_in_name_order(tmp_path: Path) -> None:
    for index, frame in enumerate(_frames(3)):
        cv2.imwrite(str(tmp_path / f"{index:06d}.png"), frame)
    (tmp_path / "notes.txt").write_text("not a frame")
    with open_source(str(tmp_path), fps=30.0) as source:
        frames = list(source.frames())
    assert [int(f.image.mean()) for f in frames] == [0, 20, 40]
    assert frames[2].seconds == pytest.approx(2 / 30)


def test_a_missing_video_or_an_empty_folder_says_why(tmp_path: Path) -> None:
    with pytest.raises(CameraError, match=r"missing\.avi does not exist"):
        open_source(str(tmp_path / "missing.avi"))
    with pytest.raises(CameraError, match="holds no frames"):
        open_source(str(tmp_path))


def test_a_file_that_is_no_video_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cards.avi"
    path.write_bytes(b"these are not frames" * 100)
    with pytest.raises(CameraError, match="not a video"):
        open_source(str(path))


@pytest.mark.skipif(Path("/dev/video0").exists(), reason="a camera is connected here")
def test_no_camera_is_one_sentence_with_a_way_out() -> None:
    """This machine has no webcam: that is what a user without one sees."""
    assert list_cameras() == []
    with pytest.raises(CameraError, match=r"No camera was found.*photos"):
        open_source(0)

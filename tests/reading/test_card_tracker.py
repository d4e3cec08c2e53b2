"""The card tracker on generated desk-camera videos: every card captured once, at rest."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cardkeeper.reading.camera_frames import open_source
from cardkeeper.reading.card_tracker import Capture, CardTracker, TrackerSettings, TrackState
from tests.card_files import FRAMES_PER_PART, write_laid_out_frames
from tests.conftest import CameraVideo


def _captures(video: CameraVideo, tracker: CardTracker) -> list[Capture]:
    with open_source(str(video.path)) as source:
        return [c for f in source.frames() if (c := tracker.feed(f).capture) is not None]


def test_each_card_is_captured_once_while_it_rests(hard_cases_video: CameraVideo) -> None:
    """Also the one resting 10 s, the nudged one, the one a hand crosses, and two look-alikes."""
    captures = _captures(hard_cases_video, CardTracker())
    visits = hard_cases_video.visits
    assert len(captures) == len(visits)
    for capture, visit in zip(captures, visits, strict=True):
        assert visit["rest_start"] <= capture.frame.index <= visit["rest_end"]
        for event in visit["events"]:
            if event["kind"] == "hand":
                assert not event["start"] <= capture.frame.index <= event["end"]
        assert capture.quad is not None and not capture.back


def test_space_captures_at_once_and_b_makes_the_next_capture_a_back(
    hard_cases_video: CameraVideo,
) -> None:
    first = hard_cases_video.visits[0]
    tracker = CardTracker(TrackerSettings(auto_capture=False))
    captures: list[Capture] = []
    states: set[TrackState] = set()
    with open_source(str(hard_cases_video.path)) as source:
        for frame in source.frames():
            if frame.index == 5:  # an empty desk: the whole frame, no outline
                tracker.capture_now()
            if frame.index == first["rest_start"] + 10:
                tracker.next_is_back()
                tracker.capture_now()
            update = tracker.feed(frame)
            states.add(update.state)
            if update.capture is not None:
                captures.append(update.capture)
            if frame.index > first["rest_end"]:
                break
    assert [(c.frame.index, c.quad is None, c.back) for c in captures] == [
        (5, True, False),
        (first["rest_start"] + 10, False, True),
    ]
    assert TrackState.HOLD_STILL in states  # steady, but auto-capture is off


def test_after_b_the_card_turned_over_where_it_lay_is_captured_as_its_back(
    hard_cases_video: CameraVideo,
) -> None:
    """The back is printed into the front's outline on the frames after the front's capture."""
    import cv2
    import numpy as np

    from cardkeeper.reading.camera_frames import Frame
    from tools.cardgen import make_card

    visit = hard_cases_video.visits[0]
    with open_source(str(hard_cases_video.path)) as source:
        resting = [f.image for f in source.frames() if visit["rest_start"] <= f.index][:12]
    back = cv2.cvtColor(np.asarray(make_card(77)[0]), cv2.COLOR_RGB2BGR)
    height, width = back.shape[:2]
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners, np.array(visit["quad"], np.float32))
    size = (resting[0].shape[1], resting[0].shape[0])
    turned_over = [
        np.where(
            cv2.warpPerspective(np.ones_like(back), matrix, size) > 0,
            cv2.warpPerspective(back, matrix, size),
            image,
        )
        for image in resting
    ]

    tracker = CardTracker()
    frames = [*resting, *resting, *turned_over]
    captures = []
    for index, image in enumerate(frames):
        if index == len(resting) + 3:  # B while the front still lies there, then it is turned
            tracker.next_is_back()
        update = tracker.feed(Frame(index, index / 15, image))
        if update.capture is not None:
            captures.append((index < len(resting) * 2, update.capture.back))
    assert captures == [(True, False), (False, True)]


def test_two_cards_in_view_are_never_one_captured_and_the_other_forgotten(
    tmp_path: Path,
) -> None:
    starts, corners = write_laid_out_frames(tmp_path)
    tracker = CardTracker()
    states: list[TrackState] = []
    captures: list[Capture] = []
    with open_source(str(tmp_path)) as source:
        for frame in source.frames():
            update = tracker.feed(frame)
            states.append(update.state)
            if update.capture is not None:
                captures.append(update.capture)

    together = states[starts[0] + 2 : starts[1]]
    assert together and set(together) == {TrackState.SEVERAL}
    assert [c.frame.index // FRAMES_PER_PART for c in captures] == [1, 2]
    for capture, card in zip(captures, corners, strict=True):
        assert capture.quad is not None
        assert np.abs(capture.quad.mean(axis=0) - card.mean(axis=0)).max() < 20

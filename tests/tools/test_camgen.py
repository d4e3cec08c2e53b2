"""The webcam video generator: videos read back as written, and the manifest tells the truth."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from tools.camgen import (
    Script,
    describe,
    hard_cases,
    plan_script,
    render_frames,
    stack,
    write_frames,
    write_video,
)
from tools.camgen.__main__ import main

FPS = 15
SIZE = (640, 360)
Frames = list[np.ndarray]


def read_video(path: Path) -> Frames:
    capture = cv2.VideoCapture(str(path))
    frames = []
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        frames.append(frame)
    capture.release()
    return frames


def difference(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute difference once the exposure drift between the two is taken out."""
    a, b = a.astype(np.float32), b.astype(np.float32)
    return float(np.abs(a - b * (a.mean() / b.mean())).mean())


def quad_mask(quad: list[list[float]], grow: int = 0) -> np.ndarray:
    """The card's pixels (``grow`` > 0 dilates, < 0 erodes by that many pixels)."""
    mask = np.zeros(SIZE[::-1], np.uint8)
    cv2.fillConvexPoly(mask, np.round(np.array(quad)).astype(np.int32), 1)
    kernel = np.ones((2 * abs(grow) + 1, 2 * abs(grow) + 1), np.uint8)
    if grow > 0:
        return cv2.dilate(mask, kernel).astype(bool)
    return cv2.erode(mask, kernel).astype(bool) if grow < 0 else mask.astype(bool)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Frames, Path]:
    folder = tmp_path_factory.mktemp("camgen")
    manifest = write_video(stack(2, 4), folder / "video.avi", FPS, SIZE)
    return manifest, read_video(folder / "video.avi"), folder


@pytest.fixture(scope="module")
def hard() -> Script:
    return hard_cases(2)


def test_the_video_reads_back_with_the_manifests_frame_count_and_size(
    written: tuple[dict[str, Any], Frames, Path],
) -> None:
    manifest, frames, folder = written
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8")) == manifest
    assert manifest["video"] == "video.avi"
    assert (manifest["fps"], manifest["size"]) == (FPS, list(SIZE))
    assert len(frames) == manifest["frame_count"] > 4 * FPS
    assert {frame.shape for frame in frames} == {(SIZE[1], SIZE[0], 3)}
    assert [v["index"] for v in manifest["visits"]] == [0, 1]
    assert manifest["visits"][1]["truth"]["name"]


def test_a_resting_card_changes_only_by_noise_and_is_unlike_the_empty_desk(
    written: tuple[dict[str, Any], Frames, Path],
) -> None:
    manifest, frames, _ = written
    empty = [frames[n] for first, last in manifest["empty"] for n in (first, last)]
    for visit in manifest["visits"]:
        assert visit["enter"] < visit["rest_start"] <= visit["rest_end"] < visit["leave_end"]
        resting = frames[visit["rest_start"] : visit["rest_end"] + 1]
        assert len(resting) >= 1.5 * FPS
        assert max(difference(resting[0], frame) for frame in resting) < 2.0
        assert min(difference(resting[-1], frame) for frame in empty) > 8.0


def test_the_resting_quad_is_where_the_card_is(
    written: tuple[dict[str, Any], Frames, Path],
) -> None:
    manifest, frames, _ = written
    empty = frames[manifest["empty"][0][0]].astype(np.float32)
    for visit in manifest["visits"]:
        change = np.abs(frames[visit["rest_end"]].astype(np.float32) - empty).sum(axis=2)
        inside = change[quad_mask(visit["quad"], -4)].mean()
        outside = change[~quad_mask(visit["quad"], 24)].mean()
        assert inside > 5 * outside
        assert 0.15 < visit["coverage"] < 0.6


def test_the_card_pixels_fill_the_resting_quad_exactly() -> None:
    """Without noise, drift and shadow, the only pixels a card changes are its own."""
    script = stack(1, 6)
    camera = dataclasses.replace(script.camera, noise=0.0, drift=0.0, shadow=0.0)
    clean = dataclasses.replace(script, camera=camera)
    visit = describe(clean, FPS, SIZE)["visits"][0]
    frames = list(itertools.islice(render_frames(clean, FPS, SIZE), visit["rest_end"] + 1))
    change = np.abs(frames[-1].astype(np.int16) - frames[0]).max(axis=2) > 3
    hull = np.zeros_like(change, np.uint8)
    cv2.fillConvexPoly(hull, cv2.convexHull(cv2.findNonZero(change.astype(np.uint8))), 1)
    quad = quad_mask(visit["quad"])
    overlap = (hull.astype(bool) & quad).sum() / (hull.astype(bool) | quad).sum()
    assert overlap > 0.97


def test_hard_cases_come_in_order_with_their_frames(hard: Script) -> None:
    assert [v.events for v in hard.visits] == [
        (),
        ("long_rest",),
        ("nudge",),
        ("hand",),
        (),
        ("alike",),
    ]
    plain, long, nudged, handled, _, alike = describe(hard, FPS, SIZE)["visits"]
    assert plain["events"] == [] and len(plain["rests"]) == 1
    assert long["rest_end"] - long["rest_start"] + 1 >= 10 * FPS
    for visit in (nudged, handled):
        (event,), (before, after) = visit["events"], visit["rests"]
        assert before[1] < event["start"] <= event["end"] < after[0]
        assert after[1] - after[0] + 1 >= FPS
    assert handled["events"][0]["kind"] == "hand"
    assert 0.3 <= handled["events"][0]["covered"] <= 0.6
    assert nudged["events"][0]["kind"] == "nudge"
    assert alike["events"] == [{"kind": "alike", "like": 4}]


def test_the_alike_pair_share_company_and_styling_but_not_the_person(hard: Script) -> None:
    first, second = hard.visits[4].card, hard.visits[5].card
    assert first.truth.company and first.truth.company == second.truth.company
    assert first.truth.websites == second.truth.websites
    assert first.truth.name != second.truth.name
    assert first.truth.emails[0] != second.truth.emails[0]
    assert first.truth.emails[0].split("@")[1] == second.truth.emails[0].split("@")[1]
    assert {p.e164 for p in first.truth.phones}.isdisjoint(p.e164 for p in second.truth.phones)
    assert first.image.shape == second.image.shape
    assert (first.image[3, 3] == second.image[3, 3]).all()  # same paper and decoration


def test_a_hand_hides_the_card_and_a_nudge_moves_it() -> None:
    script = plan_script([("nudge",), ("hand",)], 3)
    manifest = describe(script, FPS, SIZE)
    frames = list(render_frames(script, FPS, SIZE))
    nudged, handled = manifest["visits"]
    (first, last), after = handled["rests"][0], handled["rests"][1][0]
    noise = difference(frames[first], frames[last])
    moved = difference(frames[nudged["rests"][0][1]], frames[nudged["rests"][1][0]])
    hand = handled["events"][0]
    hovering = frames[(hand["start"] + hand["end"]) // 2]
    assert moved > 3 * noise
    assert difference(frames[last], hovering) > 5 * noise
    assert difference(frames[last], frames[after]) < 1.2 * noise


def test_the_folder_of_frames_has_one_jpeg_per_frame(tmp_path: Path) -> None:
    manifest = write_frames(stack(1, 5), tmp_path / "frames", FPS, SIZE)
    files = sorted((tmp_path / "frames").iterdir())
    assert [f.name for f in files] == [f"{n:06d}.jpg" for n in range(manifest["frame_count"])]
    assert json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["frames"] == (
        "frames"
    )
    image = cv2.imread(str(files[manifest["visits"][0]["rest_start"]]))
    assert image is not None and image.shape == (SIZE[1], SIZE[0], 3)


def test_the_same_seed_gives_the_same_frames() -> None:
    count = 12
    one = list(itertools.islice(render_frames(stack(1, 8), FPS, SIZE), count))
    two = list(itertools.islice(render_frames(stack(1, 8), FPS, SIZE), count))
    assert all(np.array_equal(a, b) for a, b in zip(one, two, strict=True))
    assert not np.array_equal(one[0], one[1])  # fresh noise in every frame


def test_scripts_refuse_what_they_cannot_show() -> None:
    with pytest.raises(ValueError, match="unknown events"):
        plan_script([("juggle",)], 1)
    with pytest.raises(ValueError, match="first card"):
        plan_script([("alike",)], 1)
    with pytest.raises(ValueError, match=r"not 1\.778"):
        next(render_frames(stack(1, 1), FPS, (640, 480)))


def test_the_command_line_writes_frames_and_says_how_many(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path), "--cards", "1", "--fps", "10", "--size", "640x360"]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert len(read_video(tmp_path / "video.avi")) == manifest["frame_count"]
    assert f"wrote {manifest['frame_count']} frames" in capsys.readouterr().out

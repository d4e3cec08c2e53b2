"""The webcam scanner: finding the card in each frame, capturing it, and a smooth preview.

1. Detection: the scanner's per-frame look for the card (:class:`QuadFollower`)
   on every 1280x720 frame of a generated 20-card video, on one core, against
   the photo importer's full search (``find_card``) on the same frames.
2. Capture: from the frame a card comes to rest to the frame it is captured,
   for every card of the video, and whether each card was captured once.
3. Preview: frames shown per second by the scanner window playing the video,
   with auto-capture off (nothing read) against on (every card read by OCR on
   the reader threads meanwhile).

Needs a display for part 3 (run under ``xvfb-run -a`` on a headless machine):

    python -m bench.scanner [--out bench/out] [--seed 1] [--cards 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from cardkeeper.reading.camera_frames import open_source
from cardkeeper.reading.card_tracker import CardTracker
from cardkeeper.reading.find_card import QuadFollower, find_card

FPS = 30
SIZE = (1280, 720)


def ensure_video(folder: Path, seed: int, cards: int) -> tuple[Path, dict[str, Any]]:
    from tools.camgen import stack, write_video

    path = folder / "video.avi"
    manifest = folder / "manifest.json"
    if not (path.exists() and manifest.exists()):
        write_video(stack(cards, seed), path, fps=FPS, size=SIZE)
    return path, json.loads(manifest.read_text())


def detection_ms(video: Path) -> tuple[list[float], list[float]]:
    """Per-frame times of the scanner's look, and of the full search on every 10th frame."""
    cv2.setNumThreads(1)
    follower = QuadFollower()
    ours, full = [], []
    with open_source(str(video)) as source:
        for frame in source.frames():
            start = time.perf_counter()
            follower.find(frame.image)
            ours.append(1000 * (time.perf_counter() - start))
            if frame.index % 10 == 0:
                start = time.perf_counter()
                find_card(frame.image)
                full.append(1000 * (time.perf_counter() - start))
    cv2.setNumThreads(-1)
    return ours, full


def capture_delays(video: Path, manifest: dict[str, Any]) -> tuple[list[float], int]:
    """Seconds from each card's coming to rest to its capture, and the number of captures."""
    tracker = CardTracker()
    frames = []
    with open_source(str(video)) as source:
        for frame in source.frames():
            if tracker.feed(frame).capture is not None:
                frames.append(frame.index)
    delays = []
    for visit in manifest["visits"]:
        inside = [f for f in frames if visit["rest_start"] <= f <= visit["rest_end"]]
        if len(inside) == 1:
            delays.append((inside[0] - visit["rest_start"]) / manifest["fps"])
    return delays, len(frames)


def preview_fps(video: Path, auto_capture: bool) -> tuple[float, int]:
    """Frames per second the scanner window showed playing ``video``, and cards it read."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from cardkeeper.gui.scanner.window import ScannerWindow
    from cardkeeper.reading.pipeline import ReadingOptions

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        window = ScannerWindow(
            Path(folder), ReadingOptions(), source=str(video), auto_capture=auto_capture
        )
        done = {"cards": 0, "ended": False}
        window.contact_saved.connect(lambda _id: done.__setitem__("cards", done["cards"] + 1))
        window.show()
        feed = window._feed
        assert feed is not None
        feed.ended.connect(lambda: done.__setitem__("ended", True))
        start = time.perf_counter()
        while not done["ended"]:
            app.processEvents()
            time.sleep(0.002)
        elapsed = time.perf_counter() - start
        shown = feed.frames_shown
        deadline = time.perf_counter() + 60
        while window.session.captures > done["cards"] and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.01)
        window.close()
        app.processEvents()
    return shown / elapsed, done["cards"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cards", type=int, default=20)
    args = parser.parse_args()
    video, manifest = ensure_video(
        args.out / f"scanner-{args.seed}-{args.cards}", args.seed, args.cards
    )

    ours, full = detection_ms(video)
    delays, captures = capture_delays(video, manifest)
    idle_fps, _ = preview_fps(video, auto_capture=False)
    busy_fps, read = preview_fps(video, auto_capture=True)

    ours_median, full_median = statistics.median(ours), statistics.median(full)
    lines = [
        f"{len(manifest['visits'])} cards, {manifest['frame_count']} frames of "
        f"{SIZE[0]}x{SIZE[1]} at {FPS} fps",
        "",
        "| measure | baseline | CardKeeper | ratio | target |",
        "|---|---|---|---|---|",
        f"| card detection per frame, one core (ms) | full photo search {full_median:.1f} "
        f"| median {ours_median:.1f}, p95 {np.percentile(ours, 95):.1f} "
        f"| {ours_median / full_median:.2f} | median ≤ 10 |",
        f"| card at rest to captured (s), {len(delays)} cards | — "
        f"| median {statistics.median(delays):.2f}, max {max(delays):.2f} | — | ≤ 0.6 |",
        f"| captures | {len(manifest['visits'])} cards | {captures} | — | one per card |",
        f"| preview frames per second | nothing read {idle_fps:.1f} "
        f"| {read} cards read meanwhile {busy_fps:.1f} | {busy_fps / idle_fps:.2f} "
        f"| unchanged |",
    ]
    text = "\n".join(lines)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scanner.md").write_text(text + "\n")


if __name__ == "__main__":
    main()

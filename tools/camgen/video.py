"""Write a script as the two camera sources the scanner reads: a video file or a folder of
numbered JPEGs, each with ``manifest.json`` beside it.

The video is an AVI with Motion-JPEG, which OpenCV encodes and decodes by itself, so
``cv2.VideoCapture`` reads it on any machine with no ffmpeg; it is checked after writing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cv2

from tools.camgen.manifest import describe
from tools.camgen.scene import render_frames
from tools.camgen.script import Script

MANIFEST = "manifest.json"
QUALITY = 90
"""JPEG quality of every frame: webcams that send MJPG compress about this much."""


def write_video(
    script: Script, path: str | Path, fps: float = 30, size: tuple[int, int] = (1280, 720)
) -> dict[str, Any]:
    """Write ``path`` (.avi, MJPG) and ``manifest.json`` beside it; returns the manifest."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    if not writer.isOpened():
        raise RuntimeError(f"OpenCV cannot write an MJPG video to {path}")
    writer.set(cv2.VIDEOWRITER_PROP_QUALITY, QUALITY)
    count = 0
    try:
        for frame in render_frames(script, fps, size):
            writer.write(frame)
            count += 1
    finally:
        writer.release()
    _check_readable(path, count, size)
    return _write_manifest(path, {"video": path.name, **describe(script, fps, size)})


def write_frames(
    script: Script, folder: str | Path, fps: float = 30, size: tuple[int, int] = (1280, 720)
) -> dict[str, Any]:
    """Write ``folder/000000.jpg``... and ``manifest.json`` beside the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    options = [cv2.IMWRITE_JPEG_QUALITY, QUALITY]
    for number, frame in enumerate(render_frames(script, fps, size)):
        target = folder / f"{number:06d}.jpg"
        if not cv2.imwrite(str(target), frame, options):
            raise RuntimeError(f"could not write {target}")
    return _write_manifest(folder, {"frames": folder.name, **describe(script, fps, size)})


def _check_readable(path: Path, count: int, size: tuple[int, int]) -> None:
    """Fail now rather than in a scanner test if OpenCV cannot read back what it wrote."""
    capture = cv2.VideoCapture(str(path))
    try:
        found = (
            int(capture.get(cv2.CAP_PROP_FRAME_COUNT)),
            int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
            int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
        )
        readable, _ = capture.read()
    finally:
        capture.release()
    if not readable or found != (count, *size):
        raise RuntimeError(f"{path} reads back as {found} frames x w x h, not {(count, *size)}")


def _write_manifest(beside: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    (beside.parent / MANIFEST).write_text(text + "\n", encoding="utf-8")
    return manifest

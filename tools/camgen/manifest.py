"""What a scanner test needs to know about a rendered video, in frame numbers and pixels.

Frame ``n`` is the picture at ``n / fps`` seconds. A window ``[first, last]`` includes both
ends. A card counts as in view in a frame if any part of it was in the frame while the
shutter was open, so motion blur at the frame edge is not mistaken for empty desk.

Per visit: ``enter`` and ``leave_end`` (first and last frame the card is in view), ``rests``
(windows in which it lies still and uncovered; ``rest_start`` opens the first,
``rest_end`` closes the last), ``quad`` (corners of the last rest in pixels, clockwise from
the card's own top-left) and ``events`` in the order asked for: ``nudge`` and ``hand`` with
the ``start``/``end`` window between two rests (a hand also with the share of the card it
``covered``), ``long_rest`` with its ``seconds``, ``alike`` with the visit it is ``like``.
``empty`` lists the windows with no card in view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from tools.camgen.geometry import area, card_corners
from tools.camgen.script import HandPass, Script, Slide, Still, Visit

_EPSILON = 1e-6
"""Step boundaries are sums of floats: a frame that falls on one must count as on it."""


def describe(script: Script, fps: float, size: tuple[int, int]) -> dict[str, Any]:
    """The manifest of ``script`` rendered at ``fps`` and ``size`` (JSON-ready)."""
    clock = _Clock(fps, script.frame_count(fps), script.camera.shutter / fps)
    visits = [
        _visit(script, index, start, clock, size) for index, start in enumerate(script.starts)
    ]
    empty, free = [], 0
    for visit in visits:
        if visit["enter"] > free:
            empty.append([free, visit["enter"] - 1])
        free = visit["leave_end"] + 1
    if free < clock.count:
        empty.append([free, clock.count - 1])
    return {
        "fps": fps,
        "size": list(size),
        "frame_count": clock.count,
        "seconds": round(script.duration, 3),
        "seed": script.seed,
        "desk": script.camera.desk,
        "empty": empty,
        "visits": visits,
    }


class _Clock:
    """Frame numbers for moments of the script."""

    def __init__(self, fps: float, count: int, exposure: float) -> None:
        self.fps, self.count, self.exposure = fps, count, exposure

    def first_from(self, seconds: float) -> int:
        return min(self.count - 1, max(0, math.ceil(seconds * self.fps - _EPSILON)))

    def last_until(self, seconds: float) -> int:
        return min(self.count - 1, max(0, math.floor(seconds * self.fps + _EPSILON)))

    def first_after(self, seconds: float) -> int:
        return self.last_until(seconds) + 1

    def last_before(self, seconds: float) -> int:
        return self.first_from(seconds) - 1


def _visit(
    script: Script, index: int, start: float, clock: _Clock, size: tuple[int, int]
) -> dict[str, Any]:
    visit = script.visits[index]
    view, height = script.camera.view, size[1]

    def in_view(frame: int) -> bool:
        elapsed = frame / clock.fps - start
        return any(
            view.visible(view.project(card_corners(pose, visit.width, visit.height)))
            for pose in (
                visit.pose_at(elapsed + share * clock.exposure) for share in (-0.5, 0.0, 0.5)
            )
        )

    enter = clock.first_from(start)
    while not in_view(enter):
        enter += 1
    leave_end = clock.last_until(start + visit.duration)
    while not in_view(leave_end):
        leave_end -= 1
    rests, windows = [], []
    moment = start
    for step in visit.steps:
        if isinstance(step, Still):
            rests.append([clock.first_from(moment), clock.last_until(moment + step.seconds)])
        else:
            windows.append(
                (step, clock.first_after(moment), clock.last_before(moment + step.seconds))
            )
        moment += step.seconds
    quad = view.project(card_corners(visit.rest, visit.width, visit.height), height)
    return {
        "index": index,
        "truth": visit.card.truth.to_dict(),
        "enter": enter,
        "rest_start": rests[0][0],
        "rest_end": rests[-1][1],
        "leave_end": leave_end,
        "rests": rests,
        "events": _events(visit, windows[1:-1]),
        "quad": [[round(float(x), 2), round(float(y), 2)] for x, y in quad],
        "coverage": round(area(quad) / (size[0] * size[1]), 3),
    }


def _events(
    visit: Visit, disturbances: Sequence[tuple[Slide | HandPass, int, int]]
) -> list[dict[str, Any]]:
    """The visit's events in order; a nudge or a hand pass with the frames it lasts."""
    pending = iter(disturbances)
    events: list[dict[str, Any]] = []
    for kind in visit.events:
        if kind == "alike":
            events.append({"kind": kind, "like": visit.like})
        elif kind == "long_rest":
            resting = sum(s.seconds for s in visit.steps if isinstance(s, Still))
            events.append({"kind": kind, "seconds": round(resting, 3)})
        else:
            step, first, last = next(pending)
            event: dict[str, Any] = {"kind": kind, "start": first, "end": last}
            if isinstance(step, HandPass):
                event["covered"] = round(step.covered, 3)
            events.append(event)
    return events

"""A session at the desk as data: the camera, and the cards that visit it one after another.

Everything is in seconds and desk units (frame heights, see ``geometry``), so one script
renders at any frame rate and size. A visit is a list of steps, each of which says where
the card is at any moment of it: sliding (``Slide``), lying still (``Still``) or lying
still with a hand passing over it (``HandPass``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from tools.camgen.cards import Card
from tools.camgen.geometry import Point, Pose, View
from tools.camgen.hand import Hand

Ease = Literal["in", "out", "both"]
"""How a slide speeds up: from rest ("in"), to rest ("out") or both."""
EVENTS = ("long_rest", "nudge", "hand", "alike")


def _eased(share: float, ease: Ease) -> float:
    share = min(max(share, 0.0), 1.0)
    if ease == "in":
        return share * share
    if ease == "out":
        return 1 - (1 - share) ** 2
    return share * share * (3 - 2 * share)


@dataclass(frozen=True)
class Still:
    """The card lies untouched."""

    pose: Pose
    seconds: float

    def pose_at(self, _elapsed: float) -> Pose:
        return self.pose


@dataclass(frozen=True)
class Slide:
    """The card is pushed from one pose to another."""

    start: Pose
    end: Pose
    seconds: float
    ease: Ease

    def pose_at(self, elapsed: float) -> Pose:
        return self.start.toward(self.end, _eased(elapsed / self.seconds, self.ease))


@dataclass(frozen=True)
class HandPass:
    """The card lies still while a hand reaches in from outside the frame, hovers, and leaves.

    Hand positions are its palm centre in image coordinates (frame heights): the hand is
    drawn flat in the image, not on the desk.
    """

    pose: Pose
    hand: Hand
    outside: Point
    """Where the palm is when the hand is just out of the frame."""
    over: Point
    """Where the palm hovers over the card."""
    covered: float
    """The share of the card the hand hides while it hovers."""
    seconds_in: float
    seconds_over: float
    seconds_out: float

    @property
    def seconds(self) -> float:
        return self.seconds_in + self.seconds_over + self.seconds_out

    def pose_at(self, _elapsed: float) -> Pose:
        return self.pose

    def palm_at(self, elapsed: float) -> Point:
        """Eased in, a small unsteady drift while hovering (a hand never holds still), out."""
        (ox, oy), (hx, hy) = self.outside, self.over
        if elapsed < self.seconds_in:
            share = _eased(elapsed / self.seconds_in, "out")
        elif elapsed <= self.seconds_in + self.seconds_over:
            hovering = elapsed - self.seconds_in
            wobble = 0.006 * math.sin(math.pi * hovering / self.seconds_over)
            return (
                hx + wobble * math.sin(7.0 * hovering),
                hy + wobble * math.cos(5.0 * hovering),
            )
        else:
            share = 1 - _eased(
                (elapsed - self.seconds_in - self.seconds_over) / self.seconds_out, "in"
            )
        return (ox + (hx - ox) * share, oy + (hy - oy) * share)


Step = Still | Slide | HandPass


@dataclass(frozen=True)
class Visit:
    """One card brought under the camera, left there for a while, and taken away."""

    card: Card
    width: float
    """The card's printed width as seen on the desk, in frame heights."""
    steps: tuple[Step, ...]
    gap: float
    """Seconds of empty desk after the card has left."""
    events: tuple[str, ...] = ()
    """What makes this visit a hard case (see ``EVENTS``), in the order they happen."""
    like: int | None = None
    """For an ``alike`` visit, the index of the visit whose card this one resembles."""

    @property
    def height(self) -> float:
        rows, columns = self.card.image.shape[:2]
        return float(self.width * rows / columns)

    @property
    def duration(self) -> float:
        """Seconds from the card starting to slide in until it is out of the frame."""
        return sum(step.seconds for step in self.steps)

    @property
    def rest(self) -> Pose:
        """Where the card lies in its last rest, the one a scanner should capture."""
        return next(s.pose for s in reversed(self.steps) if isinstance(s, Still))

    def step_at(self, elapsed: float) -> tuple[Step, float]:
        """The step under way ``elapsed`` seconds into the visit, and the seconds into it."""
        for step in self.steps:
            if elapsed < step.seconds:
                return step, max(elapsed, 0.0)
            elapsed -= step.seconds
        last = self.steps[-1]
        return last, last.seconds

    def pose_at(self, elapsed: float) -> Pose:
        step, into = self.step_at(elapsed)
        return step.pose_at(into)

    def hand_at(self, elapsed: float) -> tuple[HandPass, Point] | None:
        step, into = self.step_at(elapsed)
        return (step, step.palm_at(into)) if isinstance(step, HandPass) else None


@dataclass(frozen=True)
class Camera:
    """What stays the same for the whole video: desk, light, lens and sensor."""

    seed: int
    """Seeds the desk surface and the per-frame noise."""
    desk: str
    view: View
    exposure: float
    light_angle: float
    """Radians; the light falls from this side, so shadows fall away from it."""
    light_slope: float
    vignette: float
    cast: tuple[float, float, float]
    """Colour balance, multipliers for blue, green, red."""
    blur: float
    """Lens blur (Gaussian sigma) in pixels at 720 rows."""
    noise: float
    """Sensor noise, standard deviation in grey levels."""
    shutter: float
    """Exposure time as a share of the frame interval: how long moving things smear."""
    drift: float
    """Amplitude of the slow exposure drift, as a share of the exposure."""
    drift_period: float
    drift_phase: float
    shadow: float
    """How much a card's contact shadow darkens the desk (0..1)."""


@dataclass(frozen=True)
class Script:
    camera: Camera
    visits: tuple[Visit, ...]
    lead: float
    """Seconds of empty desk before the first card."""
    seed: int

    @property
    def starts(self) -> list[float]:
        """When each visit begins, in seconds from the start of the video."""
        starts, clock = [], self.lead
        for visit in self.visits:
            starts.append(clock)
            clock += visit.duration + visit.gap
        return starts

    @property
    def duration(self) -> float:
        return self.lead + sum(v.duration + v.gap for v in self.visits)

    def frame_count(self, fps: float) -> int:
        return round(self.duration * fps)

    def locate(self, seconds: float) -> tuple[int, float] | None:
        """The visit whose card is on the desk at ``seconds`` and the seconds into it."""
        for index, (visit, start) in enumerate(zip(self.visits, self.starts, strict=True)):
            if start <= seconds < start + visit.duration:
                return index, seconds - start
        return None

"""Ready-made sessions: where each card rests, how long, and what happens while it lies there.

All choices come from one numpy ``Generator`` seeded by the caller, and the cards from seeds
drawn from it, so the same seed plans the same session.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from tools.camgen.cards import Card, alike_card, draw_card
from tools.camgen.geometry import Pose, View, card_corners
from tools.camgen.hand import SKINS, SLEEVES, Hand, covered
from tools.camgen.script import EVENTS, Camera, HandPass, Script, Slide, Step, Still, Visit

ASPECT = 16 / 9
DESKS = ("wood", "paper", "laminate", "fabric")
HARD_CASES: tuple[tuple[str, ...], ...] = (
    (),
    ("long_rest",),
    ("nudge",),
    ("hand",),
    (),
    ("alike",),
)
"""The visits of ``hard_cases``: the last two cards are colleagues' (the second is ``alike``)."""
LONG_REST = 10.0
MARGIN = 0.02
"""How close (frame heights) a resting card may come to the frame edge."""
_EDGES = {"bottom": (0.0, 1.0), "left": (-1.0, 0.0), "right": (1.0, 0.0), "top": (0.0, -1.0)}
"""Outward normal of each frame edge."""
_CARD_EDGES = (("bottom", "left", "right", "top"), (0.45, 0.2, 0.2, 0.15))
"""Where cards come from and go to: mostly the user's side of the desk, the bottom."""
_HAND_EDGES = (("bottom", "left", "right"), (0.6, 0.2, 0.2))
_FINGERS = (0.62, 0.78, 0.86, 0.76)
"""Little, ring, middle and index finger lengths in palm widths."""
_HAND_CLEARANCE = 0.15
"""How far beyond the frame edge the hand (and its shadow) starts, frame heights."""


def stack(count: int, seed: int) -> Script:
    """``count`` cards one after another, each simply laid down, left and taken away."""
    return plan_script([()] * count, seed)


def hard_cases(seed: int) -> Script:
    """A plain card, a long rest, a nudge, a hand over the card, then two colleagues' cards."""
    return plan_script(HARD_CASES, seed)


def plan_script(visits: Sequence[Sequence[str]], seed: int) -> Script:
    """A session with one visit per entry of ``visits``, each naming its ``EVENTS``."""
    rng = np.random.default_rng(seed)
    camera = _camera(rng)
    planned: list[Visit] = []
    for index, events in enumerate(visits):
        unknown = set(events) - set(EVENTS)
        if unknown:
            raise ValueError(f"unknown events {sorted(unknown)}; known: {', '.join(EVENTS)}")
        like = None
        if "alike" in events:
            if not planned:
                raise ValueError("the first card cannot be alike to a previous one")
            like = index - 1
            card = alike_card(planned[-1].card, int(rng.integers(2**31)))
        else:
            copied = index + 1 < len(visits) and "alike" in visits[index + 1]
            card = _new_card(rng, copied)
        planned.append(_visit(rng, camera.view, card, tuple(events), like))
    return Script(camera, tuple(planned), lead=float(rng.uniform(0.6, 1.0)), seed=seed)


def _new_card(rng: np.random.Generator, copied: bool) -> Card:
    """A card; one a colleague's card will copy needs a company line and a personal email,
    or the two would not share what makes them look alike and differ in what must differ."""
    while True:
        card = draw_card(int(rng.integers(2**31)))
        if not copied or (card.truth.company and card.truth.emails):
            return card


def _camera(rng: np.random.Generator) -> Camera:
    warm = float(rng.uniform(-0.04, 0.06))
    return Camera(
        seed=int(rng.integers(2**31)),
        desk=str(rng.choice(DESKS)),
        view=View(ASPECT, float(rng.uniform(0.0, 0.05))),
        exposure=float(rng.uniform(0.86, 0.96)),
        light_angle=float(rng.uniform(0, 2 * math.pi)),
        light_slope=float(rng.uniform(0.04, 0.12)),
        vignette=float(rng.uniform(0.08, 0.22)),
        cast=(1 - warm, 1.0, 1 + warm),
        blur=float(rng.uniform(0.6, 1.0)),
        noise=float(rng.uniform(1.5, 3.0)),
        shutter=float(rng.uniform(0.4, 0.7)),
        drift=float(rng.uniform(0.01, 0.02)),
        drift_period=float(rng.uniform(8.0, 16.0)),
        drift_phase=float(rng.uniform(0, 2 * math.pi)),
        shadow=float(rng.uniform(0.25, 0.45)),
    )


def _visit(
    rng: np.random.Generator, view: View, card: Card, events: tuple[str, ...], like: int | None
) -> Visit:
    """Slide in, rest (split around each nudge or hand pass, ≥ 1 s after each), slide out."""
    ratio = card.image.shape[0] / card.image.shape[1]
    rest, width = _resting(rng, view, ratio)
    height = width * ratio
    resting = LONG_REST if "long_rest" in events else float(rng.uniform(1.5, 2.5))
    disturbances = [e for e in events if e in ("nudge", "hand")]
    enter = float(rng.uniform(0.4, 0.8))
    steps: list[Step] = [Slide(_outside(rng, view, rest, width, height), rest, enter, "out")]
    pose = rest
    steps.append(Still(pose, resting / 2 if disturbances else resting))
    for kind in disturbances:
        if kind == "nudge":
            pushed = _nudged(rng, view, pose, width, height)
            steps.append(Slide(pose, pushed, 0.25, "both"))
            pose = pushed
        else:
            steps.append(_hand_pass(rng, view, pose, width, height))
        steps.append(Still(pose, max(1.0, resting / 2)))
    leave = float(rng.uniform(0.4, 0.8))
    steps.append(Slide(pose, _outside(rng, view, pose, width, height), leave, "in"))
    gap = float(rng.uniform(0.3, 1.0))
    return Visit(card, width, tuple(steps), gap, events, like)


def _resting(rng: np.random.Generator, view: View, ratio: float) -> tuple[Pose, float]:
    """A pose covering 35-55% of the frame, turned up to 25°, shrunk until it fits."""
    coverage, angle = rng.uniform(0.35, 0.55), float(rng.uniform(-25, 25))
    width = math.sqrt(coverage * view.aspect / ratio)
    while True:
        extent = np.abs(card_corners(Pose(0, 0, angle), width, width * ratio)).max(axis=0)
        low = extent + MARGIN
        high = np.array([view.aspect, 1.0]) - extent - MARGIN
        if np.all(high > low):
            x, y = rng.uniform(low, high)
            pose = Pose(float(x), float(y), angle)
            if view.inside(view.project(card_corners(pose, width, width * ratio)), MARGIN):
                return pose, float(width)
        width *= 0.97


def _outside(rng: np.random.Generator, view: View, pose: Pose, width: float, height: float) -> Pose:
    """A pose just outside a frame edge, from which a hand slides the card to ``pose``."""
    nx, ny = _EDGES[str(rng.choice(_CARD_EDGES[0], p=_CARD_EDGES[1]))]
    turn, lateral = float(rng.uniform(-10, 10)), float(rng.uniform(-0.08, 0.08))
    distance = 0.0
    while True:
        start = pose.moved(nx * distance - ny * lateral, ny * distance + nx * lateral, turn)
        if not view.visible(view.project(card_corners(start, width, height))):
            return start
        distance += 0.02


def _nudged(rng: np.random.Generator, view: View, pose: Pose, width: float, height: float) -> Pose:
    """Pushed 3-6% of the frame width and turned 2-6°.

    A card turned far is turned back toward square: that keeps it within ±25° and makes it
    take less room, so a card that fills the frame can still be pushed somewhere.
    """
    for _ in range(500):
        distance = float(rng.uniform(0.03, 0.06)) * view.aspect
        heading = float(rng.uniform(0, 2 * math.pi))
        sign = -math.copysign(1, pose.angle) if abs(pose.angle) > 10 else float(rng.choice((-1, 1)))
        pushed = pose.moved(
            distance * math.cos(heading), distance * math.sin(heading), sign * rng.uniform(2, 6)
        )
        if view.inside(view.project(card_corners(pushed, width, height)), MARGIN):
            return pushed
    raise RuntimeError("no room to nudge the card inside the frame")


def _hand_pass(
    rng: np.random.Generator, view: View, pose: Pose, width: float, height: float
) -> HandPass:
    """A hand from the bottom or a side that hides 30-60% of the card while it hovers."""
    edge = str(rng.choice(_HAND_EDGES[0], p=_HAND_EDGES[1]))
    nx, ny = _EDGES[edge]
    heading = math.degrees(math.atan2(-nx, ny))  # fingers point into the frame, 0 = up
    thumb = int(rng.choice((-1, 1)))
    little, ring, middle, index = (float(f * rng.uniform(0.9, 1.1)) for f in _FINGERS)
    hand = Hand(
        palm=width * float(rng.uniform(0.6, 0.8)),
        turn=heading + float(rng.uniform(-20, 20)),
        fingers=(little, ring, middle, index) if thumb > 0 else (index, middle, ring, little),
        thumb=thumb,
        skin=SKINS[int(rng.integers(len(SKINS)))],
        sleeve=SLEEVES[int(rng.integers(len(SLEEVES)))],
    )
    quad = view.project(card_corners(pose, width, height))
    cx, cy = view.project(np.array([[pose.x, pose.y]]))[0]
    target = float(rng.uniform(0.35, 0.55))
    for _ in range(50):
        lateral = float(rng.uniform(-0.25, 0.25)) * width
        options = []
        for depth in np.linspace(-0.2, 1.6, 73) * width:
            over = (cx + nx * depth - ny * lateral, cy + ny * depth + nx * lateral)
            options.append((abs(covered(hand, over, quad, view.aspect) - target), over))
        miss, over = min(options)
        if miss < 0.05:
            break
    edge_line = {"bottom": 1.0, "left": 0.0, "right": view.aspect, "top": 0.0}[edge]
    back = hand.reach + _HAND_CLEARANCE + edge_line - (nx * over[0] + ny * over[1])
    outside = (over[0] + nx * back, over[1] + ny * back)
    return HandPass(
        pose=pose,
        hand=hand,
        outside=outside,
        over=over,
        covered=covered(hand, over, quad, view.aspect),
        seconds_in=0.3,
        seconds_over=float(rng.uniform(0.55, 0.65)),
        seconds_out=0.3,
    )

"""A hand reaching over the card: palm, four fingers, a thumb and a sleeved forearm.

It only has to look enough like a hand to a card finder: a skin-coloured, soft-edged blob
with finger lobes that hides part of the card and moves. The same outline is used to plan
how much of the card it hides and to paint it, so the manifest's share is what is seen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from tools.camgen.geometry import Point, Quad
from tools.camgen.pixels import window
from tools.cardgen.desks import smooth_noise

BGR = tuple[int, int, int]
SKINS: tuple[BGR, ...] = (
    (170, 195, 238), (140, 170, 225), (110, 150, 205), (80, 115, 165), (55, 80, 120),
)  # fmt: skip
SLEEVES: tuple[BGR, ...] = ((70, 45, 30), (45, 45, 48), (160, 160, 165), (40, 60, 120))
_SLEEVE_START = 0.95
"""Where the sleeve begins behind the palm centre, in palm widths."""
_ARM = 2.1
"""Forearm drawn behind the palm centre, frame heights: longer than the frame's diagonal,
so wherever the palm is, the arm reaches out of the frame."""
_SUBPIXEL = 4
_PLAN_SCALE = 160.0
"""Pixels per frame height when measuring how much of a card the hand hides."""


@dataclass(frozen=True)
class Hand:
    """One hand. Lengths are in frame heights unless said otherwise."""

    palm: float
    """Width of the palm."""
    turn: float
    """Degrees clockwise from fingers pointing straight up (a hand from the bottom edge)."""
    fingers: tuple[float, float, float, float]
    """Finger lengths left to right, in palm widths."""
    thumb: int
    """+1 when the thumb is on the right of the hand (fingers up), -1 on the left."""
    skin: BGR
    sleeve: BGR

    @property
    def reach(self) -> float:
        """How far the fingertips and thumb reach from the palm centre."""
        return self.palm * (0.5 + max(self.fingers))

    def outline(self, scale: float) -> tuple[NDArray[np.uint8], NDArray[np.uint8], Point]:
        """The hand at ``scale`` pixels per frame height: mask, flat colours, palm centre."""
        px = self.palm * scale
        theta = math.radians(self.turn)
        turn = np.array([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
        parts = [(points @ turn.T * px, colour) for points, colour in self._parts()]
        every = np.concatenate([points for points, _ in parts])
        low = np.floor(every.min(axis=0)) - 2
        width, height = (np.ceil(every.max(axis=0)) + 2 - low).astype(int)
        mask = np.zeros((height, width), np.uint8)
        colours = np.zeros((height, width, 3), np.uint8)
        for points, colour in parts:
            fixed = np.round((points - low) * (1 << _SUBPIXEL)).astype(np.int32)
            cv2.fillPoly(mask, [fixed], 255, cv2.LINE_AA, _SUBPIXEL)
            cv2.fillPoly(colours, [fixed], colour, cv2.LINE_8, _SUBPIXEL)
        return mask, colours, (float(-low[0]), float(-low[1]))

    def sprite(self, scale: float, defocus: float) -> tuple[NDArray[np.uint8], Point]:
        """The painted hand (BGRA, colour premultiplied by alpha) and its palm centre.

        Rounded shading makes it read as a body and not as a flat sticker; ``defocus``
        (pixels) blurs it because it is much nearer the lens than the desk.
        """
        mask, colours, anchor = self.outline(scale)
        px = self.palm * scale
        solid = mask.astype(np.float32) / 255
        rounded = cv2.GaussianBlur(solid, (0, 0), 0.07 * px)
        # Skin is not one flat colour; a fixed seed keeps a hand the same whenever it is drawn.
        mottle = smooth_noise(np.random.default_rng(0), mask.shape[0], mask.shape[1], 0.1 * px)
        shade = (0.7 + 0.3 * rounded + 0.04 * mottle) * solid
        painted = colours.astype(np.float32) * shade[..., None]
        sigma = max(defocus, 0.5)
        room = math.ceil(3 * sigma)  # the blur spreads the hand beyond its outline
        layer = cv2.copyMakeBorder(
            np.dstack([painted, solid * 255]), room, room, room, room, cv2.BORDER_CONSTANT, value=0
        )
        layer = cv2.GaussianBlur(layer, (0, 0), sigma)
        return np.clip(layer, 0, 255).astype(np.uint8), (anchor[0] + room, anchor[1] + room)

    def _parts(self) -> list[tuple[NDArray[np.float64], BGR]]:
        """Outlines in palm widths around the palm centre, fingers pointing up (-y)."""
        arm = _ARM / self.palm
        parts = [(_ellipse(0, 0, 0.5, 0.56, 0), self.skin)]
        for index, length in enumerate(self.fingers):
            x = -0.36 + 0.24 * index
            parts.append(
                (_ellipse(x * 1.05, -0.4 - length / 2, 0.105, length / 2 + 0.06, x * 14), self.skin)
            )
        side = self.thumb
        parts.append((_ellipse(side * 0.5, -0.05, 0.125, 0.32, side * 38), self.skin))
        parts.append(
            (
                _polygon((-0.36, 0.3), (0.36, 0.3), (0.4, _SLEEVE_START), (-0.4, _SLEEVE_START)),
                self.skin,
            )
        )
        parts.append(
            (
                _polygon((-0.48, _SLEEVE_START), (0.48, _SLEEVE_START), (0.55, arm), (-0.55, arm)),
                self.sleeve,
            )
        )
        return parts


def covered(hand: Hand, palm: Point, quad: Quad, aspect: float) -> float:
    """The share of a card (image quad, frame heights) hidden by the hand with its palm there."""
    scale = _PLAN_SCALE
    size = (math.ceil(aspect * scale), math.ceil(scale))
    card = np.zeros(size[::-1], np.uint8)
    cv2.fillConvexPoly(card, np.round(quad * scale).astype(np.int32), 1)
    mask, _, anchor = hand.outline(scale)
    left, top = round(palm[0] * scale - anchor[0]), round(palm[1] * scale - anchor[1])
    spot = window(size, left, top, mask.shape[1], mask.shape[0])
    if spot is None:
        return 0.0
    inside, part = spot
    hidden = card[inside] & (mask[part] > 127)
    return float(hidden.sum() / max(1, card.sum()))


def _ellipse(x: float, y: float, rx: float, ry: float, angle: float) -> NDArray[np.float64]:
    steps = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    theta = math.radians(angle)
    turn = np.array([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
    points = np.stack([rx * np.cos(steps), ry * np.sin(steps)], axis=1)
    return np.asarray(points @ turn.T + [x, y], np.float64)


def _polygon(*corners: Point) -> NDArray[np.float64]:
    return np.array(corners, np.float64)

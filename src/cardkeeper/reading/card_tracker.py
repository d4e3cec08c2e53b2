"""Follow a card under the desk camera and say when to capture it: once per card.

Fed every frame, the tracker outlines the card (:class:`QuadFollower`, a few
ms), waits until the outline has stayed put for ``steady_seconds`` and the
frame is as sharp as the steady ones before it, then hands back that frame
for reading. After a capture it stays quiet while the same card lies there,
however long, and however it is nudged or a hand passes over it: a card is
captured again only when what lies there *looks different* from the last
card captured. That comparison (the flattened card's fine detail, where
text differs between two cards of one design) is what keeps one card from
being captured twice and two look-alike cards from being taken for one. Two
cards in view at once are never captured: the user is asked to lay one at a time.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.camera_frames import Frame
from cardkeeper.reading.find_card import Quad, QuadFollower, warp

SIGNATURE_SIZE = (240, 144)
TILE_MATCH = 0.8
"""Correlation above which one tile of a card shows the same print as before."""
"""Flattened card size compared between captures: small text still shows as texture."""


class TrackState(enum.StrEnum):
    NO_CARD = "no card"
    FOUND = "found"
    """A card is in view but moving."""
    HOLD_STILL = "hold still"
    """Steady: it is captured when it has been for ``steady_seconds``."""
    CAPTURED = "captured"
    """The card in view has been captured; nothing happens until another card lies there."""
    SEVERAL = "several cards"
    """Two or more cards lie in view: none is captured until one lies there alone, so that
    none is captured while the other is forgotten."""


@dataclass(frozen=True)
class TrackerSettings:
    steady_seconds: float = 0.45
    """How long the outline must stay put; about half a second, like the phone scanners."""
    steady_tolerance: float = 0.008
    """Corner movement (share of the frame's diagonal) still counted as steady."""
    lost_seconds: float = 0.2
    """A card missed for less than this (a flicker of the detector) is still the same card."""
    sharp_share: float = 0.8
    """A frame is captured only if at least this sharp as the sharpest steady frame so far."""
    same_card: float = 0.85
    """Signature correlation above which the card in view is one just captured. Measured on
    generated videos: the same card 0.98-1.00 (also after a nudge), two cards of one design
    with another person's name 0.61, unrelated cards under 0.3."""
    still_difference: float = 6.0
    """Mean grey-level change of the card between two frames above which something moves on
    it (a hand passing); camera noise alone stays near 1."""
    still_there: float = 0.3
    """Share of a card's detailed tiles that must match for it to be still lying there under
    a hand (a hand covering half the card leaves about half)."""
    remembered: int = 3
    """How many recent captures the card in view is compared with."""
    auto_capture: bool = True


@dataclass(frozen=True)
class Capture:
    frame: Frame
    quad: Quad | None
    """The card's outline in the frame; None for a manual capture with no card found."""
    back: bool = False
    """The back of the card captured before it (the user pressed B and turned it over)."""


@dataclass(frozen=True)
class TrackUpdate:
    state: TrackState
    quad: Quad | None
    """The outline to draw on this frame, in its pixels."""
    capture: Capture | None = None
    steady_share: float = 0.0
    """0-1: how far through ``steady_seconds`` the card is, for a progress ring."""


class CardTracker:
    """State across frames; plain Python, driven by whoever reads the camera."""

    def __init__(self, settings: TrackerSettings | None = None) -> None:
        self.settings = settings or TrackerSettings()
        self._anchor: Quad | None = None
        self._anchor_since = 0.0
        self._last_seen = -1.0
        self._best_sharpness = 0.0
        self._follower = QuadFollower()
        self._captured_quad: Quad | None = None
        """Where the card captured last lay, while it has not left the camera's view."""
        self._captured: list[NDArray[np.float32]] = []
        self._last_look: NDArray[np.float32] | None = None
        self._settled_on_captured = False
        self._manual = False
        self._next_is_back = False

    def capture_now(self) -> None:
        """Capture the next frame, steady or not (the Space key)."""
        self._manual = True

    def next_is_back(self) -> None:
        """The next capture is the back of the card captured last (the B key)."""
        self._next_is_back = True

    def feed(self, frame: Frame) -> TrackUpdate:
        quad = self._follower.find(frame.image)
        if self._manual:
            self._manual = False
            return self._capture(frame, quad)
        if quad is None:
            return self._lost(frame)
        self._last_seen = frame.seconds
        if self._follower.several:
            # Whichever card would be captured, the other would be forgotten: the user is
            # asked to lay one at a time, and the one left alone is then held still anew.
            self._anchor = None
            return TrackUpdate(TrackState.SEVERAL, quad)
        in_place = self._captured_quad is not None and self._near(
            quad, self._captured_quad, frame, 2.0
        )
        if in_place and not self._next_is_back:
            # The card captured last never left and lies where it was: whatever crossed it
            # (a hand) or shook its outline, it is the same card; unless the user asked for
            # its back and turned it over where it lay.
            self._anchor, self._settled_on_captured = quad, True
            return TrackUpdate(TrackState.CAPTURED, quad)
        if self._anchor is None or not self._near(quad, self._anchor, frame):
            self._anchor, self._anchor_since = quad, frame.seconds
            self._best_sharpness = 0.0
            self._settled_on_captured = False
            self._last_look = None
            return TrackUpdate(TrackState.FOUND, quad)
        if self._settled_on_captured and not self._next_is_back:
            return TrackUpdate(TrackState.CAPTURED, quad)
        if self._moves_on_card(frame, quad):
            self._anchor_since = frame.seconds
            self._best_sharpness = 0.0
        steady = frame.seconds - self._anchor_since
        sharpness = _sharpness(frame.image, quad)
        self._best_sharpness = max(self._best_sharpness, sharpness)
        share = min(1.0, steady / self.settings.steady_seconds)
        if steady < self.settings.steady_seconds or not self.settings.auto_capture:
            return TrackUpdate(TrackState.HOLD_STILL, quad, steady_share=share)
        if sharpness < self.settings.sharp_share * self._best_sharpness:
            return TrackUpdate(TrackState.HOLD_STILL, quad, steady_share=share)
        signature = _signature(frame.image, quad)
        if self._is_captured_card(signature) or self._captured_card_still_there(frame):
            self._settled_on_captured = True
            return TrackUpdate(TrackState.CAPTURED, quad)
        return self._capture(frame, quad, signature)

    def _lost(self, frame: Frame) -> TrackUpdate:
        if (
            self._anchor is not None
            and frame.seconds - self._last_seen < self.settings.lost_seconds
        ):
            state = TrackState.CAPTURED if self._settled_on_captured else TrackState.FOUND
            return TrackUpdate(state, self._anchor)
        self._anchor = self._captured_quad = None
        self._last_look = None
        self._settled_on_captured = False
        return TrackUpdate(TrackState.NO_CARD, None)

    def _capture(
        self, frame: Frame, quad: Quad | None, signature: NDArray[np.float32] | None = None
    ) -> TrackUpdate:
        back, self._next_is_back = self._next_is_back, False
        if quad is not None:
            self._captured.append(
                signature if signature is not None else _signature(frame.image, quad)
            )
            del self._captured[: -self.settings.remembered]
            self._captured_quad = quad
            self._anchor, self._anchor_since = quad, frame.seconds
            self._last_seen = frame.seconds
            self._settled_on_captured = True
        capture = Capture(frame, quad, back)
        return TrackUpdate(TrackState.CAPTURED, quad, capture=capture, steady_share=1.0)

    def _near(self, quad: Quad, anchor: Quad, frame: Frame, slack: float = 1.0) -> bool:
        diagonal = float(np.hypot(*frame.image.shape[:2]))
        shift = float(np.abs(quad - anchor).max())
        return shift <= slack * self.settings.steady_tolerance * diagonal

    def _is_captured_card(self, signature: NDArray[np.float32]) -> bool:
        return any(_similarity(signature, old) >= self.settings.same_card for old in self._captured)

    def _captured_card_still_there(self, frame: Frame) -> bool:
        """Whether the card captured last, which never left the view, still shows where it lay.

        A hand resting on it makes the outline found somewhere else (around hand and
        card), steady for as long as the hand rests; the uncovered part of the card
        still matches, tile for tile, what was captured.
        """
        if self._captured_quad is None or not self._captured or self._next_is_back:
            return False
        now = _signature(frame.image, self._captured_quad)
        return _shared_detail(now, self._captured[-1]) >= self.settings.still_there

    def _moves_on_card(self, frame: Frame, quad: Quad) -> bool:
        """Whether the card's picture changed since the last frame while its outline did not."""
        look = _glance(frame.image, quad)
        previous, self._last_look = self._last_look, look
        if previous is None:
            return False
        return float(np.abs(look - previous).mean()) > self.settings.still_difference


def _similarity(a: NDArray[np.float32], b: NDArray[np.float32]) -> float:
    """Correlation of two card signatures, the better of the two ways round (-1..1)."""
    return max(float((a * b).mean()), float((a * b[::-1, ::-1]).mean()))


def _shared_detail(now: NDArray[np.float32], before: NDArray[np.float32]) -> float:
    """Share of ``before``'s tiles with print on them that ``now`` shows the same (0-1)."""
    rows, cols = 4, 6
    height, width = before.shape[0] // rows, before.shape[1] // cols
    detailed = matching = 0
    for row in range(rows):
        for col in range(cols):
            window = np.s_[row * height : (row + 1) * height, col * width : (col + 1) * width]
            a, b = now[window], before[window]
            if float(b.std()) < 0.5:  # blank card: no print to recognise
                continue
            detailed += 1
            spread = float(a.std()) * float(b.std())
            correlation = float(((a - a.mean()) * (b - b.mean())).mean()) / max(spread, 1e-6)
            matching += correlation > TILE_MATCH
    return matching / detailed if detailed else 0.0


def _signature(image: NDArray[np.uint8], quad: Quad) -> NDArray[np.float32]:
    """The card's fine detail, flattened, landscape, zero mean and unit variance.

    Subtracting a blurred copy keeps text and edges and drops the card's colour
    and the light on it, which two cards of one design share and a passing
    shadow changes.
    """
    card = warp(image, quad)
    gray = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
    if gray.shape[0] > gray.shape[1]:
        gray = cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)
    small = cv2.resize(gray, SIGNATURE_SIZE, interpolation=cv2.INTER_AREA).astype(np.float32)
    detail = cv2.GaussianBlur(small - cv2.GaussianBlur(small, (0, 0), 3.0), (0, 0), 1.0)
    spread = float(detail.std())
    return np.asarray((detail - detail.mean()) / max(spread, 1e-3), dtype=np.float32)


def _glance(image: NDArray[np.uint8], quad: Quad) -> NDArray[np.float32]:
    """The card flattened very small and blurred: what changes when a hand crosses it."""
    target = np.array([[0, 0], [95, 0], [95, 59], [0, 59]], np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    small = cv2.warpPerspective(image, matrix, (96, 60), flags=cv2.INTER_AREA)
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY).astype(np.float32)
    return np.asarray(cv2.GaussianBlur(gray, (0, 0), 1.0), dtype=np.float32)


def _sharpness(image: NDArray[np.uint8], quad: Quad) -> float:
    """Variance of the Laplacian inside the card's bounding box, on a small grey copy."""
    x, y, w, h = cv2.boundingRect(quad.astype(np.int32))
    height, width = image.shape[:2]
    x, y = max(0, x), max(0, y)
    patch = image[y : min(height, y + h), x : min(width, x + w)]
    if patch.size == 0:
        return 0.0
    scale = min(1.0, 480 / max(patch.shape[:2]))
    small = cv2.resize(patch, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    return float(cv2.Laplacian(gray, cv2.CV_32F).var())

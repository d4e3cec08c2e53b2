"""Render a script into frames: desk, card, shadows, a hand, and the webcam's own faults.

What does not change is built once: the lit desk and the light per video, the card's
texture per visit, a hand's sprite per pass. A frame in which nothing moved reuses the
picture composed for the previous one, so a resting card costs only the two things that
make every real webcam frame new: exposure drift and sensor noise.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import cv2
import numpy as np
from numpy.typing import NDArray

from tools.camgen.geometry import Point, Pose
from tools.camgen.pixels import UNIT_GAIN, Image, crop, darken, lay, shadow_of, smear, window
from tools.camgen.script import Camera, HandPass, Script, Visit
from tools.cardgen.desks import desk

Matrix = NDArray[np.float64]
DESK_SIZE = (640, 360)
"""The desk surface is made at this size whatever the video size, so a script looks the
same at every size (the surfaces' grain is tuned in pixels)."""
_NOISE_SLACK = 1 << 16
"""Extra noise samples, so each frame can start reading the noise pool somewhere else."""
_TEXTURE_MARGIN = 1.2
"""The card texture is kept this much larger than on screen, so the warp does not alias."""
_CARD_SHADOW = (0.006, 0.008)
"""A card's shadow offset and softness, frame heights: it lies flat, so it is tight."""
_HAND_SHADOW = (0.05, 0.025)
"""A hand hovers well above the desk: its shadow is far off and soft."""
_HAND_DEFOCUS = 0.004
"""Blur of the hand, frame heights: it is much nearer the lens than the desk."""


def render_frames(
    script: Script, fps: float = 30, size: tuple[int, int] = (1280, 720)
) -> Iterator[Image]:
    """The frames of ``script`` (BGR uint8), as a webcam at ``fps`` and ``size`` sees them."""
    stage = _Stage(script.camera, size)
    noise_rng = np.random.default_rng([script.camera.seed, 1])
    exposure = script.camera.shutter / fps
    cards: dict[int, _CardLayer] = {}
    hands: dict[HandPass, tuple[Image, Point, Image, Point]] = {}
    composed: tuple[object, Image] = (None, stage.empty)
    for number in range(script.frame_count(fps)):
        seconds = number / fps
        located = script.locate(seconds)
        picture = stage.empty
        if located is not None:
            index, elapsed = located
            visit = script.visits[index]
            if index not in cards:
                cards.clear()
                hands.clear()
                cards[index] = _CardLayer(visit, stage)
            pose = visit.pose_at(elapsed)
            streak = stage.streak(visit, elapsed, exposure)
            if composed[0] != (index, pose, streak):
                composed = ((index, pose, streak), stage.compose(cards[index], pose, streak))
            picture = composed[1]
            hand = visit.hand_at(elapsed)
            if hand is not None:
                step, palm = hand
                if step not in hands:
                    hands[step] = stage.hand(step)
                motion = stage.hand_streak(visit, elapsed, exposure)
                picture = stage.with_hand(picture, hands[step], stage.pixels(palm), motion)
        yield stage.expose(picture, seconds, noise_rng)


class _Stage:
    """The fixed parts of the video: size, view, lit desk, light, noise."""

    def __init__(self, camera: Camera, size: tuple[int, int]) -> None:
        width, height = size
        if abs(width / height - camera.view.aspect) > 0.01:
            raise ValueError(f"{width}x{height} is not {camera.view.aspect:.3f}:1 like the script")
        self.camera = camera
        self.size = size
        self.height = height
        self.homography = camera.view.homography(height)
        light = _light(camera, *DESK_SIZE)
        surface = desk(np.random.default_rng(camera.seed), *DESK_SIZE, camera.desk)
        lit = (
            cv2.cvtColor(surface, cv2.COLOR_RGB2BGR)
            * np.asarray(camera.cast, np.float32)
            * light[..., None]
        )
        self.backdrop = cv2.resize(_u8(lit), size, interpolation=cv2.INTER_LINEAR)
        gain = cv2.resize(light * UNIT_GAIN, size, interpolation=cv2.INTER_LINEAR)
        # Dithered: rounded plainly, the smooth light shows as contour rings on a white card.
        dither = np.random.default_rng([camera.seed, 3]).uniform(-0.5, 0.5, gain.shape)
        self.gain = cv2.cvtColor(_u8(np.round(gain + dither)), cv2.COLOR_GRAY2BGR)
        self.blur = camera.blur * height / 720
        self.empty = cv2.GaussianBlur(self.backdrop, (0, 0), self.blur)
        pool = np.random.default_rng([camera.seed, 2]).standard_normal(
            width * height * 3 + _NOISE_SLACK, dtype=np.float32
        )
        self.noise = _u8(pool * camera.noise + 128)

    def away_from_light(self, distance: float) -> Point:
        """A shadow's offset in pixels for something ``distance`` frame heights above."""
        angle = self.camera.light_angle
        return (
            -math.cos(angle) * distance * self.height,
            -math.sin(angle) * distance * self.height,
        )

    def streak(self, visit: Visit, elapsed: float, exposure: float) -> Point:
        """How far (pixels) the card's centre moves while the shutter is open, to 0.5 px."""
        before = self._centre(visit.pose_at(elapsed - exposure / 2))
        after = self._centre(visit.pose_at(elapsed + exposure / 2))
        dx, dy = after[0] - before[0], after[1] - before[1]
        if math.hypot(dx, dy) < 0.5:
            return (0.0, 0.0)
        return (round(dx * 2) / 2, round(dy * 2) / 2)

    def compose(self, card: _CardLayer, pose: Pose, streak: Point) -> Image:
        """The picture (lens blur included, no noise) with the card at ``pose``."""
        matrix = self.homography @ _placement(pose) @ card.to_card
        rows, columns = card.texture.shape[:2]
        rect = np.array([[[0, 0], [columns, 0], [columns, rows], [0, rows]]], np.float64)
        corners = cv2.perspectiveTransform(rect, matrix)[0]
        offset = self.away_from_light(_CARD_SHADOW[0])
        softness = _CARD_SHADOW[1] * self.height
        reach = math.hypot(*streak) / 2 + math.hypot(*offset) + 3 * softness + 2
        x0, y0 = np.maximum(np.floor(corners.min(axis=0) - reach), 0).astype(int)
        x1, y1 = np.minimum(np.ceil(corners.max(axis=0) + reach), self.size).astype(int)
        if x1 <= x0 or y1 <= y0:
            return self.empty
        shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
        layer = cv2.warpPerspective(
            card.texture,
            shift @ matrix,
            (int(x1 - x0), int(y1 - y0)),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(0, 0, 0, 0),
        )
        layer = smear(layer, *streak)
        region = self.backdrop[y0:y1, x0:x1].copy()
        shadow = shadow_of(cv2.extractChannel(layer, 3), offset, softness)
        darken(region, shadow, self.camera.shadow)
        lay(region, layer, self.gain[y0:y1, x0:x1])
        # Only the region changed; its rim is plain desk, whose blur is the same either way.
        picture = self.empty.copy()
        picture[y0:y1, x0:x1] = cv2.GaussianBlur(region, (0, 0), self.blur)
        return picture

    def hand(self, step: HandPass) -> tuple[Image, Point, Image, Point]:
        """The hand's sprite and anchor, and its shadow mask and anchor."""
        sprite, anchor = step.hand.sprite(self.height, _HAND_DEFOCUS * self.height)
        alpha = cv2.extractChannel(sprite, 3)
        offset = self.away_from_light(_HAND_SHADOW[0])
        pad = math.ceil(math.hypot(*offset) + 3 * _HAND_SHADOW[1] * self.height)
        padded = cv2.copyMakeBorder(alpha, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0)
        shadow = shadow_of(padded, offset, _HAND_SHADOW[1] * self.height)
        return sprite, anchor, shadow, (anchor[0] + pad, anchor[1] + pad)

    def hand_streak(self, visit: Visit, elapsed: float, exposure: float) -> Point:
        """How far (pixels) the hand moves while the shutter is open."""
        before, after = visit.hand_at(elapsed - exposure / 2), visit.hand_at(elapsed + exposure / 2)
        if before is None or after is None:
            return (0.0, 0.0)
        (bx, by), (ax, ay) = self.pixels(before[1]), self.pixels(after[1])
        return (ax - bx, ay - by)

    def with_hand(
        self, picture: Image, sprite: tuple[Image, Point, Image, Point], palm: Point, motion: Point
    ) -> Image:
        """``picture`` with the hand's shadow and the hand (palm at pixel ``palm``), smeared
        by ``motion``."""
        hand, anchor, shadow, shadow_anchor = sprite
        dx, dy = motion
        picture = picture.copy()
        spot = self._place(shadow, palm, shadow_anchor)
        if spot is not None:
            inside, part = spot
            darken(picture[inside], shadow[part], self.camera.shadow)
        spot = self._place(hand, palm, anchor)
        if spot is not None:
            inside, (rows, columns) = spot
            # Smeared with room around what shows: motion pulls in what is just outside the
            # frame, and spreads the hand beyond its sprite.
            pad = math.ceil(math.hypot(dx, dy) / 2)
            patch = smear(crop(hand, rows, columns, pad), dx, dy)
            height, width = rows.stop - rows.start, columns.stop - columns.start
            lay(picture[inside], patch[pad : pad + height, pad : pad + width])
        return picture

    def expose(self, picture: Image, seconds: float, rng: np.random.Generator) -> Image:
        """One exposure: the slow drift of auto-exposure and fresh sensor noise."""
        camera = self.camera
        drift = math.sin(2 * math.pi * seconds / camera.drift_period + camera.drift_phase)
        start = int(rng.integers(self.noise.size - picture.size))
        noise = self.noise[start : start + picture.size].reshape(picture.shape)
        return np.asarray(cv2.addWeighted(picture, 1 + camera.drift * drift, noise, 1.0, -128.0))

    def _place(
        self, patch: Image, at: Point, anchor: Point
    ) -> tuple[tuple[slice, slice], tuple[slice, slice]] | None:
        """Where a patch whose ``anchor`` is put at pixel ``at`` falls in the frame."""
        left, top = round(at[0] - anchor[0]), round(at[1] - anchor[1])
        return window(self.size, left, top, patch.shape[1], patch.shape[0])

    def pixels(self, point: Point | NDArray[np.float64]) -> Point:
        """An image point in frame heights, in pixels."""
        return (float(point[0]) * self.height, float(point[1]) * self.height)

    def _centre(self, pose: Pose) -> Point:
        return self.pixels(self.camera.view.project(np.array([[pose.x, pose.y]]))[0])


class _CardLayer:
    """A visit's card as a texture a little larger than it appears, with its light cast."""

    def __init__(self, visit: Visit, stage: _Stage) -> None:
        image = visit.card.image
        rows, columns = image.shape[:2]
        factor = visit.width * stage.height * _TEXTURE_MARGIN / columns
        if factor < 1:
            size = (round(columns * factor), round(rows * factor))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        cast = cv2.cvtColor(image, cv2.COLOR_RGB2BGR) * np.asarray(stage.camera.cast, np.float32)
        self.texture = cv2.cvtColor(_u8(cast), cv2.COLOR_BGR2BGRA)
        rows, columns = self.texture.shape[:2]
        width, height = visit.width, visit.height
        self.to_card = np.array(
            [[width / columns, 0, -width / 2], [0, height / rows, -height / 2], [0, 0, 1]]
        )


def _placement(pose: Pose) -> Matrix:
    """Card coordinates (centred, desk units) to desk coordinates."""
    theta = math.radians(pose.angle)
    cos, sin = math.cos(theta), math.sin(theta)
    return np.array([[cos, -sin, pose.x], [sin, cos, pose.y], [0, 0, 1]])


def _light(camera: Camera, width: int, height: int) -> NDArray[np.float32]:
    """Exposure x a gradient toward the light x vignette; smooth, so made small and enlarged."""
    small_w, small_h = max(2, width // 16), max(2, height // 16)
    y, x = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
    x, y = (x + 0.5) / small_w - 0.5, (y + 0.5) / small_h - 0.5
    along = x * math.cos(camera.light_angle) + y * math.sin(camera.light_angle)
    vignette = 1 - camera.vignette * 2 * (x * x + y * y)
    field = camera.exposure * (1 + 2 * camera.light_slope * along) * vignette
    return np.asarray(cv2.resize(field, (width, height), interpolation=cv2.INTER_LINEAR))


def _u8(image: Image) -> Image:
    return np.asarray(np.clip(image, 0, 255), np.uint8)

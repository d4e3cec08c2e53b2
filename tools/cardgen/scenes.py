"""Phone photos of harder scenes: a card on printed paper or on another card, a card run off
the frame's edge, and a portrait photo with the card turned upright.

Built like ``photograph.desk_photo`` (desk, light and shadow at half size, cards lit in
their own pixels) from the same parts, with what lies under the card and where the card
lands chosen by the scene.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from tools.cardgen.desks import DESK_WEIGHTS, DESKS, desk
from tools.cardgen.pages import printed_page
from tools.cardgen.photograph import (
    FRAMES,
    Light,
    Photo,
    coverage,
    encode_jpeg,
    homography,
    lay_card,
    place_card,
    shadow,
    shrunk,
    side_length,
    to_array,
    to_u8,
    with_noise,
)
from tools.cardgen.typeset import Box

_A4_PER_CARD = 210 / 85
"""Width of an A4 page in card widths."""


@dataclass(frozen=True)
class _Layer:
    """A card in the scene: its flat image and where its corners land."""

    flat: np.ndarray
    quad: np.ndarray


def _frame(rng: np.random.Generator, portrait: bool) -> tuple[int, int]:
    fw, fh = FRAMES[int(rng.integers(len(FRAMES)))]
    if portrait or rng.random() < 0.3:
        return fh, fw
    return fw, fh


def _pages(rng: np.random.Generator, background: np.ndarray, card: np.ndarray) -> np.ndarray:
    """One or two printed pages on the (half-size) desk, under the card's (half-size) quad."""
    fh, fw = background.shape[:2]
    page_width = round(_long_side(card) * _A4_PER_CARD * rng.uniform(0.9, 1.1))
    text_size = page_width * rng.uniform(0.012, 0.017)
    centre = card.mean(axis=0)
    for _ in range(int(rng.integers(1, 3))):
        page = printed_page(rng, page_width, text_size).astype(np.float32)
        ph, pw = page.shape[:2]
        spot = centre + rng.uniform(-0.3, 0.3, 2) * [pw, ph]
        matrix = cv2.getRotationMatrix2D((pw / 2, ph / 2), rng.uniform(-25, 25), 1.0)
        matrix[:, 2] += spot - [pw / 2, ph / 2]
        warped = cv2.warpAffine(page, matrix, (fw, fh), flags=cv2.INTER_AREA)
        mask = cv2.warpAffine(np.ones((ph, pw), np.float32), matrix, (fw, fh))[..., None]
        background = background * (1 - mask) + warped * mask
    return background


def _long_side(quad: np.ndarray) -> float:
    return float(max(np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[1])))


def _under(
    rng: np.random.Generator, card: np.ndarray, other: Image.Image, frame: tuple[int, int]
) -> np.ndarray:
    """Where a second card lies: as big as the first, turned a little against it and pushed
    out from under it, mostly towards the middle of the frame, so that part of its text
    shows."""
    scale = _long_side(card) / max(other.size) * rng.uniform(0.97, 1.03)
    edge = card[1] - card[0]
    turn = np.arctan2(edge[1], edge[0]) + np.radians(rng.uniform(8, 35) * rng.choice([-1, 1]))
    rotation = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    unit = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]])
    corners = unit * [other.width * scale, other.height * scale]
    centre = card.mean(axis=0)
    inwards = np.subtract(frame, 0) / 2 - centre
    direction = np.arctan2(inwards[1], inwards[0]) + rng.uniform(-1.2, 1.2)
    reach = _long_side(card) * rng.uniform(0.45, 0.8)
    shift = np.array([np.cos(direction), np.sin(direction)]) * reach
    return np.asarray(corners @ rotation.T + centre + shift, np.float32)


def _shoot(
    rng: np.random.Generator,
    frame: tuple[int, int],
    layers: Sequence[_Layer],
    surface: str,
) -> tuple[np.ndarray, str]:
    """The scene with ``layers`` (the labelled card last, on top) on a desk, and printed
    pages under them when ``surface`` is "paper"; returns the frame before blur and noise
    and the desk's kind."""
    fw, fh = frame
    kind = DESKS[int(rng.choice(len(DESKS), p=DESK_WEIGHTS))]
    light = Light.draw(rng, low_light=False)
    half = (fw // 2, fh // 2)
    gain = light.gain(*half)
    background = desk(rng, *half, kind)
    top = layers[-1]
    if surface == "paper":
        background = _pages(rng, background, top.quad / 2)
    shrunk_layers = [(shrunk(layer.flat, layer.quad), layer.quad) for layer in layers]
    shade = np.zeros(half[::-1], np.float32)
    for src, quad in shrunk_layers:
        h, w = src.shape[:2]
        shade = np.maximum(
            shade, shadow(rng, coverage(w, h, quad / 2, half), side_length(quad) / 2)
        )
    background = background * light.cast
    background *= (gain * (1 - rng.uniform(0.25, 0.55) * shade))[..., None]
    image = cv2.resize(to_u8(background), (fw, fh), interpolation=cv2.INTER_LINEAR)
    for src, quad in shrunk_layers:
        image = lay_card(image, src, quad, gain, light)
    return image, kind


def _develop(rng: np.random.Generator, image: np.ndarray) -> tuple[Image.Image, bytes]:
    """What the phone does to the frame: a little softness, sensor noise, JPEG."""
    image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.5, 1.3))
    return encode_jpeg(with_noise(rng, image, float(rng.uniform(2, 5))), int(rng.integers(70, 93)))


def _photo(
    rng: np.random.Generator,
    frame: tuple[int, int],
    layers: list[_Layer],
    surface: str,
    *,
    angle: float,
    effects: list[str],
) -> Photo:
    image, kind = _shoot(rng, frame, layers, surface)
    photo, jpeg = _develop(rng, image)
    corners = [(float(x), float(y)) for x, y in layers[-1].quad]
    return Photo(photo, corners, angle % 360, [*effects, f"desk:{kind}"], jpeg)


def paper_photo(card: Image.Image, rng: np.random.Generator, other: Image.Image) -> Photo:
    """The card on printed pages (two times in three) or lying partly on ``other``, a
    second card whose text shows beside it."""
    flat = to_array(card)
    frame = _frame(rng, portrait=False)
    angle = float(rng.uniform(-40, 40))
    quad = place_card(rng, (flat.shape[1], flat.shape[0]), frame, angle, steep=False)
    if rng.random() < 2 / 3:
        return _photo(
            rng, frame, [_Layer(flat, quad)], "paper", angle=angle, effects=["printed_page"]
        )
    layers = [_Layer(to_array(other), _under(rng, quad, other, frame)), _Layer(flat, quad)]
    return _photo(rng, frame, layers, "desk", angle=angle, effects=["on_card"])


def portrait_photo(card: Image.Image, rng: np.random.Generator) -> Photo:
    """A portrait-format photo with the card turned about 90° (either way) to stand upright."""
    flat = to_array(card)
    frame = _frame(rng, portrait=True)
    angle = float(rng.choice([90, -90]) + rng.uniform(-25, 25))
    quad = place_card(
        rng, (flat.shape[1], flat.shape[0]), frame, angle, steep=False, coverage_range=(0.3, 0.75)
    )
    return _photo(rng, frame, [_Layer(flat, quad)], "desk", angle=angle, effects=[])


def _inside(points: np.ndarray, frame: tuple[int, int], pad: float = 2.0) -> bool:
    fw, fh = frame
    return bool(
        (points[:, 0] >= pad).all()
        and (points[:, 1] >= pad).all()
        and (points[:, 0] <= fw - pad).all()
        and (points[:, 1] <= fh - pad).all()
    )


def lost_boxes(
    boxes: Sequence[Box], card_size: tuple[int, int], quad: np.ndarray, frame: tuple[int, int]
) -> list[int]:
    """Indices of the boxes (in flat card pixels) not wholly inside the frame."""
    w, h = card_size
    matrix = homography(w, h, quad)
    lost = []
    for index, (x0, y0, x1, y1) in enumerate(boxes):
        corners = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float32)
        if not _inside(cv2.perspectiveTransform(corners, matrix)[0], frame):
            lost.append(index)
    return lost


def _cut_quad(
    rng: np.random.Generator, card_size: tuple[int, int], frame: tuple[int, int]
) -> tuple[np.ndarray, float, str]:
    """A placement that runs the card off one or two edges of the frame: a strip of it when
    it lies square, a corner when it is turned."""
    strip = rng.random() < 0.5
    angle = float(rng.uniform(-6, 6) if strip else rng.uniform(12, 40) * rng.choice([-1, 1]))
    quad = place_card(rng, card_size, frame, angle, steep=False, coverage_range=(0.3, 0.6))
    short = min(card_size) * side_length(quad) / card_size[0]
    sides = (
        [int(rng.integers(4))]
        if rng.random() < 0.7
        else [int(rng.integers(2)), 2 + int(rng.integers(2))]
    )
    fw, fh = frame
    for side in sides:
        depth = short * rng.uniform(0.04, 0.22)
        if side == 0:
            quad[:, 0] -= quad[:, 0].min() + depth
        elif side == 1:
            quad[:, 0] += fw + depth - quad[:, 0].max()
        elif side == 2:
            quad[:, 1] -= quad[:, 1].min() + depth
        else:
            quad[:, 1] += fh + depth - quad[:, 1].max()
    return quad, angle, "cut:strip" if strip else "cut:corner"


def cut_photo(
    card: Image.Image, rng: np.random.Generator, boxes: Sequence[Box], keep: Sequence[bool]
) -> tuple[Photo, list[int]]:
    """A photo whose frame cuts off a strip or a corner of the card; also the indices of the
    text ``boxes`` (flat card pixels) that are not wholly in the frame.

    Up to eight placements are tried, as a person would frame the card again: the first that
    cuts no box marked ``keep`` and at most one box in all is taken, else the one that cuts
    fewest.
    """
    flat = to_array(card)
    size = (flat.shape[1], flat.shape[0])
    frame = _frame(rng, portrait=False)
    best: tuple[np.ndarray, float, str, list[int]] | None = None
    for _ in range(8):
        quad, angle, how = _cut_quad(rng, size, frame)
        lost = lost_boxes(boxes, size, quad, frame)
        if best is None or len(lost) < len(best[3]):
            best = (quad, angle, how, lost)
        if len(lost) <= 1 and not any(keep[i] for i in lost):
            best = (quad, angle, how, lost)
            break
    assert best is not None
    quad, angle, how, lost = best
    return _photo(rng, frame, [_Layer(flat, quad)], "desk", angle=angle, effects=[how]), lost

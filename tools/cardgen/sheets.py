"""Several cards in one picture: a phone photo of cards laid out on a desk, or a flatbed scan
of cards on the glass under the lid, with each card's truth and corners in reading order.

The cards lie in rows, each turned a little, a few millimetres apart (or, in a loose layout,
pushed about); with ``touching`` two neighbours in a row lie edge to edge. The same scene can
be shot with only some of its cards (:func:`shoot` with ``keep``), lit and laid exactly as in
the full picture; and each card can be photographed alone as a user would
(:func:`alone_photo`), so that a bench can compare a card read out of the sheet with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from tools.cardgen.card import make_card
from tools.cardgen.desks import DESK_WEIGHTS, DESKS, desk
from tools.cardgen.photograph import (
    Light,
    Photo,
    coverage,
    desk_photo,
    encode_jpeg,
    lay_card,
    scan,
    shadow,
    shrunk,
    side_length,
    to_array,
    to_u8,
    with_noise,
)
from tools.cardgen.truth import CardTruth

Point = tuple[float, float]
ALONE_STREAM = 7
"""Seeds the photo of a card alone apart from the card's own drawing."""
SURFACES = ("desk", "lid")
FLAT_LONG_SIDE = 1100
"""Pixels along a flat card's long side: about 330 dpi."""
CARD_MM = 85.0
"""A card's long side, which sets the millimetres of the gaps between cards."""
PHONE_FRAMES = ((4000, 3000), (3264, 2448), (4032, 3024))
"""Frames of the phones that photograph a spread of cards (8 to 12 MP)."""
LID_DPI = 300
A4_MM = (210.0, 297.0)
A3_MM = (297.0, 420.0)
LID_MARGIN_MM = (3.0, 12.0)
"""How far from the glass's corner the first card lies: cards are pushed into the corner."""


@dataclass(frozen=True)
class SheetCard:
    """One card of a sheet: what it says, and where it lies in the picture."""

    truth: CardTruth
    seed: int
    corners: list[Point]
    """The card's own top-left, top-right, bottom-right, bottom-left corners in the picture."""


@dataclass(frozen=True)
class Scene:
    """Cards laid on a surface, before any picture is taken of them."""

    flats: list[np.ndarray]
    """Each card's flat image (RGB float), in reading order."""
    quads: list[np.ndarray]
    truths: list[CardTruth]
    seeds: list[int]
    surface: str
    """"lid" or one of the desks' kinds."""
    frame: tuple[int, int]
    light_seed: int


@dataclass
class Sheet:
    image: Image.Image
    data: bytes
    """The file as written: the phone's JPEG, or the scanner's PNG."""
    suffix: str
    cards: list[SheetCard] = field(default_factory=list)


def make_scene(seed: int, count: int, surface: str, *, touching: bool = False) -> Scene:
    """``count`` (2-10) generated cards laid out on ``surface`` ("desk" or "lid")."""
    if not 2 <= count <= 10:
        raise ValueError(f"a sheet holds 2 to 10 cards, not {count}")
    if surface not in SURFACES:
        raise ValueError(f"surface must be one of {SURFACES}, not {surface!r}")
    rng = np.random.default_rng([seed, count, SURFACES.index(surface), touching])
    seeds = [seed * 1_000 + index for index in range(count)]
    made = [make_card(card_seed) for card_seed in seeds]
    flats = [_to_card_size(to_array(card)) for card, _ in made]
    loose = not touching and rng.random() < 0.4
    columns = _columns(count, surface)
    placed = _laid_out(rng, flats, columns, touching=touching, loose=loose)
    if surface == "lid":
        kind, frame, quads = "lid", *_on_glass(rng, placed, flats)
    else:
        kind = DESKS[int(rng.choice(len(DESKS), p=DESK_WEIGHTS))]
        frame, quads = _in_phone_frame(rng, placed)
    return Scene(
        flats, quads, [truth for _, truth in made], seeds, kind, frame, int(rng.integers(1 << 31))
    )


def shoot(scene: Scene, keep: list[int] | None = None) -> Sheet:
    """The picture of ``scene`` with the cards ``keep`` (indexes; all by default) on it."""
    keep = list(range(len(scene.flats))) if keep is None else keep
    rng = np.random.default_rng(scene.light_seed)
    if scene.surface == "lid":
        image = _scanned(rng, scene, keep)
        ok, png = cv2.imencode(".png", cv2.cvtColor(image, cv2.COLOR_RGB2BGR))
        if not ok:
            raise RuntimeError("PNG encoding failed")
        picture, data, suffix = Image.fromarray(image, "RGB"), png.tobytes(), ".png"
    else:
        picture, data = _photographed(rng, scene, keep)
        suffix = ".jpg"
    cards = [
        SheetCard(
            scene.truths[index],
            scene.seeds[index],
            [(float(x), float(y)) for x, y in scene.quads[index]],
        )
        for index in keep
    ]
    return Sheet(picture, data, suffix, cards)


def alone_photo(scene: Scene, index: int) -> Photo:
    """Card ``index`` of ``scene`` photographed alone, as a user would take it: a phone photo
    of it on a desk (``photograph.desk_photo``), or a scan of it for a sheet on a scanner."""
    card, _ = make_card(scene.seeds[index])
    rng = np.random.default_rng([scene.seeds[index], ALONE_STREAM])
    return scan(card, rng) if scene.surface == "lid" else desk_photo(card, rng)


def sheet(seed: int, count: int, surface: str, *, touching: bool = False) -> Sheet:
    """The whole sheet's picture: :func:`make_scene` shot with every card."""
    return shoot(make_scene(seed, count, surface, touching=touching))


def _to_card_size(flat: np.ndarray) -> np.ndarray:
    """The card at :data:`FLAT_LONG_SIDE` px long: generated cards come at several resolutions,
    but real ones are all about 85 mm long."""
    h, w = flat.shape[:2]
    scale = FLAT_LONG_SIDE / max(h, w)
    size = (round(w * scale), round(h * scale))
    return np.asarray(cv2.resize(flat, size, interpolation=cv2.INTER_AREA), np.float32)


def _columns(count: int, surface: str) -> int:
    """How many cards a row holds: about as wide as a photo is, or as an A4 glass takes."""
    if surface == "lid":
        return 2 if count <= 6 else 3
    return {2: 2, 3: 3, 4: 2, 5: 3, 6: 3, 7: 3, 8: 3, 9: 3, 10: 4}[count]


def _laid_out(
    rng: np.random.Generator,
    flats: list[np.ndarray],
    columns: int,
    *,
    touching: bool,
    loose: bool,
) -> list[np.ndarray]:
    """Each card's corners on the table, in card pixels, in reading order: rows of cards each
    turned a little, a few mm apart; ``touching`` lays the first two edge to edge."""
    px_per_mm = max(flats[0].shape[:2]) / CARD_MM
    quads: list[np.ndarray] = []
    top = 0.0
    for row_start in range(0, len(flats), columns):
        row = range(row_start, min(row_start + columns, len(flats)))
        left, bottom = 0.0, top
        for index in row:
            h, w = flats[index].shape[:2]
            pair = touching and index in (0, 1)
            angle = 0.0 if pair else float(rng.uniform(-10, 10) if loose else rng.uniform(-5, 5))
            corners = _turned(w, h, angle)
            low, high = corners.min(axis=0), corners.max(axis=0)
            gap = 0.0 if pair and index == 1 else float(rng.uniform(2, 8)) * px_per_mm
            if loose and not pair:
                gap += float(rng.uniform(0, 10)) * px_per_mm
            left += 0.0 if index == row_start else gap
            drop = float(rng.uniform(0, 8)) * px_per_mm if loose else 0.0
            quads.append(corners - low + (left, top + drop))
            left += high[0] - low[0]
            bottom = max(bottom, top + drop + high[1] - low[1])
        top = bottom + float(rng.uniform(2, 8)) * px_per_mm
    return quads


def _turned(w: int, h: int, degrees: float) -> np.ndarray:
    theta = np.radians(degrees)
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    unit = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64) - (w / 2, h / 2)
    return np.asarray(unit @ rotation.T)


def _in_phone_frame(
    rng: np.random.Generator, quads: list[np.ndarray]
) -> tuple[tuple[int, int], list[np.ndarray]]:
    """The layout framed by a phone held above it: filling 75-90% of the frame, turned a
    degree or two, a little perspective."""
    fw, fh = PHONE_FRAMES[int(rng.integers(len(PHONE_FRAMES)))]
    points = np.concatenate(quads)
    span = points.max(axis=0) - points.min(axis=0)
    if span[1] > span[0]:
        fw, fh = fh, fw
    fill = float(rng.uniform(0.75, 0.9))
    scale = fill * min(fw / span[0], fh / span[1])
    centre = (points.max(axis=0) + points.min(axis=0)) / 2
    theta = np.radians(float(rng.uniform(-2, 2)))
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    shift = rng.uniform(-0.04, 0.04, 2) * (fw, fh)
    source = np.array([[0, 0], [fw, 0], [fw, fh], [0, fh]], np.float32)
    lean = (source + rng.uniform(-0.015, 0.015, (4, 2)) * (fw, fh)).astype(np.float32)
    tilt = cv2.getPerspectiveTransform(source, lean)
    framed = []
    for quad in quads:
        flat = (quad - centre) * scale @ rotation.T + (fw / 2, fh / 2) + shift
        seen = cv2.perspectiveTransform(flat.reshape(1, 4, 2).astype(np.float32), tilt)
        framed.append(np.asarray(seen[0], np.float32))
    return (fw, fh), framed


def _on_glass(
    rng: np.random.Generator, quads: list[np.ndarray], flats: list[np.ndarray]
) -> tuple[tuple[int, int], list[np.ndarray]]:
    """The layout on a scanner's glass at 300 dpi, pushed into its corner: an A4 glass, or an
    A3 one when the cards need it."""
    px_per_mm = LID_DPI / 25.4
    scale = px_per_mm / (max(flats[0].shape[:2]) / CARD_MM)
    points = np.concatenate(quads)
    span = (points.max(axis=0) - points.min(axis=0)) / px_per_mm * scale
    fits = [
        size
        for short in (A4_MM, A3_MM)
        for size in (short, short[::-1])
        if span[0] + 2 * LID_MARGIN_MM[0] <= size[0] and span[1] + 2 * LID_MARGIN_MM[0] <= size[1]
    ]
    glass = fits[0] if fits else A3_MM
    fw, fh = round(glass[0] * px_per_mm), round(glass[1] * px_per_mm)
    room = np.maximum(np.array(glass) - span - LID_MARGIN_MM[0], LID_MARGIN_MM[0])
    corner = np.minimum(rng.uniform(LID_MARGIN_MM[0], LID_MARGIN_MM[1], 2), room) * px_per_mm
    offset = corner - points.min(axis=0) * scale
    return (fw, fh), [np.asarray(quad * scale + offset, np.float32) for quad in quads]


def _photographed(
    rng: np.random.Generator, scene: Scene, keep: list[int]
) -> tuple[Image.Image, bytes]:
    """As ``photograph.desk_photo`` does it: desk, light and shadows at half size, each card
    lit in its own pixels, then softness, sensor noise and JPEG."""
    fw, fh = scene.frame
    light = Light.draw(rng, low_light=False)
    half = (fw // 2, fh // 2)
    gain = light.gain(*half)
    background = desk(rng, *half, scene.surface) * light.cast
    darkness = float(rng.uniform(0.25, 0.55))
    shade = np.zeros(half[::-1], np.float32)
    layers = []
    for index in range(len(scene.flats)):
        src = shrunk(scene.flats[index], scene.quads[index])
        h, w = src.shape[:2]
        cast = shadow(
            rng, coverage(w, h, scene.quads[index] / 2, half), side_length(scene.quads[index]) / 2
        )
        if index in keep:
            shade = np.maximum(shade, cast)
            layers.append((src, scene.quads[index]))
    background *= (gain * (1 - darkness * shade))[..., None]
    image = cv2.resize(to_u8(background), (fw, fh), interpolation=cv2.INTER_LINEAR)
    for src, quad in layers:
        image = lay_card(image, src, quad, gain, light)
    image = cv2.GaussianBlur(image, (0, 0), float(rng.uniform(0.5, 1.1)))
    return encode_jpeg(with_noise(rng, image, float(rng.uniform(2, 4))), int(rng.integers(80, 93)))


def _scanned(rng: np.random.Generator, scene: Scene, keep: list[int]) -> np.ndarray:
    """The glass seen by the scanner: the lid's white, each card with the thin shadow its edge
    casts in the scanner's light, faint noise."""
    fw, fh = scene.frame
    lid = float(rng.uniform(225, 252))
    image = np.full((fh, fw, 3), lid, np.uint8)
    edge_shade = float(rng.uniform(25, 60))
    for index in keep:
        quad = scene.quads[index]
        outline = np.zeros((fh, fw), np.uint8)
        cv2.polylines(outline, [quad.astype(np.int32)], True, 255, 3, cv2.LINE_AA)
        shade = cv2.GaussianBlur(outline, (0, 0), 1.5).astype(np.float32) / 255 * edge_shade
        image = to_u8(image.astype(np.float32) - shade[..., None])
        src = shrunk(scene.flats[index], quad)
        flat_gain = np.ones((fh // 2, fw // 2), np.float32)
        image = lay_card(image, src, quad, flat_gain, Light(1.0, 0.0, 0.0, 0.0, np.ones(3)))
    return with_noise(rng, image, float(rng.uniform(1.0, 2.0)))

"""Backgrounds printed behind a card's text: textured stock and photo-like pictures.

All procedural (seeded noise, no image files). Each backdrop is toned the way a designer
tones a picture behind text: darkened under light text or lightened under dark text, so
a person reads every line, while the texture stays busy enough to trouble a binariser.
"""

from __future__ import annotations

import cv2
import numpy as np

from tools.cardgen.desks import desk, smooth_noise

FloatImage = np.ndarray
BACKDROPS = ("kraft", "marble", "linen", "wood", "bokeh", "landscape", "concrete", "blobs")
LIGHT_TEXT = {"bokeh": 1.0, "landscape": 1.0, "blobs": 0.8, "wood": 0.5, "concrete": 0.5}
"""Share of each backdrop toned dark under light text (the rest: light under dark text)."""


def _kraft(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    base = np.array([176, 140, 100], np.float32) * rng.uniform(0.85, 1.1)
    fibres = smooth_noise(rng, h, w, 1.5) * 7 + smooth_noise(rng, h, w, 12) * 6
    streaks = cv2.resize(smooth_noise(rng, h // 6 + 2, 8, 1.2), (w, h)) * 5
    return np.asarray(base + (fibres + streaks)[..., None], np.float32)


def _marble(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, np.pi)
    along = x * np.cos(angle) + y * np.sin(angle)
    warp = smooth_noise(rng, h, w, min(h, w) / 3) * rng.uniform(60, 140)
    warp += smooth_noise(rng, h, w, 40) * 20
    veins = np.abs(np.sin((along + warp) / rng.uniform(60, 140)))
    dark = np.exp(-veins * rng.uniform(8, 20))
    base = rng.uniform(228, 245) + smooth_noise(rng, h, w, min(h, w) / 2) * 6
    grey = base - dark * rng.uniform(60, 120)
    tint = np.array([1.0, 0.99, 0.97], np.float32)
    return np.asarray(grey[..., None] * tint, np.float32)


def _linen(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    colour = np.array([[236, 230, 218], [226, 232, 236], [240, 236, 228]][rng.integers(3)])
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    period = rng.uniform(3, 6)
    threads = np.sin(x * 2 * np.pi / period) + np.sin(y * 2 * np.pi / period * 1.1)
    slubs = smooth_noise(rng, h, w // 8 + 2, 1.5)
    slubs = cv2.resize(slubs, (w, h))
    pattern = 1 + 0.025 * threads + 0.02 * slubs + 0.015 * smooth_noise(rng, h, w, 30)
    return np.asarray(pattern[..., None] * colour.astype(np.float32), np.float32)


def _concrete(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    tone = rng.uniform(130, 175)
    grey = tone + smooth_noise(rng, h, w, min(h, w) / 2) * 18 + smooth_noise(rng, h, w, 12) * 8
    grey += smooth_noise(rng, h, w, 2) * 9
    pits = rng.random((h, w)) < 0.004
    grey[pits] -= 60
    return np.repeat(cv2.GaussianBlur(grey, (0, 0), 0.8)[..., None], 3, axis=2)


def _bokeh(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    top = rng.uniform(10, 60, 3)
    low = rng.uniform(20, 90, 3)
    ramp = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    image = np.broadcast_to(top * (1 - ramp) + low * ramp, (h, w, 3)).astype(np.float32)
    lights = np.zeros((h, w, 3), np.float32)
    for _ in range(int(rng.integers(14, 30))):
        centre = (int(rng.integers(w)), int(rng.integers(h)))
        radius = int(rng.uniform(0.03, 0.12) * w)
        colour = rng.choice([[255, 190, 90], [255, 120, 80], [120, 180, 255], [255, 240, 200]])
        cv2.circle(lights, centre, radius, [float(c) * rng.uniform(0.3, 0.9) for c in colour], -1)
    return np.asarray(image + cv2.GaussianBlur(lights, (0, 0), w * 0.01), np.float32)


def _landscape(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    ramp = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    sky_top = np.array([70, 120, 190], np.float32) * rng.uniform(0.8, 1.1)
    horizon = np.array([rng.uniform(200, 250), rng.uniform(170, 210), 160], np.float32)
    image = np.broadcast_to(sky_top * (1 - ramp) + horizon * ramp, (h, w, 3)).astype(np.float32)
    image = image.copy()
    x = np.arange(w, dtype=np.float32)
    for layer in range(int(rng.integers(2, 4))):
        level = h * (0.45 + 0.15 * layer) + rng.uniform(-0.05, 0.05) * h
        ridge = level + smooth_noise(rng, 1, w, w / rng.uniform(2, 6))[0] * h * 0.12
        ridge += np.sin(x / w * np.pi * rng.uniform(1, 3)) * h * 0.05
        colour = np.array([40, 80, 60], np.float32) * (1 - 0.25 * layer) + rng.uniform(-15, 15, 3)
        below = np.arange(h, dtype=np.float32)[:, None] > ridge[None, :]
        image[below] = colour
    return np.asarray(cv2.GaussianBlur(image, (0, 0), 2.0), np.float32)


def _blobs(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    """Soft colour fields, the abstract gradient pictures of modern print design."""
    palette = rng.uniform(30, 230, (4, 3)).astype(np.float32)
    weights = np.stack([smooth_noise(rng, h, w, min(h, w) / 1.5) for _ in palette]) + 1.2
    weights = weights**3
    weights /= weights.sum(axis=0, keepdims=True)
    return np.asarray(np.einsum("khw,kc->hwc", weights, palette), np.float32)


_MAKERS = {
    "kraft": _kraft,
    "marble": _marble,
    "linen": _linen,
    "bokeh": _bokeh,
    "landscape": _landscape,
    "concrete": _concrete,
    "blobs": _blobs,
}


def _luma(image: FloatImage) -> FloatImage:
    return np.asarray(image @ np.array([0.299, 0.587, 0.114], np.float32), np.float32)


def backdrop(
    rng: np.random.Generator, size: tuple[int, int], kind: str, light_text: bool
) -> np.ndarray:
    """A uint8 RGB background of ``size`` (width, height) and ``kind`` (one of
    ``BACKDROPS``), toned dark under light text or light under dark text."""
    width, height = size
    if kind == "wood":
        image = desk(rng, width, height, "wood")
    else:
        image = _MAKERS[kind](rng, height, width)
    luma = _luma(image)
    if light_text:
        ceiling = rng.uniform(95, 135)
        image = image * min(1.0, ceiling / max(1.0, float(np.percentile(luma, 99))))
    else:
        floor = rng.uniform(150, 185)
        darkest = float(np.percentile(luma, 1))
        if darkest < floor:
            image = 255 - (255 - image) * ((255 - floor) / (255 - darkest))
    return np.asarray(np.clip(image, 0, 255), np.uint8)

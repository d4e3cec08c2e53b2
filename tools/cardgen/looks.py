"""Cards printed all over: a saturated colour, or a textured or photo-like background.

The text is laid out by the ordinary layouts; only the colours change (light text on a
red, blue, green or orange card; dark or light text over a picture, whichever the picture
was toned for) and the paper becomes a picture.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PIL import Image

from tools.cardgen.backdrops import BACKDROPS, LIGHT_TEXT, backdrop
from tools.cardgen.render import Design, Style, design, paint
from tools.cardgen.truth import CardTruth
from tools.cardgen.typeset import RGB

SATURATED: tuple[RGB, ...] = (
    (200, 30, 45), (214, 88, 18), (0, 112, 74), (24, 58, 150), (14, 34, 88), (0, 118, 128),
    (108, 36, 140), (188, 28, 98), (0, 86, 160), (160, 20, 30), (36, 110, 40),
)  # fmt: skip
_WHITES: tuple[RGB, ...] = ((255, 255, 255), (250, 246, 236))
_LIGHT_ACCENTS: tuple[RGB, ...] = ((255, 255, 255), (255, 214, 120), (255, 236, 190))


def _blend(a: RGB, b: RGB, share_of_b: float) -> RGB:
    r, g, bl = (round(x * (1 - share_of_b) + y * share_of_b) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


def _shaded(rng: random.Random, colour: RGB, size: tuple[int, int]) -> Image.Image:
    """The card in its colour: flat, or with the soft gradient or large pale shape of
    print design."""
    width, height = size
    base = np.empty((height, width, 3), np.float32)
    base[:] = colour
    style = rng.choice(("flat", "gradient", "gradient", "shape"))
    if style == "gradient":
        angle = rng.uniform(0, 2 * np.pi)
        y, x = np.mgrid[0:height, 0:width].astype(np.float32)
        along = ((x / width - 0.5) * np.cos(angle) + (y / height - 0.5) * np.sin(angle)) * 2
        base *= (1 + rng.uniform(0.1, 0.25) * along)[..., None]
    elif style == "shape":
        y, x = np.mgrid[0:height, 0:width].astype(np.float32)
        cx, cy = rng.uniform(0.6, 1.1) * width, rng.uniform(-0.2, 1.2) * height
        inside = (x - cx) ** 2 + (y - cy) ** 2 < (rng.uniform(0.4, 0.8) * width) ** 2
        base[inside] *= rng.uniform(1.08, 1.2)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")


def _recoloured(
    ink: RGB, accent: RGB, muted: RGB, paper: RGB, wordmark: str
) -> Callable[[Style], Style]:
    def restyle(st: Style) -> Style:
        return replace(
            st,
            paper=paper,
            ink=ink,
            accent=accent if st.accent != st.ink else ink,
            muted=muted if st.muted != st.ink else ink,
            wordmark=wordmark,
        )

    return restyle


def saturated_card(
    truth: CardTruth, rng: random.Random, wordmark: str = ""
) -> tuple[Image.Image, Design]:
    """``truth`` on a card all in one saturated colour, in white or light text."""
    colour = rng.choice(SATURATED)
    ink = rng.choice(_WHITES)
    accent = rng.choice((*_LIGHT_ACCENTS, _blend(colour, (255, 255, 255), 0.7)))
    muted = _blend(colour, (255, 255, 255), rng.uniform(0.7, 0.85))
    card = design(truth, rng, _recoloured(ink, accent, muted, colour, wordmark))
    canvas = _shaded(rng, colour, (card.style.width, card.style.height))
    return paint(card, canvas), card


def backed_kind(rng: random.Random) -> tuple[str, bool]:
    """A backdrop and whether it is toned for light text, drawn before the truth (whose
    ``dark`` says which)."""
    kind = rng.choice(BACKDROPS)
    return kind, rng.random() < LIGHT_TEXT.get(kind, 0.0)


def backed_card(
    truth: CardTruth, rng: random.Random, kind: str, wordmark: str = ""
) -> tuple[Image.Image, Design]:
    """``truth`` printed over a textured or photo-like backdrop of ``kind``; light text
    when ``truth.dark``."""
    if truth.dark:
        ink, accent, muted = (255, 255, 255), rng.choice(_LIGHT_ACCENTS), (225, 225, 225)
    else:
        ink, muted = (20, 20, 22), (60, 60, 64)
        accent = rng.choice(((20, 20, 22), (120, 30, 30), (20, 50, 110)))
    noise = np.random.default_rng(rng.getrandbits(64))
    pictures: list[np.ndarray] = []

    def restyle(st: Style) -> Style:
        """Make the picture at the card's size: its mean colour is the paper that letters
        cut out of a wordmark show."""
        pictures.append(backdrop(noise, (st.width, st.height), kind, truth.dark))
        r, g, b = (round(float(v)) for v in pictures[0].reshape(-1, 3).mean(axis=0))
        return _recoloured(ink, accent, muted, (r, g, b), wordmark)(st)

    card = design(truth, rng, restyle)
    return paint(card, Image.fromarray(pictures[0], "RGB")), card

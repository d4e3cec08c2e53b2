"""Generated test pictures: a business card drawn with real fonts, laid on a desk and photographed.

The card's corners in the photo are known exactly, so quad finding can be
checked to the pixel, and the text is known, so OCR can be checked word by word.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

FONTS = "/usr/share/fonts/truetype/dejavu/"
EMAIL = "anna.mueller@example.com"
LINES = (
    ("DejaVuSans-Bold.ttf", 56, "Anna Mueller"),
    ("DejaVuSans.ttf", 36, "Head of Procurement"),
    ("DejaVuSerif.ttf", 36, "Example Logistics Ltd"),
    ("DejaVuSans.ttf", 32, EMAIL),
    ("DejaVuSans.ttf", 32, "+44 20 7946 0958"),
    ("DejaVuSans.ttf", 32, "www.example.com"),
)

Image8 = NDArray[np.uint8]


def make_card(
    size: tuple[int, int] = (1050, 600),
    *,
    dark: bool = False,
    lines: tuple[tuple[str, int, str], ...] = LINES,
) -> Image8:
    """A flat card (BGR): text left-aligned in a column, a coloured bar at the top."""
    paper, ink = ((40, 40, 45), (235, 235, 235)) if dark else ((250, 250, 246), (20, 20, 30))
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0], 18), fill=(30, 90, 160))
    y = 60
    scale = size[0] / 1050 if size[0] > size[1] else size[0] / 600
    for font_name, points, text in lines:
        font = ImageFont.truetype(FONTS + font_name, round(points * scale))
        draw.text((round(60 * scale), y), text, font=font, fill=ink)
        y += round(points * scale * 1.45)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


JAPANESE_FONT = "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf"
"""IPA P Gothic (Debian ``fonts-ipafont-gothic``, installed by the setup): kana and kanji, and
Latin letters set proportionally, as Japanese cards set them."""
JAPANESE_LINES = (
    ("株式会社さくら商事", 40),
    ("営業部　部長", 32),
    ("山田　太郎", 60),
    ("Taro Yamada", 30),
    ("TEL 090-1234-5678", 32),
    ("taro@example.com", 32),
)


def make_japanese_card() -> Image8:
    """A Japanese card (BGR): firm, title and name in kana and kanji, the romaji name, a mobile
    number grouped as Japan and Italy both group theirs, and an address at a ``.com``."""
    image = Image.new("RGB", (1050, 600), (250, 250, 246))
    draw = ImageDraw.Draw(image)
    y = 50
    for text, points in JAPANESE_LINES:
        font = ImageFont.truetype(JAPANESE_FONT, points)
        draw.text((70, y), text, font=font, fill=(20, 20, 30))
        y += round(points * 1.55)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def glare(card: Image8, strength: float = 0.85) -> Image8:
    """``card`` under a broad spot of reflected light: towards its middle the paper and the ink
    both fade to white, leaving the print there a faint trace (``strength`` of the way)."""
    height, width = card.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width]
    spot = np.exp(
        -(
            ((xs - 0.45 * width) / (0.35 * width)) ** 2
            + ((ys - 0.55 * height) / (0.3 * height)) ** 2
        )
    )
    share = (strength * spot)[:, :, None]
    return np.asarray(card * (1 - share) + 255 * share, dtype=np.uint8)


def make_band_card(band: tuple[int, int, int]) -> Image8:
    """A light card whose email, phone and website stand in light text on a coloured footer
    (``band`` RGB), as many printed cards have them."""
    lines = LINES[:3]
    image = Image.fromarray(np.ascontiguousarray(make_card(lines=lines)[:, :, ::-1]))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 430, 1050, 600), fill=band)
    font = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 32)
    for (x, y), text in (((60, 450), EMAIL), ((60, 505), "+44 20 7946 0958"),
                         ((560, 505), "www.example.com")):  # fmt: skip
        draw.text((x, y), text, font=font, fill=(245, 245, 240))
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def make_portrait_card() -> Image8:
    """A vertical card: held portrait, its text reads normally."""
    short = (
        ("DejaVuSans-Bold.ttf", 44, "Anna Mueller"),
        ("DejaVuSans.ttf", 28, "Procurement"),
        ("DejaVuSans.ttf", 26, "anna@example.com"),
        ("DejaVuSans.ttf", 26, "+44 20 7946 0958"),
        ("DejaVuSans.ttf", 26, "www.example.com"),
    )
    return make_card((600, 1050), lines=short)


SQUARE_CARD_LINES = ("Tel 010-5938-5945", "kim@example.co.kr")
"""The Latin lines of :func:`make_square_glyph_card`."""


def make_square_glyph_card(seed: int = 0, lines: tuple[str, ...] = SQUARE_CARD_LINES) -> Image8:
    """A card printed mostly in square, Hangul-like syllables, with Latin ``lines`` (a phone
    and an email) below them.

    No Hangul font is installed, so the syllables are drawn from strokes: an initial
    consonant (ㄱ ㅇ ㅁ ㄴ ㅅ) with a vowel beside it (아) or under it (고), and sometimes a final
    consonant below. Syllables like 고 fill only the top of their square, so the densest band
    of a line is at its top and full-height syllables hang below it: to a test of Latin ink
    shape (ascenders above the x-height), the card looks upside down.
    """
    rng = np.random.default_rng(seed)
    card = np.full((600, 1050), 250, np.uint8)
    y = 50
    for size, count in ((64, 3), (40, 9), (34, 12), (34, 14), (30, 16)):
        x = 60
        for _ in range(count):
            _draw_syllable(card, x, y, size, rng)
            x += round(size * 1.12) + (size // 2 if rng.random() < 0.15 else 0)
        y += round(size * 1.6)
    image = Image.fromarray(card)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 28)
    for index, text in enumerate(lines):
        draw.text((60, y + 10 + 45 * index), text, font=font, fill=20)
    return np.ascontiguousarray(cv2.cvtColor(np.asarray(image), cv2.COLOR_GRAY2BGR))


def _draw_syllable(card: Image8, x: int, y: int, size: int, rng: np.random.Generator) -> None:
    """One syllable block in the square of side ``size`` at (x, y)."""

    def at(fx: float, fy: float) -> tuple[int, int]:
        return round(x + fx * size), round(y + fy * size)

    stroke = max(2, size // 11)
    final = rng.random() < 0.3
    if rng.random() < 0.6:  # vowel beside: 아
        bottom = 0.55 if final else 0.95
        _draw_consonant(card, int(rng.integers(5)), at(0.08, 0.1), at(0.5, bottom - 0.05), stroke)
        cv2.line(card, at(0.68, 0.03), at(0.68, bottom), 0, stroke)
        cv2.line(card, at(0.68, bottom / 2), at(0.85, bottom / 2), 0, stroke)
    else:  # vowel under: 고
        _draw_consonant(card, int(rng.integers(5)), at(0.25, 0.05), at(0.75, 0.3), stroke)
        cv2.line(card, at(0.5, 0.33), at(0.5, 0.45), 0, stroke)
        cv2.line(card, at(0.1, 0.47), at(0.9, 0.47), 0, stroke)
    if final:
        _draw_consonant(card, int(rng.integers(5)), at(0.15, 0.66), at(0.85, 0.95), stroke)


def _draw_consonant(
    card: Image8, kind: int, top_left: tuple[int, int], bottom_right: tuple[int, int], stroke: int
) -> None:
    """ㄱ, ㅇ, ㅁ, ㄴ or ㅅ (``kind`` 0-4) filling the box."""
    (x0, y0), (x1, y1) = top_left, bottom_right
    middle = (x0 + x1) // 2
    if kind == 0:
        cv2.polylines(card, [np.array([(x0, y0), (x1, y0), (x1, y1)])], False, 0, stroke)
    elif kind == 1:
        cv2.ellipse(
            card, (middle, (y0 + y1) // 2), ((x1 - x0) // 2, (y1 - y0) // 2), 0, 0, 360, 0, stroke
        )
    elif kind == 2:
        cv2.rectangle(card, (x0, y0), (x1, y1), 0, stroke)
    elif kind == 3:
        cv2.polylines(card, [np.array([(x0, y0), (x0, y1), (x1, y1)])], False, 0, stroke)
    else:
        cv2.polylines(card, [np.array([(x0, y1), (middle, y0), (x1, y1)])], False, 0, stroke)


def background(kind: str, size: tuple[int, int], seed: int = 0) -> Image8:
    """A desk surface (BGR) of ``size`` (width, height): wood, paper, keyboard or dark."""
    rng = np.random.default_rng(seed)
    width, height = size
    if kind == "wood":
        x = np.linspace(0, 30, width)[None, :] + rng.normal(0, 0.3, (height, 1))
        grain = np.sin(x + 3 * np.sin(np.linspace(0, 4, height))[:, None]) * 18
        base = np.array([60, 105, 150], np.float32)  # BGR brown
        image = base + grain[:, :, None] + rng.normal(0, 6, (height, width, 1))
    elif kind == "paper":
        image = np.full((height, width, 3), 228.0) + rng.normal(0, 3, (height, width, 1))
    elif kind == "keyboard":
        image = np.full((height, width, 3), 35, np.uint8)
        key = max(40, width // 30)
        for top in range(0, height, key):
            for left in range(0, width, key):
                cv2.rectangle(
                    image, (left + 4, top + 4), (left + key - 4, top + key - 4), (70, 70, 70), -1
                )
                cv2.putText(
                    image,
                    "ASDF"[(left // key + top // key) % 4],
                    (left + key // 3, top + 2 * key // 3),
                    cv2.FONT_HERSHEY_SIMPLEX,
                    key / 60,
                    (200, 200, 200),
                    2,
                )
    else:
        image = np.full((height, width, 3), 50.0) + rng.normal(0, 4, (height, width, 1))
    return np.clip(image, 0, 255).astype(np.uint8)


@dataclass(frozen=True)
class Photo:
    image: Image8
    corners: NDArray[np.float32]
    """The card's corners in the photo: its top-left, top-right, bottom-right, bottom-left."""


def photograph(
    card: Image8,
    *,
    desk: str = "wood",
    size: tuple[int, int] = (2000, 1500),
    angle: float = 0.0,
    fill: float = 0.45,
    tilt: float = 0.0,
    gradient: float = 0.0,
    shadow: bool = False,
    noise: float = 0.0,
    jpeg: int | None = None,
    seed: int = 0,
) -> Photo:
    """Lay ``card`` on a desk turned by ``angle`` degrees, covering ``fill`` of the photo's width.

    ``tilt`` (0-0.2) foreshortens the far edge as a camera not straight above would.
    """
    rng = np.random.default_rng(seed)
    width, height = size
    ch, cw = card.shape[:2]
    scale = fill * width / max(cw, ch)
    half = np.array([[-cw, -ch], [cw, -ch], [cw, ch], [-cw, ch]], np.float64) * scale / 2
    half[:2, 0] *= 1 - tilt  # far (top) edge shorter
    theta = np.deg2rad(angle)
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    centre = np.array([width / 2, height / 2]) + rng.uniform(-0.05, 0.05, 2) * size
    corners = (half @ rotation.T + centre).astype(np.float32)
    source = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], np.float32)
    homography = cv2.getPerspectiveTransform(source, corners)
    photo = background(desk, size, seed).astype(np.float32)
    if shadow:
        mask = np.zeros((height, width), np.float32)
        cv2.fillConvexPoly(mask, (corners + np.float32([25, 30])).astype(np.int32), 1.0)
        mask = cv2.GaussianBlur(mask, (0, 0), 25)
        photo *= (1 - 0.45 * mask)[:, :, None]
    warped = cv2.warpPerspective(card, homography, size, flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(
        np.full((ch, cw), 255, np.uint8), homography, size, flags=cv2.INTER_AREA
    )
    alpha = (inside.astype(np.float32) / 255)[:, :, None]
    photo = photo * (1 - alpha) + warped.astype(np.float32) * alpha
    if gradient:
        ramp = np.linspace(1.0, 1.0 - gradient, width, dtype=np.float32)[None, :, None]
        photo *= ramp
    if noise:
        photo += rng.normal(0, noise, photo.shape).astype(np.float32)
    image = np.clip(photo, 0, 255).astype(np.uint8)
    if jpeg is not None:
        ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
        assert ok
        image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    return Photo(image, corners)


def cardgen_photo(seed: int, index: int, kind: str = "desk") -> Photo:
    """Image ``index`` of the ``tools.cardgen`` set made with ``--seed seed``, made alone:
    its desks, light and effects are richer than :func:`photograph`'s."""
    from tools.cardgen.dataset import sample_photo

    photo, _, _ = sample_photo(seed, index, kind)
    image = np.ascontiguousarray(np.asarray(photo.image.convert("RGB"))[:, :, ::-1])
    return Photo(image, np.array(photo.corners, np.float32))

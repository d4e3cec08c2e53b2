"""Test photos of the scenes real photos showed the card finder failing on (issue 13).

A card on a printed page, partly over another card, cut by the photo's edge,
upright in a portrait photo, and flat scans with a large printed logo box or a small
turned emblem.
Each scene knows where the card's corners are (a corner may lie outside the
frame), so a test can check that the whole card was taken, not a box printed
on it, the page under it or the desk beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

from tests.reading.synth import EMAIL, FONTS, Image8, background, make_card

Corners = NDArray[np.float32]

WORDS = (
    "annual", "report", "exhibition", "partners", "programme", "venue", "hall", "registration",
    "opening", "keynote", "session", "network", "logistics", "regional", "council", "forum",
)  # fmt: skip


SCAN_LINES = (
    ("DejaVuSans-Bold.ttf", 44, "Anna Mueller"),
    ("DejaVuSans.ttf", 26, "Head of Procurement"),
    ("DejaVuSans.ttf", 24, EMAIL),
    ("DejaVuSans.ttf", 24, "+44 20 7946 0958"),
    ("DejaVuSans.ttf", 24, "www.example.com"),
)
"""The text of the flat scans with a printed logo: a name, a role and three contact lines."""


@dataclass(frozen=True)
class Scene:
    image: Image8
    corners: Corners
    """The card's corners in the photo: its top-left, top-right, bottom-right, bottom-left."""


def boxed_card() -> Image8:
    """A light card with a thin frame printed inside its edge, as many printed cards have."""
    card = make_card()
    height, width = card.shape[:2]
    cv2.rectangle(card, (30, 48), (width - 31, height - 31), (120, 70, 20), 4)
    return card


def card_corners(
    centre: tuple[float, float], length: float, angle: float, aspect: float = 1.75
) -> Corners:
    """Corners of a card ``length`` px long turned ``angle`` degrees about ``centre``."""
    half = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float64)
    half *= np.array([length / 2, length / aspect / 2])
    theta = np.deg2rad(angle)
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    return (half @ rotation.T + np.array(centre)).astype(np.float32)


def lay(ground: Image8, card: Image8, corners: Corners, *, shadow: float = 0.25) -> Image8:
    """``card`` laid on ``ground`` at ``corners``, with a soft shadow cast down and right."""
    height, width = card.shape[:2]
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    size = (ground.shape[1], ground.shape[0])
    photo = ground.astype(np.float32)
    if shadow:
        mask = np.zeros(ground.shape[:2], np.float32)
        cv2.fillConvexPoly(mask, (corners + np.float32([8, 10])).astype(np.int32), 1.0)
        photo *= (1 - shadow * cv2.GaussianBlur(mask, (0, 0), 8))[:, :, None]
    warped = cv2.warpPerspective(card, matrix, size, flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, size)
    alpha = (inside.astype(np.float32) / 255)[:, :, None]
    return np.clip(photo * (1 - alpha) + warped * alpha, 0, 255).astype(np.uint8)


def printed_page(size: tuple[int, int], seed: int = 0) -> Image8:
    """A page (BGR) of ``size`` filling the frame: a heading, two columns of text, a chart."""
    rng = np.random.default_rng(seed)
    width, height = size
    page = Image.new("RGB", size, (232, 232, 228))
    draw = ImageDraw.Draw(page)
    heading = ImageFont.truetype(FONTS + "DejaVuSans-Bold.ttf", height // 22)
    body = ImageFont.truetype(FONTS + "DejaVuSans.ttf", height // 55)
    draw.text((width // 12, height // 30), "Regional Industry Forum 2024", font=heading,
              fill=(40, 40, 60))  # fmt: skip
    step = round(height / 55 * 1.6)
    for column in range(2):
        left = width // 12 + column * width // 2
        for top in range(height // 7, height - step, step):
            line = " ".join(rng.choice(WORDS, 5))
            draw.text((left, top), line, font=body, fill=(45, 45, 50))
    radius = height // 9
    centre = (width - radius * 2, height // 2)
    box = (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius)
    for start, colour in ((0, (220, 40, 140)), (140, (120, 90, 170)), (250, (150, 150, 150))):
        draw.pieslice(box, start, start + 110, fill=colour)
    return np.ascontiguousarray(np.asarray(page)[:, :, ::-1])


def card_on_printed_page(seed: int = 0) -> Scene:
    """A framed light card on a page of text that fills the photo: the page's text runs up to
    the card's faint edge, and the card's own printed frame is a sharper outline inside it."""
    ground = printed_page((2000, 1500), seed)
    corners = card_corners((1050, 760), 900, 12 + seed)
    return Scene(lay(ground, boxed_card(), corners, shadow=0.15), corners)


def card_over_another_card(seed: int = 0) -> Scene:
    """A light card on wood over two coloured cards turned 2° and 4° from it about its
    top-right corner, so wedges of them show along two of its sides (cards left in a pile)."""
    ground = background("wood", (2000, 1500), seed)
    centre, length, angle = (1000.0, 760.0), 1000.0, -25.0 + 2 * seed
    for colour, turn in (((40, 60, 200), 4.0), ((40, 170, 210), 2.0)):
        under = make_card()
        under[:] = colour
        corners = card_corners(centre, length, angle + turn)
        ground = lay(ground, under, corners + (corners[1] - card_corners(centre, length, angle)[1]))
    corners = card_corners(centre, length, angle)
    return Scene(lay(ground, make_card(), corners), corners)


def scan_with_logo_box() -> Image8:
    """A flat scan of a card whose logo is a framed panel of card shape covering 30% of it."""
    card = make_card((1400, 800), lines=SCAN_LINES)
    cv2.rectangle(card, (600, 200), (1360, 640), (160, 90, 30), -1)
    cv2.rectangle(card, (640, 236), (1320, 604), (250, 250, 246), -1)
    cv2.putText(card, "LOGISTICS", (700, 460), cv2.FONT_HERSHEY_DUPLEX, 3.0, (160, 90, 30), 8)
    return card


def scan_with_turned_emblem() -> Image8:
    """A flat scan of a card whose logo is a small card-shaped badge turned 20°, covering about
    6% of the card, with the card's text all around it."""
    card = make_card((1400, 800), lines=SCAN_LINES)
    outer = card_corners((1100, 420), 340, 20, aspect=1.6).astype(np.int32)
    inner = card_corners((1100, 420), 300, 20, aspect=1.8).astype(np.int32)
    cv2.fillConvexPoly(card, outer, (160, 90, 30))
    cv2.fillConvexPoly(card, inner, (250, 250, 246))
    cv2.putText(card, "AM", (1040, 450), cv2.FONT_HERSHEY_DUPLEX, 2.0, (160, 90, 30), 6)
    return card


def scan_with_qr_code() -> Image8:
    """A flat scan of a card with a QR code in its lower right corner, about 8% of the card:
    a block of ink whose finder squares give it edges inside, like two cards side by side
    (a real scan's QR code was cut into two "cards" so)."""
    card = make_card((1600, 1000), lines=SCAN_LINES)
    modules = np.random.default_rng(3).random((29, 29)) < 0.5
    for row, column in ((0, 0), (0, 22), (22, 0)):
        modules[row : row + 7, column : column + 7] = True
        modules[row + 1 : row + 6, column + 1 : column + 6] = False
        modules[row + 2 : row + 5, column + 2 : column + 5] = True
    block = np.where(np.kron(modules, np.ones((12, 12), bool)), 20, 250).astype(np.uint8)
    card[600:948, 1200:1548] = block[..., None]
    return card


def card_cut_by_frame(seed: int = 0) -> Scene:
    """A card on wood whose top-right corner lies outside the photo (by about 80 px)."""
    ground = background("wood", (2000, 1500), seed)
    corners = card_corners((1440, 520), 1150, 14 + seed)
    return Scene(lay(ground, make_card(), corners), corners)


def upright_card_in_portrait_photo(seed: int = 0) -> Scene:
    """A portrait photo (3:4) of a landscape card standing upright, taken from beside it: the
    card's short sides are foreshortened, so it looks longer than a card (2.4 : 1)."""
    ground = background("dark", (1500, 2000), seed)
    left, top = 480.0 + 20 * seed, 330.0
    corners = np.array(
        [[left, top + 1300], [left, top], [left + 560, top + 50], [left + 560, top + 1250]],
        np.float32,
    )
    return Scene(lay(ground, make_card(), corners), corners)


def card_file_with_leaning_picture() -> Image8:
    """A card as a file (the image is the card, with no edge of its own) printed with a leaning
    four-sided picture at its left: the picture looks like a card on a desk."""
    card = make_card(lines=())
    card[:] = (246, 250, 250)
    picture = np.array([[150, 100], [380, 140], [350, 560], [30, 500]], np.int32)
    cv2.fillConvexPoly(card, picture, (160, 170, 150))
    cv2.ellipse(card, (220, 330), (70, 110), 10, 0, 360, (235, 240, 240), -1)
    image = Image.fromarray(np.ascontiguousarray(card[:, :, ::-1]))
    draw = ImageDraw.Draw(image)
    y = 60
    for name, points, text in (
        ("DejaVuSans-Bold.ttf", 48, "Anna Mueller"),
        ("DejaVuSans.ttf", 30, "Head of Procurement"),
        ("DejaVuSans.ttf", 27, EMAIL),
        ("DejaVuSans.ttf", 27, "+44 20 7946 0958"),
        ("DejaVuSans.ttf", 27, "www.example.com"),
    ):
        draw.text((440, y), text, font=ImageFont.truetype(FONTS + name, points), fill=(20, 20, 30))
        y += round(points * 1.5)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def card_on_a_packet_cut_by_frame(seed: int = 0) -> Scene:
    """A light card lying on a grey-blue packet on wood; the packet, twice the card's size,
    runs out of the photo past its top edge, the card lies wholly in view (a card clipped
    to a folder or left on a book)."""
    ground = background("wood", (1500, 2000), seed)
    packet = np.full((900, 1500, 3), (150, 120, 100), np.uint8)
    packet_corners = card_corners((780, 640), 1500, 70 + seed, aspect=1.6)
    ground = lay(ground, packet, packet_corners)
    corners = card_corners((780, 760), 700, 75 + seed)
    return Scene(lay(ground, make_card(), corners), corners)

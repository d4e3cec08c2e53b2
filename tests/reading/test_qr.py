"""QR codes are read off generated cards, flat and as a 720p webcam sees them."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from cardkeeper.reading.qr import decode_qr
from tools.cardgen import make_card
from tools.cardgen.qr_code import vcard_for, with_qr_code

FRAME = (1280, 720)
DESK_BGR = (70, 90, 110)
CARD_IN_FRAME = 0.72
"""Share of the frame's width the card covers: a card laid under a desk webcam."""


def _bgr(image: Image.Image) -> NDArray[np.uint8]:
    return np.asarray(cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2BGR))


def _in_frame(card: NDArray[np.uint8], turn_degrees: float = 3.0) -> NDArray[np.uint8]:
    """The card on a desk in a 1280x720 frame: turned, its far edge shorter (the camera
    looks down at a slant), slightly out of focus and with sensor noise."""
    height, width = card.shape[:2]
    half_w = CARD_IN_FRAME * FRAME[0] / 2
    half_h = half_w * height / width
    slant = 0.03 * half_w
    outline = [
        (-half_w + slant, -half_h),
        (half_w - slant, -half_h),
        (half_w, half_h),
        (-half_w, half_h),
    ]
    turn = math.radians(turn_degrees)
    corners = [
        (
            FRAME[0] / 2 + x * math.cos(turn) - y * math.sin(turn),
            FRAME[1] / 2 + x * math.sin(turn) + y * math.cos(turn),
        )
        for x, y in outline
    ]
    source = np.array([(0, 0), (width, 0), (width, height), (0, height)], dtype=np.float32)
    warp = cv2.getPerspectiveTransform(source, np.array(corners, dtype=np.float32))
    frame = np.full((FRAME[1], FRAME[0], 3), DESK_BGR, dtype=np.uint8)
    cv2.warpPerspective(
        card, warp, FRAME, dst=frame, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT
    )
    blurred = cv2.GaussianBlur(frame, (0, 0), 0.6)
    noise = np.random.default_rng(0).normal(0, 4, frame.shape)
    return np.clip(blurred + noise, 0, 255).astype(np.uint8)


@pytest.fixture(scope="module")
def card_with_vcard() -> tuple[NDArray[np.uint8], str]:
    """A dark card (seed 0 lays its name out at the bottom left, so the corner is free)."""
    card, truth = make_card(0)
    payload = vcard_for(truth)
    return _bgr(with_qr_code(card, payload)), payload


def test_a_vcard_code_on_a_flat_card_is_read_exactly(
    card_with_vcard: tuple[NDArray[np.uint8], str],
) -> None:
    card, payload = card_with_vcard
    assert decode_qr(card) == [payload]


@pytest.mark.parametrize("turn", [3.0, -2.0])
def test_a_vcard_code_is_read_from_a_webcam_frame_of_the_card(
    card_with_vcard: tuple[NDArray[np.uint8], str], turn: float
) -> None:
    card, payload = card_with_vcard
    frame = _in_frame(card, turn)
    assert frame.shape == (720, 1280, 3)
    assert decode_qr(frame) == [payload]


def test_a_code_with_large_modules_is_read_as_it_lies() -> None:
    """A short link is a small code: modules 8+ pixels wide, read without rectifying."""
    card, _ = make_card(7)
    assert decode_qr(_bgr(with_qr_code(card, "https://example.com"))) == ["https://example.com"]


def test_every_code_on_a_card_is_read_once() -> None:
    card, truth = make_card(0)
    payload = vcard_for(truth)
    both = with_qr_code(with_qr_code(card, payload), "https://example.com", "top_right")
    assert sorted(decode_qr(_bgr(both))) == sorted([payload, "https://example.com"])


def test_a_card_without_a_code_gives_nothing() -> None:
    card, _ = make_card(0)
    assert decode_qr(_in_frame(_bgr(card))) == []


@pytest.mark.parametrize(
    "image",
    [
        np.zeros((1, 1, 3), dtype=np.uint8),
        np.full((720, 1280, 3), 255, dtype=np.uint8),
        np.random.default_rng(1).integers(0, 256, (480, 640, 3), dtype=np.uint8),
        np.zeros((300, 400), dtype=np.uint8),
    ],
    ids=["one pixel", "white", "noise", "grey"],
)
def test_images_without_a_code_give_nothing_and_do_not_raise(image: NDArray[np.uint8]) -> None:
    assert decode_qr(image) == []

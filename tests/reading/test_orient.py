"""Which way up: every quarter turn of landscape, portrait and dark cards."""

from __future__ import annotations

import time

import cv2
import pytest

from cardkeeper.reading.orient import detect_orientation, rotate
from cardkeeper.reading.prepare import prepare
from tests.reading.synth import make_card, make_portrait_card


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
@pytest.mark.parametrize("kind", ["landscape", "portrait", "dark", "small"])
def test_finds_the_turn_that_makes_text_upright(kind: str, turn: int) -> None:
    card = {
        "landscape": make_card,
        "portrait": make_portrait_card,
        "dark": lambda: make_card(dark=True),
        "small": lambda: cv2.resize(make_card(), (500, 286), interpolation=cv2.INTER_AREA),
    }[kind]()
    prepared = prepare(rotate(card, turn)).image
    start = time.perf_counter()
    orientation = detect_orientation(prepared)
    elapsed = time.perf_counter() - start
    assert orientation.rotation == (360 - turn) % 360
    assert orientation.confident
    assert elapsed < 0.2  # ~20 ms measured


def test_a_portrait_card_stays_portrait() -> None:
    card = make_portrait_card()
    assert detect_orientation(prepare(card).image).rotation == 0


def test_blank_card_is_left_alone_and_not_confident() -> None:
    blank = make_card(lines=())
    orientation = detect_orientation(prepare(blank).image)
    assert orientation.rotation == 0 and not orientation.confident

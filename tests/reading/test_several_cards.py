"""Several cards in one photo or scan: each found and flattened, in reading order; one card
stays one; cards lying too close to tell apart are reported, not lost."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from cardkeeper.reading.find_card import CardFind, find_card
from cardkeeper.reading.load import load_image, load_image_bytes
from cardkeeper.reading.pipeline import CardReading, read_photo
from cardkeeper.reading.several_cards import Place, Unseparated, find_cards, reading_order
from tests.card_files import write_overlapping_sheet, write_sheet
from tests.reading.scenes import card_over_another_card, scan_with_logo_box, scan_with_qr_code
from tests.reading.synth import cardgen_photo
from tools.cardgen.sheets import SheetCard, sheet

SAME_CARD = 0.85
"""Least share of the card (and of the outline found) that the two have in common: a band
printed along a card's edge that the outline leaves out is a tenth of it."""


@pytest.mark.parametrize(
    ("seed", "count", "surface", "touching"),
    [
        (1, 4, "desk", False),
        (2, 8, "desk", False),
        (9, 10, "desk", False),
        (3, 10, "lid", False),
        (8, 2, "lid", False),
        (4, 3, "desk", True),
        (5, 5, "lid", True),
        (10, 7, "desk", True),
    ],
)
def test_every_card_of_a_sheet_is_found_once_in_reading_order(
    seed: int, count: int, surface: str, touching: bool
) -> None:
    made = sheet(seed, count, surface, touching=touching)
    image = load_image_bytes(made.data, f"sheet{made.suffix}")
    scale = image.shape[1] / made.image.width

    places = find_cards(image)

    assert len(places) == count
    _each_on_its_card(places, made.cards, scale)


@pytest.mark.parametrize(("seed", "count"), [(16, 8), (2, 10), (22, 10)])
def test_a_dark_card_on_a_dark_desk_is_found_beside_its_row(seed: int, count: int) -> None:
    """A black card on a dark patterned desk (16/8), a dark red one on a dark desk (2/10) and
    two dark grey ones a few levels off a dark grey desk (22/10) show in no map of the whole
    photo; in the empty stretches of their rows they stand out."""
    made = sheet(seed, count, "desk")
    image = load_image_bytes(made.data, f"sheet{made.suffix}")
    scale = image.shape[1] / made.image.width

    places = find_cards(image)

    assert len(places) == count
    _each_on_its_card(places, made.cards, scale)


def _each_on_its_card(places: list[Place], cards: list[SheetCard], scale: float) -> None:
    """Each place is a card of the sheet lying over the generated card at its index."""
    for place, card in zip(places, cards, strict=True):
        assert isinstance(place, CardFind) and place.kind == "sheet" and place.quad is not None
        truth = np.array(card.corners, np.float32) * scale
        shared, _ = cv2.intersectConvexConvex(place.quad, truth)
        assert shared > SAME_CARD * max(cv2.contourArea(place.quad), cv2.contourArea(truth))


def test_things_too_small_to_be_read_as_cards_are_not_a_sheet() -> None:
    """A small scan of one card (640 px) with a portrait and a logo box printed on it was
    taken as a sheet of five "cards" of 60 px: the same size of things, found in a sheet
    shrunk to that width, is no sheet either, but the one card the finder always gave."""
    made = sheet(2, 8, "desk")
    image = load_image_bytes(made.data, f"sheet{made.suffix}")
    small = cv2.resize(image, None, fx=640 / image.shape[1], fy=640 / image.shape[1])

    (place,) = find_cards(np.ascontiguousarray(small))

    assert isinstance(place, CardFind) and place.kind != "sheet"


@pytest.mark.parametrize(
    ("seed", "count", "laid"),
    [
        pytest.param(12, 4, "an L", id="sheet of four, a lying card against an upright one"),
        pytest.param(1, 2, "an L", id="an upright card against a lying one, alone"),
        pytest.param(5, 2, "an L", id="a lying card against an upright one, alone"),
        pytest.param(8, 2, "end to end", id="two lying cards end to end, alone"),
    ],
)
def test_cards_lying_edge_to_edge_are_cut_apart(seed: int, count: int, laid: str) -> None:
    """Two cards touching join into one outline: an L where a lying card meets an upright
    one (reported as cards not told apart before it was cut at its notch), or a 3 : 1 strip
    end to end; in a photo of just the two, the one-card rules took one of them, or a quad
    across both, and the other was lost."""
    made = sheet(seed, count, "desk", touching=True)
    image = load_image_bytes(made.data, "sheet.jpg")
    scale = image.shape[1] / made.image.width
    wide = [
        np.ptp(np.array(card.corners)[:, 0]) > np.ptp(np.array(card.corners)[:, 1])
        for card in made.cards[:2]
    ]
    assert (wide[0] != wide[1]) == (laid == "an L")

    places = find_cards(image)

    assert len(places) == count
    _each_on_its_card(places, made.cards, scale)


def test_cards_one_lying_over_another_are_reported_not_dropped(tmp_path: Path) -> None:
    path, _ = write_overlapping_sheet(tmp_path, 12, 4)
    image = load_image(path)

    places = find_cards(image)

    assert [type(place) for place in places] == [Unseparated, CardFind, CardFind]
    assert [place.kind for place in places[1:] if isinstance(place, CardFind)] == ["sheet"] * 2


@pytest.mark.parametrize(
    "image",
    [
        pytest.param(scan_with_logo_box, id="scan with a card-shaped logo box"),
        pytest.param(scan_with_qr_code, id="scan with a QR code"),
        pytest.param(lambda: card_over_another_card().image, id="card over two others"),
        pytest.param(lambda: cardgen_photo(7, 1).image, id="desk photo"),
        pytest.param(lambda: cardgen_photo(7, 2, "photo_backed").image, id="photo-backed card"),
        pytest.param(lambda: cardgen_photo(7, 3, "band").image, id="card with a band"),
        pytest.param(lambda: cardgen_photo(7, 4, "paper").image, id="card on a printed page"),
    ],
)
def test_one_card_stays_one_card_found_as_before(image: object) -> None:
    picture = image()  # type: ignore[operator]

    places = find_cards(picture)

    assert len(places) == 1
    alone, before = places[0], find_card(picture)
    assert isinstance(alone, CardFind) and alone.kind == before.kind
    if before.quad is None:
        assert alone.quad is None
    else:
        assert alone.quad is not None and np.allclose(alone.quad, before.quad)


def test_reading_order_is_rows_from_the_top_then_left_to_right() -> None:
    def card(x: float, y: float, turn: float) -> np.ndarray:
        corners = np.array([[0, 0], [170, 0], [170, 110], [0, 110]], np.float32)
        theta = np.radians(turn)
        rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
        return np.asarray(corners @ rotation.T + (x, y), np.float32)

    # A loose layout: the second row's middle card pushed up, the first row's right one down.
    laid = [
        card(420, 40, 4),
        card(20, 20, -3),
        card(230, 150, 2),
        card(20, 170, 5),
        card(220, 0, 0),
    ]

    assert reading_order(laid) == [1, 4, 0, 3, 2]


def test_each_card_of_a_photo_is_read_with_its_own_details(tmp_path: Path) -> None:
    path, truths = write_sheet(tmp_path, 2, 3)

    readings = read_photo(path)

    assert all(isinstance(reading, CardReading) for reading in readings)
    emails = [[e.value for e in r.fields.emails] for r in readings if isinstance(r, CardReading)]
    assert emails == [truth.emails for truth in truths]
    sizes = [r.card_image.shape for r in readings if isinstance(r, CardReading)]
    whole = load_image(path).shape
    assert all(size[0] * size[1] < whole[0] * whole[1] / 4 for size in sizes)


def test_a_place_not_told_apart_is_read_as_a_sentence_in_its_place(tmp_path: Path) -> None:
    path, truths = write_overlapping_sheet(tmp_path, 12, 4)

    readings = read_photo(path)

    assert isinstance(readings[0], str) and "could not be told apart" in readings[0]
    assert [isinstance(reading, CardReading) for reading in readings[1:]] == [True, True]
    emails = [r.fields.emails[0].value for r in readings[1:] if isinstance(r, CardReading)]
    assert emails == [truth.emails[0] for truth in truths[2:]]


def test_two_cards_lying_edge_to_edge_alone_are_each_read(tmp_path: Path) -> None:
    path, truths = write_sheet(tmp_path, 8, 2, touching=True)

    readings = read_photo(path)

    # Names printed in capitals are read in natural case.
    names = [r.fields.name for r in readings if isinstance(r, CardReading)]
    read = [name.full.value.casefold() if name else "" for name in names]
    assert read == [truth.name.casefold() for truth in truths]

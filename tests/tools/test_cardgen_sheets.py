"""Generated sheets of several cards: laid in rows without overlapping, inside the picture, in
reading order, reproducible, and shootable with only some of their cards."""

from __future__ import annotations

import io
import itertools

import cv2
import numpy as np
import pytest
from PIL import Image

from tools.cardgen.sheets import LID_DPI, make_scene, sheet, shoot


@pytest.mark.parametrize(("count", "surface"), [(2, "desk"), (7, "desk"), (10, "lid"), (5, "lid")])
def test_cards_lie_apart_inside_the_picture_in_reading_order(count: int, surface: str) -> None:
    made = sheet(31, count, surface)
    width, height = made.image.size
    quads = [np.array(card.corners, np.float32) for card in made.cards]

    assert len(quads) == count
    for quad in quads:
        assert (quad >= 0).all() and (quad[:, 0] < width).all() and (quad[:, 1] < height).all()
    for one, other in itertools.pairwise(quads):
        shared, _ = cv2.intersectConvexConvex(one, other)
        assert shared < 1.0
    centres = np.array([quad.mean(axis=0) for quad in quads])
    card_height = float(np.median([np.ptp(quad[:, 1]) for quad in quads]))
    for before, after in itertools.pairwise(centres):
        same_row = abs(after[1] - before[1]) < card_height / 2
        assert after[0] > before[0] if same_row else after[1] > before[1]


def test_a_desk_sheet_is_a_phone_jpeg_and_a_lid_sheet_a_300_dpi_png() -> None:
    desk, lid = sheet(4, 4, "desk"), sheet(4, 4, "lid")

    assert desk.suffix == ".jpg" and desk.data[:2] == b"\xff\xd8"
    assert max(desk.image.size) >= 3264
    assert lid.suffix == ".png" and Image.open(io.BytesIO(lid.data)).format == "PNG"
    long_side = max(np.linalg.norm(np.subtract(c.corners[1], c.corners[0])) for c in lid.cards)
    assert long_side == pytest.approx(85 / 25.4 * LID_DPI, rel=0.05)  # a card is 85 mm long


def test_two_touching_cards_share_an_edge() -> None:
    made = sheet(6, 3, "desk", touching=True)
    first, second = (np.array(card.corners) for card in made.cards[:2])

    assert np.linalg.norm(first[1] - second[0]) < 2.0  # top-right of one, top-left of the next
    side = (first[2] - first[1]) / np.linalg.norm(first[2] - first[1])
    offset = second[3] - first[1]
    assert abs(offset[0] * side[1] - offset[1] * side[0]) < 2.0  # the one's right side is the
    # other's left side: they touch all along it


def test_the_same_seed_gives_the_same_sheet_and_a_card_alone_lies_where_it_lay() -> None:
    scene = make_scene(8, 4, "desk")
    whole, again, alone = shoot(scene), shoot(make_scene(8, 4, "desk")), shoot(scene, [2])

    assert whole.data == again.data
    assert [c.truth for c in whole.cards] != [c.truth for c in sheet(9, 4, "desk").cards]
    assert alone.cards == [whole.cards[2]]
    centre = np.mean(whole.cards[2].corners, axis=0).astype(int)
    patch = np.s_[centre[1] - 40 : centre[1] + 40, centre[0] - 40 : centre[0] + 40]
    difference = np.abs(
        np.asarray(whole.image, np.int16)[patch] - np.asarray(alone.image, np.int16)[patch]
    )
    assert difference.mean() < 1.0
    other = np.mean(whole.cards[0].corners, axis=0).astype(int)
    assert np.asarray(alone.image)[other[1], other[0]].tolist() != (
        np.asarray(whole.image)[other[1], other[0]].tolist()
    )


def test_a_sheet_holds_two_to_ten_cards() -> None:
    with pytest.raises(ValueError, match="2 to 10"):
        make_scene(1, 11, "desk")
    with pytest.raises(ValueError, match="surface"):
        make_scene(1, 3, "floor")

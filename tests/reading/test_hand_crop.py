"""The card where the user put its corners on the photo they turned."""

from __future__ import annotations

import numpy as np

from cardkeeper.reading.hand_crop import WHOLE, hand_crop, is_whole


def test_the_whole_photo_is_read_as_a_scan() -> None:
    photo = np.zeros((300, 500, 3), np.uint8)
    found = hand_crop(photo, WHOLE)
    assert found.kind == "scan" and found.quad is None and found.card is photo
    assert is_whole(((0.001, 0.0), (1.0, 0.0), (1.0, 0.999), (0.0, 1.0)))


def test_corners_cut_out_and_flatten_that_part() -> None:
    photo = np.zeros((300, 500, 3), np.uint8)
    photo[60:240, 100:400] = 255  # the card, white on black
    corners = ((0.2, 0.2), (0.8, 0.2), (0.8, 0.8), (0.2, 0.8))
    found = hand_crop(photo, corners)
    assert found.kind == "photo" and found.quad is not None
    height, width = found.card.shape[:2]
    assert abs(width - 300) <= 2 and abs(height - 180) <= 2
    assert found.card.mean() > 250

"""The generated cards of ``bench.scripts`` as the bench writes, loads and finds them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.find_card import find_card
from cardkeeper.reading.load import load_image
from tools.cardgen.script_cards import script_sample


def generated_card(folder: Path, seed: int, code: str, kind: str) -> NDArray[np.uint8]:
    """Card ``seed % 1000`` of ``bench.scripts --seed seed // 1000`` in ``code``'s script,
    a flat scan (``kind`` "scan") or a desk photo ("desk"), cut out of its image."""
    photo, _ = script_sample(seed, code, kind)
    path = folder / f"{code}-{seed}.{'jpg' if photo.jpeg else 'png'}"
    if photo.jpeg:
        path.write_bytes(photo.jpeg)
    else:
        photo.image.save(path)
    return find_card(load_image(path)).card

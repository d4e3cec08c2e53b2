"""One flat card and its truth from a seed: the entry point for tests of other parts."""

from __future__ import annotations

import random

from PIL import Image

from tools.cardgen.locales import LOCALES
from tools.cardgen.people import make_truth
from tools.cardgen.render import LAYOUTS, render
from tools.cardgen.truth import CardTruth

DARK_SHARE = 0.2


def make_card(
    seed: int | str,
    locale: str | None = None,
    layout: str | None = None,
    dark: bool | None = None,
) -> tuple[Image.Image, CardTruth]:
    """The flat card (RGB, ~300 dpi) and what is printed on it, the same for the same arguments.

    The defaults are drawn first and then overridden, so fixing one argument does not change
    the random stream behind the others.
    """
    rng = random.Random(seed)
    drawn_locale = rng.choice(sorted(LOCALES))
    drawn_layout = rng.choice(LAYOUTS)
    drawn_dark = rng.random() < DARK_SHARE
    truth = make_truth(
        rng,
        locale or drawn_locale,
        layout or drawn_layout,
        drawn_dark if dark is None else dark,
    )
    return render(truth, rng), truth

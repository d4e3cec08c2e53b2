"""``python -m tools.make_sample_card``: rebuild the sample card the empty library offers.

The sample is a desk photo of a fictional person's card, made with the card generator so
the shipped binary can be regenerated and checked instead of trusted. Its domain is under
``.example`` (RFC 2606), so the card can never point at a real company, and its phone is
in the 555-01xx range set aside for fiction.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image

from tools.cardgen.photograph import desk_photo
from tools.cardgen.render import render
from tools.cardgen.truth import CardTruth, TruthPhone

OUT = Path(__file__).resolve().parents[1] / "src" / "cardkeeper" / "resources" / "sample-card.jpg"
CARD_STYLE_SEED = 7
"""Fonts and colours: a navy, centred card with the company on top."""
PHOTO_SEED = 6
"""A light paper desk, card turned 16°; every field reads right (tests/gui/test_empty_state.py)."""
LONG_SIDE = 1600
"""Keeps the file near 170 KB; the card text stays large enough to read."""

SAMPLE = CardTruth(
    locale="US",
    layout="centred",
    dark=False,
    name="Nora Whitfield",
    given_name="Nora",
    family_name="Whitfield",
    title="Head of Partnerships",
    company="Harbor & Finch Design",
    emails=["nora.whitfield@harborfinch.example"],
    phones=[TruthPhone("work", "+14155550132", "(415) 555-0132", "Tel")],
    websites=["www.harborfinch.example"],
    address_lines=["220 Harbor Street", "San Francisco, CA 94107"],
)


def make_sample(out: Path = OUT) -> Path:
    """Write the sample photo to ``out``; the same bytes every run with the same libraries."""
    card = render(SAMPLE, random.Random(CARD_STYLE_SEED))
    photo = desk_photo(card, np.random.default_rng(PHOTO_SEED)).image
    photo.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
    out.parent.mkdir(parents=True, exist_ok=True)
    photo.save(out, quality=85, optimize=True)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.make_sample_card", description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=OUT, help=f"default: {OUT}")
    args = parser.parse_args(argv)
    written = make_sample(args.out)
    print(f"wrote {written} ({written.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The TrueType faces cards are set in: only DejaVu and Liberation, which setup installs."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype")


@dataclass(frozen=True)
class Family:
    regular: str
    bold: str
    italic: str


FAMILIES: dict[str, Family] = {
    "dejavu-sans": Family(
        "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"
    ),
    "dejavu-serif": Family(
        "dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"
    ),
    "dejavu-condensed": Family(
        "dejavu/DejaVuSansCondensed.ttf",
        "dejavu/DejaVuSansCondensed-Bold.ttf",
        "dejavu/DejaVuSansCondensed-Oblique.ttf",
    ),
    "dejavu-mono": Family(
        "dejavu/DejaVuSansMono.ttf",
        "dejavu/DejaVuSansMono-Bold.ttf",
        "dejavu/DejaVuSansMono-Oblique.ttf",
    ),
    "liberation-sans": Family(
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
        "liberation/LiberationSans-Italic.ttf",
    ),
    "liberation-serif": Family(
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf",
    ),
    "liberation-narrow": Family(
        "liberation/LiberationSansNarrow-Regular.ttf",
        "liberation/LiberationSansNarrow-Bold.ttf",
        "liberation/LiberationSansNarrow-Italic.ttf",
    ),
    "liberation-mono": Family(
        "liberation/LiberationMono-Regular.ttf",
        "liberation/LiberationMono-Bold.ttf",
        "liberation/LiberationMono-Italic.ttf",
    ),
}
BODY_FAMILIES = tuple(f for f in FAMILIES if not f.endswith("mono"))
"""Mono faces are rare on real cards, so they only set the contact lines now and then."""


@functools.lru_cache(maxsize=512)
def font(relative_path: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / relative_path
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: install fonts-dejavu-core fonts-liberation")
    return ImageFont.truetype(str(path), max(6, size))

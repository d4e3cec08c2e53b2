"""The wider kinds of sample: what real cards look like beyond the plain printed card.

Each kind is named after what it adds (see ``dataset`` for the list and counts), and each
sample lists its traits as ``categories``:

- "light_on_dark": a band or panel (top, bottom, side, or a ribbon across) in a dark or
  saturated colour carrying some fields in light text;
- "saturated": the whole card one saturated colour (red, blue, green, orange ...) with
  white or light text;
- "photo_backed": text printed over a texture or a photo-like picture;
- "logo_company": the company only as a stylised wordmark; the truth holds the name as a
  person reads it off the logo (without its legal form), and the email and web domain,
  when printed, still name it;
- "printed_paper": the card lies on printed pages, or partly on another card;
- "cut": the frame cuts a strip or a corner off the card; fields cut off are not in the
  truth;
- "portrait": a portrait-format photo with the card turned about 90°.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from tools.cardgen.bands import band_design
from tools.cardgen.card import DARK_SHARE, make_card
from tools.cardgen.locales import LOCALES
from tools.cardgen.logos import WORDMARKS, brand
from tools.cardgen.looks import backed_card, backed_kind, saturated_card
from tools.cardgen.people import make_truth
from tools.cardgen.photograph import Photo, desk_photo, scan
from tools.cardgen.render import LAYOUTS, Design, Style, design, paint
from tools.cardgen.scenes import cut_photo, paper_photo, portrait_photo
from tools.cardgen.truth import CardTruth
from tools.cardgen.typeset import Box

LOOKS = ("plain", "band", "saturated", "photo_backed")
"""How a wide card is printed; the last three are kinds of their own."""
_SCENE_LOOKS = (0.55, 0.2, 0.1, 0.15)
"""How often each look is photographed in the scenes (paper, cut, portrait)."""
LOGO_SHARE = 0.3
_LOOK_CATEGORY = {"band": "light_on_dark", "saturated": "saturated", "photo_backed": "photo_backed"}
_SCENES = {"paper": "printed_paper", "cut": "cut", "portrait": "portrait"}
WIDE_KINDS = ("band", "saturated", "photo_backed", "paper", "cut", "portrait")


@dataclass(frozen=True)
class WideCard:
    """A flat card of a wider look, its truth, its traits and where each printed line is."""

    image: Image.Image
    truth: CardTruth
    categories: list[str]
    lines: list[tuple[str, Box]]
    """Each printed line's text and its box on the flat card."""
    wordmark: str = ""
    """How the company is set when it is a logo (``logos.WORDMARKS``), else ""."""


def colour_categories(card: Image.Image, truth: CardTruth) -> list[str]:
    """["saturated"] for a card with light text on a coloured (not grey or black) paper."""
    if not truth.dark:
        return []
    small = np.asarray(card.resize((max(1, card.width // 8), max(1, card.height // 8))))
    paper = np.median(small.reshape(-1, 3), axis=0)
    return ["saturated"] if float(paper.max() - paper.min()) > 20 else []


def _lines(card: Design) -> list[tuple[str, Box]]:
    return [(line.text, box) for item in card.items for line, box in item.lines]


def make_wide_card(seed: int, locale: str, look: str) -> WideCard:
    """The flat card of ``look`` (one of ``LOOKS``) made from ``seed``; the same for the same
    arguments. A company is drawn as a wordmark on ``LOGO_SHARE`` of them."""
    rng = random.Random(seed)
    while True:
        backdrop, light_text = backed_kind(rng)
        dark = {"plain": rng.random() < DARK_SHARE, "band": False, "saturated": True}
        layout = "band" if look == "band" else rng.choice(LAYOUTS)
        truth = make_truth(rng, locale, layout, dark.get(look, light_text))
        wordmark = rng.choice(WORDMARKS) if rng.random() < LOGO_SHARE and truth.company else ""
        if wordmark:
            truth = replace(truth, company=brand(truth.company, LOCALES[locale].company_suffixes))

        def restyle(st: Style, wordmark: str = wordmark) -> Style:
            return replace(st, wordmark=wordmark)

        categories = [_LOOK_CATEGORY[look]] if look in _LOOK_CATEGORY else []
        if look == "band":
            banded = band_design(truth, rng, restyle)
            if banded is None:  # this card's text fits no band: draw another card
                continue
            card, arrangement = banded
            truth = replace(truth, layout=f"band:{arrangement}")
            image = paint(card)
        elif look == "saturated":
            image, card = saturated_card(truth, rng, wordmark)
        elif look == "photo_backed":
            image, card = backed_card(truth, rng, backdrop, wordmark)
        else:
            card = design(truth, rng, restyle)
            image = paint(card)
            categories = colour_categories(image, truth)
        if wordmark:
            categories.append("logo_company")
        return WideCard(image, truth, categories, _lines(card), wordmark)


def _shows(value: str, text: str) -> bool:
    """Whether a printed line carries ``value`` (alone, or after a label)."""
    return bool(value) and (text == value or text.endswith(" " + value))


def _shows_number(printed: str, text: str) -> bool:
    return re.search(rf"(?<![\d+]){re.escape(printed)}(?!\d)", text) is not None


def without(truth: CardTruth, texts: list[str]) -> CardTruth:
    """``truth`` less every field printed on one of the lines ``texts`` (lines the frame cut)."""

    def gone(value: str) -> bool:
        return any(_shows(value, text) for text in texts)

    kept = replace(
        truth,
        title="" if gone(truth.title) else truth.title,
        company="" if gone(truth.company) else truth.company,
        tagline="" if gone(truth.tagline) else truth.tagline,
        emails=[e for e in truth.emails if not gone(e)],
        websites=[w for w in truth.websites if not gone(w)],
        socials=[s for s in truth.socials if not gone(s)],
        address_lines=[a for a in truth.address_lines if a not in texts],
        phones=[p for p in truth.phones if not any(_shows_number(p.printed, t) for t in texts)],
    )
    if truth.name in texts:
        kept = replace(
            kept, name="", given_name="", family_name="", prefix="", middle_name="", suffix=""
        )
    return kept


def _scene_look(rng: np.random.Generator) -> str:
    return str(LOOKS[int(rng.choice(len(LOOKS), p=_SCENE_LOOKS))])


def wide_sample(seed: int, index: int, kind: str) -> tuple[Photo, CardTruth, int, list[str]]:
    """Image ``index`` of a set made with ``seed``, of a wide ``kind``: the photo or scan,
    the truth of what it shows, the card's seed and the sample's categories."""
    locales = sorted(LOCALES)
    card_seed = seed * 1_000_003 + index
    rng = np.random.default_rng([seed, index])
    look = kind if kind in LOOKS else _scene_look(rng)
    card = make_wide_card(card_seed, locales[index % len(locales)], look)
    truth, categories = card.truth, list(card.categories)
    if kind == "paper":
        other, _ = make_card(card_seed + 500_009)
        photo = paper_photo(card.image, rng, other)
    elif kind == "cut":
        keep = [text in {truth.name, truth.company} for text, _ in card.lines]
        photo, lost = cut_photo(card.image, rng, [box for _, box in card.lines], keep)
        truth = without(truth, [card.lines[i][0] for i in lost])
    elif kind == "portrait":
        photo = portrait_photo(card.image, rng)
    elif rng.random() < 1 / 3:
        photo = scan(card.image, rng)
    else:
        photo = desk_photo(card.image, rng)
    if kind in _SCENES:
        categories.insert(0, _SCENES[kind])
    photo.effects.append(f"look:{look}")
    if card.wordmark:
        photo.effects.append(f"wordmark:{card.wordmark}")
    return photo, truth, card_seed, categories

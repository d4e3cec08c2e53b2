"""The cards laid under the webcam, including a colleague's card that looks like another one.

``render`` draws every design choice (size, colours, fonts, layout variant) from its rng
before it looks at any text, so rendering a second truth with an rng seeded the same way
gives the same styling. That is how an ``alike`` card is made: same company, a different
person, printed by the same shop.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

import numpy as np
import phonenumbers

from tools.cardgen import phones
from tools.cardgen.card import DARK_SHARE
from tools.cardgen.locales import LOCALES
from tools.cardgen.people import make_truth
from tools.cardgen.render import LAYOUTS, render
from tools.cardgen.truth import CardTruth, TruthPhone

_COLLEAGUE_TRIES = 2000
_PRINT_STYLES = 12
"""More than the ways ``phones.printed`` knows to print a number in any region."""


@dataclass(frozen=True, eq=False)
class Card:
    """A flat card (RGB uint8, ~300 dpi) and what is printed on it."""

    image: np.ndarray
    truth: CardTruth
    style_seed: int
    """Seeds the rng ``render`` draws the styling from; shared by alike cards."""


def draw_card(seed: int) -> Card:
    """A new card, the same for the same seed."""
    rng = random.Random(seed)
    locale = rng.choice(sorted(LOCALES))
    layout = rng.choice(LAYOUTS)
    dark = rng.random() < DARK_SHARE
    truth = make_truth(rng, locale, layout, dark)
    return _rendered(truth, rng.getrandbits(32))


def alike_card(card: Card, seed: int) -> Card:
    """A colleague's card: same company, layout, colours and fonts; another name, email, phone.

    Colleagues are drawn until one prints the same kinds of lines (title, phones, personal
    email, social handles, capitals), so the two cards differ in what is written and not
    in how it is arranged.
    """
    rng = random.Random(seed)
    truth = card.truth
    for _ in range(_COLLEAGUE_TRIES):
        other = make_truth(rng, truth.locale, truth.layout, truth.dark)
        if _same_shape(truth, other):
            return _rendered(_colleague(truth, other), card.style_seed)
    raise RuntimeError(f"no colleague with the same card shape as {truth.name!r}")


def _rendered(truth: CardTruth, style_seed: int) -> Card:
    image = np.asarray(render(truth, random.Random(style_seed)).convert("RGB"), np.uint8)
    return Card(image, truth, style_seed)


def _same_shape(truth: CardTruth, other: CardTruth) -> bool:
    return (
        other.name != truth.name
        and (other.given_name, other.family_name) != (truth.given_name, truth.family_name)
        and other.name.isupper() == truth.name.isupper()
        and bool(other.title) == bool(truth.title)
        and bool(other.emails) == bool(truth.emails)
        and [p.kind for p in other.phones] == [p.kind for p in truth.phones]
        and not {p.e164 for p in other.phones} & {p.e164 for p in truth.phones}
        and (not truth.emails or _local(other.emails) != _local(truth.emails))
        and [s.startswith("@") for s in other.socials] == [s.startswith("@") for s in truth.socials]
    )


def _local(emails: list[str]) -> str:
    """The personal part of a card's first email ("" when it has none)."""
    return emails[0].partition("@")[0] if emails else ""


def _colleague(truth: CardTruth, other: CardTruth) -> CardTruth:
    """``other``'s person (name, title, personal email, phones, socials) at ``truth``'s company.

    Phone labels and the way numbers are printed stay the card's own, because a company
    prints them one way.
    """
    emails = list(truth.emails)
    if emails:
        emails[0] = f"{_local(other.emails)}@{truth.emails[0].partition('@')[2]}"
    region = LOCALES[truth.locale].region
    numbers = [
        TruthPhone(mine.kind, theirs.e164, _printed_like(mine, theirs.e164, region), mine.label)
        for mine, theirs in zip(truth.phones, other.phones, strict=True)
    ]
    return replace(
        truth,
        name=other.name,
        given_name=other.given_name,
        family_name=other.family_name,
        prefix=other.prefix,
        middle_name=other.middle_name,
        suffix=other.suffix,
        title=other.title,
        emails=emails,
        phones=numbers,
        socials=list(other.socials),
    )


def _printed_like(mine: TruthPhone, e164: str, region: str) -> str:
    """``e164`` printed the way ``mine`` is printed (the first style that reproduces it)."""
    own = phonenumbers.parse(mine.e164)
    style = next(
        (s for s in range(_PRINT_STYLES) if phones.printed(own, region, s) == mine.printed), 0
    )
    return phones.printed(phonenumbers.parse(e164), region, style)

"""Draw a flat business card from its truth, the way a print shop would lay it out.

The text of every line comes from :class:`CardTruth` unchanged; this module only picks
size, faces, colours and positions. A layout is tried at shrinking scales until nothing
overlaps and everything stays inside the margins, as a designer would shrink type.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw

from tools.cardgen.fonts import BODY_FAMILIES, FAMILIES, Family, font
from tools.cardgen.logos import Wordmark
from tools.cardgen.truth import CardTruth
from tools.cardgen.typeset import (
    RGB,
    Box,
    Line,
    Placed,
    bottom,
    column,
    column_height,
    fits,
    middle,
    place_text,
)

LAYOUTS = ("left", "centred", "two_column", "name_bottom", "logo", "vertical")

_LIGHT_PAPER: tuple[RGB, ...] = ((255, 255, 255), (251, 248, 240), (243, 243, 240), (238, 243, 248))
_LIGHT_INK: tuple[RGB, ...] = ((20, 20, 22), (45, 45, 50), (25, 35, 70))
_LIGHT_ACCENT: tuple[RGB, ...] = (
    (20, 50, 110), (150, 25, 35), (0, 105, 110), (30, 90, 50), (200, 95, 20), (90, 40, 120),
)  # fmt: skip
_DARK_PAPER: tuple[RGB, ...] = (
    (20, 30, 55),
    (35, 35, 38),
    (12, 12, 14),
    (20, 50, 40),
    (80, 20, 30),
)
_DARK_INK: tuple[RGB, ...] = ((245, 245, 240), (230, 230, 225))
_DARK_ACCENT: tuple[RGB, ...] = ((225, 185, 95), (150, 195, 240), (255, 255, 255), (240, 155, 70))
_PHONE_PAIR_JOINERS = ("  |  ", "   ", "  ·  ", "  /  ")
_SHAPES = ("circle", "ring", "square", "rounded", "diamond", "triangle", "bars")
_SCALES = tuple(1.0 - 0.05 * i for i in range(10))


@dataclass(frozen=True)
class Style:
    """Every random design choice of one card, drawn once before the layout is fitted."""

    width: int
    height: int
    paper: RGB
    ink: RGB
    accent: RGB
    muted: RGB
    name_face: Family
    body_face: Family
    contact_face: Family
    name_size: float
    title_size: float
    company_size: float
    body_size: float
    tagline_size: float
    name_in_accent: bool
    title_italic: bool
    phone_separator: str
    phone_joiner: str
    email_label: str
    web_label: str
    address_first: bool
    variant: int
    """Two bits that switch between the variants of each layout (which side, which order)."""
    decoration: str
    logo_shape: str
    logo_initials: bool
    wordmark: str = ""
    """How the company is set when it appears only as a logo (``logos.WORDMARKS``); "" for
    a plain line of text."""

    @property
    def margin(self) -> float:
        return 0.065 * max(self.width, self.height)


def draw_style(rng: random.Random, truth: CardTruth) -> Style:
    long_side = rng.randint(900, 1300)
    aspect = {"US": 1.75, "CA": 1.75, "AU": 1.64}.get(truth.locale, 1.55) * rng.uniform(0.98, 1.02)
    short_side = round(long_side / aspect)
    width, height = (
        (short_side, long_side) if truth.layout == "vertical" else (long_side, short_side)
    )
    u = long_side / 1050
    if truth.dark:
        paper, ink, accent = (rng.choice(c) for c in (_DARK_PAPER, _DARK_INK, _DARK_ACCENT))
        muted: RGB = (190, 190, 190)
    else:
        paper, ink, accent = (rng.choice(c) for c in (_LIGHT_PAPER, _LIGHT_INK, _LIGHT_ACCENT))
        muted = (95, 95, 100)
    name_family = rng.choice(BODY_FAMILIES)
    body_family = name_family if rng.random() < 0.6 else rng.choice(BODY_FAMILIES)
    contact_family = rng.choice(list(FAMILIES)) if rng.random() < 0.1 else body_family
    return Style(
        width=width,
        height=height,
        paper=paper,
        ink=ink,
        accent=accent if rng.random() < 0.7 else ink,
        muted=muted if rng.random() < 0.5 else ink,
        name_face=FAMILIES[name_family],
        body_face=FAMILIES[body_family],
        contact_face=FAMILIES[contact_family],
        name_size=rng.uniform(48, 70) * u,
        title_size=rng.uniform(28, 36) * u,
        company_size=rng.uniform(32, 48) * u,
        body_size=rng.uniform(26, 34) * u,
        tagline_size=rng.uniform(24, 30) * u,
        name_in_accent=rng.random() < 0.4,
        title_italic=rng.random() < 0.3,
        phone_separator=rng.choice((" ", ": ", "  ", " | ", ". ")),
        phone_joiner=rng.choice(_PHONE_PAIR_JOINERS) if rng.random() < 0.25 else "",
        email_label=rng.choice(("E ", "E: ", "Email: ", "e. ")) if rng.random() < 0.2 else "",
        web_label=rng.choice(("W ", "W: ", "Web: ", "w. ")) if rng.random() < 0.2 else "",
        address_first=rng.random() < 0.4,
        variant=rng.randrange(4),
        decoration=rng.choice(("none", "none", "bar_left", "bar_top", "band_bottom", "corner")),
        logo_shape=rng.choice(_SHAPES),
        logo_initials=rng.random() < 0.3,
    )


class Composer:
    """Turns truth + style into lines of text at a given scale and places them."""

    def __init__(self, truth: CardTruth, style: Style) -> None:
        self.truth = truth
        self.style = style

    def _line(self, text: str, path: str, size: float, scale: float, fill: RGB) -> Line:
        return Line(text, font(path, round(size * scale)), fill)

    def name_lines(self, s: float) -> list[Line]:
        st, t = self.style, self.truth
        lines = [
            self._line(
                t.name,
                st.name_face.bold,
                st.name_size,
                s,
                st.accent if st.name_in_accent else st.ink,
            )
        ]
        if t.title:
            face = st.body_face.italic if st.title_italic else st.body_face.regular
            lines.append(self._line(t.title, face, st.title_size, s, st.muted))
        return lines

    def company_lines(self, s: float, with_tagline: bool = True) -> list[Line]:
        st, t = self.style, self.truth
        lines: list[Line] = []
        if t.company:
            fill = st.ink if st.name_in_accent else st.accent
            if st.wordmark:
                lines.append(self._wordmark(s, fill))
            else:
                lines.append(self._line(t.company, st.name_face.bold, st.company_size, s, fill))
        if with_tagline and t.tagline:
            lines.append(self._line(t.tagline, st.body_face.italic, st.tagline_size, s, st.muted))
        return lines

    def _wordmark(self, s: float, fill: RGB) -> Wordmark:
        st = self.style
        size = round(st.company_size * s * 1.25)
        return Wordmark(
            self.truth.company,
            font(st.name_face.bold, size),
            fill,
            look=st.wordmark,
            regular=font(st.name_face.regular, size),
            second=st.muted if st.muted != fill else st.ink,
            paper=st.paper,
        )

    def contact_lines(self, s: float, pair_phones: bool = False) -> list[Line]:
        """Phones, emails, web and socials, plus the address before or after them."""
        contact = self.phone_lines(s, pair_phones) + self.online_lines(s)
        address = self.address_lines(s)
        return address + contact if self.style.address_first else contact + address

    def phone_lines(self, s: float, pair_phones: bool = False) -> list[Line]:
        """One line per phone, with its label.

        Two phones share a line when the style (or a centred layout) asks for it and the
        shared line stays under half the card width, as designers do.
        """
        st, t = self.style, self.truth
        face = st.contact_face.regular
        texts = [_labelled(p.label, st.phone_separator, p.printed) for p in t.phones]
        if (st.phone_joiner or pair_phones) and len(texts) > 1:
            joined = (st.phone_joiner or "  |  ").join(texts[:2])
            if font(face, round(st.body_size * s)).getlength(joined) < st.width * 0.5:
                texts = [joined, *texts[2:]]
        return [self._line(x, face, st.body_size, s, st.ink) for x in texts]

    def online_lines(self, s: float) -> list[Line]:
        """Emails, websites and social handles."""
        st, t = self.style, self.truth
        texts = [st.email_label + e for e in t.emails]
        texts += [st.web_label + w for w in t.websites]
        texts += t.socials
        return [self._line(x, st.contact_face.regular, st.body_size, s, st.ink) for x in texts]

    def address_lines(self, s: float) -> list[Line]:
        st = self.style
        return [
            self._line(x, st.body_face.regular, st.body_size, s, st.ink)
            for x in self.truth.address_lines
        ]


def _labelled(label: str, separator: str, number: str) -> str:
    if not label:
        return number
    if label.endswith(".") and separator.startswith("."):
        separator = " "
    return f"{label}{separator}{number}"


def _initials(company: str) -> str:
    words = [w for w in company.split() if w[:1].isalpha()]
    return "".join(w[0] for w in words[:2]).upper()


def _logo(st: Style, company: str, x: float, y: float, size: float) -> Placed:
    """A simple drawn mark, as most small firms have, optionally with initials inside."""
    box = (x, y, x + size, y + size)
    initials = _initials(company) if st.logo_initials else ""

    def paint(draw: ImageDraw.ImageDraw) -> None:
        shape, colour = st.logo_shape, st.accent
        if shape == "circle":
            draw.ellipse(box, fill=colour)
        elif shape == "ring":
            draw.ellipse(box, outline=colour, width=max(3, round(size / 9)))
        elif shape == "square":
            draw.rectangle(box, fill=colour)
        elif shape == "rounded":
            draw.rounded_rectangle(box, radius=size / 5, fill=colour)
        elif shape == "diamond":
            cx, cy = x + size / 2, y + size / 2
            draw.polygon([(cx, y), (x + size, cy), (cx, y + size), (x, cy)], fill=colour)
        elif shape == "triangle":
            draw.polygon([(x + size / 2, y), (x + size, y + size), (x, y + size)], fill=colour)
        else:
            bar = size / 5
            for i in range(3):
                top = y + size * (0.6 - 0.3 * i)
                draw.rectangle((x + i * 2 * bar, top, x + i * 2 * bar + bar, y + size), fill=colour)
        if initials and shape in {"circle", "square", "rounded"}:
            face = font(st.name_face.bold, round(size * 0.4))
            draw.text((x + size / 2, y + size / 2), initials, font=face, fill=st.paper, anchor="mm")

    return Placed(box, paint, is_text=False)


_Layout = Callable[[Composer, float, Box], list[Placed]]
"""Places a card's blocks at a text scale inside a safe area."""


def _left(c: Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    gap = c.style.body_size * s * 0.7
    company_first = bool(c.style.variant & 1)
    head = (
        [c.company_lines(s), c.name_lines(s)]
        if company_first
        else [c.name_lines(s), c.company_lines(s)]
    )
    right = bool(c.style.variant & 2)
    foot = bottom([c.contact_lines(s)], x1 if right else x0, y1, "r" if right else "l", gap)
    return column(head, x0, y0, "l", gap) + foot


def _centred(c: Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    xc, gap = (x0 + x1) / 2, c.style.body_size * s * 0.6
    foot = bottom([c.contact_lines(s, pair_phones=True)], xc, y1, "m", gap)
    if c.style.variant & 1:
        top = column([c.company_lines(s)], xc, y0, "m", gap)
        free_top = top[-1].box[3] if top else y0
        centre = middle([c.name_lines(s)], xc, (free_top + foot[0].box[1]) / 2, "m", gap)
        return top + centre + foot
    return column([c.name_lines(s), c.company_lines(s)], xc, y0, "m", gap) + foot


def _two_column(c: Composer, s: float, safe: Box) -> list[Placed]:
    """Name block left, contacts right; the split sits in the space the two leave free."""
    x0, y0, x1, y1 = safe
    gap = c.style.body_size * s * 0.7
    yc = (y0 + y1) / 2
    left = middle([c.name_lines(s), c.company_lines(s)], x0, yc, "l", gap)
    contacts = [c.contact_lines(s)]
    right_width = max(line.width for line in contacts[0]) if contacts[0] else 0.0
    left_width = max(p.box[2] for p in left) - x0 if left else 0.0
    split = x0 + left_width + (x1 - x0 - left_width - right_width) / 2
    if c.style.variant & 1:
        right = middle(contacts, x1, yc, "r", gap)
    else:
        right = middle(contacts, max(split + c.style.margin * 0.4, (x0 + x1) / 2), yc, "l", gap)
    placed = left + right
    if c.style.variant & 2:
        placed.append(_rule(c.style, (split, y0, split, y1)))
    return placed


def _name_bottom(c: Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    gap = c.style.body_size * s * 0.7
    top = column([c.company_lines(s)], x0, y0, "l", gap)
    name = bottom([c.name_lines(s)], x0, y1, "l", gap)
    contacts = [c.contact_lines(s)]
    if c.style.variant & 1:
        right = middle(contacts, x1, (y0 + y1) / 2, "r", gap)
    else:
        right = column(contacts, x1, y0, "r", gap)
    return top + name + right


def _logo_layout(c: Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    st, gap = c.style, c.style.body_size * s * 0.7
    size = (y1 - y0) * 0.28 * s
    if st.variant & 1:
        panel = x0 + (x1 - x0) * 0.34
        word = c.company_lines(s)
        total = size + gap + column_height([word], gap)
        top = (y0 + y1) / 2 - total / 2
        placed = [_logo(st, c.truth.company, (x0 + panel) / 2 - size / 2, top, size)]
        placed += column([word], (x0 + panel) / 2, top + size + gap, "m", gap)
        tx = panel + st.margin * 0.6
        placed += column([c.name_lines(s)], tx, y0, "l", gap)
        placed += bottom([c.contact_lines(s)], tx, y1, "l", gap)
        if st.variant & 2:
            placed.append(_rule(st, (panel + st.margin * 0.3, y0, panel + st.margin * 0.3, y1)))
        return placed
    placed = [_logo(st, c.truth.company, x0, y0, size)]
    word = c.company_lines(s, with_tagline=False)
    if word:
        placed.append(place_text(word, x0 + size + gap, y0 + size / 2 - word[0].height / 2, "l"))
    placed += column([c.name_lines(s)], x0, y0 + size + 1.5 * gap, "l", gap)
    tagline = c.company_lines(s)[1:] if c.truth.company else c.company_lines(s)
    placed += bottom([tagline, c.contact_lines(s)], x1, y1, "r", gap)
    return placed


def _vertical(c: Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    st, xc, gap = c.style, (x0 + x1) / 2, c.style.body_size * s * 0.7
    size = (x1 - x0) * 0.25 * s
    placed = [_logo(st, c.truth.company, xc - size / 2, y0, size)]
    placed += column([c.company_lines(s)], xc, y0 + size + gap, "m", gap)
    contacts = [c.contact_lines(s)]
    foot = (
        bottom(contacts, xc, y1, "m", gap) if st.variant & 1 else bottom(contacts, x0, y1, "l", gap)
    )
    mid_top = placed[-1].box[3]
    placed += middle([c.name_lines(s)], xc, (mid_top + foot[0].box[1]) / 2, "m", gap)
    return placed + foot


_LAYOUT_FUNCTIONS: dict[str, _Layout] = {
    "left": _left,
    "centred": _centred,
    "two_column": _two_column,
    "name_bottom": _name_bottom,
    "logo": _logo_layout,
    "vertical": _vertical,
}


def _rule(st: Style, line: Box) -> Placed:
    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.line(line, fill=st.accent, width=max(2, round(st.width / 400)))

    return Placed(line, paint, is_text=False)


def _decoration(st: Style) -> tuple[list[Placed], Box]:
    """The accent shape of the card and the safe area it leaves for text."""
    w, h, m = st.width, st.height, st.margin
    safe = (m, m, w - m, h - m)
    band = 0.035 * max(w, h)

    def rect(box: Box) -> list[Placed]:
        return [Placed(box, lambda d: d.rectangle(box, fill=st.accent), is_text=False)]

    if st.decoration == "bar_left":
        return rect((0, 0, band * 0.6, h)), (m + band * 0.6, m, w - m, h - m)
    if st.decoration == "bar_top":
        return rect((0, 0, w, band)), (m, m + band, w - m, h - m)
    if st.decoration == "band_bottom":
        return rect((0, h - 1.5 * band, w, h)), (m, m, w - m, h - m - 1.5 * band)
    if st.decoration == "corner":
        corner = [(w - 4 * band, 0.0), (float(w), 0.0), (float(w), 4 * band)]
        return [
            Placed(
                (w - 4 * band, 0, w, 4 * band),
                lambda d: d.polygon(corner, fill=st.accent),
                is_text=False,
            )
        ], safe
    return [], safe


@dataclass(frozen=True)
class Design:
    """A card laid out but not yet drawn: its style and everything placed on it."""

    style: Style
    items: list[Placed]


def design(
    truth: CardTruth, rng: random.Random, restyle: Callable[[Style], Style] | None = None
) -> Design:
    """Lay ``truth`` out in its layout; ``restyle`` changes the drawn style (colours, the
    company as a wordmark) before the layout is fitted."""
    st = draw_style(rng, truth)
    if restyle is not None:
        st = restyle(st)
    return Design(st, _fit(Composer(truth, st), _LAYOUT_FUNCTIONS[truth.layout]))


def paint(card: Design, canvas: Image.Image | None = None) -> Image.Image:
    """Draw a laid-out card on its plain paper, or on ``canvas`` (a printed background)."""
    st = card.style
    image = Image.new("RGB", (st.width, st.height), st.paper) if canvas is None else canvas
    draw = ImageDraw.Draw(image)
    for item in sorted(card.items, key=lambda p: p.is_text):
        item.paint(draw)
    return image


def render(truth: CardTruth, rng: random.Random) -> Image.Image:
    """Draw ``truth`` on a new card image (RGB, ~300 dpi, landscape unless vertical)."""
    return paint(design(truth, rng))


def _fit(composer: Composer, layout: _Layout) -> list[Placed]:
    """The layout at the largest scale that fits, dropping the decoration if it costs size."""
    st = composer.style
    plain_margin = st.margin * 0.8
    plain = (plain_margin, plain_margin, st.width - plain_margin, st.height - plain_margin)
    options: tuple[tuple[list[Placed], Box], ...] = (_decoration(st), ([], plain))
    items: list[Placed] = []
    for scale in _SCALES:
        for shapes, area in options:
            items = layout(composer, scale, area) + shapes
            if fits(items, area, pad=st.margin * 0.15):
                return items
    return items

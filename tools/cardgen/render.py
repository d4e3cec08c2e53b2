"""Draw a flat business card from its truth, the way a print shop would lay it out.

The text of every line comes from :class:`CardTruth` unchanged; this module only picks
size, faces, colours and positions. A layout is tried at shrinking scales until nothing
overlaps and everything stays inside the margins, as a designer would shrink type.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from tools.cardgen.fonts import BODY_FAMILIES, FAMILIES, Family, font
from tools.cardgen.truth import CardTruth

LAYOUTS = ("left", "centred", "two_column", "name_bottom", "logo", "vertical")
RGB = tuple[int, int, int]
Box = tuple[float, float, float, float]

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
_PITCH = 1.2
"""Line pitch as a multiple of the font's ascent + descent."""


@dataclass(frozen=True)
class Line:
    text: str
    face: ImageFont.FreeTypeFont
    fill: RGB

    @property
    def width(self) -> float:
        return self.face.getlength(self.text)

    @property
    def height(self) -> int:
        ascent, descent = self.face.getmetrics()
        return ascent + descent


@dataclass(frozen=True)
class Placed:
    """Something drawn on the card with the box it covers, so layouts can be checked."""

    box: Box
    paint: Callable[[ImageDraw.ImageDraw], None]
    is_text: bool = True


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

    @property
    def margin(self) -> float:
        return 0.065 * max(self.width, self.height)


def _style(rng: random.Random, truth: CardTruth) -> Style:
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


class _Composer:
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
        lines = []
        if t.company:
            fill = st.ink if st.name_in_accent else st.accent
            lines.append(self._line(t.company, st.name_face.bold, st.company_size, s, fill))
        if with_tagline and t.tagline:
            lines.append(self._line(t.tagline, st.body_face.italic, st.tagline_size, s, st.muted))
        return lines

    def contact_lines(self, s: float, pair_phones: bool = False) -> list[Line]:
        """Phones, emails, web and socials, plus the address before or after them.

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
        texts += [st.email_label + e for e in t.emails]
        texts += [st.web_label + w for w in t.websites]
        texts += t.socials
        contact = [self._line(x, face, st.body_size, s, st.ink) for x in texts]
        address = [
            self._line(x, st.body_face.regular, st.body_size, s, st.ink) for x in t.address_lines
        ]
        return address + contact if st.address_first else contact + address


def _labelled(label: str, separator: str, number: str) -> str:
    if not label:
        return number
    if label.endswith(".") and separator.startswith("."):
        separator = " "
    return f"{label}{separator}{number}"


def _text(lines: list[Line], x: float, y: float, align: str) -> Placed:
    """Place lines with their top at ``y``; ``x`` is the left edge, centre or right edge."""
    pitches = [line.height * _PITCH for line in lines]
    width = max((line.width for line in lines), default=0.0)
    x0 = {"l": x, "m": x - width / 2, "r": x - width}[align]

    def paint(draw: ImageDraw.ImageDraw) -> None:
        top = y
        for line, pitch in zip(lines, pitches, strict=True):
            draw.text((x, top), line.text, font=line.face, fill=line.fill, anchor=align + "a")
            top += pitch

    return Placed((x0, y, x0 + width, y + _height(lines)), paint)


def _height(lines: list[Line]) -> float:
    return sum(line.height * _PITCH for line in lines[:-1]) + (lines[-1].height if lines else 0)


def _column_height(groups: list[list[Line]], gap: float) -> float:
    present = [g for g in groups if g]
    return sum(_height(g) for g in present) + gap * max(0, len(present) - 1)


def _column(groups: list[list[Line]], x: float, y: float, align: str, gap: float) -> list[Placed]:
    """Stack groups of lines (name block, company, contacts ...) with a gap between groups."""
    placed = []
    for group in (g for g in groups if g):
        placed.append(_text(group, x, y, align))
        y += _height(group) + gap
    return placed


def _bottom(groups: list[list[Line]], x: float, y1: float, align: str, gap: float) -> list[Placed]:
    return _column(groups, x, y1 - _column_height(groups, gap), align, gap)


def _middle(groups: list[list[Line]], x: float, yc: float, align: str, gap: float) -> list[Placed]:
    return _column(groups, x, yc - _column_height(groups, gap) / 2, align, gap)


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


_Layout = Callable[[_Composer, float, Box], list[Placed]]
"""Places a card's blocks at a text scale inside a safe area."""


def _left(c: _Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    gap = c.style.body_size * s * 0.7
    company_first = bool(c.style.variant & 1)
    head = (
        [c.company_lines(s), c.name_lines(s)]
        if company_first
        else [c.name_lines(s), c.company_lines(s)]
    )
    right = bool(c.style.variant & 2)
    foot = _bottom([c.contact_lines(s)], x1 if right else x0, y1, "r" if right else "l", gap)
    return _column(head, x0, y0, "l", gap) + foot


def _centred(c: _Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    xc, gap = (x0 + x1) / 2, c.style.body_size * s * 0.6
    foot = _bottom([c.contact_lines(s, pair_phones=True)], xc, y1, "m", gap)
    if c.style.variant & 1:
        top = _column([c.company_lines(s)], xc, y0, "m", gap)
        free_top = top[-1].box[3] if top else y0
        middle = _middle([c.name_lines(s)], xc, (free_top + foot[0].box[1]) / 2, "m", gap)
        return top + middle + foot
    return _column([c.name_lines(s), c.company_lines(s)], xc, y0, "m", gap) + foot


def _two_column(c: _Composer, s: float, safe: Box) -> list[Placed]:
    """Name block left, contacts right; the split sits in the space the two leave free."""
    x0, y0, x1, y1 = safe
    gap = c.style.body_size * s * 0.7
    yc = (y0 + y1) / 2
    left = _middle([c.name_lines(s), c.company_lines(s)], x0, yc, "l", gap)
    contacts = [c.contact_lines(s)]
    right_width = max(line.width for line in contacts[0]) if contacts[0] else 0.0
    left_width = max(p.box[2] for p in left) - x0 if left else 0.0
    split = x0 + left_width + (x1 - x0 - left_width - right_width) / 2
    if c.style.variant & 1:
        right = _middle(contacts, x1, yc, "r", gap)
    else:
        right = _middle(contacts, max(split + c.style.margin * 0.4, (x0 + x1) / 2), yc, "l", gap)
    placed = left + right
    if c.style.variant & 2:
        placed.append(_rule(c.style, (split, y0, split, y1)))
    return placed


def _name_bottom(c: _Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    gap = c.style.body_size * s * 0.7
    top = _column([c.company_lines(s)], x0, y0, "l", gap)
    name = _bottom([c.name_lines(s)], x0, y1, "l", gap)
    contacts = [c.contact_lines(s)]
    if c.style.variant & 1:
        right = _middle(contacts, x1, (y0 + y1) / 2, "r", gap)
    else:
        right = _column(contacts, x1, y0, "r", gap)
    return top + name + right


def _logo_layout(c: _Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    st, gap = c.style, c.style.body_size * s * 0.7
    size = (y1 - y0) * 0.28 * s
    if st.variant & 1:
        panel = x0 + (x1 - x0) * 0.34
        word = c.company_lines(s)
        total = size + gap + _column_height([word], gap)
        top = (y0 + y1) / 2 - total / 2
        placed = [_logo(st, c.truth.company, (x0 + panel) / 2 - size / 2, top, size)]
        placed += _column([word], (x0 + panel) / 2, top + size + gap, "m", gap)
        tx = panel + st.margin * 0.6
        placed += _column([c.name_lines(s)], tx, y0, "l", gap)
        placed += _bottom([c.contact_lines(s)], tx, y1, "l", gap)
        if st.variant & 2:
            placed.append(_rule(st, (panel + st.margin * 0.3, y0, panel + st.margin * 0.3, y1)))
        return placed
    placed = [_logo(st, c.truth.company, x0, y0, size)]
    word = c.company_lines(s, with_tagline=False)
    if word:
        placed.append(_text(word, x0 + size + gap, y0 + size / 2 - word[0].height / 2, "l"))
    placed += _column([c.name_lines(s)], x0, y0 + size + 1.5 * gap, "l", gap)
    tagline = c.company_lines(s)[1:] if c.truth.company else c.company_lines(s)
    placed += _bottom([tagline, c.contact_lines(s)], x1, y1, "r", gap)
    return placed


def _vertical(c: _Composer, s: float, safe: Box) -> list[Placed]:
    x0, y0, x1, y1 = safe
    st, xc, gap = c.style, (x0 + x1) / 2, c.style.body_size * s * 0.7
    size = (x1 - x0) * 0.25 * s
    placed = [_logo(st, c.truth.company, xc - size / 2, y0, size)]
    placed += _column([c.company_lines(s)], xc, y0 + size + gap, "m", gap)
    contacts = [c.contact_lines(s)]
    foot = (
        _bottom(contacts, xc, y1, "m", gap)
        if st.variant & 1
        else _bottom(contacts, x0, y1, "l", gap)
    )
    mid_top = placed[-1].box[3]
    placed += _middle([c.name_lines(s)], xc, (mid_top + foot[0].box[1]) / 2, "m", gap)
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


def _overlap(a: Box, b: Box, pad: float) -> bool:
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


def _fits(items: list[Placed], safe: Box, pad: float) -> bool:
    x0, y0, x1, y1 = safe
    texts = [p for p in items if p.is_text]
    if any(b[0] < x0 or b[1] < y0 or b[2] > x1 or b[3] > y1 for b in (p.box for p in texts)):
        return False
    return not any(
        _overlap(a.box, b.box, pad)
        for i, a in enumerate(items)
        for b in items[i + 1 :]
        if a.is_text or b.is_text
    )


def render(truth: CardTruth, rng: random.Random) -> Image.Image:
    """Draw ``truth`` on a new card image (RGB, ~300 dpi, landscape unless vertical)."""
    st = _style(rng, truth)
    composer = _Composer(truth, st)
    items = _fit(composer, _LAYOUT_FUNCTIONS[truth.layout])
    image = Image.new("RGB", (st.width, st.height), st.paper)
    draw = ImageDraw.Draw(image)
    for item in sorted(items, key=lambda p: p.is_text):
        item.paint(draw)
    return image


def _fit(composer: _Composer, layout: _Layout) -> list[Placed]:
    """The layout at the largest scale that fits, dropping the decoration if it costs size."""
    st = composer.style
    plain_margin = st.margin * 0.8
    plain = (plain_margin, plain_margin, st.width - plain_margin, st.height - plain_margin)
    options: tuple[tuple[list[Placed], Box], ...] = (_decoration(st), ([], plain))
    items: list[Placed] = []
    for scale in _SCALES:
        for shapes, area in options:
            items = layout(composer, scale, area) + shapes
            if _fits(items, area, pad=st.margin * 0.15):
                return items
    return items
    return items

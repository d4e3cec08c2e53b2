"""Light cards with a dark band or panel that carries some of the fields in light text.

Real cards often put the contact lines in a coloured footer, the company in a dark header,
the name on a ribbon across the card or the person in a side panel: light text on a dark
ground beside dark text on a light one. Each arrangement splits the card into zones; each
zone is filled like a small card of its own (top, middle, bottom blocks, or two columns),
all at one text scale that is shrunk until every zone fits.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from PIL import ImageDraw

from tools.cardgen.render import Composer, Design, Style, draw_style
from tools.cardgen.truth import CardTruth
from tools.cardgen.typeset import RGB, Box, Line, Placed, bottom, column, fits, middle

ARRANGEMENTS = ("footer", "header", "side_name", "side_contacts", "ribbon")
BAND_COLOURS: tuple[RGB, ...] = (
    (20, 32, 62), (24, 24, 27), (44, 48, 54), (150, 24, 36), (0, 92, 98), (22, 62, 132),
    (28, 84, 52), (198, 84, 22), (84, 34, 108), (190, 30, 50),
)  # fmt: skip
_LIGHT_INKS: tuple[RGB, ...] = ((255, 255, 255), (246, 246, 240), (236, 236, 230))
_LIGHT_ACCENTS: tuple[RGB, ...] = (
    (255, 255, 255),
    (242, 202, 112),
    (178, 216, 246),
    (255, 206, 166),
)
_SCALES = tuple(1.0 - 0.05 * i for i in range(7))


@dataclass(frozen=True)
class _Zone:
    """A part of the card filled as one: blocks at its top, middle and bottom."""

    box: Box
    on_band: bool
    top: tuple[str, ...] = ()
    middle: tuple[str, ...] = ()
    bottom: tuple[str, ...] = ()
    align: str = "l"
    columns: bool = False
    """The middle blocks side by side (first on the left, second on the right)."""


def _blocks(c: Composer, s: float) -> dict[str, Callable[[], list[Line]]]:
    return {
        "name": lambda: c.name_lines(s),
        "company": lambda: c.company_lines(s),
        "contacts": lambda: c.contact_lines(s),
        "phones": lambda: c.phone_lines(s),
        "online": lambda: c.online_lines(s),
        "address": lambda: c.address_lines(s),
        "online_address": lambda: c.online_lines(s) + c.address_lines(s),
    }


def _safe(zone: _Zone, st: Style) -> Box:
    """The zone less a margin: the card's own margin on its edges, half of it inside."""
    x0, y0, x1, y1 = zone.box
    m = st.margin

    def inset(at_edge: bool) -> float:
        return m if at_edge else m * 0.5

    return (
        x0 + inset(x0 <= 0),
        y0 + inset(y0 <= 0),
        x1 - inset(x1 >= st.width),
        y1 - inset(y1 >= st.height),
    )


def _fill(zone: _Zone, c: Composer, s: float) -> tuple[list[Placed], Box]:
    """The zone's blocks placed at scale ``s``, and the safe area they must stay in."""
    safe = _safe(zone, c.style)
    x0, y0, x1, y1 = safe
    gap = c.style.body_size * s * 0.7
    make = _blocks(c, s)
    x = {"l": x0, "m": (x0 + x1) / 2, "r": x1}[zone.align]
    head = column([make[b]() for b in zone.top], x, y0, zone.align, gap)
    foot = bottom([make[b]() for b in zone.bottom], x, y1, zone.align, gap)
    free_top = max((p.box[3] for p in head), default=y0 - gap) + gap
    free_bottom = min((p.box[1] for p in foot), default=y1 + gap) - gap
    centre = (free_top + free_bottom) / 2
    groups = [make[b]() for b in zone.middle]
    if zone.columns and len(groups) == 2:
        body = middle(groups[:1], x0, centre, "l", gap) + middle(groups[1:], x1, centre, "r", gap)
    else:
        body = middle(groups, x, centre, zone.align, gap)
    return head + body + foot, safe


def _polygon(points: list[tuple[float, float]], colour: RGB) -> Placed:
    xs, ys = [p[0] for p in points], [p[1] for p in points]

    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.polygon(points, fill=colour)

    return Placed((min(xs), min(ys), max(xs), max(ys)), paint, is_text=False)


def _arrange(
    name: str, st: Style, rng: random.Random, colour: RGB, has_address: bool
) -> tuple[list[_Zone], list[Placed]]:
    """The zones of one arrangement and the band shape drawn under them."""
    if name in {"footer", "header"}:
        return _across(name == "footer", st, rng, colour, has_address)
    w, h = float(st.width), float(st.height)
    if name == "ribbon":
        depth = rng.uniform(0.24, 0.3) * h
        y = rng.uniform(0.3, 0.4) * h
        align = rng.choice("lm")
        zones = [
            _Zone((0.0, 0.0, w, y), False, middle=("company",), align=align),
            _Zone((0.0, y, w, y + depth), True, middle=("name",), align=align),
            _Zone((0.0, y + depth, w, h), False, middle=("phones", "online_address"), columns=True),
        ]
        return zones, [_polygon([(0.0, y), (w, y), (w, y + depth), (0.0, y + depth)], colour)]
    width = rng.uniform(0.38, 0.48) * w
    lean = rng.uniform(0.03, 0.08) * w if rng.random() < 0.35 else 0.0
    if rng.random() < 0.5:
        points = [(0.0, 0.0), (width + lean, 0.0), (width - lean, h), (0.0, h)]
        band_box, rest_box = (0.0, 0.0, width - lean, h), (width + lean, 0.0, w, h)
    else:
        edge = w - width
        points = [(edge - lean, 0.0), (w, 0.0), (w, h), (edge + lean, h)]
        band_box, rest_box = (edge + lean, 0.0, w, h), (0.0, 0.0, edge - lean, h)
    if name == "side_name":
        zones = [
            _Zone(band_box, True, middle=("name", "company"), align=rng.choice("lm")),
            _Zone(rest_box, False, middle=("contacts",)),
        ]
    else:
        zones = [
            _Zone(band_box, True, middle=("contacts",)),
            _Zone(rest_box, False, top=("name",), bottom=("company",)),
        ]
    return zones, [_polygon(points, colour)]


def _across(
    footer: bool, st: Style, rng: random.Random, colour: RGB, has_address: bool
) -> tuple[list[_Zone], list[Placed]]:
    """A footer that carries the contact lines, or a header that carries the company; its
    edge level or slanted."""
    w, h = float(st.width), float(st.height)
    depth = rng.uniform(0.34, 0.46) * h
    lean = rng.uniform(0.03, 0.08) * h if rng.random() < 0.35 else 0.0
    if footer:
        edge = h - depth
        points = [(0.0, edge - lean), (w, edge + lean), (w, h), (0.0, h)]
        band_box, rest_box = (0.0, edge + lean, w, h), (0.0, 0.0, w, edge - lean)
        with_address = rng.random() < 0.6
        band = _Zone(
            band_box, True, middle=("phones", "online_address" if with_address else "online"),
            columns=True,
        )  # fmt: skip
        address = ("address",) if has_address and not with_address else ()
        first, second = ("name", "company") if rng.random() < 0.6 else ("company", "name")
        rest = _Zone(
            rest_box, False, top=(first,), bottom=(second, *address), align=rng.choice("lm")
        )
        return [band, rest], [_polygon(points, colour)]
    edge = depth
    points = [(0.0, 0.0), (w, 0.0), (w, edge - lean), (0.0, edge + lean)]
    band_box, rest_box = (0.0, 0.0, w, edge - lean), (0.0, edge + lean, w, h)
    rest = (
        _Zone(rest_box, False, top=("name",), bottom=("contacts",))
        if rng.random() < 0.5
        else _Zone(rest_box, False, middle=("name", "contacts"), columns=True)
    )
    return [_Zone(band_box, True, middle=("company",), align=rng.choice("lm")), rest], [
        _polygon(points, colour)
    ]


def _on_band(st: Style, rng: random.Random, colour: RGB) -> Style:
    """The style of the text on the band: light ink, a light accent, the band as paper."""
    ink = rng.choice(_LIGHT_INKS)
    accent = rng.choice(_LIGHT_ACCENTS)
    muted = ink if rng.random() < 0.5 else _blend(ink, colour, 0.25)
    return replace(st, paper=colour, ink=ink, accent=accent, muted=muted)


def _blend(a: RGB, b: RGB, share_of_b: float) -> RGB:
    r, g, bl = (round(x * (1 - share_of_b) + y * share_of_b) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


def band_design(
    truth: CardTruth, rng: random.Random, restyle: Callable[[Style], Style] | None = None
) -> tuple[Design, str] | None:
    """A light card whose band or panel carries some fields in light text, and the name of
    its arrangement; None when no arrangement fits this card's text."""
    st = draw_style(rng, truth)
    if restyle is not None:
        st = restyle(st)
    colour = rng.choice(BAND_COLOURS)
    if rng.random() < 0.5:
        st = replace(st, accent=colour)
    light = _on_band(st, rng, colour)
    for name in rng.sample(ARRANGEMENTS, len(ARRANGEMENTS)):
        zones, shapes = _arrange(name, st, rng, colour, bool(truth.address_lines))
        composers = [Composer(truth, light if z.on_band else st) for z in zones]
        for scale in _SCALES:
            items: list[Placed] = []
            ok = True
            for zone, composer in zip(zones, composers, strict=True):
                placed, safe = _fill(zone, composer, scale)
                ok = ok and fits(placed, safe, pad=st.margin * 0.15)
                items += placed
            if ok:
                return Design(st, shapes + items), name
    return None

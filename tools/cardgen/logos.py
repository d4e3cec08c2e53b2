"""Wordmarks: logos that carry the company name.

A wordmark is how many real cards give the company: not as a line of text but set in a
stylised way (spaced capitals, two colours, letters cut out of a block, outlines, one
big initial). A person reads the name off it at once; OCR often does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import ImageDraw, ImageFont

from tools.cardgen.typeset import RGB, Line

WORDMARKS = ("spaced", "two_tone", "knockout", "outline", "stacked", "initial")


def brand(company: str, suffixes: tuple[str, ...]) -> str:
    """The company as its logo shows it: the name without its legal form ("GmbH", "Inc.")."""
    for suffix in sorted(suffixes, key=len, reverse=True):
        if company.casefold().endswith(" " + suffix.casefold()):
            company = company[: -len(suffix) - 1]
            break
    return company.title() if company.isupper() else company


@dataclass(frozen=True)
class Wordmark(Line):
    """The company set as a logo; ``text`` is the name a person reads off it.

    ``face`` is the bold face at the mark's size, ``regular`` the light one some looks mix
    in; ``fill`` is the mark's colour, ``second`` its second colour and ``paper`` the colour
    of the card under it (letters cut out of a block show the card).
    """

    look: str = "spaced"
    regular: ImageFont.FreeTypeFont | None = None
    second: RGB = (0, 0, 0)
    paper: RGB = (255, 255, 255)

    @property
    def _size(self) -> float:
        return float(self.face.size)

    @property
    def _light(self) -> ImageFont.FreeTypeFont:
        return self.regular or self.face

    def _spaced(self, text: str, face: ImageFont.FreeTypeFont, gap: float) -> float:
        return sum(face.getlength(c) for c in text) + gap * (len(text) - 1)

    def _words(self) -> list[str]:
        return self.text.split()

    @property
    def _stack_gap(self) -> float:
        """Letter spacing of a stacked mark's small second line: as wide as the first line."""
        words = self._words()
        rest = " ".join(words[1:]).upper()
        top = self.face.getlength(words[0].upper())
        small = self._small
        raw = self._spaced(rest, small, 0.0)
        return max(0.12 * small.size, (top - raw) / max(1, len(rest) - 1))

    @property
    def _small(self) -> ImageFont.FreeTypeFont:
        return self._light.font_variant(size=max(8, round(self._size * 0.42)))

    @property
    def _kind(self) -> str:
        """The look, or "spaced" for a stacked mark with nothing to stack."""
        return "spaced" if self.look == "stacked" and len(self._words()) < 2 else self.look

    @property
    def width(self) -> float:
        size, kind = self._size, self._kind
        if kind == "spaced":
            return self._spaced(self.text.upper(), self.face, 0.3 * size)
        if kind == "two_tone":
            return sum(
                (self.face if i % 2 == 0 else self._light).getlength(w)
                for i, w in enumerate(self._words())
            )
        if kind == "knockout":
            return self.face.getlength(self.text.upper()) + 0.7 * size
        if kind == "outline":
            return self.face.getlength(self.text.upper()) + 2 * self._stroke
        if kind == "stacked":
            words = self._words()
            rest = " ".join(words[1:]).upper()
            return max(
                self.face.getlength(words[0].upper()),
                self._spaced(rest, self._small, self._stack_gap),
            )
        return self._block + 0.08 * size + self.face.getlength(self.text[1:])

    @property
    def _stroke(self) -> int:
        return max(2, round(self._size / 14))

    @property
    def _block(self) -> float:
        """Side of the square that holds the initial."""
        return float(super().height)

    @property
    def height(self) -> int:
        base, kind = super().height, self._kind
        if kind == "knockout":
            return round(base + 0.5 * self._size)
        if kind == "outline":
            return base + 2 * self._stroke
        if kind == "stacked":
            ascent, descent = self._small.getmetrics()
            return round(base + 0.12 * self._size) + ascent + descent
        return base

    def paint(self, draw: ImageDraw.ImageDraw, x: float, top: float, align: str) -> None:
        left = {"l": x, "m": x - self.width / 2, "r": x - self.width}[align]
        size, kind = self._size, self._kind
        if kind == "spaced":
            self._spaced_text(draw, (left, top), self.text.upper(), self.face, fill=self.fill)
        elif kind == "two_tone":
            for i, word in enumerate(self._words()):
                face = self.face if i % 2 == 0 else self._light
                draw.text(
                    (left, top), word, font=face, fill=self.fill if i % 2 == 0 else self.second
                )
                left += face.getlength(word)
        elif kind == "knockout":
            box = (left, top, left + self.width, top + self.height)
            draw.rounded_rectangle(box, radius=0.18 * size, fill=self.fill)
            draw.text(
                (left + 0.35 * size, top + 0.25 * size),
                self.text.upper(),
                font=self.face,
                fill=self.paper,
            )
        elif kind == "outline":
            stroke = self._stroke
            draw.text(
                (left + stroke, top + stroke),
                self.text.upper(),
                font=self.face,
                fill=self.paper,
                stroke_width=stroke,
                stroke_fill=self.fill,
            )
        elif kind == "stacked":
            self._paint_stacked(draw, left, top, align)
        else:
            block = self._block
            draw.rectangle((left, top, left + block, top + block), fill=self.fill)
            draw.text(
                (left + block / 2, top + block / 2),
                self.text[0],
                font=self.face,
                fill=self.paper,
                anchor="mm",
            )
            draw.text(
                (left + block + 0.08 * size, top), self.text[1:], font=self.face, fill=self.fill
            )

    def _spaced_text(
        self,
        draw: ImageDraw.ImageDraw,
        corner: tuple[float, float],
        text: str,
        face: ImageFont.FreeTypeFont,
        *,
        fill: RGB,
        gap: float | None = None,
    ) -> None:
        left, top = corner
        gap = 0.3 * self._size if gap is None else gap
        for char in text:
            draw.text((left, top), char, font=face, fill=fill)
            left += face.getlength(char) + gap

    def _paint_stacked(
        self, draw: ImageDraw.ImageDraw, left: float, top: float, align: str
    ) -> None:
        words = self._words()
        first, rest = words[0].upper(), " ".join(words[1:]).upper()
        small, gap = self._small, self._stack_gap
        widths = (self.face.getlength(first), self._spaced(rest, small, gap))
        offsets = [
            {"l": 0.0, "m": (self.width - w) / 2, "r": self.width - w}[align] for w in widths
        ]
        draw.text((left + offsets[0], top), first, font=self.face, fill=self.fill)
        below = top + super().height + 0.12 * self._size
        self._spaced_text(draw, (left + offsets[1], below), rest, small, fill=self.second, gap=gap)

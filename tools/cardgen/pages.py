"""Printed pages for a card to lie on: letters, reports in columns, tables, price lists.

A card photographed on a printout is a common case (the card was stapled to a letter, or
put down on the conference programme) and a hard one: the page is as white as the card
and covered in text that must not end up in the contact.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from tools.cardgen.fonts import FAMILIES, font

_WORDS = (
    "the", "of", "and", "to", "in", "for", "with", "on", "our", "all", "is", "are", "will",
    "be", "by", "this", "from", "as", "at", "new", "project", "meeting", "agenda", "report",
    "quarter", "results", "customer", "service", "delivery", "schedule", "budget", "review",
    "market", "growth", "product", "team", "session", "keynote", "panel", "registration",
    "partners", "sales", "revenue", "costs", "plan", "strategy", "update", "members",
    "conference", "programme", "workshop", "hall", "floor", "lunch", "coffee", "break",
    "contract", "terms", "payment", "invoice", "order", "total", "amount", "please", "note",
    "following", "items", "summary", "analysis", "data", "network", "digital", "support",
    "quality", "process", "management", "development", "research", "innovation", "energy",
    "logistics", "industry", "members", "open", "discussion", "questions", "answers",
)  # fmt: skip
_HEADINGS = (
    "Annual Report", "Conference Programme", "Meeting Minutes", "Quarterly Review",
    "Price List", "Invoice", "Project Update", "Exhibitor Information", "Agenda",
    "Terms and Conditions", "Product Overview", "Market Analysis",
)  # fmt: skip
_FACES = ("dejavu-serif", "liberation-serif", "liberation-sans", "dejavu-sans")
A4 = 297 / 210


def _sentence(rng: np.random.Generator, words: int) -> str:
    picked = [str(w) for w in rng.choice(_WORDS, words)]
    text = " ".join(picked)
    return text[0].upper() + text[1:] + "."


def _paragraph(
    rng: np.random.Generator, draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float],
    size: int, face: str,
) -> float:  # fmt: skip
    """Fill ``box`` from its top with ragged-right lines of text; return where it ended."""
    x0, y, x1, y1 = box
    typeface = font(face, size)
    line: list[str] = []
    text = " ".join(
        _sentence(rng, int(rng.integers(6, 16))) for _ in range(int(rng.integers(2, 6)))
    )
    for word in text.split():
        if typeface.getlength(" ".join([*line, word])) > x1 - x0 and line:
            if y + size > y1:
                return y
            draw.text((x0, y), " ".join(line), font=typeface, fill=(30, 30, 32))
            y += size * 1.35
            line = []
        line.append(word)
    if line and y + size <= y1:
        draw.text((x0, y), " ".join(line), font=typeface, fill=(30, 30, 32))
        y += size * 1.35
    return y + size * 0.6


def _table(
    rng: np.random.Generator, draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float],
    size: int, face: str,
) -> float:  # fmt: skip
    """A ruled table of items and figures; return where it ended."""
    x0, y, x1, y1 = box
    columns = int(rng.integers(3, 6))
    width = (x1 - x0) / columns
    regular, bold = font(face, size), font(face.replace("-serif", "-sans"), size)
    head = ["Item", "Qty", "Price", "Total", "Date", "Ref."][:columns]
    rows = int(rng.integers(4, 12))
    pitch = size * 1.7
    for row in range(rows + 1):
        if y + pitch > y1:
            break
        if row % 2 == 0 and row:
            draw.rectangle((x0, y, x1, y + pitch), fill=(232, 232, 236))
        for col in range(columns):
            if row == 0:
                text, typeface = head[col], bold
            elif col == 0:
                text, typeface = " ".join(str(w) for w in rng.choice(_WORDS, 2)).title(), regular
            else:
                text, typeface = f"{rng.uniform(1, 9999):,.2f}", regular
            draw.text(
                (x0 + col * width + size * 0.4, y + size * 0.3),
                text,
                font=typeface,
                fill=(25, 25, 28),
            )
        y += pitch
        draw.line((x0, y, x1, y), fill=(120, 120, 125), width=max(1, size // 12))
    return y + size


def printed_page(rng: np.random.Generator, width: int, text_size: float) -> np.ndarray:
    """An A4 page ``width`` pixels wide (uint8 RGB) whose body text is ``text_size`` pixels:
    a heading, then paragraphs, columns and tables down to the bottom margin."""
    height = round(width * A4)
    tone = int(rng.integers(238, 253))
    page = Image.new("RGB", (width, height), (tone, tone, tone - int(rng.integers(0, 6))))
    draw = ImageDraw.Draw(page)
    family = FAMILIES[str(rng.choice(_FACES))]
    size = max(7, round(text_size))
    margin = width * rng.uniform(0.08, 0.12)
    x0, x1, bottom = margin, width - margin, height - margin
    y = margin
    accent = tuple(
        int(c) for c in rng.choice([(20, 50, 110), (150, 25, 35), (25, 25, 25), (0, 100, 90)])
    )
    heading = font(family.bold, round(size * rng.uniform(1.8, 2.6)))
    draw.text((x0, y), str(rng.choice(_HEADINGS)), font=heading, fill=accent)
    y += heading.size * 1.6
    while y < bottom - size * 3:
        part = rng.choice(("text", "text", "columns", "table"))
        if part == "table":
            y = _table(rng, draw, (x0, y, x1, bottom), size, family.regular)
        elif part == "columns":
            gutter = size * 1.5
            split = (x0 + x1) / 2
            left = _paragraph(rng, draw, (x0, y, split - gutter / 2, bottom), size, family.regular)
            right = _paragraph(rng, draw, (split + gutter / 2, y, x1, bottom), size, family.regular)
            y = max(left, right)
        else:
            if rng.random() < 0.4:
                sub = font(family.bold, round(size * 1.25))
                draw.text((x0, y), _sentence(rng, 3)[:-1], font=sub, fill=accent)
                y += sub.size * 1.5
            y = _paragraph(rng, draw, (x0, y, x1, bottom), size, family.regular)
    return np.asarray(page)

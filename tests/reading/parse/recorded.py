"""Load recorded OCR output (see ``record_fixtures.py``) as the parsers' input."""

from __future__ import annotations

import json
from pathlib import Path

from cardkeeper.reading.words import Box, Word

OCR_OUTPUT = Path(__file__).parent / "ocr_output"


def load_words(name: str) -> list[Word]:
    """The words of fixture ``ocr_output/<name>.json``, in Tesseract's order."""
    raw = json.loads((OCR_OUTPUT / f"{name}.json").read_text(encoding="utf-8"))
    return [
        Word(
            text=w["text"],
            box=Box(w["left"], w["top"], w["width"], w["height"]),
            confidence=w["conf"],
            block=w["block_num"],
            paragraph=w["par_num"],
            line=w["line_num"],
        )
        for w in raw
    ]


def stacked_words(*lines: tuple[str, int]) -> list[Word]:
    """Hand-made words of stacked lines, each ``(text, text height)``, every word read sure:
    for rules that weigh the size of the print."""
    words = []
    top = 0
    for number, (text, height) in enumerate(lines):
        left = 0
        for part in text.split():
            width = len(part) * height // 2
            words.append(Word(part, Box(left, top, width, height), 0.95, 1, 1, number))
            left += width + height // 3
        top += height * 2
    return words


def line_words(*lines: str, height: int = 30) -> list[Word]:
    """Hand-made words for small rule tests: one line per string, one block, stacked."""
    words = []
    for number, line in enumerate(lines):
        left = 0
        for text in line.split(" "):
            width = 15 * len(text)
            words.append(
                Word(text, Box(left, number * 2 * height, width, height), 0.95, 1, 1, number)
            )
            left += width + 10
    return words

"""Read the words on a flattened card: prepare, turn upright, run Tesseract, map boxes back.

The words come back in the coordinates of the *upright card at its own
scale* (the image returned beside them), whatever scaling was done for
Tesseract, so the review pane can draw each field's boxes on that image.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytesseract
from numpy.typing import NDArray

from cardkeeper.errors import TesseractMissingError
from cardkeeper.reading.orient import detect_orientation, rotate
from cardkeeper.reading.prepare import prepare
from cardkeeper.reading.tesseract import (
    check_languages,
    find_tesseract,
    install_hint,
    use_single_thread,
)
from cardkeeper.reading.words import Box, Word

Image8 = NDArray[np.uint8]

PAGE_SEGMENTATION = "--psm 3"
"""Automatic layout: keeps a card's two columns apart, which --psm 6 merges (measured)."""


@dataclass(frozen=True)
class OcrResult:
    image: Image8
    """The card turned upright, BGR, at the size it was given: the words' coordinate space."""
    words: list[Word]
    text: str
    """Lines joined by newlines, blocks separated by blank lines."""
    rotation: int
    """Degrees the card was turned clockwise to be upright."""


def read_words(
    card_bgr: Image8, languages: str = "eng", tesseract_cmd: str | None = None
) -> OcrResult:
    """OCR a card image (BGR). Raises TesseractMissingError if Tesseract or a language is absent.

    When the ink does not say clearly which way is up, both readings are made
    and the one Tesseract is surer of wins (costs one more OCR call).
    """
    info = find_tesseract(tesseract_cmd)
    check_languages(info, languages)
    use_single_thread()
    prepared = prepare(card_bgr)
    orientation = detect_orientation(prepared.image)
    rotations = [orientation.rotation]
    if not orientation.confident:
        rotations.append((orientation.rotation + 180) % 360)
    best: tuple[float, int, list[Word]] | None = None
    for rotation in rotations:
        turned = np.asarray(rotate(prepared.image, rotation), dtype=np.uint8)
        words = _ocr(turned, languages, info.path, prepared.scale)
        quality = sum(word.confidence * len(word.text) for word in words)
        if best is None or quality > best[0]:
            best = (quality, rotation, words)
    assert best is not None
    _, rotation, words = best
    upright = np.asarray(rotate(card_bgr, rotation), dtype=np.uint8)
    return OcrResult(upright, words, _text(words), rotation)


def _ocr(image: Image8, languages: str, command: str, scale: float) -> list[Word]:
    """Tesseract's words in ``image``, boxes divided by ``scale``; empty and -1 rows dropped."""
    pytesseract.pytesseract.tesseract_cmd = command
    try:
        data = pytesseract.image_to_data(
            image, lang=languages, config=PAGE_SEGMENTATION, output_type=pytesseract.Output.DICT
        )
    except pytesseract.TesseractNotFoundError as error:
        raise TesseractMissingError(
            f"Tesseract could not be started from {command}; {install_hint()}."
        ) from error
    words = []
    for index, raw_text in enumerate(data["text"]):
        text = str(raw_text).strip()
        confidence = float(data["conf"][index])
        if not text or confidence < 0:
            continue
        left, top = data["left"][index] / scale, data["top"][index] / scale
        right = (data["left"][index] + data["width"][index]) / scale
        bottom = (data["top"][index] + data["height"][index]) / scale
        box = Box(round(left), round(top), round(right) - round(left), round(bottom) - round(top))
        words.append(
            Word(
                text,
                box,
                min(1.0, confidence / 100),
                int(data["block_num"][index]),
                int(data["par_num"][index]),
                int(data["line_num"][index]),
            )
        )
    return words


def _text(words: list[Word]) -> str:
    """Lines joined with newlines, a blank line between Tesseract's blocks."""
    parts: list[str] = []
    previous: tuple[int, int, int] | None = None
    for word in words:
        key = (word.block, word.paragraph, word.line)
        if previous is None:
            parts.append(word.text)
        elif key == previous:
            parts.append(" " + word.text)
        else:
            parts.append("\n\n" if word.block != previous[0] else "\n")
            parts.append(word.text)
        previous = key
    return "".join(parts)

"""A second recogniser for the cards Tesseract reads no email on: PP-OCR through RapidOCR.

Tesseract reads a clean card well and is fast; it fails first on small print photographed at
low resolution (640x480 phone photos whose addresses are 7 px tall) and on smeared or glaring
photos, where its letters come apart (``jongyoul®seoultecn ac kat``). PP-OCR's learned
detector and recogniser (the models ship inside the ``rapidocr`` wheel, run by onnxruntime;
nothing is downloaded) read much of that print, but cost three to five times Tesseract's
time per card and drop the dots of small print more often (``redwoodcapitaluk``). So they
are asked only when all of Tesseract's looks left the card without a sure email, and their
reading replaces Tesseract's only when it parses to more emails and no fewer phones or
websites (``is_better``); even then the name, title and company Tesseract read are kept
(``with_first_header``). Asking only cards that show signs of an address (a mail label, an
``@``, a domain) was tried: on four of the real cards it helped, Tesseract had read no such
sign at all (a 7 px address line read as noise or as nothing).

Measured with the full pipeline before keeping it, the card given at 1,600 px (only cards
left without a sure email can change): of the 175 real cards it read 45 and changed 17,
e-mails F1 0.913 -> 0.942, phones 0.920 -> 0.939, names 0.952 -> 0.969, all four key fields
right on 122 -> 125 cards, company 0.800 -> 0.798 (three firms found, five wrong where none
was read); of the 270 cards of generated seed 134 it read 22, and four more read every key
field right, none fewer. At 1,024 px its reading takes 0.7 to 2.9 s a card on the idle
2-core development machine.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np

from cardkeeper.reading.words import Box, Word

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from cardkeeper.reading.fields import CardFields, Field

LONGEST_SIDE = 1024
"""The card is given to the detector at most this many pixels long: the flattened photo of a
desk card can be 2,000 px and more, where the detector spends seconds on paper and hundreds
of megabytes; the cards of small photos, where the second reader helps most, are far below
it and are not shrunk. Measured against 1,280 and 1,600 px: on the 50 desk photos of
``bench.speed`` (6 read a second time) its readings took 7.6 s at 1,024 and 7.4 s at 1,280
against 12.2 s at 1,600; importing two 12-megapixel photos of noise at once peaked at 981 MB
at 1,024, 1.35 GB at 1,280 (761 MB without the second reader); the cards it reads of the
real set and of seed 134 read the same at 1,024 and 1,280, and at 1,600 one more generated
card (seed 134 photo-backed 0228) was right."""

_lock = threading.Lock()


def is_better(second: CardFields, first: CardFields) -> bool:
    """True if ``second`` read more emails than ``first`` and no fewer phones or websites.

    The second reader drops small dots and commas more often than Tesseract, so its reading
    wins only on what it is there for: an address Tesseract lost. Asking no fewer of the
    other details keeps a reading that found an email but lost a column of numbers from
    replacing one that read them.
    """
    return (
        len(second.emails) > len(first.emails)
        and len(second.phones) >= len(first.phones)
        and len(second.websites) >= len(first.websites)
    )


def with_first_header(
    first_words: list[Word], first: CardFields, second_words: list[Word], second: CardFields
) -> tuple[list[Word], CardFields]:
    """The second reading, with the name, title and company of the first wherever the first
    read one, and the words they were read from added to the second's words.

    The second reader is asked for the small print; the large lines of a card's head are
    where it does worse than Tesseract: it reads a logo's letters as words, which then pass
    for the firm (``ACN`` over ``LF Services``, ``KISTI`` over the institute's full name on
    the real set), and a name in a display face as noise. Tesseract's reading of those lines
    stands when it gave one.
    """
    words = list(second_words)
    moved: dict[int, int] = {}
    offset = max((word.block for word in words), default=0)

    def keep(kept: Field) -> Field:
        for index in kept.word_indexes:
            if index not in moved:
                moved[index] = len(words)
                word = first_words[index]
                words.append(replace(word, block=word.block + offset))
        return replace(kept, word_indexes=tuple(moved[i] for i in kept.word_indexes))

    fields = replace(second)
    if first.name is not None:
        fields.name = replace(first.name, full=keep(first.name.full))
    if first.title is not None:
        fields.title = keep(first.title)
    if first.company is not None:
        fields.company = keep(first.company)
    return words, fields


def read_second(image: NDArray[np.uint8]) -> list[Word]:
    """The words of the upright card ``image`` (BGR) as PP-OCR reads them, in its coordinates.

    Each detected line becomes a block of its own, its words in one line, so the parsers
    see PP-OCR's lines as Tesseract's layout would give them; lines go top to bottom.
    """
    scale = min(1.0, LONGEST_SIDE / max(image.shape[:2]))
    small = image if scale == 1.0 else _resized(image, scale)
    if small.ndim == 2:
        small = np.dstack([small] * 3)
    with _lock:
        output = _engine()(small, return_word_box=True)
    if not output.txts:
        return []  # nothing read: RapidOCR then gives one empty word, not a list of lines
    lines = list(output.word_results)
    lines.sort(key=lambda line: (min(y for _, _, box in line for _, y in box), _left(line)))
    words: list[Word] = []
    for block, line in enumerate(lines, start=1):
        for text, score, box in line:
            if text.strip():
                words.append(Word(text, _box(box, scale), float(score), block, 1, 1))
    return words


def _left(line: Any) -> float:
    return float(min(x for _, _, box in line for x, _ in box))


def _box(points: Any, scale: float) -> Box:
    """The upright box around a word's four corners, back at the card's own scale."""
    xs = [x / scale for x, _ in points]
    ys = [y / scale for _, y in points]
    left, top = int(min(xs)), int(min(ys))
    return Box(left, top, max(1, int(max(xs)) - left), max(1, int(max(ys)) - top))


def _resized(image: NDArray[np.uint8], scale: float) -> NDArray[np.uint8]:
    resized = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(resized, dtype=np.uint8)


@cache
def _engine() -> Any:
    """One engine per process, loaded on first use (about 0.1 s; importing onnxruntime and
    RapidOCR costs more, so it waits for the first card that needs it). The models are the
    ones inside the installed package, named by path so that RapidOCR never looks for them
    online; one thread per call, as cards are read in parallel across cores."""
    import rapidocr
    from rapidocr import RapidOCR

    models = Path(rapidocr.__file__).parent / "models"
    return RapidOCR(
        params={
            "Global.use_cls": False,
            "Global.log_level": "error",
            "Det.model_path": str(models / "PP-OCRv6_det_small.onnx"),
            "Rec.model_path": str(models / "PP-OCRv6_rec_small.onnx"),
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )

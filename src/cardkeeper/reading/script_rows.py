"""Rows of a Chinese, Japanese or Korean card read again alone, each with the model that
fits it.

A CJK card prints the name two to three times as large as its contact lines (``鈴木 一郎``
in bold over ``SUZUKI Ichiro``). The card is prepared for its median glyph (``prepare``),
so the name's characters reach Tesseract some 55 px tall, and the fast CJK models read
them poorly there: ``鈴木`` came back as ``氏 木`` (or as ``aR`` from the Latin model read
beside it), and the layout dropped the name and company of some flat scans as pictures
(``김 민준``, ``(주)세종물산``). Cut out and read as one line (``--psm 7``) with the
card's CJK model alone, at ``ROW_GLYPHS`` px, those rows of the 7 such cards of
``bench.scripts`` seed 7 gave 5 names right (``王 建國``, ``张 敏``, ``김 민준``), 2 with
one character wrong (``朗`` for ``郎``, which the model prefers at most sizes), and the 2
dropped Korean companies. What a row read alone replaces the words read over it when it
read more of the script's characters surely (``script_mass``).

The Latin lines of such a card suffer the other way: read with the CJK model beside the
Latin one, ``y.ito@nihonseiko.com`` lost its dot (0.28 sure), which the Latin model alone
read 0.9 sure, and ``kenta@nihonseiko.co.jp`` came back ``kenta@rnihonseiko.co.jp``. A
line that holds an address is read again alone with the card's models but those of other
scripts (``OTHER_SCRIPTS``), kept when that is surer: on the cards of ``bench.scripts``
seeds 5, 6 and 8 it gave back 3 of the 5 addresses looked at that the reading with both
models got wrong.

Cards read without a CJK model (Latin, Cyrillic, Greek) cost nothing; CJK cards pay one
small OCR call per large row read unsurely or not at all, and one per mail line.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from cardkeeper.reading.email_lines import MAILISH
from cardkeeper.reading.prepare import glyph_boxes
from cardkeeper.reading.sideways import Image8, Page
from cardkeeper.reading.tesseract_engine import recognise_words
from cardkeeper.reading.words import Box, Word, group_lines, letter_confidence

CJK_MODELS = ("jpn", "chi_sim", "chi_tra", "kor")
"""Tesseract's models of Chinese characters, kana and Hangul."""
OTHER_SCRIPTS = frozenset((*CJK_MODELS, "jpn_vert", "rus", "ell"))
"""Models of scripts no email address is written in: a mail line is read without them."""
LARGE = 1.25
"""Height of a row's characters, in the page's glyphs (``Page.glyph``), from which it is
large. On generated cards a name measures 2.3-2.9 of them, a company in Chinese characters
1.6-1.8, in Hangul (whose pieces are shorter than the syllable) 1.3; the body 1.0-1.2."""
MIN_ROW = 0.8
"""Height, in the page's glyphs, from which a row of glyphs is print (not specks)."""
ROW_GLYPHS = 22.0
"""Height (px) the characters of a large row are read at. On the names of seed 7 at 22 px
the CJK model read 8 of 9 right or nearly, at 28 px 5 of 9 (as at 55 px on the card)."""
REACH = 1.2
"""How far, in its own size, a glyph reaches along its row to join the next: a name's
family and given name are printed a character apart (``山田　太郎``)."""
SURE_ROW = 0.85
"""Confidence from which every word read over a row leaves it as it is."""
MIN_SURE = 0.4
"""Confidence from which a character read alone counts (``_sure_letters``): a stray mark
read against a bold name's characters (``”丽华``) leaves them under 0.5."""
MIN_LETTERS = 2
"""Characters of the script read surely alone for the row to be taken: a name's two."""


def reread_script_rows(page: Page, words: list[Word], languages: str, tessdata: str) -> list[Word]:
    """``words`` with the rows of large CJK print, and the rows of print over which no word
    was read, read again alone with the CJK model, and the mail lines without it, where that
    read them more surely; ``words`` as they are when ``languages`` holds
    no CJK model."""
    model = next((lang for lang in languages.split("+") if lang in CJK_MODELS), None)
    if model is None:
        return words
    kept = list(words)
    for row, height in print_rows(page.image, page.glyph):
        over = [word for word in kept if _centre_within(word.box.in_image(page.scale), row)]
        if over and (height < LARGE * page.glyph or min(w.confidence for w in over) >= SURE_ROW):
            continue
        read = read_row(page, row, height, model, tessdata)
        if _better(read, over):
            kept = _replaced(kept, over, read)
    latin = "+".join(lang for lang in languages.split("+") if lang not in OTHER_SCRIPTS)
    if not latin:
        return kept
    for line in group_lines(kept):
        old = list(line.words)
        if not MAILISH.search(line.text):
            continue
        box = line.box.in_image(page.scale)
        height = float(np.median([word.box.in_image(page.scale).height for word in old]))
        read = read_row(page, box, height, latin, tessdata, glyphs=height)
        if letter_confidence(read) > letter_confidence(old) and "@" in "".join(
            word.text for word in read
        ):
            kept = _replaced(kept, old, read)
    return kept


def _better(read: list[Word], over: list[Word]) -> bool:
    """True if the row read alone read at least ``MIN_LETTERS`` characters of the script
    surely, more surely than the words read over it, and lost none of their digits (a
    street number, a postcode); a row nothing was read over must read surely throughout,
    as it may be a picture."""
    if _sure_letters(read) < MIN_LETTERS or script_mass(read) <= script_mass(over):
        return False
    if not over:
        return letter_confidence(read) >= SURE_ROW
    return _digits(read) >= _digits(over)


def _replaced(words: list[Word], old: list[Word], new: list[Word]) -> list[Word]:
    """``words`` with ``new`` in place of ``old``, on the line of its first word; or, when
    ``old`` is empty, after them as a block of their own."""
    if not old:
        block = max((word.block for word in words), default=0) + 1
        return words + [replace(word, block=block, paragraph=1, line=1) for word in new]
    first = old[0]
    at = next(index for index, word in enumerate(words) if word is first)
    before = [word for word in words[:at] if not any(word is gone for gone in old)]
    after = [word for word in words[at:] if not any(word is gone for gone in old)]
    placed = [
        replace(word, block=first.block, paragraph=first.paragraph, line=first.line) for word in new
    ]
    return before + placed + after


def print_rows(gray: Image8, glyph: float) -> list[tuple[Box, float]]:
    """Rows of glyphs at least ``MIN_ROW`` times ``glyph`` tall in dark-on-light ``gray``, as
    (box, height of their characters), top to bottom.

    Each glyph's middle half is stretched along its row by ``REACH`` of its size, so a row
    of large characters joins across its wide gaps and stays apart from the rows above and
    below; a CJK character of several pieces is one row's several glyphs.
    """
    glyphs = glyph_boxes(gray)
    if not len(glyphs):
        return []
    cores = np.zeros(gray.shape[:2], np.uint8)
    for left, top, width, tall in glyphs.astype(int):
        reach = int(REACH * max(width, tall))
        middle = slice(top + tall // 4, top + max(tall // 4 + 1, 3 * tall // 4))
        cores[middle, max(0, left - reach) : left + width + reach] = 1
    _, labels = cv2.connectedComponents(cores, connectivity=4)
    # A glyph's centre lies in its own core, so the label there is its row's.
    rows_of = labels[
        (glyphs[:, 1] + glyphs[:, 3] / 2).astype(int), (glyphs[:, 0] + glyphs[:, 2] / 2).astype(int)
    ]
    rows = []
    for label in np.unique(rows_of):
        members = glyphs[rows_of == label].astype(int)
        if len(members) < 2:
            continue
        height = float(np.percentile(members[:, 3], 90))
        left, top = int(members[:, 0].min()), int(members[:, 1].min())
        right = int((members[:, 0] + members[:, 2]).max())
        bottom = int((members[:, 1] + members[:, 3]).max())
        if height >= MIN_ROW * glyph and right - left >= height:
            rows.append((Box(left, top, right - left, bottom - top), height))
    return sorted(rows, key=lambda item: item[0].top)


def read_row(
    page: Page,
    row: Box,
    height: float,
    languages: str,
    tessdata: str,
    *,
    glyphs: float = ROW_GLYPHS,
) -> list[Word]:
    """The words of ``row`` (in ``page``'s pixels, its print ``height`` tall) read alone
    with ``languages`` as one line, its print scaled to ``glyphs`` px, boxed in card pixels."""
    margin = int(0.3 * height)
    left, top = max(0, row.left - margin), max(0, row.top - margin)
    crop = page.image[top : row.bottom + margin, left : row.right + margin]
    factor = glyphs / max(height, 1.0)
    method = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    small = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=method)
    pad = int(glyphs / 2)
    small = cv2.copyMakeBorder(small, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    read = recognise_words(
        np.ascontiguousarray(small, dtype=np.uint8), tessdata, languages, line=True
    )
    scale = page.scale * factor
    dx, dy = round(left * factor - pad), round(top * factor - pad)
    return [replace(word, box=word.box.in_card(scale, dx, dy)) for word in read]


def script_mass(words: list[Word]) -> float:
    """Confidence summed over the CJK characters (and kana, Hangul) of ``words``: a Latin
    model's garbage over a name (``aR``) weighs nothing."""
    return sum(word.confidence * sum(_is_cjk(sign) for sign in word.text) for word in words)


def _digits(words: list[Word]) -> int:
    return sum(sign.isdigit() for word in words for sign in word.text)


def _sure_letters(words: list[Word]) -> int:
    return sum(
        sum(_is_cjk(sign) for sign in word.text) for word in words if word.confidence >= MIN_SURE
    )


def _is_cjk(sign: str) -> bool:
    code = ord(sign)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7A3


def _centre_within(box: Box, row: Box) -> bool:
    x, y = box.left + box.width / 2, box.top + box.height / 2
    return row.left <= x <= row.right and row.top <= y <= row.bottom

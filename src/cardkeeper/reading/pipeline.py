"""One card, start to finish: load -> find the card -> orient + OCR -> parse.

Each step lives in its own module and is tested alone; this module only
chains them and keeps what the later layers need (the flattened card to show,
the word boxes to draw, the raw text to search).
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from cardkeeper.reading.fields import CardFields
from cardkeeper.reading.words import Word, letter_confidence
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np
    import numpy.typing as npt

    from cardkeeper.reading.email_lines import LineReread
    from cardkeeper.reading.find_card import CardFind
    from cardkeeper.reading.ocr import OcrResult

NO_CARD_FOUND = QT_TRANSLATE_NOOP(
    "pipeline", "No card outline was found in this photo; the whole photo was read."
)
UNSEPARATED = QT_TRANSLATE_NOOP(
    "pipeline",
    "Cards here lie so close together that they could not be told apart, so they were not "
    "read; lay them a finger's width apart and take the photo again.",
)
DOUBTFUL_EMAIL = 0.6
"""An email read with less confidence gets a second look. Of 557 emails read right on the
scans and desk photos of five generated sets, 2 were below this; of the 3 read wrong, one
(``9reco@`` for ``sara.greco@``, 0.58), which the second look read right (0.94)."""
SURE_EMAIL = 0.8
"""How sure the look with the contrast evened out must be of an email for it to be kept: that
look stretches paper grain and faint print alike, so it reads more that is wrong. On 175 real
cards it kept two wrong emails, read 0.36 and 0.74; on the hard photos of seed 131 the two it
read right under glare were read 0.92."""


@dataclass(frozen=True)
class ReadingOptions:
    languages: str = ""
    """Tesseract languages ('eng+deu'); empty means the best installed."""
    default_region: str = "US"
    tesseract_cmd: str | None = None


@dataclass
class CardReading:
    """What was read from one image. ``card_image`` is the flattened, upright card (BGR)."""

    source: str
    fields: CardFields
    words: list[Word]
    raw_text: str
    card_image: npt.NDArray[np.uint8]
    card_found: bool
    notes: list[str] = field(default_factory=list)
    """Things the user should know about this reading, as sentences."""


def read_card(path: Path, options: ReadingOptions | None = None) -> CardReading:
    """Read one image file. Raises a ``CardKeeperError`` subclass with a user-facing sentence."""
    from cardkeeper.reading.load import load_image

    return read_card_image(load_image(path), str(path), options)


def read_photo(path: Path, options: ReadingOptions | None = None) -> list[CardReading | str]:
    """Read every card in one image file (see :func:`read_photo_image`). Raises a
    ``CardKeeperError`` subclass with a user-facing sentence when the file cannot be read."""
    from cardkeeper.reading.load import load_image

    return read_photo_image(load_image(path), str(path), options)


def read_photo_image(
    image: npt.NDArray[np.uint8], source: str, options: ReadingOptions | None = None
) -> list[CardReading | str]:
    """One reading per card in ``image``, in reading order (rows, then left to right).

    A photo of one card gives the one reading :func:`read_card_image` gives. Where cards
    on a sheet lie too close to be told apart, the list holds the sentence that says so in
    their place, so that no card is lost without a word. The cards of a sheet are read side
    by side, one per core (see :func:`_sheet_pool`); the list keeps their order.
    """
    from cardkeeper.reading.several_cards import Unseparated, find_cards

    places = find_cards(image)
    cards = [place for place in places if not isinstance(place, Unseparated)]
    if len(cards) < 2:
        readings = [read_card_image(image, source, options, place) for place in cards]
    else:
        # Each card waits on Tesseract, a child process, most of its time: read side by
        # side, a sheet's cards keep both cores busy (see _sheet_pool).
        futures = [
            _sheet_pool().submit(read_card_image, image, source, options, place) for place in cards
        ]
        try:
            readings = [future.result() for future in futures]
        finally:
            for future in futures:
                future.cancel()
    read = iter(readings)
    return [
        translate("pipeline", UNSEPARATED) if isinstance(place, Unseparated) else next(read)
        for place in places
    ]


_pools: list[ThreadPoolExecutor] = []
"""The one pool of :func:`_sheet_pool`, once made."""
_pool_lock = threading.Lock()


def _sheet_pool() -> ThreadPoolExecutor:
    """The threads the cards of a sheet are read on, one per core, shared by every photo read
    at once.

    The app already reads several photos at a time, one per core (``app.read_cards``); a
    pool of its own per photo would run two cards per core then. Shared, the cards of all
    the sheets being read take turns on one thread per core, while the photos' own threads
    only find the cards and wait. A worker starts in the thread that first needs it, and
    on Linux takes that thread's priority: below the window's when the app's readers start it.
    """
    with _pool_lock:
        if not _pools:
            workers = max(1, os.cpu_count() or 1)
            _pools.append(ThreadPoolExecutor(workers, thread_name_prefix="read-sheet-card"))
        return _pools[0]


def read_card_image(
    image: npt.NDArray[np.uint8],
    source: str,
    options: ReadingOptions | None = None,
    found: CardFind | None = None,
) -> CardReading:
    """Read a card from an image already in memory (a camera frame, a decoded photo).

    ``found`` is the card already cut out of ``image`` (the scanner knows where it lies);
    without it, the card is looked for.
    """
    from cardkeeper.reading.find_card import find_card
    from cardkeeper.reading.ocr import read_words
    from cardkeeper.reading.parse.card import parse_card
    from cardkeeper.reading.prepare import RETRY_TEXT_HEIGHT, TARGET_TEXT_HEIGHT

    options = options or ReadingOptions()
    found = found or find_card(image)
    card = found.card
    ocr = read_words(card, options.languages, options.tesseract_cmd)
    fields = parse_card(ocr.words, options.default_region)
    if found.quad is not None and _details(fields) == 0:
        # An outline can be a picture printed on the card (an illustration, a photo, a
        # logo's field) rather than the card: what it cuts out holds no contact details.
        # The whole image is read too, and kept if it reads an email, the one detail whose
        # form shows it was read whole (a panel cut from a card on a desk leaves the rest
        # of the card leaning, and its digits read as phones without their country code).
        # For a card of a sheet, "whole" is the part of the photo around it: the whole
        # photo would be all the cards.
        around = image if found.around is None else found.around
        whole = read_words(around, options.languages, options.tesseract_cmd)
        whole_fields = parse_card(whole.words, options.default_region)
        if whole_fields.emails:
            card, ocr, fields = around, whole, whole_fields
    card_region = ""
    if not options.languages:
        # Automatic: a card printed in another script beside its Latin text is read with
        # that script's model too, and so are the looks below (see script_choice).
        ocr, fields, options, card_region = _in_card_script(card, ocr, fields, options)
    looks = ((RETRY_TEXT_HEIGHT, False, 0.0), (TARGET_TEXT_HEIGHT, True, SURE_EMAIL))
    for height, even, least in looks:
        if _weakest_email(fields) >= DOUBTFUL_EMAIL:
            break
        # Small print on a photographed card is where OCR fails first; a second look at a
        # larger scale finds some of it (see RETRY_TEXT_HEIGHT), and a look with the contrast
        # evened out finds print that glare or dim light left faint. Each is kept only if it
        # read an email it is surer of (and at least ``least`` sure) and no fewer details.
        retry = read_words(card, options.languages, options.tesseract_cmd, height, even)
        retry_fields = parse_card(retry.words, options.default_region)
        surer = _weakest_email(retry_fields) > max(_weakest_email(fields), least)
        if surer and _details(retry_fields) >= _details(fields):
            ocr, fields = retry, retry_fields
        elif not even and _reads_more(retry, retry_fields, ocr, fields):
            # No email either way: the larger scale is kept if it read more other details
            # and read them as surely (small print measured too large, see _reads_more).
            ocr, fields = retry, retry_fields
    from cardkeeper.reading.email_lines import reread_cut_addresses, reread_email_lines

    if _weakest_email(fields) < DOUBTFUL_EMAIL:
        # Still no sure email: the lines that say they hold one are read again alone and
        # larger (see email_lines), a few small OCR calls.
        ocr, fields = _with_lines_reread(reread_email_lines, ocr, fields, options)
    if fields.emails:
        # An address whose first letters the layout cut off into another block: the row is
        # read again whole (see email_lines); cards with no such row pay nothing.
        ocr, fields = _with_lines_reread(reread_cut_addresses, ocr, fields, options)
    if _weakest_email(fields) < DOUBTFUL_EMAIL:
        # Still no sure email: a second recogniser, slower but surer on small and smeared
        # print, reads the card (see second_reader).
        ocr, fields = _with_second_reading(ocr, fields, options)
    if card_region:
        fields = parse_card(ocr.words, options.default_region, card_region)
    elif _unplaced_phones(fields):
        # Numbers printed without a country that nothing the Latin model read places: the
        # card's own script (Japanese, Korean) may name the country. It costs a reading
        # with each of those models, so Latin cards whose numbers are placed are spared it.
        from cardkeeper.reading.script import script_region

        if region := script_region(ocr.image, options.tesseract_cmd):
            fields = parse_card(ocr.words, options.default_region, region)
    return CardReading(
        source=source,
        fields=fields,
        words=ocr.words,
        raw_text=ocr.text,
        card_image=ocr.image,
        card_found=found.found,
        notes=[] if found.found else [translate("pipeline", NO_CARD_FOUND)],
    )


def _in_card_script(
    card: npt.NDArray[np.uint8], ocr: OcrResult, fields: CardFields, options: ReadingOptions
) -> tuple[OcrResult, CardFields, ReadingOptions, str]:
    """The card read with its own script's model beside the Latin one, the options that
    read it and the script's country; or all as they were and "" for a Latin card."""
    from cardkeeper.reading.ocr import lines_text, read_words
    from cardkeeper.reading.parse.card import parse_card
    from cardkeeper.reading.script_choice import (
        card_script,
        is_better,
        unread_name,
        with_latin_contacts,
    )
    from cardkeeper.reading.tesseract import default_languages, find_tesseract

    info = find_tesseract(options.tesseract_cmd)
    script = card_script(ocr.image, ocr.words, info.tessdata, info.languages)
    if script is None:
        return ocr, fields, options, ""
    both = replace(options, languages=f"{script.model}+{default_languages(info)}")
    reading = read_words(card, both.languages, both.tesseract_cmd)
    if reading.image.shape == ocr.image.shape:
        # Emails and websites are Latin: where the script's model garbled one, the Latin
        # model's reading of it is kept (see with_latin_contacts).
        kept = with_latin_contacts(reading.words, ocr.words)
        reading = replace(reading, words=kept, text=lines_text(kept))
    if not is_better(reading.words, ocr.words, script):
        return ocr, fields, options, ""
    script_fields = parse_card(reading.words, both.default_region, script.region)
    if _placed(script_fields) < _placed(parse_card(ocr.words, both.default_region, script.region)):
        # The other model misread a label or a digit beside a number ("Tel" as "761"): the
        # card's contact details, which are Latin, count for more than its own script.
        return ocr, fields, options, ""
    fields = script_fields
    if (
        words := unread_name(reading.image, reading.words, fields, script, info.tessdata)
    ) is not None:
        reading = replace(reading, words=words, text=lines_text(words))
        fields = parse_card(reading.words, both.default_region, script.region)
    return reading, fields, both, script.region


def _with_lines_reread(
    reread: Callable[..., LineReread | None],
    ocr: OcrResult,
    fields: CardFields,
    options: ReadingOptions,
) -> tuple[OcrResult, CardFields]:
    """``ocr`` and ``fields`` with the lines ``reread`` read again put in, if it found better."""
    from cardkeeper.reading.ocr import lines_text

    found = reread(
        ocr.image,
        ocr.words,
        fields,
        options.default_region,
        languages=options.languages,
        tesseract_cmd=options.tesseract_cmd,
    )
    if found is None:
        return ocr, fields
    return replace(ocr, words=found.words, text=lines_text(found.words)), found.fields


def _with_second_reading(
    ocr: OcrResult, fields: CardFields, options: ReadingOptions
) -> tuple[OcrResult, CardFields]:
    """``ocr`` and ``fields``, or the second reader's if it is better (``is_better``), with
    the head of the card as Tesseract read it (``with_first_header``)."""
    from cardkeeper.reading.ocr import lines_text
    from cardkeeper.reading.parse.card import parse_card
    from cardkeeper.reading.second_reader import is_better, read_second, with_first_header

    words = read_second(ocr.image)
    second = parse_card(words, options.default_region)
    if not is_better(second, fields):
        return ocr, fields
    words, second = with_first_header(ocr.words, fields, words, second)
    return replace(ocr, words=words, text=lines_text(words)), second


def _reads_more(
    retry: OcrResult, retry_fields: CardFields, ocr: OcrResult, fields: CardFields
) -> bool:
    """True if neither reading holds an email and ``retry`` read more phones and websites,
    at least as sure per letter.

    On a small, blurred photo the letters of a word run together, so the glyphs measure
    too large and the print is read below the size Tesseract needs: a 244 px wide card
    with 7 px print was read at 9 px (nothing but noise, taken upside down), at
    RETRY_TEXT_HEIGHT it gave the name and phone. Measured on 175 real cards: two read
    better (that card, and a 640x480 photo's company, title and three phones), none worse;
    the 270 generated cards of seed 139 the same. Without the letters' confidence, a
    reading of noise that passed for a phone number won on one more real card.
    """
    if fields.emails or retry_fields.emails or _details(retry_fields) <= _details(fields):
        return False
    return letter_confidence(retry.words) >= letter_confidence(ocr.words)


def _weakest_email(fields: CardFields) -> float:
    """The confidence of the least sure email read; 0 when none was."""
    return min((email.confidence for email in fields.emails), default=0.0)


def _unplaced_phones(fields: CardFields) -> bool:
    """True if a phone was kept as printed, its country unknown (see ``add_phones``)."""
    return any(not phone.value.startswith("+") for phone in fields.phones)


def _placed(fields: CardFields) -> int:
    """Emails, websites and phones whose country is known."""
    placed = [phone for phone in fields.phones if phone.value.startswith("+")]
    return len(fields.emails) + len(fields.websites) + len(placed)


def _details(fields: CardFields) -> int:
    return len(fields.emails) + len(fields.phones) + len(fields.websites)

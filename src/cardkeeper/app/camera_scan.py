"""Scanning at the desk: camera frames in, each card read once, saved for review.

The camera is followed frame by frame on one thread (the tracker needs a few
ms a frame); every capture is read on a pool of reader threads, so OCR never
holds up the next frame. Used by ``cardkeeper camera`` and by the scanner
window, which differ only in where frames come from and where results go.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date

from cardkeeper.app.contact_from_reading import (
    contact_from_fields,
    field_confidences,
    word_fields,
)
from cardkeeper.app.read_cards import reader_pool
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.reading.camera_frames import FrameSource
from cardkeeper.reading.card_tracker import Capture, CardTracker, TrackerSettings
from cardkeeper.reading.pipeline import CardReading, ReadingOptions
from cardkeeper.store.card_images import ImageData, ScannedSide, Side
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events

FRAME_JPEG_QUALITY = 92
"""The captured frame is kept as the card's original photo."""


@dataclass(frozen=True)
class CapturedCard:
    """One capture, read (or not: ``error`` says why in one sentence)."""

    number: int
    """1, 2, 3 … in the order the cards were captured in this session."""
    capture: Capture
    reading: CardReading | None
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def frame_index(self) -> int:
        return self.capture.frame.index

    @property
    def back(self) -> bool:
        return self.capture.back


def read_capture(number: int, capture: Capture, options: ReadingOptions) -> CapturedCard:
    """Flatten and read one captured frame; any failure becomes the card's sentence."""
    try:
        reading, notes = _read(capture, options)
        return CapturedCard(number, capture, reading, None, notes)
    except CardKeeperError as error:
        return CapturedCard(number, capture, None, str(error))
    except Exception as error:  # a bug must cost one card, not the session
        return CapturedCard(number, capture, None, record_crash(error))


def _read(capture: Capture, options: ReadingOptions) -> tuple[CardReading, list[str]]:
    from cardkeeper.app.qr_fields import read_qr_fields
    from cardkeeper.reading.find_card import cut_out
    from cardkeeper.reading.pipeline import read_card_image

    frame = capture.frame
    found = cut_out(frame.image, capture.quad) if capture.quad is not None else None
    reading = read_card_image(frame.image, f"frame {frame.index}", options, found)
    # A QR code on the card (vCard, MECARD, a URL) wins over OCR for what it holds. Looked
    # for in the whole frame, where the code has the most pixels; ~0.1 s, once per capture.
    reading.fields, qr_notes = read_qr_fields(frame.image, reading.fields, options.default_region)
    return reading, [*reading.notes, *qr_notes]


def scan_frames(
    source: FrameSource, options: ReadingOptions, settings: TrackerSettings | None = None
) -> Iterator[CapturedCard]:
    """Follow the frames of ``source``; yield every captured card, read, in capture order.

    A card is yielded as soon as it and every card captured before it are
    read, so a live camera's results come while the user goes on scanning.
    """
    tracker = CardTracker(settings)
    pending: deque[Future[CapturedCard]] = deque()
    with reader_pool() as pool:
        number = 0
        for frame in source.frames():
            update = tracker.feed(frame)
            if update.capture is not None:
                number += 1
                pending.append(pool.submit(read_capture, number, update.capture, options))
            while pending and pending[0].done():
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def save_card(library: Library, card: CapturedCard, event: str | None = None) -> int:
    """Save a front side as a new contact for review; returns its id.

    One transaction, like an import: the images are on disk before the row
    that names them commits.
    """
    reading = _readable(card)
    contact = contact_from_fields(reading.fields)
    contact.met_on = date.today()
    if event:
        contact.event_id = Events(library).get_or_create(event).id
    return Contacts(library).save_new_contact(
        contact,
        [scanned_side(card)],
        confidences=field_confidences(reading.fields),
        card_text=reading.raw_text,
        socials=[f.value for f in reading.fields.socials],
    )


def attach_back(library: Library, contact_id: int, card: CapturedCard) -> None:
    """Save a back side with the contact its front made; what it read stays searchable."""
    reading = _readable(card)
    Contacts(library).add_side(contact_id, scanned_side(card), reading.raw_text)


def scanned_side(card: CapturedCard) -> ScannedSide:
    """The flattened card and the whole camera frame, as JPEGs, with the words read."""
    import cv2

    reading = _readable(card)
    images = []
    for image, quality in (
        (reading.card_image, 90),
        (card.capture.frame.image, FRAME_JPEG_QUALITY),
    ):
        ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        if not ok:
            raise CardKeeperError("The captured card could not be saved as a JPEG image.")
        height, width = image.shape[:2]
        images.append(ImageData(encoded.tobytes(), width, height))
    side = Side.BACK if card.back else Side.FRONT
    return ScannedSide(
        flattened=images[0],
        original=images[1],
        words=reading.words,
        word_fields=word_fields(reading.fields),
        side=side,
    )


def _readable(card: CapturedCard) -> CardReading:
    if card.reading is None:
        raise CardKeeperError(card.error or "This capture could not be read.")
    return card.reading

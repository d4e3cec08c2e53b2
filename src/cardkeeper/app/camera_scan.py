"""Scanning at the desk: camera frames in, each card read once, saved for review.

The camera is followed frame by frame on one thread (the tracker needs a few
ms a frame); every capture is read on a pool of reader threads, so OCR never
holds up the next frame. Used by ``cardkeeper camera`` and by the scanner
window, which differ only in where frames come from and where results go.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field

from cardkeeper.app.contact_from_reading import (
    contact_from_fields,
    encode_jpeg,
    save_read_card,
    scanned_side,
)
from cardkeeper.app.read_cards import reader_pool
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.reading.camera_frames import FrameSource
from cardkeeper.reading.card_tracker import Capture, CardTracker, TrackerSettings, TrackState
from cardkeeper.reading.pipeline import CardReading, ReadingOptions
from cardkeeper.store.card_images import Side
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

ONE_AT_A_TIME = QT_TRANSLATE_NOOP(
    "camera_scan", "Two cards are in view: lay one card at a time, and none is missed."
)
FRAME_JPEG_QUALITY = 92
"""The captured frame is kept as the card's original photo."""

log = logging.getLogger(__name__)


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
    source: FrameSource,
    options: ReadingOptions,
    settings: TrackerSettings | None = None,
    tell: Callable[[str], None] | None = None,
) -> Iterator[CapturedCard]:
    """Follow the frames of ``source``; yield every captured card, read, in capture order.

    A card is yielded as soon as it and every card captured before it are
    read, so a live camera's results come while the user goes on scanning.
    ``tell`` is given a sentence for the user each time two cards come into view
    together, neither of which is captured until one lies there alone.
    """
    tracker = CardTracker(settings)
    pending: deque[Future[CapturedCard]] = deque()
    state = TrackState.NO_CARD
    with reader_pool() as pool:
        number = 0
        for frame in source.frames():
            update = tracker.feed(frame)
            if update.state is TrackState.SEVERAL and state is not TrackState.SEVERAL and tell:
                tell(translate("camera_scan", ONE_AT_A_TIME))
            state = update.state
            if update.capture is not None:
                number += 1
                pending.append(pool.submit(read_capture, number, update.capture, options))
            while pending and pending[0].done():
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def save_capture(
    library: Library, card: CapturedCard, event: str | None, front_id: int | None
) -> int:
    """Save a capture read; returns the id of its contact.

    A back joins the contact of the front captured before it (``front_id``), its text
    searchable with the front's; anything else is a new contact for review, saved in one
    transaction like an import. The camera frame is kept as the original.
    """
    reading = _readable(card)
    frame = encode_jpeg(card.capture.frame.image, FRAME_JPEG_QUALITY)
    side = scanned_side(reading, frame, Side.BACK if card.back else Side.FRONT)
    if card.back and front_id is not None:
        Contacts(library).add_side(front_id, side, reading.raw_text)
        log.info("Camera card %d: back added to contact %d", card.number, front_id)
        return front_id
    event_id = Events(library).get_or_create(event).id if event else None
    contact = contact_from_fields(reading.fields)
    contact_id = save_read_card(
        library, contact, reading, side, event_id, scanned_from="Card scanned with the camera"
    )
    log.info("Camera card %d: saved as contact %d", card.number, contact_id)
    return contact_id


def _readable(card: CapturedCard) -> CardReading:
    if card.reading is None:
        raise CardKeeperError(
            card.error or translate("camera_scan", "This capture could not be read.")
        )
    return card.reading

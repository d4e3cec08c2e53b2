"""A captured camera frame read (with its QR code) and saved, front and back."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.app.camera_scan import read_capture, save_capture
from cardkeeper.reading.camera_frames import Frame
from cardkeeper.reading.card_tracker import Capture
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.store.card_images import Side
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tools.cardgen import LOCALES, make_card
from tools.cardgen.qr_code import typed_name, vcard_for, with_qr_code

QUAD = np.array([[420, 170], [1500, 230], [1470, 880], [390, 820]], np.float32)
"""Where the card lies in a 1920x1080 frame, a little turned and tilted."""


def _frame(seed: int, qr: bool) -> tuple[Frame, str]:
    card, truth = make_card(seed)
    if qr:
        card = with_qr_code(card, vcard_for(truth))
    flat: NDArray[np.uint8] = cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR)
    height, width = flat.shape[:2]
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners, QUAD)
    desk = np.full((1080, 1920, 3), (60, 90, 120), np.uint8)
    warped = cv2.warpPerspective(flat, matrix, (1920, 1080), flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(np.ones_like(flat), matrix, (1920, 1080)) > 0
    image = np.where(inside, warped, desk).astype(np.uint8)
    return Frame(40, 1.3, image), truth.locale


def test_a_capture_with_a_vcard_code_gets_the_codes_contact() -> None:
    frame, locale = _frame(2, qr=True)
    truth = make_card(2)[1]
    options = ReadingOptions(default_region=LOCALES[locale].region)
    card = read_capture(1, Capture(frame, QUAD), options)
    assert card.error is None and card.reading is not None
    fields = card.reading.fields
    assert fields.name is not None and fields.name.full.value == typed_name(truth)
    assert [email.value for email in fields.emails] == truth.emails
    assert any(note.startswith("A QR code on the card gave") for note in card.notes)
    height, width = card.reading.card_image.shape[:2]
    assert 1.5 < width / height < 1.9  # flattened from the outline, not the whole frame


def test_a_front_and_its_back_are_one_contact(library: Library) -> None:
    front_frame, _ = _frame(3, qr=False)
    back_frame, _ = _frame(4, qr=False)
    front = read_capture(1, Capture(front_frame, QUAD), ReadingOptions())
    back = read_capture(2, Capture(back_frame, QUAD, back=True), ReadingOptions())
    contact_id = save_capture(library, front, "Expo 2026", front_id=None)
    assert save_capture(library, back, "Expo 2026", front_id=contact_id) == contact_id

    contacts = Contacts(library)
    details = contacts.card_details(contact_id)
    assert sorted({(image.side, image.role) for image in details.images}) == sorted(
        (side, role) for side in (Side.FRONT, Side.BACK) for role in ("flattened", "original")
    )
    saved = contacts.get_contact(contact_id)
    assert saved is not None and saved.needs_review and saved.event_id is not None
    assert back.reading is not None and back.reading.fields.name is not None
    assert contacts.search(back.reading.fields.name.family) == [contact_id]  # the back's text

"""What the reader guessed reaches the review pane as unsure, so the user is asked to look."""

from __future__ import annotations

from cardkeeper.app.contact_from_reading import contact_from_fields, field_confidences
from cardkeeper.gui.contact.form import LOW_CONFIDENCE
from cardkeeper.reading.pipeline import read_card_image
from tests.reading.synth import make_card

KOREAN_CARD = (
    ("DejaVuSans-Bold.ttf", 56, "Seunghwan Kim"),
    ("DejaVuSans.ttf", 36, "Research Engineer"),
    ("DejaVuSans.ttf", 32, "M. 010-9890-4800"),
    ("DejaVuSans.ttf", 32, "sh.kim@xiilab.com"),
)


def test_a_phone_whose_country_the_card_does_not_tell_is_kept_as_printed_and_marked() -> None:
    # The real card this stands for (NYJi BC11) had its numbers saved as Italian ones.
    reading = read_card_image(make_card(lines=KOREAN_CARD), "korean-card.png")
    contact = contact_from_fields(reading.fields)
    assert [(p.number, p.printed) for p in contact.phones] == [("010-9890-4800", "010-9890-4800")]
    assert field_confidences(reading.fields)["phone"] < LOW_CONFIDENCE
    assert field_confidences(reading.fields)["email"] >= LOW_CONFIDENCE

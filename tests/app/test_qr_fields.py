"""A QR code's contact is merged into what OCR read: the code wins for the fields it holds."""

from __future__ import annotations

import copy

import cv2
import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from cardkeeper.app.qr_fields import merge_qr, read_qr_fields
from cardkeeper.domain import PhoneKind
from cardkeeper.interop.qr_payload import QrContact
from cardkeeper.reading.fields import CardFields, Field, PersonName, PhoneField
from cardkeeper.reading.pipeline import ReadingOptions, read_card_image
from tools.cardgen import LOCALES, make_card, scan
from tools.cardgen.qr_code import typed_name, vcard_for, with_qr_code

OCR = CardFields(
    name=PersonName(Field("Anna Mueiler", 0.7, (0, 1)), given="Anna", family="Mueiler"),
    title=Field("Head of Procurement", 0.9, (2, 3, 4)),
    company=Field("Examp1e Logistics", 0.6, (5, 6)),
    emails=[Field("anna.mueller@example.de", 0.9, (7,))],
    phones=[
        PhoneField("+49301234567", 0.9, (8, 9), kind=PhoneKind.WORK, printed="030 1234567"),
        PhoneField("+49301234599", 0.8, (10, 11), kind=PhoneKind.FAX, printed="030 1234599"),
    ],
    websites=[Field("www.example.de", 0.9, (12,))],
    address=Field("Hauptstraße 5, 10115 Berlin", 0.8, (13, 14, 15, 16)),
    socials=[Field("linkedin.com/in/anna-mueller", 0.8, (17,))],
)
QR = QrContact(
    full_name="Anna Müller",
    given_name="Anna",
    family_name="Müller",
    company="Example Logistics GmbH",
    emails=["Anna.Mueller@example.de"],
    phones=[(PhoneKind.WORK, "030 1234567"), (PhoneKind.MOBILE, "0151 12345678")],
    websites=["https://www.example.de/", "https://linkedin.com/in/anna-mueller"],
)


def _bgr(image: Image.Image) -> NDArray[np.uint8]:
    return np.asarray(cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2BGR))


def test_the_code_wins_for_what_it_holds_and_ocr_keeps_the_rest() -> None:
    before = copy.deepcopy(OCR)
    merged = merge_qr(OCR, QR, "DE")
    assert merged.name == PersonName(Field("Anna Müller", 1.0), given="Anna", family="Müller")
    assert merged.company == Field("Example Logistics GmbH", 1.0)
    assert merged.title == OCR.title
    assert merged.address == OCR.address
    assert before == OCR, "merge_qr changed the fields it was given"


def test_phones_become_e164_the_codes_first_and_each_number_once() -> None:
    merged = merge_qr(OCR, QR, "DE")
    assert merged.phones == [
        PhoneField("+49301234567", 1.0, kind=PhoneKind.WORK, printed="030 1234567"),
        PhoneField("+4915112345678", 1.0, kind=PhoneKind.MOBILE, printed="0151 12345678"),
        OCR.phones[1],
    ]


def test_an_address_or_site_in_both_is_listed_once() -> None:
    merged = merge_qr(OCR, QR, "DE")
    assert merged.emails == [Field("Anna.Mueller@example.de", 1.0)]
    assert merged.websites == [
        Field("https://www.example.de/", 1.0),
        Field("https://linkedin.com/in/anna-mueller", 1.0),
    ]
    assert merged.socials == []


def test_a_name_given_whole_is_split_as_ocr_splits_a_printed_one() -> None:
    merged = merge_qr(CardFields(), QrContact(full_name="DR. ANNA MÜLLER"), "DE")
    assert merged.name == PersonName(
        Field("Dr. Anna Müller", 1.0), prefix="Dr.", given="Anna", family="Müller"
    )


def test_a_code_without_a_field_leaves_ocrs() -> None:
    merged = merge_qr(OCR, QrContact(websites=["www.example.de"]), "DE")
    assert merged.name == OCR.name
    assert merged.phones == OCR.phones
    assert merged.websites == [Field("www.example.de", 1.0)]


def test_a_number_that_is_no_phone_is_left_out_and_the_user_told() -> None:
    card, _ = make_card(0)
    vcard = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Hendriks;Thijs;;;\nFN:Thijs Hendriks\n"
        "TEL;TYPE=CELL:06 14841858\nTEL;TYPE=WORK:ask at the desk\nEND:VCARD\n"
    )
    merged, notes = read_qr_fields(_bgr(with_qr_code(card, vcard)), CardFields(), "NL")
    assert [phone.value for phone in merged.phones] == ["+31614841858"]
    assert notes == [
        "A QR code on the card gave the name and the phone.",
        "'ask at the desk' in the QR code is not a phone number, so it was left out.",
    ]


def test_of_two_codes_the_one_with_more_details_is_used() -> None:
    card, truth = make_card(0)
    both = with_qr_code(with_qr_code(card, vcard_for(truth)), "https://example.com", "top_right")
    fields, notes = read_qr_fields(_bgr(both), CardFields(), "NL")
    assert [site.value for site in fields.websites] == truth.websites
    assert notes[0].startswith("A QR code on the card gave the name")


def test_a_contact_with_nothing_to_add_is_said() -> None:
    card, _ = make_card(0)
    vcard = "BEGIN:VCARD\nVERSION:3.0\nNOTE:See you at the fair!\nEND:VCARD\n"
    fields, notes = read_qr_fields(_bgr(with_qr_code(card, vcard)), OCR, "DE")
    assert fields == OCR
    assert notes == ["A QR code on the card holds a contact, but with no details to add."]


def test_a_code_that_holds_no_contact_is_said_and_changes_nothing() -> None:
    card, _ = make_card(0)
    image = _bgr(with_qr_code(card, "WIFI:T:WPA;S:Fair-Guest;P:welcome2024;;"))
    fields, notes = read_qr_fields(image, OCR, "DE")
    assert fields is OCR
    assert notes == ["A QR code was found but holds no contact (Wi-Fi settings)."]


def test_a_card_without_a_code_is_left_as_read() -> None:
    card, _ = make_card(0)
    assert read_qr_fields(_bgr(card), OCR, "DE") == (OCR, [])


@pytest.mark.parametrize("seed", [2, 7])
def test_a_scanned_card_with_a_vcard_code_reads_as_its_truth(seed: int) -> None:
    """End to end: the real pipeline (Tesseract) reads the card, then its code is merged."""
    card, truth = make_card(seed)
    photo = scan(with_qr_code(card, vcard_for(truth)), np.random.default_rng(seed))
    region = LOCALES[truth.locale].region
    reading = read_card_image(_bgr(photo.image), "scan", ReadingOptions(default_region=region))

    fields, notes = read_qr_fields(reading.card_image, reading.fields, region)

    assert fields.name is not None
    assert fields.name.full.value == typed_name(truth)
    assert (fields.name.given, fields.name.family) == (truth.given_name, truth.family_name)
    assert [email.value for email in fields.emails] == truth.emails
    assert [(phone.kind, phone.value) for phone in fields.phones] == [
        (PhoneKind(phone.kind), phone.e164) for phone in truth.phones
    ]
    assert notes[0].startswith("A QR code on the card gave the name, the title, the company")

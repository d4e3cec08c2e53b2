"""What a QR code holds becomes contact details: vCards, MECARDs and links, or nothing."""

from __future__ import annotations

import pytest

from cardkeeper.domain import PhoneKind
from cardkeeper.interop.qr_payload import QrContact, parse_qr_payload, payload_kind
from tools.cardgen import make_card
from tools.cardgen.qr_code import typed_name, vcard_for

VCARD_3 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Müller;Anna;Maria;Dr.;PhD\r\n"
    "FN:Dr. Anna Maria Müller\\, PhD\r\n"
    "ORG:Example\\, Logistics GmbH;Procurement\r\n"
    "TITLE:Head of Procurement\\; Europe\r\n"
    "TEL;TYPE=WORK,VOICE:+49 30 1234567\r\n"
    "TEL;TYPE=CELL:0151 1234 5678\r\n"
    "TEL;TYPE=WORK,FAX:030 1234 5679\r\n"
    "TEL;TYPE=HOME:030 7654321\r\n"
    "EMAIL;TYPE=INTERNET:anna.mueller@example.de\r\n"
    "URL:https://example.de\r\n"
    "ADR;TYPE=HOME:;;Gartenweg 1;Potsdam;;14467;Germany\r\n"
    "ADR;TYPE=WORK:;Building C;Hauptstraße 5;Berlin;;10115;Germany\r\n"
    "NOTE:Met at the fair\\, stand 4.\\nAsk about the pallet tender that was announc\r\n"
    " ed in spring.\r\n"
    "END:VCARD\r\n"
)


def test_a_vcard_3_with_escapes_and_a_folded_line() -> None:
    assert parse_qr_payload(VCARD_3) == QrContact(
        full_name="Dr. Anna Maria Müller, PhD",
        given_name="Anna",
        middle_name="Maria",
        family_name="Müller",
        prefix="Dr.",
        suffix="PhD",
        title="Head of Procurement; Europe",
        company="Example, Logistics GmbH",
        emails=["anna.mueller@example.de"],
        phones=[
            (PhoneKind.WORK, "+49 30 1234567"),
            (PhoneKind.MOBILE, "0151 1234 5678"),
            (PhoneKind.FAX, "030 1234 5679"),
            (PhoneKind.OTHER, "030 7654321"),
        ],
        websites=["https://example.de"],
        address="Building C, Hauptstraße 5, Berlin, 10115, Germany",
        note="Met at the fair, stand 4.\nAsk about the pallet tender that was announced in spring.",
    )


def test_a_vcard_4_with_quoted_types_tel_uris_and_list_components() -> None:
    payload = (
        "BEGIN:VCARD\n"
        "VERSION:4.0\n"
        "FN:Jordan O'Neil\\, Jr.\n"
        "N:O'Neil;Jordan;;;Jr.,CPA\n"
        'TEL;TYPE="cell,voice";VALUE=uri:tel:+1-555-010-0199\n'
        "TEL;VALUE=uri;TYPE=work:tel:+1-555-010-0100;ext=12\n"
        "EMAIL;PREF=1:jordan@example.com\n"
        'ADR;TYPE=work;LABEL="100 Main St":;;100 Main St\\, Suite 5;Springfield;IL;62701;USA\n'
        "END:VCARD\n"
    )
    contact = parse_qr_payload(payload)
    assert contact is not None
    assert (contact.full_name, contact.given_name, contact.family_name, contact.suffix) == (
        "Jordan O'Neil, Jr.",
        "Jordan",
        "O'Neil",
        "Jr. CPA",
    )
    assert contact.phones == [
        (PhoneKind.MOBILE, "+1-555-010-0199"),
        (PhoneKind.WORK, "+1-555-010-0100;ext=12"),
    ]
    assert contact.emails == ["jordan@example.com"]
    assert contact.address == "100 Main St, Suite 5, Springfield, IL, 62701, USA"


def test_a_vcard_2_1_with_bare_types_and_quoted_printable() -> None:
    payload = (
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg\n"
        "TEL;WORK;VOICE:+49 89 123456\n"
        "TEL;CELL:+49 170 1234567\n"
        "TEL;VOICE:+49 89 654321\n"
        "EMAIL;PREF;INTERNET:joerg@example.de\n"
        "END:VCARD\n"
    )
    contact = parse_qr_payload(payload)
    assert contact is not None
    assert (contact.full_name, contact.given_name, contact.family_name) == (
        "Jörg Müller",
        "Jörg",
        "Müller",
    )
    assert contact.phones == [
        (PhoneKind.WORK, "+49 89 123456"),
        (PhoneKind.MOBILE, "+49 170 1234567"),
        (PhoneKind.OTHER, "+49 89 654321"),
    ]
    assert contact.emails == ["joerg@example.de"]


def test_apple_item_groups_are_read_and_their_escaped_colons_undone() -> None:
    payload = (
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "N:Doe;John;;;\n"
        "FN:John Doe\n"
        "item1.URL;type=pref:https\\://example.com/team\n"
        "item1.X-ABLabel:_$!<HomePage>!$_\n"
        "item2.EMAIL;type=INTERNET:john@example.com\n"
        "item2.X-ABLabel:work\n"
        "item3.TEL;type=CELL:+1 555 010 0142\n"
        "END:VCARD\n"
    )
    contact = parse_qr_payload(payload)
    assert contact is not None
    assert contact.websites == ["https://example.com/team"]
    assert contact.emails == ["john@example.com"]
    assert contact.phones == [(PhoneKind.MOBILE, "+1 555 010 0142")]


def test_a_vcard_without_fn_is_named_from_its_n() -> None:
    contact = parse_qr_payload("BEGIN:VCARD\nVERSION:3.0\nN:Rossi;Marco;;Ing.;\nEND:VCARD")
    assert contact is not None
    assert contact.full_name == "Ing. Marco Rossi"


@pytest.mark.parametrize(
    "payload",
    [
        "BEGIN:VCARD\nVERSION:3.0\nN:Doe;John\nFN John\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:John Doe\n",
        "BEGIN:VCARD\nVERSION:3.0\nBEGIN:VEVENT\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=NO-SUCH:=C3\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=28\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:x\nPHOTO;ENCODING=b;TYPE=JPEG:!!!notbase64\nEND:VCARD",
    ],
    ids=[
        "line without colon",
        "never closed",
        "unclosed inner component",
        "unknown charset",
        "invalid utf-8",
        "bad base64",
    ],
)
def test_a_malformed_vcard_is_no_contact(payload: str) -> None:
    assert parse_qr_payload(payload) is None
    assert payload_kind(payload) == "a contact card that could not be read"


def test_a_mecard_with_escapes() -> None:
    payload = (
        "MECARD:N:Doe,John;ORG:Doe \\& Sons\\; Ltd;TEL:+15550100123;TEL-AV:+15550100124;"
        "EMAIL:john@example.com;URL:http\\://example.com;"
        "ADR:,,12 Main St\\, Apt 4,Springfield,IL,62701,USA;NOTE:50\\% off\\: ask \\\\ me;;"
    )
    assert parse_qr_payload(payload) == QrContact(
        full_name="John Doe",
        given_name="John",
        family_name="Doe",
        company="Doe & Sons; Ltd",
        emails=["john@example.com"],
        phones=[(PhoneKind.OTHER, "+15550100123"), (PhoneKind.OTHER, "+15550100124")],
        websites=["http://example.com"],
        address="12 Main St, Apt 4, Springfield, IL, 62701, USA",
        note="50% off: ask \\ me",
    )


def test_a_mecard_name_without_a_comma_is_a_full_name_only() -> None:
    contact = parse_qr_payload("MECARD:N:Anna Müller;EMAIL:anna@example.de;;")
    assert contact == QrContact(full_name="Anna Müller", emails=["anna@example.de"])


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("https://example.com/anna", QrContact(websites=["https://example.com/anna"])),
        ("HTTPS://EXAMPLE.COM", QrContact(websites=["HTTPS://EXAMPLE.COM"])),
        ("www.example.de\n", QrContact(websites=["www.example.de"])),
        ("mailto:anna%40example.com?subject=Hello", QrContact(emails=["anna@example.com"])),
        (
            "MAILTO:a@example.com,b@example.com",
            QrContact(emails=["a@example.com", "b@example.com"]),
        ),
        ("tel:+49-30-1234567", QrContact(phones=[(PhoneKind.OTHER, "+49-30-1234567")])),
    ],
)
def test_a_single_link(payload: str, expected: QrContact) -> None:
    assert parse_qr_payload(payload) == expected


@pytest.mark.parametrize(
    ("payload", "kind"),
    [
        ("WIFI:T:WPA;S:Guest;P:welcome123;;", "Wi-Fi settings"),
        ("BEGIN:VEVENT\nSUMMARY:Fair\nEND:VEVENT", "a calendar event"),
        ("geo:52.52,13.40", "a place on a map"),
        ("Thank you for visiting our stand!", "text"),
        ("https://example.com and more", "text"),
        ("mailto:", "text"),
        ("tel:", "text"),
        ("", "text"),
    ],
)
def test_what_holds_no_contact_is_named(payload: str, kind: str) -> None:
    assert parse_qr_payload(payload) is None
    assert payload_kind(payload) == kind


@pytest.mark.parametrize("seed", [0, 2, 3])
def test_the_card_generators_vcard_reads_back_as_its_truth(seed: int) -> None:
    _, truth = make_card(seed)
    contact = parse_qr_payload(vcard_for(truth))
    assert contact is not None
    assert contact.full_name == typed_name(truth)
    assert (contact.given_name, contact.family_name) == (truth.given_name, truth.family_name)
    assert (contact.title, contact.company) == (truth.title, truth.company)
    assert contact.emails == truth.emails
    assert contact.phones == [(PhoneKind(phone.kind), phone.printed) for phone in truth.phones]
    assert contact.websites == truth.websites
    assert contact.address == truth.address

import pytest

from cardkeeper.domain import PhoneKind
from cardkeeper.reading.parse.labels import LabelKind, find_labels, label_regions, phone_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("T +1 512 555 0100", LabelKind.WORK),
        ("Tel. 030 1234567", LabelKind.WORK),
        ("Tel: 030 1234567", LabelKind.WORK),
        ("Phone: 555 0100", LabelKind.WORK),
        ("P (02) 9876 5432", LabelKind.WORK),
        ("Direct +44 20 7946 0000", LabelKind.WORK),
        ("D: +44 20 7946 0000", LabelKind.WORK),
        ("Telefon 030 1234567", LabelKind.WORK),
        ("Tél. 01 42 68 53 00", LabelKind.WORK),
        ("Tfno. +34 912 345 678", LabelKind.WORK),
        ("M +44 7700 900123", LabelKind.MOBILE),
        ("Mob. 0151 2345678", LabelKind.MOBILE),
        ("Mobile: 07700 900456", LabelKind.MOBILE),
        ("Cell 416-555-0182", LabelKind.MOBILE),
        ("C: 416-555-0182", LabelKind.MOBILE),
        ("Móvil +34 612 345 678", LabelKind.MOBILE),
        ("Cellulare +39 347 1234567", LabelKind.MOBILE),
        ("Mobiel 06 12345678", LabelKind.MOBILE),
        ("Portable 06 12 34 56 78", LabelKind.MOBILE),
        ("F +1 512 555 0101", LabelKind.FAX),
        ("Fax: 030 1234568", LabelKind.FAX),
        ("E: anna@example.com", LabelKind.EMAIL),
        ("Email: anna@example.com", LabelKind.EMAIL),
        ("E-Mail anna@example.com", LabelKind.EMAIL),
        ("W: www.example.com", LabelKind.WEB),
        ("Web: www.example.com", LabelKind.WEB),
    ],
)
def test_label_kinds(text: str, kind: LabelKind) -> None:
    assert [label.kind for label in find_labels(text)] == [kind]


def test_single_letters_are_labels_only_before_a_value() -> None:
    assert find_labels("Anna M. Smith") == []
    assert find_labels("Telefonica") == []


def test_phone_kind_of_a_label() -> None:
    labels = find_labels("M 0151 2345678 E anna@example.com")
    assert [phone_kind(label) for label in labels] == [PhoneKind.MOBILE, None]
    assert phone_kind(None) is None


def test_language_of_a_label_word_names_regions() -> None:
    assert label_regions("Tfno. 956 24 72 19") == [("ES", "MX")]
    assert label_regions("Telefoon 010 745 6948") == [("NL", "BE")]
    assert label_regions("Tel. 030 1234567 | Mobile 0151 2345678") == []


def test_a_label_word_that_labels_nothing_names_no_region() -> None:
    # real card TZNcse209 selected_115: "Audit Bureau of Circulation" made a Pakistani card French
    assert label_regions("Audit Bureau of Circulation") == []
    assert label_regions("Bureau : 01 23 45 67 89") == [("FR", "BE", "CH", "CA")]
    assert label_regions("Téléphone") == [("FR", "BE", "CH", "CA")]


def test_spanish_mov_is_a_mobile_label() -> None:
    [label] = find_labels("Mov.: 631 84 34 35")
    assert phone_kind(label) == PhoneKind.MOBILE

from cardkeeper.domain import PhoneKind
from cardkeeper.reading.parse.phones import find_phones, repair_digits
from cardkeeper.reading.parse.text import MappedText


def _phones(text: str, region: str = "US", address_line: bool = False) -> list[tuple[str, str]]:
    return [(p.kind.value, p.e164) for p in find_phones(text, region, address_line)]


def test_label_gives_the_kind() -> None:
    assert _phones("T +1 512 555 0147 F +1 512 555 0148") == [
        ("work", "+15125550147"),
        ("fax", "+15125550148"),
    ]
    assert _phones("M +44 20 7946 0958") == [("mobile", "+442079460958")]


def test_unlabelled_kind_from_number_type() -> None:
    assert _phones("+49 151 23456789", "DE") == [("mobile", "+4915123456789")]
    assert _phones("+49 30 12345678", "DE") == [("work", "+493012345678")]


def test_region_reads_national_numbers() -> None:
    assert _phones("Tel. 030 12345678", "DE") == [("work", "+493012345678")]
    assert _phones("Mobile: 07700 900456", "GB") == [("mobile", "+447700900456")]


def test_invalid_but_possible_number_is_kept() -> None:
    [phone] = find_phones("07700 900123", "GB")
    assert phone.e164 == "+447700900123"
    assert phone.printed == "07700 900123"


def test_postcodes_and_house_numbers_are_no_phones() -> None:
    assert _phones("Hauptstraße 5, 10115 Berlin", "DE", address_line=True) == []
    assert _phones("Via Roma 123 20121 Milano", "IT", address_line=True) == []


def test_ocr_letters_in_digits_are_repaired() -> None:
    text = MappedText("M 0l51 23456789", tuple(range(15)))
    assert repair_digits(text).text == "M 0151 23456789"
    assert find_phones(repair_digits(text).text, "DE")[0].kind == PhoneKind.MOBILE


def test_a_registration_number_is_no_phone() -> None:
    # real Brazilian cards print an engineer's CREA number; UK firms their company number
    assert _phones("CREA-SP 5062418930 | Tel (11) 3392-3817", "BR") == [("work", "+551133923817")]
    assert _phones("Reg. No. 12345678", "GB") == []
    assert _phones("VAT GB 123456789", "GB") == []
    assert _phones("USt-IdNr. DE 123456789", "DE") == []


def test_a_phone_label_after_a_registration_keeps_the_phone() -> None:
    assert _phones("Reg. No. 12345678 Tel 020 7946 0958", "GB") == [("work", "+442079460958")]

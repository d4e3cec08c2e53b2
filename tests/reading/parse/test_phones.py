from cardkeeper.domain import PhoneKind
from cardkeeper.reading.parse.phones import find_phones, repair_digits, with_card_code
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


def test_a_number_listed_after_another_shares_its_area_code() -> None:
    # real cards TZNcse209 selected_253, selected_120: the office's other lines printed short
    assert _phones("Tel: +91 40 23244458, 66101126", "IN") == [
        ("work", "+914023244458"),
        ("work", "+914066101126"),
    ]
    # seven-digit Hyderabad numbers of old, possible but no longer valid
    assert [e164 for _, e164 in _phones("+91(40) 6633616, 3240434, 3243336", "IN")] == [
        "+91406633616",
        "+91403240434",
        "+91403243336",
    ]


def test_a_full_number_after_another_is_its_own() -> None:
    assert [e164 for _, e164 in _phones("+91 98450 12345, 99012 63703", "IN")] == [
        "+919845012345",
        "+919901263703",
    ]


def test_an_indian_door_number_is_no_phone() -> None:
    # real card TZNcse209 selected_253: "3-5-874/6/4" became +913587464
    assert _phones("House No. 3-5-874/6/4", "IN") == []
    assert _phones("105, Golden Edifice, 6-3-639/40", "IN") == []


def test_a_range_of_numbers_is_its_first() -> None:
    # real card TZNcse209 selected_203: lines 47 to 51, read as +91402339824751
    assert _phones("Tel 91 40 23398247-51", "IN") == [("work", "+914023398247")]


def test_a_bracketed_trunk_zero_read_as_a_letter_is_repaired() -> None:
    # seed 21, 0182-cut: "(0)" read "(©)"; the mobile lost its +49 and became American
    text = MappedText("Mob. +49 (©) 1523 9067387", tuple(range(25)))
    assert repair_digits(text).text == "Mob. +49 (0) 1523 9067387"
    assert _phones(repair_digits(text).text) == [("mobile", "+4915239067387")]


def test_a_vietnamese_tax_code_is_no_phone() -> None:
    # real cards c12, w1: "MST" (mã số thuế) is a company's tax code, ten digits
    assert _phones("MST: 0305389969", "VN") == []
    assert _phones("Fax: 028 3910 7222", "VN") == [("fax", "+842839107222")]


def test_a_bracketed_country_and_area_code_is_a_country_code() -> None:
    # real card selected_073: "(86-10) 843-7042" read as the American 843-7042
    text = MappedText("Tel : (86-10) 843-7042", tuple(range(22)))
    assert repair_digits(text).text == "Tel : +86-10  843-7042"
    assert _phones(repair_digits(text).text) == [("work", "+86108437042")]
    # brackets whose first number is no country code are left alone
    assert repair_digits(MappedText("(12-15) 3", tuple(range(9)))).text == "(12-15) 3"


def test_a_lone_digit_before_a_number_with_its_trunk_zero_is_not_part_of_it() -> None:
    # real card business_card14: the label 携帯 (mobile) read as "7"
    assert _phones("7 090-1234-5678", "JP") == [("mobile", "+819012345678")]


def test_an_icon_read_as_an_open_bracket_and_a_digit_is_not_part_of_the_number() -> None:
    # real card catkitchen721 test_image6: the phone icon read as "(9"; nothing was found
    assert _phones("(9 0432 073 605", "AU") == [("mobile", "+61432073605")]


def test_an_area_code_after_a_country_code_is_no_stray_digit() -> None:
    # seed 131, 0148-scan and 0153-desk: the lone 3 and 7 are the numbers' own area codes
    assert _phones("Direct. +33 3 00 02 78 92", "FR") == [("work", "+33300027892")]
    assert _phones("P +61 (0) 7 0835 6801", "AU") == [("work", "+61708356801")]


def test_a_mark_glued_before_the_trunk_zero_is_not_part_of_the_number() -> None:
    # real card miracle-huang business_card38: the landline mark read as "8", glued on
    assert _phones("804-7147-8355", "JP") == [("work", "+81471478355")]


def test_the_trunk_zero_of_a_dashed_number_glued_to_an_icon_is_repaired() -> None:
    # real card miracle-huang v2_business_card42: the mobile icon read as "C", the 0 as "o"
    text = MappedText("Co90-1234-5678", tuple(range(14)))
    assert repair_digits(text).text == "C090-1234-5678"
    assert _phones(repair_digits(text).text, "JP") == [("mobile", "+819012345678")]


def test_the_tail_of_a_number_whose_first_group_was_misread_is_no_number() -> None:
    # real card TZNcse209 photo_028: "718-501-2081" read as "71R-501-2081"; the tail took
    # the area code of the card's other number, +13475012081
    assert _phones("71R-501-2081") == []
    assert _phones("347-706-3383") == [("work", "+13477063383")]


def test_a_whole_mobile_on_a_line_read_as_an_address_is_a_phone() -> None:
    # real card NYJi BC19: "C.P." (cellular phone) looks like a postcode label
    assert _phones("C.P. 010-4488-1520", "KR", address_line=True) == [("mobile", "+821044881520")]
    # a postcode and house numbers on a real address line stay out (BC4)
    assert _phones("(34054) WEBA PAP PAAR 1548 (4AE 58-4270", "KR", address_line=True) == []


def test_a_digit_added_to_the_cards_country_code_is_dropped() -> None:
    # real card TZNcse209 selected_243: "+91 891 3915524" read as "+941 891 3915524"
    text = MappedText("Phone : +941 891 3915524", tuple(range(24)))
    assert with_card_code(text, {91}).text == "Phone : +91  891 3915524"
    assert with_card_code(text, {44}).text == text.text
    assert _phones(with_card_code(text, {91}).text, "IN") == [("work", "+918913915524")]


def test_a_labelled_whole_number_printed_without_its_trunk_zero_is_kept() -> None:
    # real card miracle-huang business_card02: "TEL 143-234-5678" under a 〒 postcode line
    assert _phones("TEL 143-234-5678", "JP") == [("work", "+811432345678")]
    assert _phones("FAX 143-234-5678", "JP") == [("fax", "+811432345678")]
    # unlabelled it may be an ID, and a labelled postcode-long number stays out
    assert _phones("143-234-5678", "JP") == []
    assert _phones("TEL 7470-1217", "JP") == []


def test_two_dotted_numbers_on_one_line_are_two_numbers() -> None:
    # generated seed 139 card 0116: the matcher took "206.793.4294 206.558.0079" as one
    # candidate and cut "4294 206" and "558.0079" out of it
    assert _phones("206.793.4294 206.558.0079") == [
        ("work", "+12067934294"),
        ("work", "+12065580079"),
    ]
    assert _phones("T 04.50.84.22.29  F 04.50.84.22.30", "FR") == [
        ("work", "+33450842229"),
        ("fax", "+33450842230"),
    ]


def test_middle_dots_between_digits_group_a_number() -> None:
    # real card BC17: "t +82·53-230·1284", "m +82·10-2818·7237" gave no phone
    line = "t +82·53-230·1284 m +82·10-2818·7237"
    text = MappedText(line, tuple(range(len(line))))
    assert repair_digits(text).text == "t +82.53-230.1284 m +82.10-2818.7237"
    assert [p.e164 for p in find_phones(repair_digits(text).text, "US")] == [
        "+82532301284",
        "+821028187237",
    ]


def test_a_middle_dot_between_values_stays_a_bullet() -> None:
    text = MappedText("Seoul · 010-2818-7237", tuple(range(21)))
    assert repair_digits(text).text == "Seoul · 010-2818-7237"

"""Company and title chosen among a card's free lines (``company_choice``, ``title_choice``),
on words laid out by hand.

Each row is placed where the real cards of the development set print it; the card the
situation comes from is named in a comment, its words are not copied.
"""

from __future__ import annotations

from cardkeeper.reading.fields import GUESSED_CONFIDENCE, CardFields
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word
from tests.reading.parse.test_kept_cards import kept

Row = tuple[int, int, int, str]
"""(left, top, text height, text): one OCR line; words are spaced a third of the height."""


def _words(*rows: Row, confidence: float = 0.95) -> list[Word]:
    words = []
    for number, (start, top, height, text) in enumerate(rows):
        left = start
        for part in text.split(" "):
            width = len(part) * height // 2
            words.append(Word(part, Box(left, top, width, height), confidence, 1, 1, number))
            left += width + height // 3
    return words


def _card(*rows: Row) -> CardFields:
    return parse_card(_words(*rows), "US")


def _company(*rows: Row) -> str | None:
    company = _card(*rows).company
    return company.value if company is not None else None


def _value(field: object) -> str | None:
    return getattr(field, "value", None)


def _title(*rows: Row) -> str | None:
    title = _card(*rows).title
    return title.value if title is not None else None


def test_a_legal_form_on_its_own_line_takes_the_name_above_it() -> None:
    # as dynagrow-kritika: the company in bold over two lines, the legal form below
    assert (
        _company(
            (75, 220, 70, "Dynagrow Enterprises"),
            (75, 310, 57, "Private Limited"),
            (86, 680, 54, "Kritika Maheshwari"),
            (88, 860, 50, "E-mail: kritika@dynagrow.co"),
        )
        == "Dynagrow Enterprises Private Limited"
    )


def test_a_name_that_breaks_after_of_is_read_over_both_lines() -> None:
    # as NYJi BC18: NTT DATA INSTITUTE OF / MANAGEMENT CONSULTING, Inc.
    assert (
        _company(
            (17, 36, 12, "Kotaro Makino"),
            (16, 80, 10, "NTT DATA INSTITUTE OF"),
            (17, 92, 10, "MANAGEMENT CONSULTING, Inc."),
            (16, 135, 8, "Email: makinok@nttdata-strategy.com"),
        )
        == "NTT DATA INSTITUTE OF MANAGEMENT CONSULTING, Inc."
    )


def test_a_wordmark_takes_the_lines_under_it_that_cannot_stand_alone() -> None:
    # as selected_162: SWINBURNE / UNIVERSITY OF / TECHNOLOGY in the logo block
    assert (
        _company(
            (72, 86, 50, "Professor Emad Gad"),
            (400, 690, 59, "SWINBURNE"),
            (380, 757, 32, "UNIVERSITY OF"),
            (385, 806, 32, "TECHNOLOGY"),
            (790, 820, 44, "Email egad@swin.edu.au"),
            (790, 880, 44, "www.swinburne.edu.au"),
        )
        == "SWINBURNE UNIVERSITY OF TECHNOLOGY"
    )


def test_a_block_of_capitals_set_flush_is_one_name() -> None:
    # as selected_048: THE GEORGE / WASHINGTON / UNIVERSITY set to one width, left of the rest
    logo = [
        Word("THE", Box(23, 334, 70, 46), 0.95, 2, 1, 0),
        Word("GEORGE", Box(105, 334, 157, 46), 0.95, 2, 1, 0),
        Word("WASHINGTON", Box(23, 394, 239, 27), 0.95, 2, 1, 1),
        Word("UNIVERSITY", Box(23, 435, 238, 46), 0.95, 2, 1, 2),
    ]
    words = logo + _words(
        (336, 26, 34, "Erik A. Rodriguez"),
        (332, 62, 31, "Assistant Professor of Chemistry"),
        (334, 492, 30, "erik_rodriguez@gwu.edu"),
    )
    fields = parse_card(words, "US")
    assert fields.company is not None
    assert fields.company.value == "THE GEORGE WASHINGTON UNIVERSITY"


def test_a_legal_form_set_apart_on_the_row_joins_the_name() -> None:
    # as selected_118: "ROLTA INDIA      LIMITED" with a column-wide gap
    assert (
        _company(
            (111, 47, 51, "P Ravikanth Reddy"),
            (466, 418, 39, "ROLTA INDIA"),
            (700, 418, 39, "LIMITED"),
            (465, 655, 43, "email : preddy@rolta.com"),
        )
        == "ROLTA INDIA LIMITED"
    )


def test_the_name_written_out_beats_its_wordmark() -> None:
    # as selected_227: the logo CADD CENTRE, the full name above the address
    assert (
        _company(
            (110, 440, 144, "CADD CENTRE"),
            (1208, 131, 69, "Kadakuntla Kiran"),
            (1208, 234, 71, "Business Development Manager"),
            (1204, 479, 73, "CADD Centre Training Services"),
            (135, 1161, 60, "www.caddcentre.com"),
        )
        == "CADD Centre Training Services"
    )


def test_an_abbreviated_mark_yields_to_the_institute_it_abbreviates() -> None:
    # as selected_152: "BITS Pilani" beside the crest, the institute's name below
    assert (
        _company(
            (88, 61, 42, "Prof. K. Srinivasa Raju"),
            (88, 388, 32, "Email: ksraju@bits-pilani.ac.in"),
            (871, 407, 53, "BITS Pilani"),
            (87, 549, 55, "Birla Institute of Technology & Science, Pilani"),
        )
        == "Birla Institute of Technology & Science, Pilani"
    )


def test_the_legal_name_beats_a_larger_logo() -> None:
    # as selected_255 and NYJi BC21: the logo twice the size of the legal name
    assert (
        _company(
            (26, 420, 128, "Pearson"),
            (23, 633, 60, "Thummala Kiran"),
            (970, 635, 68, "E thummala.kiran@pearson.com"),
            (961, 1079, 59, "Pearson India Education Services Pvt. Ltd."),
        )
        == "Pearson India Education Services Pvt. Ltd."
    )


def test_a_group_over_its_company_leaves_the_company() -> None:
    # as iamsteveng card-sample: SINO GROUP logo, Sino Land Company Limited in text
    assert (
        _company(
            (1295, 96, 61, "SINO GROUP"),
            (132, 276, 70, "David W. L. Ng"),
            (125, 670, 55, "Sino Land Company Limited"),
            (126, 940, 47, "E : davidng@sino.com"),
        )
        == "Sino Land Company Limited"
    )


def test_the_first_of_two_company_lines_is_the_company() -> None:
    # as harsh-impex: a trading name over the legal name, printed alike
    assert (
        _company(
            (442, 50, 29, "Ishaan Poddar"),
            (47, 202, 26, "HARSH IMPEX"),
            (49, 248, 27, "ISHAAN PLASTICS PVT. LTD."),
        )
        == "HARSH IMPEX"
    )


def test_a_government_department_is_the_company_when_nothing_larger_is() -> None:
    # as NYJi BC3: department, ministry and government on three lines
    fields = _card(
        (84, 36, 14, "Pushpendra Kumar Singh"),
        (128, 52, 11, "Deputy Director General (SA)"),
        (98, 92, 10, "Department of Telecommunications"),
        (131, 104, 11, "Ministry of Communications"),
        (154, 116, 10, "Government of India"),
    )
    assert fields.company is not None and fields.title is not None
    assert fields.company.value == "Department of Telecommunications"
    assert fields.title.value == "Deputy Director General (SA)"


def test_a_body_followed_by_its_initials_is_a_company() -> None:
    # as selected_115: "Audit Bureau of Circulation (ABC)" under the title
    assert (
        _company(
            (328, 264, 40, "Abdul Rashid Shakir"),
            (446, 317, 24, "Assistant Director"),
            (338, 349, 29, "Audit Bureau of Circulation (ABC)"),
        )
        == "Audit Bureau of Circulation (ABC)"
    )


def test_noise_is_no_company() -> None:
    # as c11 (a house number ending in "Co,") and selected_059 (a logo read as "Q")
    assert _company((60, 0, 160, "Q"), (300, 300, 60, "Doug Bloomer")) is None
    assert (
        _company(
            (302, 56, 21, "Duong Tran Ha Phuong"),
            (70, 296, 12, "681/24/9 Au Co,"),
            (391, 244, 17, "phuongduong@fpo.vn"),
        )
        is None
    )


def test_a_picture_read_as_a_letter_over_the_wordmark_is_passed_over() -> None:
    # as selected_059: the dealer's logo read as "Q" over its name, no domain on the card
    rows: tuple[Row, ...] = (
        (300, 294, 162, "Q"),
        (200, 480, 67, "Tom Mason Volkswagen"),
        (60, 785, 34, "DOUG BLOOMER"),
    )
    assert _company(*rows) == "Tom Mason Volkswagen"


def test_letters_too_few_for_a_word_are_no_wordmark() -> None:
    # as v2_business_card28 and business_card38: a logo read as two capitals over the name
    assert _company((60, 31, 30, "PE"), (60, 225, 18, "MAYUMI SANO")) is None
    assert _company((60, 722, 112, "H Fa"), (60, 887, 63, "Satoshi Ota")) is None


def test_an_unsure_word_at_the_top_is_no_wordmark() -> None:
    # as v2_business_card30: kanji read as capitals, OCR unsure of them
    words = [
        Word("AIRA", Box(60, 111, 40, 18), 0.67, 1, 1, 0),
        Word("Itsuki", Box(60, 196, 48, 16), 0.92, 1, 1, 1),
        Word("Takahashi", Box(115, 196, 72, 16), 0.96, 1, 1, 1),
    ]
    assert parse_card(words, "US").company is None
    sure = [Word("AIRA", Box(60, 111, 40, 18), 0.9, 1, 1, 0), *words[1:]]
    assert _value(parse_card(sure, "US").company) == "AIRA"


def test_capitals_spaced_out_at_the_top_are_a_wordmark_however_small() -> None:
    # as catkitchen test_image8: the airline's name spaced out wide beside its globe, set
    # smaller than the name in bold under it; the address and phone lines at the name's side
    def words(mark_width: int) -> list[Word]:
        return [
            Word("UNITED", Box(16, 4, mark_width, 10), 0.95, 1, 1, 0),
            Word("Marcos", Box(13, 39, 33, 13), 0.93, 4, 1, 1),
            Word("Dumas", Box(50, 39, 29, 13), 0.96, 4, 1, 1),
            Word("Houston,", Box(114, 69, 32, 7), 0.92, 4, 2, 2),
            Word("TX", Box(147, 67, 9, 13), 0.92, 4, 2, 2),
            Word("77205", Box(158, 69, 22, 7), 0.92, 4, 2, 2),
            Word("Tel", Box(114, 88, 10, 6), 0.75, 4, 2, 3),
            Word("866", Box(126, 88, 13, 7), 0.66, 4, 2, 3),
            Word("634", Box(142, 86, 10, 13), 0.89, 4, 2, 3),
            Word("7665", Box(155, 88, 16, 7), 0.94, 4, 2, 3),
        ]

    assert _value(parse_card(words(75), "US").company) == "UNITED"
    # the same capitals set close as running text are a small line, not a mark
    assert parse_card(words(42), "US").company is None


def test_a_sector_word_under_a_name_makes_both_the_company() -> None:
    # as v2_business_card28: the shop's two-line name beside its logo
    rows: tuple[Row, ...] = (
        (60, 31, 30, "PE"),
        (110, 36, 12, "NOIR"),
        (110, 55, 13, "FURNITURE"),
        (60, 225, 18, "MAYUMI SANO"),
    )
    assert _company(*rows) == "NOIR FURNITURE"


def test_a_legal_form_touching_the_next_word_is_a_word_cut_in_two() -> None:
    # as ars-consulting: "Consulting" read as "Co" and, in another block, "nsulting"
    name = [Word("Rahul", Box(60, 500, 90, 32), 0.95, 3, 1, 0)]
    name.append(Word("Shetty", Box(160, 500, 100, 32), 0.95, 3, 1, 0))
    cut = [
        Word("ARS", Box(1088, 327, 61, 23), 0.91, 1, 1, 0),
        Word("Co", Box(1167, 330, 37, 21), 0.9, 1, 1, 0),
        Word("nsulting", Box(1207, 336, 135, 27), 0.9, 2, 1, 0),
    ]
    assert parse_card([*cut, *name], "US").company is None
    apart = [*cut[:2], Word("nsulting", Box(1240, 336, 135, 27), 0.9, 2, 1, 0)]
    assert _value(parse_card([*apart, *name], "US").company) == "ARS Co"


def test_a_trademark_sign_read_as_a_digit_is_dropped() -> None:
    # as chkhong cn1: AstraZeneca®
    assert (
        _company((741, 76, 79, "AstraZeneca 2"), (526, 722, 31, "hugo.tan@astrazeneca.com"))
        == "AstraZeneca"
    )


def test_a_capital_i_read_as_l_in_a_brand_is_put_right() -> None:
    # as NYJi BC1: "IoT Strategy Labs" read "loT Strategy Labs"
    assert (
        _company((62, 83, 11, "loT Strategy Labs"), (45, 253, 9, "E iotslabs@gmail.com"))
        == "IoT Strategy Labs"
    )


def test_a_vietnamese_firm_read_with_wrong_tone_marks_is_spelled_right() -> None:
    # as dthphuong c12: Tesseract's Latin model reads "Chứng" as "Chúng" and "Việt" as "Viĝt"
    assert (
        _company(
            (52, 30, 23, "MIRAE ASSET"),
            (160, 70, 37, "Huynh Thi To Loan"),
            (40, 170, 22, "Công Ty TNHH Chúng Khoán Mirae Asset (Viĝt Nam)"),
            (40, 200, 16, "Tầng 7, Tòa nhà Le Meridien,"),
            (40, 260, 13, "Email: loan.htt@miraeasset.com.vn"),
        )
        == "Công Ty TNHH Chứng Khoán Mirae Asset (Việt Nam)"
    )


def test_a_department_under_the_name_is_no_title() -> None:
    # labels keep units out of the title (selected_048, photo_006)
    assert (
        _title(
            (336, 26, 34, "Erik Rodriguez"),
            (334, 70, 30, "Department of Chemistry"),
            (334, 492, 30, "erik@gwu.edu"),
        )
        is None
    )


def test_noise_under_the_name_is_no_title() -> None:
    # as the Japanese sample cards: kana read as a few Latin letters under the romaji name
    words = _words((23, 193, 12, "HANAKO YAMADA"), (22, 215, 12, "UHABE"))
    words[-1] = Word("UHABE", words[-1].box, 0.4, 1, 1, 1)
    fields = parse_card(words, "JP")
    assert fields.title is None


def test_the_title_runs_on_after_a_dash_set_apart() -> None:
    # as selected_186: "Dy. Area Manager  -  CES", the dash read as a word of its own
    assert (
        _title(
            (386, 197, 36, "B. Surendra Ponnada"),
            (385, 248, 29, "Dy. Area Manager"),
            (656, 248, 29, "-"),
            (680, 248, 29, "CES"),
        )
        == "Dy. Area Manager CES"
    )


def test_the_title_runs_on_into_a_bracketed_line() -> None:
    # as oswal-extrusion: General Manager / (Marketing)
    assert (
        _title(
            (74, 354, 41, "Praveen Lal"),
            (72, 420, 40, "General Manager"),
            (74, 470, 40, "(Marketing)"),
        )
        == "General Manager (Marketing)"
    )


def test_two_roles_on_one_line_are_one_title() -> None:
    # as c11: "Founder - CEO"
    assert (
        _title((302, 56, 21, "Duong Tran Ha Phuong"), (422, 94, 22, "Founder - CEO"))
        == "Founder CEO"
    )


def test_a_place_under_a_one_word_mark_belongs_to_it() -> None:
    # as selected_023: the hotel's mark and its location under it, the name further down
    rows: tuple[Row, ...] = (
        (304, 64, 26, "Hilton"),
        (314, 96, 14, "Oak Lawn"),
        (50, 133, 18, "Heather Stevens"),
        (49, 160, 22, "Catering Manager"),
        (110, 305, 19, "email: heather.stevens@hilton.com"),
    )
    assert _company(*rows) == "Hilton Oak Lawn"


def test_a_slogan_under_a_one_word_mark_is_no_part_of_it() -> None:
    rows: tuple[Row, ...] = (
        (304, 64, 26, "Brightwave"),
        (304, 96, 14, "Your Digital Partner"),
        (50, 133, 18, "Heather Stevens"),
        (110, 305, 19, "heather@brightwave.io"),
    )
    assert _company(*rows) == "Brightwave"


def test_a_smaller_place_under_a_large_mark_belongs_to_it() -> None:
    # as seed 21 0162: the mark more than twice the height of the rest of the name under it
    rows: tuple[Row, ...] = (
        (244, 284, 52, "GRANITE"),
        (244, 365, 21, "PEAK BUILDERS"),
        (250, 570, 60, "Olivia Mitchell"),
        (250, 675, 37, "Project Manager"),
        (250, 900, 30, "o.mitchell@granite.com.au"),
    )
    assert _company(*rows) == "GRANITE PEAK BUILDERS"


def test_a_trade_cut_into_columns_under_a_mark_is_the_rest_of_its_name() -> None:
    # as test_image_old: the trade in widely spaced capitals, which OCR cuts into columns
    rows: tuple[Row, ...] = (
        (40, 35, 24, "Jared Montoya, CPA, EA"),
        (40, 84, 8, "ENROLLED AGENT"),
        (40, 139, 24, "JMMONTOYACPA"),
        (40, 170, 9, "TAX"),
        (80, 170, 9, "AND"),
        (120, 170, 10, "ACCOUNTING"),
        (40, 250, 9, "jared@jmmontoyacpa.com"),
    )
    assert _company(*rows) == "JMMONTOYACPA TAX AND ACCOUNTING"


def test_a_legal_name_starting_with_a_slogan_word_is_no_slogan() -> None:
    # as photo_033: the domain's mark on top, the legal name starting with "Beyond" under it
    rows: tuple[Row, ...] = (
        (178, 175, 90, "ZA btnaccess"),
        (483, 520, 76, "Beyond the Network Limited"),
        (1933, 526, 82, "Jimit Gandhi"),
        (475, 1241, 82, "igandhi@btnaccess.com"),
    )
    assert _company(*rows) == "Beyond the Network Limited"


def test_a_mark_that_spells_the_domain_is_no_slogan() -> None:
    # as the and-you cards: the shop's name is two words a slogan could use
    rows: tuple[Row, ...] = (
        (393, 71, 32, "AND YOU"),
        (29, 151, 18, "Designer"),
        (74, 176, 15, "Inadate Souta"),
        (28, 341, 13, "Mail info@and-you.jp"),
    )
    assert _company(*rows) == "AND YOU"


def test_a_mark_over_the_legal_line_starts_the_company() -> None:
    """globus-transitos: a spaced mark over the rest of the name and its legal form, with the
    boxes and confidences Tesseract gave them."""
    words = kept(
        ("G", 144, 80, 26, 29, 0.96, 1, 1, 4),
        ("lo", 177, 80, 40, 40, 0.64, 1, 1, 4),
        ("b", 223, 80, 27, 29, 0.78, 1, 1, 4),
        ("ùu", 253, 85, 29, 39, 0.64, 1, 1, 4),
        ("S", 288, 88, 25, 21, 0.94, 1, 1, 4),
        ("Transitos", 145, 117, 95, 16, 0.92, 1, 1, 5),
        ("Pvt.", 249, 117, 37, 16, 0.95, 1, 1, 5),
        ("Ltd.", 295, 117, 36, 16, 0.97, 1, 1, 5),
        ("Divyank", 43, 192, 126, 35, 0.93, 4, 1, 1),
        ("Bahuguna", 184, 193, 161, 34, 0.52, 4, 1, 1),
        ("mktg14@globusdelhi.com", 68, 279, 195, 17, 0.82, 6, 1, 1),
        ("www.globustransitos.com", 454, 277, 211, 16, 0.75, 6, 1, 1),
    )
    company = parse_card(words, "US").company
    assert company is not None
    assert company.value.replace(" ", "").lower() == "globustransitospvt.ltd."
    assert company.word_indexes == tuple(range(8))
    assert company.confidence <= GUESSED_CONFIDENCE


def test_a_name_in_spaced_capitals_cut_into_columns_is_read_whole() -> None:
    """selected_027: the words of the name set so far apart that OCR sees three columns; the
    hotel division under the name is a unit of the company, not its name."""
    words = kept(
        ("WALT", 52, 32, 73, 12, 0.95, 1, 1, 1),
        ("DISNEY", 142, 32, 98, 12, 0.96, 1, 1, 1),
        ("PRODUCTIONS", 257, 32, 192, 13, 0.96, 1, 1, 1),
        ("Hotel", 278, 144, 31, 10, 0.93, 2, 1, 1),
        ("Division", 318, 143, 47, 11, 0.97, 2, 1, 1),
        ("John", 256, 98, 42, 23, 0.97, 4, 1, 1),
        ("F.", 307, 99, 15, 18, 0.96, 4, 1, 1),
        ("Curry", 333, 99, 55, 23, 0.97, 4, 1, 1),
        ("Director", 297, 127, 49, 11, 0.97, 4, 1, 2),
    )
    company = parse_card(words, "US").company
    assert company is not None
    assert company.value == "WALT DISNEY PRODUCTIONS"
    assert company.word_indexes == (0, 1, 2)


def test_an_icon_set_apart_before_the_company_is_no_part_of_it() -> None:
    # as document.jpg: a round icon read "O" far left of the legal name
    words = [
        Word("O", Box(443, 77, 91, 57), 0.74, 1, 1, 0),
        Word("HANSUNGCOMPUTER", Box(1121, 72, 434, 33), 0.91, 1, 1, 0),
        Word("CO.,LTD.", Box(1569, 70, 170, 38), 0.86, 1, 1, 0),
        Word("Busan", Box(678, 411, 129, 42), 0.97, 2, 1, 0),
        Word("Service", Box(828, 411, 157, 43), 0.97, 2, 1, 0),
        Word("Center", Box(1004, 411, 141, 42), 0.97, 2, 1, 0),
        Word("hansungcs@gmail.com", Box(240, 895, 389, 43), 0.91, 3, 1, 0),
    ]
    company = parse_card(words, "US").company
    assert company is not None
    assert company.value == "HANSUNGCOMPUTER CO.,LTD."
    assert company.word_indexes == (1, 2)


def test_an_icon_before_the_title_is_no_part_of_it() -> None:
    # as selected_026: a speck read "e" before the role
    rows: tuple[Row, ...] = (
        (215, 110, 17, "BARACK OBAMA"),
        (72, 133, 17, "e United States Senator"),
    )
    assert _title(*rows) == "United States Senator"


def test_a_speck_inside_the_logo_does_not_cut_the_company_line() -> None:
    # as selected_065: a 3 px speck read "c" inside the tall logo word, on the legal line
    words = kept(
        ("“KARAM", 49, 217, 404, 104, 0.55, 2, 1, 2),
        ("c", 50, 246, 11, 3, 0.58, 2, 1, 2),
        ("Enterprises", 485, 242, 290, 50, 0.97, 2, 1, 2),
        ("(Pvt)", 796, 242, 115, 50, 0.97, 2, 1, 2),
        ("Ltd.", 933, 242, 91, 39, 0.97, 2, 1, 2),
        ("karament@gmail.com", 605, 580, 375, 40, 0.95, 6, 1, 4),
    )
    company = parse_card(words, "LK").company
    assert company is not None
    assert company.value == "KARAM Enterprises (Pvt) Ltd."
    assert company.word_indexes == (0, 2, 3, 4)


def test_the_largest_line_of_capitals_is_the_wordmark() -> None:
    # as v2_business_card09: kanji over the mark read as noise, the name small under it
    words = kept(
        ("AW", 444, 38, 30, 17, 0.29, 1, 1, 1),
        ("FFER", 502, 38, 60, 17, 0.0, 1, 1, 1),
        ("WITH", 393, 71, 105, 32, 0.97, 1, 1, 2),
        ("YOU", 509, 72, 101, 30, 0.96, 1, 1, 2),
        ("Designer", 29, 151, 75, 18, 0.96, 2, 1, 1),
        ("Kenta", 74, 216, 60, 14, 0.93, 2, 1, 2),
        ("Mori", 145, 216, 50, 15, 0.96, 2, 1, 2),
        ("Mobile", 28, 341, 55, 13, 0.96, 3, 1, 1),
        ("090-1234-5678", 92, 342, 120, 12, 0.96, 3, 1, 1),
    )
    fields = parse_card(words, "JP")
    assert fields.company is not None
    assert fields.company.value == "WITH YOU"
    assert fields.name is not None and fields.name.full.value == "Kenta Mori"


def test_the_largest_line_of_capitals_is_the_wordmark_on_a_card_without_a_name() -> None:
    # as v2_business_card11: the person's name is printed in kanji only
    words = kept(
        ("LARKSPUR", 77, 92, 227, 30, 0.86, 1, 1, 1),
        ("FFH-", 309, 177, 109, 18, 0.13, 2, 1, 1),
        ("TEL:123-456-7890", 222, 276, 180, 16, 0.92, 3, 1, 1),
        ("Mail:hello@example.com", 222, 306, 351, 22, 0.89, 3, 1, 2),
    )
    company = parse_card(words, "JP").company
    assert company is not None
    assert company.value == "LARKSPUR"


def test_kanji_read_as_large_capitals_are_no_wordmark() -> None:
    # as v1_saigo: a kanji line below the address read "ERLA", unsure
    words = kept(
        ("Takamori", 40, 78, 90, 14, 0.96, 1, 1, 1),
        ("Saigo", 138, 78, 48, 16, 0.96, 1, 1, 1),
        ("TEL", 260, 286, 35, 14, 0.96, 2, 1, 1),
        ("0565-21-1970", 302, 286, 110, 14, 0.96, 2, 1, 1),
        ("ERLA", 41, 292, 177, 55, 0.70, 3, 1, 1),
    )
    assert parse_card(words, "JP").company is None


def test_a_name_in_letter_spaced_type_is_read_whole() -> None:
    # as v2_business_card44: the farm's name tracked wide over its name in kanji
    words = kept(
        ("Mori", 99, 153, 46, 11, 0.96, 1, 1, 1),
        ("Tea", 164, 153, 33, 11, 0.97, 1, 1, 1),
        ("Farm", 216, 153, 43, 11, 0.96, 1, 1, 1),
        ("L", 88, 177, 30, 28, 0.39, 1, 1, 2),
        ("ERR", 134, 176, 120, 32, 0.50, 1, 1, 2),
        ("A", 272, 173, 33, 47, 0.73, 1, 1, 2),
        ("TEL", 119, 287, 30, 13, 0.96, 2, 1, 1),
        ("0565-21-1970", 158, 287, 110, 13, 0.93, 2, 1, 1),
    )
    company = parse_card(words, "JP").company
    assert company is not None
    assert company.value == "Mori Tea Farm"


def test_a_japanese_trading_house_is_a_company() -> None:
    # as v1_satoyama-shokai: the shop's name in capitals over its address, no other evidence
    words = kept(
        ("MINAMI", 55, 436, 100, 14, 0.91, 1, 1, 1),
        ("SHOKAI", 169, 436, 70, 14, 0.91, 1, 1, 1),
        ("OTARU", 250, 436, 70, 14, 0.97, 1, 1, 1),
        ("1-1-1", 58, 484, 36, 12, 0.90, 2, 1, 1),
        ("Muromachi,", 99, 484, 75, 13, 0.93, 2, 1, 1),
        ("Otaru-shi,", 179, 484, 70, 13, 0.91, 2, 1, 1),
        ("Hokkaido,", 56, 506, 100, 15, 0.91, 2, 1, 2),
        ("047-0031,", 160, 506, 58, 13, 0.95, 2, 1, 2),
        ("Japan", 222, 506, 40, 13, 0.95, 2, 1, 2),
        ("Tel.", 55, 545, 26, 13, 0.91, 3, 1, 1),
        ("0134-23-7608", 86, 545, 100, 13, 0.96, 3, 1, 1),
    )
    company = parse_card(words, "JP").company
    assert company is not None
    assert company.value == "MINAMI SHOKAI OTARU"


def test_the_brand_of_an_unread_logo_starts_the_domain() -> None:
    # as selected_028: the branch under a logo OCR did not read, the domain names both
    words = kept(
        ("BROOME", 261, 143, 125, 20, 0.92, 1, 1, 1),
        ("Tara", 37, 212, 50, 20, 0.96, 2, 1, 1),
        ("Quinn", 100, 212, 70, 20, 0.96, 2, 1, 1),
        ("Email:", 343, 332, 50, 16, 0.93, 3, 1, 1),
        ("info@redgumbroome.com.au", 398, 332, 250, 19, 0.87, 3, 1, 1),
    )
    company = parse_card(words, "AU").company
    assert company is not None
    assert company.value == "REDGUM BROOME"
    assert company.confidence <= GUESSED_CONFIDENCE


def test_a_mark_that_spells_one_domain_whole_takes_nothing_from_the_other() -> None:
    # as v1_andyou-gold: the shop's site puts its trade before the mark's name
    words = kept(
        ("AND", 60, 100, 80, 30, 0.96, 1, 1, 1),
        ("YOU", 150, 100, 80, 30, 0.96, 1, 1, 1),
        ("Taro", 60, 200, 40, 14, 0.96, 2, 1, 1),
        ("Yamada", 110, 200, 60, 14, 0.96, 2, 1, 1),
        ("andyou@and-you.jp", 60, 300, 170, 14, 0.92, 3, 1, 1),
        ("www.designshop-andyou.com", 60, 320, 230, 14, 0.92, 3, 1, 2),
    )
    company = parse_card(words, "JP").company
    assert company is not None
    assert company.value == "AND YOU"


def test_words_a_free_mailbox_spells_name_the_business() -> None:
    # as c3: the shop's name inside a thank-you line, its mailbox at gmail with its trade
    words = kept(
        ("CẢM", 45, 26, 30, 11, 0.95, 1, 1, 1),
        ("ƠN", 81, 28, 20, 10, 0.87, 1, 1, 1),
        ("BẠN", 107, 29, 28, 11, 0.93, 1, 1, 1),
        ("ĐÃ", 140, 28, 20, 11, 0.90, 1, 1, 1),
        ("CHỌN", 165, 27, 37, 11, 0.90, 1, 1, 1),
        ("HẠT", 45, 39, 28, 11, 0.96, 1, 1, 2),
        ("SEN", 79, 42, 28, 9, 0.97, 1, 1, 2),
        ("NHÉ!", 113, 40, 32, 11, 0.96, 1, 1, 2),
        ("0356786265", 262, 181, 85, 10, 0.95, 2, 1, 1),
        ("HATSENBAKERY@GMAIL.COM", 114, 212, 230, 10, 0.84, 2, 1, 2),
    )
    company = parse_card(words, "VN").company
    assert company is not None
    assert company.value == "HẠT SEN"


def test_a_mailbox_that_spells_more_than_the_line_names_nothing() -> None:
    # as test_image: the mailbox holds a word OCR lost from the shop's name
    words = kept(
        ("Defining", 663, 55, 1000, 262, 0.93, 1, 1, 1),
        ("Ink", 2079, 19, 433, 324, 0.86, 1, 1, 1),
        ("1300", 558, 670, 200, 93, 0.85, 2, 1, 1),
        ("N.", 849, 670, 100, 91, 0.96, 2, 1, 1),
        ("Main", 1011, 672, 200, 91, 0.97, 2, 1, 1),
        ("St.", 1250, 672, 100, 91, 0.97, 2, 1, 1),
        ("defininginktattoo@outlook.com", 727, 1393, 1000, 148, 0.90, 3, 1, 1),
    )
    assert parse_card(words, "US").company is None


def test_a_verb_before_the_name_in_the_domain_is_no_brand() -> None:
    # as selected_028, but the domain asks the reader to act: the line is the whole name
    words = kept(
        ("BROOME", 261, 143, 125, 20, 0.92, 1, 1, 1),
        ("Tara", 37, 212, 50, 20, 0.96, 2, 1, 1),
        ("Quinn", 100, 212, 70, 20, 0.96, 2, 1, 1),
        ("Email:", 343, 332, 50, 16, 0.93, 3, 1, 1),
        ("info@visitbroome.com.au", 398, 332, 240, 19, 0.87, 3, 1, 1),
    )
    company = parse_card(words, "AU").company
    assert company is not None
    assert company.value == "BROOME"


def test_a_firm_named_after_its_partners_is_its_company() -> None:
    """Seed 139, 0263-paper: ``PARTNER`` is a role word, yet ``WEBER & PARTNER`` over a
    tagline is the firm at weberandpartner.de."""
    words = kept(
        ("WEBER", 502, 139, 313, 56, 0.89, 1, 1, 1),
        ("&", 845, 132, 74, 68, 0.89, 1, 1, 1),
        ("PARTNER", 952, 133, 406, 67, 0.46, 1, 1, 1),
        ("Technik,", 654, 248, 189, 43, 0.96, 2, 1, 1),
        ("die", 867, 248, 69, 37, 0.97, 2, 1, 1),
        ("begeistert", 956, 248, 245, 47, 0.96, 2, 1, 1),
        ("Katrin", 536, 356, 346, 81, 0.96, 3, 1, 1),
        ("Krüger", 934, 356, 393, 100, 0.93, 3, 1, 1),
        ("k.krueger@weberandpartner.de", 515, 726, 825, 49, 0.91, 4, 1, 4),
        ("http://www.weberandpartner.de", 517, 797, 821, 50, 0.89, 4, 1, 5),
    )
    company = parse_card(words, "DE").company
    assert company is not None
    assert company.value == "WEBER & PARTNER"


def test_an_unsure_word_before_the_legal_form_stays_in_the_name() -> None:
    """Seed 139, 0216-photo_backed: ``Property-Group`` read unsurely between the mark that
    spells oakhurst.com.au and ``Pty. Ltd.``: a word of the name, not the logo's picture."""
    words = kept(
        ("Oakhurst", 97, 107, 279, 48, 0.92, 1, 1, 1),
        ("Property-Group", 399, 107, 469, 60, 0.48, 1, 1, 1),
        ("Pty.", 893, 109, 104, 58, 0.96, 1, 1, 1),
        ("Ltd.", 1022, 107, 110, 48, 0.96, 1, 1, 1),
        ("Mr", 100, 216, 76, 48, 0.97, 2, 1, 1),
        ("Lachlan", 201, 215, 247, 49, 0.83, 2, 1, 1),
        ("Kelly", 472, 215, 160, 63, 0.96, 2, 1, 1),
        ("Sales", 284, 301, 98, 35, 0.97, 3, 1, 1),
        ("Director", 399, 302, 156, 34, 0.96, 3, 1, 1),
        ("w.", 893, 746, 35, 21, 0.93, 5, 4, 3),
        ("https://oakhurst.com.au", 945, 736, 419, 40, 0.81, 5, 4, 3),
    )
    company = parse_card(words, "AU").company
    assert company is not None
    assert company.value == "Oakhurst Property-Group Pty. Ltd."


def test_a_sector_word_set_apart_on_the_row_ends_the_name() -> None:
    """Seed 139, 0233-saturated: ``SYSTEMS`` a wide space after ``HARBOR FREIGHT``."""
    words = kept(
        ("HARBOR", 50, 457, 152, 23, 0.96, 1, 1, 1),
        ("FREIGHT", 214, 457, 136, 23, 0.96, 1, 1, 1),
        ("SYSTEMS", 388, 457, 161, 23, 0.96, 1, 1, 1),
        ("David", 581, 83, 93, 28, 0.97, 2, 1, 1),
        ("Williams", 686, 83, 139, 28, 0.96, 2, 1, 1),
        ("Head", 581, 132, 65, 20, 0.97, 2, 1, 2),
        ("of", 655, 132, 26, 20, 0.97, 2, 1, 2),
        ("Sales", 688, 132, 65, 20, 0.97, 2, 1, 2),
        ("dwilliams@harbor.com", 580, 628, 231, 19, 0.82, 3, 2, 2),
    )
    company = parse_card(words).company
    assert company is not None
    assert company.value == "HARBOR FREIGHT SYSTEMS"


def test_a_name_set_letter_spaced_under_the_mark_is_read_as_one_word() -> None:
    """Seed 139, 0183-portrait: ``N A v A R R o`` under ``CONSTRUCCIONES``, its small
    capitals V and O read as lower case."""
    words = kept(
        ("CONSTRUCCIONES", 503, 142, 894, 70, 0.96, 1, 1, 1),
        ("N", 503, 252, 24, 27, 0.96, 2, 1, 1),
        ("A", 647, 252, 26, 27, 0.95, 2, 1, 1),
        ("v", 790, 252, 26, 27, 0.84, 2, 1, 1),
        ("A", 932, 252, 26, 27, 0.96, 2, 1, 1),
        ("R", 1080, 252, 22, 27, 0.97, 2, 1, 1),
        ("R", 1226, 252, 22, 27, 0.97, 2, 1, 1),
        ("o", 1371, 252, 28, 27, 0.81, 2, 1, 1),
        ("DR.", 371, 507, 140, 60, 0.97, 3, 1, 1),
        ("RAÚL", 547, 489, 235, 80, 0.96, 3, 1, 1),
        ("JIMÉNEZ", 810, 489, 376, 80, 0.97, 3, 1, 1),
        ("GÓMEZ", 1214, 489, 317, 80, 0.96, 3, 1, 1),
        ("Jefa", 766, 615, 104, 42, 0.97, 4, 1, 1),
        ("de", 886, 617, 60, 40, 0.97, 4, 1, 1),
        ("Ventas", 964, 617, 170, 40, 0.97, 4, 1, 1),
        ("r.jimenezgomez@construcciones.com", 495, 954, 910, 52, 0.87, 5, 1, 2),
    )
    company = parse_card(words, "ES").company
    assert company is not None
    assert company.value == "CONSTRUCCIONES NAVARRO"


def test_a_phone_row_of_one_letter_labels_is_no_name_under_the_mark() -> None:
    # the letters of a row under the mark must be all of it: ``T`` and ``F`` before numbers
    words = kept(
        ("CONSTRUCCIONES", 503, 142, 894, 70, 0.96, 1, 1, 1),
        ("T", 503, 252, 24, 27, 0.96, 2, 1, 1),
        ("963", 560, 252, 86, 27, 0.96, 2, 1, 1),
        ("F", 790, 252, 26, 27, 0.96, 2, 1, 1),
        ("99", 850, 252, 56, 27, 0.96, 2, 1, 1),
        ("DR.", 371, 507, 140, 60, 0.97, 3, 1, 1),
        ("RAÚL", 547, 489, 235, 80, 0.96, 3, 1, 1),
        ("JIMÉNEZ", 810, 489, 376, 80, 0.97, 3, 1, 1),
        ("r.jimenezgomez@construcciones.com", 495, 954, 910, 52, 0.87, 5, 1, 2),
    )
    company = parse_card(words, "ES").company
    assert company is not None
    assert company.value == "CONSTRUCCIONES"


def test_a_logo_read_as_noise_lets_the_domain_name_the_company_unsurely() -> None:
    """Seed 139, 0195-portrait: DELTA INSTALLATIES read ``DaS INSIS US``, OCR unsure of it;
    its letters start and loosely follow deltainstallaties.nl."""
    words = kept(
        ("Joost", 114, 135, 241, 75, 0.96, 1, 1, 1),
        ("de", 386, 130, 99, 80, 0.96, 1, 1, 1),
        ("Vries", 515, 130, 213, 80, 0.96, 1, 1, 1),
        ("Projectleider", 116, 265, 236, 47, 0.95, 2, 1, 1),
        ("DaS", 132, 423, 251, 95, 0.14, 3, 1, 1),
        ("INSIS", 409, 423, 260, 59, 0.14, 3, 1, 1),
        ("US", 735, 421, 197, 97, 0.32, 3, 1, 1),
        ("joost_devries@deltainstallaties.nl", 1021, 641, 598, 45, 0.84, 5, 1, 1),
        ("https://deltainstallaties.nl", 1182, 707, 437, 43, 0.46, 5, 1, 2),
    )
    company = parse_card(words, "NL").company
    assert company is not None
    assert company.value == "DELTAINSTALLATIES"
    assert company.confidence <= GUESSED_CONFIDENCE


def test_a_logo_cut_short_takes_its_word_breaks_to_the_domain() -> None:
    # as v1_bold-creative: the mark read ``BOLD CRE4`` at boldcreative.co.jp
    words = kept(
        ("saito@boldcreative.co.jp", 62, 160, 214, 19, 0.9, 3, 1, 1),
        ("T03", 60, 388, 34, 15, 0.86, 5, 1, 4),
        ("5728", 102, 388, 39, 15, 0.96, 5, 1, 4),
        ("4702", 148, 388, 40, 15, 0.96, 5, 1, 4),
        ("boldcreative.co.jp", 60, 420, 161, 20, 0.9, 5, 1, 5),
        ("BOLD", 60, 516, 82, 20, 0.93, 6, 1, 1),
        ("CRE4", 161, 517, 77, 20, 0.57, 6, 1, 1),
    )
    company = parse_card(words, "JP").company
    assert company is not None
    assert company.value == "BOLD CREATIVE"
    assert company.confidence <= GUESSED_CONFIDENCE


def test_a_domain_no_line_vouches_for_names_no_company() -> None:
    # as v2_business_card30: kanji read as noise that shares no start with the domain
    words = kept(
        ("Si", 60, 80, 30, 20, 0.29, 1, 1, 1),
        ("it", 100, 80, 20, 20, 0.29, 1, 1, 1),
        ("AIRA", 60, 130, 80, 30, 0.67, 2, 1, 1),
        ("hello@reallygreatsite.com", 60, 300, 240, 16, 0.9, 3, 1, 1),
        ("www.reallygreatsite.com", 60, 330, 220, 16, 0.9, 3, 1, 2),
    )
    assert parse_card(words, "JP").company is None


def test_a_web_address_read_with_its_dots_lost_is_no_company() -> None:
    # as business_card18: ``icswebjp`` repeats http://ics-web.jp under it
    words = kept(
        ("ERR", 493, 314, 129, 32, 0.0, 3, 1, 1),
        ("ICS", 632, 318, 48, 26, 0.85, 3, 1, 1),
        ("ikeda@ics-web.jp", 531, 164, 181, 20, 0.89, 2, 1, 3),
        ("E", 493, 437, 25, 27, 0.37, 4, 2, 1),
        ("http://ics-web.jp", 530, 440, 173, 21, 0.88, 4, 2, 1),
        ("E}", 492, 475, 26, 25, 0.81, 4, 3, 1),
        ("icswebjp", 530, 478, 89, 21, 0.91, 4, 3, 1),
    )
    assert parse_card(words, "JP").company is None


def test_an_address_line_read_as_noise_vouches_for_no_domain() -> None:
    # as real-business-card_20251218162355: ``NETMT 3-7-2`` starts like netlify.app, the
    # host of the person's own site; a line with a house number is no logo
    words = kept(
        ("NETMT", 1142, 1064, 262, 122, 0.0, 4, 1, 1),
        ("3-7-2", 1436, 1081, 181, 58, 0.96, 4, 1, 1),
        ("TEL:", 122, 1273, 178, 61, 0.95, 4, 2, 1),
        ("080-8126-4159", 332, 1273, 530, 61, 0.97, 4, 2, 1),
        ("URL:", 125, 1369, 184, 62, 0.93, 4, 3, 1),
        ("https://wenzheng-zhang.netlify.app", 338, 1364, 1253, 81, 0.89, 4, 3, 1),
    )
    assert parse_card(words, "JP").company is None


def test_a_school_logo_read_as_noise_names_the_university_its_domain_spells() -> None:
    # as real-business-card_20251218162355: "HOSEI University" under the school's mark read
    # as one unsure word, the kanji of the faculty beside it as noise; the e-mail at
    # stu.hosei.ac.jp, the person's own site at netlify.app
    def words(mail: str) -> list[Word]:
        return kept(
            ("|", 32, 396, 6, 6, 0.92, 2, 1, 2),
            ("Hosaunmesy", 152, 396, 420, 56, 0.11, 2, 1, 2),
            ("EKK", 749, 364, 300, 91, 0.0, 2, 1, 2),
            ("FNE", 1250, 353, 200, 142, 0.06, 2, 1, 2),
            ("MMCAWAE", 1498, 370, 400, 85, 0.0, 2, 1, 2),
            ("TEL:", 122, 1273, 178, 61, 0.95, 4, 2, 1),
            ("080-8126-4159", 332, 1273, 530, 61, 0.97, 4, 2, 1),
            ("URL:", 125, 1369, 184, 62, 0.93, 4, 3, 1),
            ("https://wenzheng-zhang.netlify.app", 338, 1364, 1253, 81, 0.89, 4, 3, 1),
            ("E-mail:", 122, 1463, 260, 64, 0.83, 4, 3, 2),
            (mail, 405, 1460, 1300, 81, 0.88, 4, 3, 2),
        )

    company = parse_card(words("wenzheng.zhang.5u@stu.hosei.ac.jp"), "JP").company
    assert company is not None
    assert company.value == "Hosei University"
    assert company.confidence <= GUESSED_CONFIDENCE
    # a firm's domain says nothing of the letters the stem leaves over
    assert parse_card(words("wenzheng.zhang@hosei.co.jp"), "JP").company is None


def test_an_italian_form_whose_l_is_read_as_a_bang_is_a_legal_form() -> None:
    """Seed 139, 0023-hard: ``Consulenze Dolomiti Sr!``, the card's only company line."""
    words = kept(
        ("Alessandro", 146, 189, 792, 125, 0.96, 1, 1, 1),
        ("E.", 992, 193, 119, 115, 0.96, 1, 1, 1),
        ("Romano", 1167, 193, 555, 115, 0.96, 1, 1, 1),
        ("Consulente", 144, 401, 274, 46, 0.79, 2, 1, 1),
        ("Consulenze", 144, 535, 503, 77, 0.96, 3, 1, 1),
        ("Dolomiti", 680, 533, 341, 72, 0.95, 3, 1, 1),
        ("Sr!", 1063, 532, 100, 59, 0.66, 3, 1, 1),
    )
    company = parse_card(words, "IT").company
    assert company is not None
    assert company.value == "Consulenze Dolomiti Srl"


def test_a_line_read_running_down_is_no_mark_by_its_size() -> None:
    """Real card TZNcse209 photo_084 read deblurred (all its kept words): the card was turned a
    quarter the wrong way and Tesseract read ``LA BODEGUITA DEL MEDIO`` down the page, each
    word boxed as tall as it is long; ``MEDIO`` looked the largest mark on the card."""
    words = kept(
        ("LA", 803, 180, 341, 404, 0.74, 3, 1, 1),
        ("BODEGUITA`", 677, 652, 411, 1408, 0.11, 3, 1, 1),
        ("|", 683, 2161, 372, 105, 0.96, 3, 1, 1),
        ("DEL", 254, 282, 465, 509, 0.71, 3, 1, 2),
        ("-", 218, 711, 31, 153, 0.92, 3, 1, 2),
        ("MEDIO", 172, 1023, 637, 877, 0.96, 3, 1, 2),
        ("|", 178, 2059, 625, 191, 0.90, 3, 1, 2),
    )
    assert parse_card(words, "US").company is None


def test_a_large_mark_set_across_is_still_the_company() -> None:
    words = kept(
        ("DEL", 200, 600, 400, 170, 0.95, 3, 1, 2),
        ("MEDIO", 700, 600, 800, 170, 0.96, 3, 1, 2),
        ("Tel:", 200, 900, 60, 30, 0.95, 4, 1, 1),
        ("(650)", 280, 900, 90, 30, 0.95, 4, 1, 1),
        ("324-8749", 390, 900, 150, 30, 0.95, 4, 1, 1),
    )
    company = parse_card(words, "US").company
    assert company is not None
    assert company.value == "DEL MEDIO"


def _konan(lower: str) -> str | None:
    """Real card BC2's words: KONAN in a box, a word under it further left (its box's
    column, not its letters'), the contacts to the right."""
    mark = [
        Word("KONAN", Box(74, 100, 60, 19), 1.0, 2, 1, 1),
        Word(lower, Box(32, 120, 65, 15), 1.0, 4, 1, 1),
    ]
    contacts = _words(
        (182, 144, 14, "Fax 02-3469-8599"),
        (183, 170, 13, "youngjoo.suh@konantech.com"),
        (180, 183, 13, "http://www.konantech.com"),
    )
    company = parse_card(mark + contacts, "US").company
    return company.value if company is not None else None


def test_the_line_under_a_mark_that_the_domain_cuts_short_ends_the_name() -> None:
    # konantech.com spells KONAN and the start of TECHNOLOGY
    assert _konan("TECHNOLOGY") == "KONAN TECHNOLOGY"


def test_a_line_under_a_mark_the_domain_does_not_spell_stays_apart() -> None:
    assert _konan("GANGNAM") == "KONAN"

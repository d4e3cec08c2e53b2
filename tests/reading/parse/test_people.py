"""Choosing the person's name among a card's segments (``people.weigh`` and ``choose_name``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cardkeeper.reading.fields import CardFields
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word
from tests.reading.parse.recorded import stacked_words


def _card(*lines: tuple[str, int], region: str = "US") -> CardFields:
    """A card of stacked lines, each ``(text, text height)``, every word read sure."""
    return parse_card(stacked_words(*lines), region)


def _given_family(fields: CardFields) -> tuple[str, str]:
    assert fields.name is not None
    return fields.name.given, fields.name.family


def test_the_name_over_the_title_wins_over_a_larger_name_shaped_line() -> None:
    # as on real card TZNcse209 selected_268: the shop's name large, the person over the role
    fields = _card(("Harbour Lights", 40), ("Tom Baker", 30), ("Sales Director", 20))
    assert _given_family(fields) == ("Tom", "Baker")


def test_a_line_over_a_legal_form_line_as_large_is_the_firm() -> None:
    # as on real card bhaktipatil23 mansha-tradecom: a firm's name set on two lines
    fields = _card(("BLUE RIVER", 60), ("HOLDINGS LLP", 60), ("Rohit Suthar", 30))
    assert _given_family(fields) == ("Rohit", "Suthar")


def test_a_line_over_a_trade_line_as_large_is_the_firm() -> None:
    """Real card NYJi BC8 (all its kept words): the university's name on two lines, cut short
    by OCR; the person's name was not read at all, and no name beats the firm's first line."""
    words = [
        Word("SEOUL", Box(175, 26, 42, 8), 0.86, 1, 1, 1),
        Word("NATIONA", Box(222, 27, 55, 7), 0.91, 1, 1, 1),
        Word("SCIENCE", Box(174, 36, 56, 9), 0.93, 1, 1, 2),
        Word("&", Box(235, 37, 9, 8), 0.93, 1, 1, 2),
        Word("TECHNOLOGY", Box(247, 37, 91, 8), 0.8, 1, 1, 2),
        Word("TA", Box(394, 126, 20, 10), 0.69, 3, 1, 1),
        Word("t8g2-2S70-ST116", Box(418, 126, 112, 10), 0.0, 3, 1, 1),
        Word("Fax", Box(378, 140, 24, 11), 0.84, 3, 1, 2),
        Word("+82-10363111369", Box(406, 140, 132, 11), 0.14, 3, 1, 2),
        Word("E-mail", Box(319, 155, 45, 11), 0.91, 3, 1, 3),
        Word("jongyoul®seoultecn", Box(368, 155, 143, 13), 0.37, 3, 1, 3),
        Word("ac", Box(516, 153, 13, 17), 0.65, 3, 1, 3),
        Word("kat", Box(534, 153, 12, 17), 0.46, 3, 1, 3),
    ]
    assert parse_card(words, "US").name is None


def test_an_email_spelling_two_lines_names_the_firm_not_a_person() -> None:
    # real card bhaktipatil23 green-earth-polymers: greenearthpolymers@ spells both lines
    fields = _card(
        ("GREEN EARTH", 60),
        ("POLYMERS LLP", 70),
        ("Rohit Suthar", 20),
        ("greenearthpolymers@gmail.com", 20),
    )
    assert _given_family(fields) == ("Rohit", "Suthar")


def test_an_email_of_the_firm_does_not_spell_a_person() -> None:
    # real card TZNcse209 selected_268: the Skype name is the shop's, as is the domain
    fields = _card(
        ("Friend Unlock", 40),
        ("Hugan Trandes", 30),
        ("trustfriendunlock@hotmail.com", 20),
        ("www.trustfriendunlock.com", 20),
    )
    assert _given_family(fields) == ("Hugan", "Trandes")


def test_a_name_set_with_a_wide_gap_is_one_name() -> None:
    # real card miracle-huang v2_business_card41: the romaji name cut like two columns
    words = [
        Word("YOSHIYUKI", Box(43, 218, 89, 11), 0.94, 1, 1, 1),
        Word("KAWASE", Box(150, 218, 67, 11), 0.91, 1, 1, 1),
        Word("MAIL:", Box(43, 235, 40, 15), 0.9, 1, 1, 2),
        Word("info@you-meishi.com", Box(90, 235, 150, 15), 0.9, 1, 1, 2),
    ]
    assert _given_family(parse_card(words, "US")) == ("Yoshiyuki", "Kawase")


@pytest.mark.timeout(30)
def test_a_name_set_wide_among_a_thousand_words_of_a_page_read_whole_is_joined() -> None:
    # A photo read whole (no card outline) over a printed page: generated hard photo 137/6
    # gave 1,096 words, and joining spaced names compared every pair of segments by value
    # against all the others, 462 s for that one card.
    page = [
        Word(
            f"wq{index}",
            Box(400 + 70 * (index % 20), 300 + 20 * (index // 20), 50, 11),
            0.3,
            2,
            1,
            10 + index,
        )
        for index in range(1_000)
    ]
    words = [
        Word("YOSHIYUKI", Box(43, 218, 89, 11), 0.94, 1, 1, 1),
        Word("KAWASE", Box(150, 218, 67, 11), 0.91, 1, 1, 2),
        Word("MAIL:", Box(43, 235, 40, 15), 0.9, 1, 1, 3),
        Word("info@you-meishi.com", Box(90, 235, 150, 15), 0.9, 1, 1, 3),
        *page,
    ]
    assert _given_family(parse_card(words, "US")) == ("Yoshiyuki", "Kawase")


def test_words_of_a_spaced_line_are_not_joined_into_a_name() -> None:
    # real card miracle-huang v2_business_card44: "Yamada  Rice  Farm" in spaced letters
    words = [
        Word("Yamada", Box(0, 0, 66, 11), 0.96, 1, 1, 1),
        Word("Rice", Box(86, 0, 44, 11), 0.96, 1, 1, 1),
        Word("Farm", Box(150, 0, 44, 11), 0.96, 1, 1, 1),
        Word("TEL", Box(0, 30, 30, 11), 0.95, 1, 1, 2),
        Word("0565-21-1970", Box(40, 30, 100, 11), 0.95, 1, 1, 2),
    ]
    assert parse_card(words, "JP").name is None


def test_a_speck_before_the_name_is_left_out() -> None:
    # real card miracle-huang business_card03: a pictogram read as a tall, unsure "ADO"
    words = [
        Word("ADO", Box(74, 59, 169, 102), 0.34, 1, 1, 1),
        Word("Junya", Box(276, 128, 66, 25), 0.96, 1, 1, 1),
        Word("KURODA", Box(351, 127, 99, 20), 0.96, 1, 1, 1),
        Word("E-mail", Box(74, 494, 60, 20), 0.9, 1, 1, 2),
        Word("kuroda@awakestyle.com", Box(150, 494, 200, 20), 0.9, 1, 1, 2),
    ]
    fields = parse_card(words, "US")
    assert _given_family(fields) == ("Junya", "Kuroda")
    assert fields.name is not None and fields.name.full.value == "Junya KURODA"


def test_a_lower_case_speck_before_a_korean_name() -> None:
    # real card dthphuong c6: "co Lee Tae Suk", family name first
    words = [
        Word("co", Box(40, 196, 36, 15), 0.7, 1, 1, 1),
        Word("Lee", Box(95, 189, 51, 22), 0.97, 1, 1, 1),
        Word("Tae", Box(158, 188, 50, 23), 0.97, 1, 1, 1),
        Word("Suk", Box(221, 188, 50, 23), 0.95, 1, 1, 1),
        Word("M.", Box(40, 262, 20, 14), 0.92, 1, 1, 2),
        Word("+82.10.4678.3220", Box(70, 262, 160, 14), 0.92, 1, 1, 2),
    ]
    assert _given_family(parse_card(words, "US")) == ("Tae Suk", "Lee")


def test_one_word_the_email_spells_with_a_role_under_it_is_the_name() -> None:
    # as on real card bhaktipatil23 dixit-holidays
    fields = _card(("SANDEEP", 60), ("Director", 30), ("sandeep.dixit@dixittours.com", 20))
    assert _given_family(fields) == ("Sandeep", "")


def test_one_word_without_a_role_under_it_is_no_name() -> None:
    fields = _card(("SANDEEP", 60), ("sandeep.dixit@dixittours.com", 20))
    assert fields.name is None


def test_one_word_with_its_role_after_it_on_the_row() -> None:
    # real card dthphuong w2: "Youmans  Founder / CEO", the e-mail misread by one letter
    words = [
        Word("Youmans", Box(434, 174, 119, 22), 0.86, 1, 1, 1),
        Word("Founder", Box(601, 180, 70, 15), 0.9, 1, 1, 1),
        Word("/", Box(677, 179, 7, 15), 0.9, 1, 1, 1),
        Word("CEO", Box(690, 179, 37, 15), 0.93, 1, 1, 1),
        Word("ypumans@elecfreaks.com", Box(434, 330, 160, 13), 0.9, 1, 1, 2),
    ]
    assert _given_family(parse_card(words, "CN")) == ("Youmans", "")


def test_a_lower_case_name_the_email_spells() -> None:
    # as on real card miracle-huang business_card02
    fields = _card(("hiroko ikeda", 20), ("ikeda@kobo-hana.jp", 15))
    assert _given_family(fields) == ("Hiroko", "Ikeda")


def test_a_lower_case_romaji_name_on_a_japanese_card() -> None:
    # as on real card miracle-huang v1_muramatsu: no e-mail spells it
    lines = (("yoshihiro muramatsu", 20), ("TEL 090-1234-5678", 15))
    assert _given_family(_card(*lines, region="JP")) == ("Yoshihiro", "Muramatsu")
    assert _card(("curtain and interior", 20), ("TEL 090-1234-5678", 15), region="JP").name is None


def test_an_everyday_family_name_when_the_email_spells_the_given_name() -> None:
    # as on real card bhaktipatil23 vinay-more
    fields = _card(("Vinay M. More", 50), ("vinayplasticycle@gmail.com", 20))
    assert _given_family(fields) == ("Vinay", "More")


def test_a_letter_glued_before_the_name_is_left_out() -> None:
    # real card NYJi BC21: "jJoong-Gyum Kim", a speck read into the first letter
    fields = _card(("DAIMLER", 16), ("jJoong-Gyum Kim", 13), ("Head of PTB", 8), region="KR")
    assert _given_family(fields) == ("Joong-Gyum", "Kim")
    assert fields.name is not None and fields.name.full.value == "Joong-Gyum Kim"


def test_a_letter_and_apostrophe_glued_before_a_name_the_email_spells() -> None:
    # real card TZNcse209 selected_234: "F'Sharath", OCR unsure of it
    words = [
        Word("F'Sharath", Box(3, 257, 680, 159), 0.0, 1, 1, 1),
        Word("Ramadhyanam", Box(741, 291, 1157, 150), 0.9, 1, 1, 1),
        Word("Manager", Box(129, 499, 428, 86), 0.93, 1, 1, 2),
        Word("sharath@bynd.com", Box(129, 700, 600, 60), 0.9, 1, 1, 3),
    ]
    assert _given_family(parse_card(words, "IN")) == ("Sharath", "Ramadhyanam")


def test_an_apostrophe_name_is_kept_whole() -> None:
    fields = _card(("N'Diaye Moussa", 30), ("Directeur", 20), ("ndiaye@sene.sn", 15))
    assert fields.name is not None and fields.name.full.value == "N'Diaye Moussa"


def test_a_bullet_and_a_bar_before_the_name_are_specks() -> None:
    # real cards TZNcse209 selected_027 ("e John F. Curry") and NYJi BC5 ("I Yang Jin Mo")
    bullet = [
        Word("e", Box(113, 94, 39, 42), 0.27, 1, 1, 1),
        Word("John", Box(256, 98, 42, 23), 0.97, 1, 1, 1),
        Word("F.", Box(307, 99, 15, 18), 0.96, 1, 1, 1),
        Word("Curry", Box(333, 99, 55, 23), 0.97, 1, 1, 1),
        Word("Director", Box(256, 140, 60, 11), 0.97, 1, 1, 2),
    ]
    assert _given_family(parse_card(bullet, "US")) == ("John", "Curry")
    bar = [
        Word("I", Box(24, 24, 4, 12), 0.75, 1, 1, 1),
        Word("Yang", Box(32, 25, 41, 12), 0.95, 1, 1, 1),
        Word("Jin", Box(78, 24, 19, 11), 0.96, 1, 1, 1),
        Word("Mo", Box(103, 24, 26, 10), 0.97, 1, 1, 1),
    ]
    assert _given_family(parse_card(bar, "KR")) == ("Jin Mo", "Yang")


def test_symbols_after_the_name_are_specks() -> None:
    # real card bhaktipatil23 globus-transitos: icons read after the name
    words = [
        Word("Divyank", Box(43, 192, 126, 35), 0.93, 1, 1, 1),
        Word("Bahuguna", Box(184, 193, 161, 34), 0.52, 1, 1, 1),
        Word("&@", Box(389, 190, 46, 42), 0.34, 1, 1, 1),
        Word("+%", Box(449, 200, 21, 12), 0.21, 1, 1, 1),
        Word("1n", Box(479, 190, 9, 42), 0.21, 1, 1, 1),
        Word("Executive", Box(43, 240, 120, 13), 0.93, 1, 1, 2),
    ]
    assert _given_family(parse_card(words, "IN")) == ("Divyank", "Bahuguna")


def test_a_word_and_an_initial_with_a_role_under_it() -> None:
    # as on real card TZNcse209 selected_236
    fields = _card(("Venkatanarayanan S", 100), ("Project Engineer", 70), region="IN")
    assert _given_family(fields) == ("Venkatanarayanan", "S")
    assert _card(("Campus B", 100), ("Bangalore 560066", 70), region="IN").name is None


def test_a_professor_is_the_name_not_the_title() -> None:
    # real card TZNcse209 selected_162
    fields = _card(("Professor Emad Gad", 46), ("Chair of Department", 42))
    assert fields.name is not None and fields.name.prefix == "Professor"
    assert _given_family(fields) == ("Emad", "Gad")


def test_a_name_only_its_shape_vouches_for_needs_a_sure_reading() -> None:
    # as on real card miracle-huang business_card13: OCR reads kanji as capitalised words,
    # unsure of them; the same letters the e-mail spells are a name
    def card(confidence: float, email: str) -> CardFields:
        words = [
            Word("FFI", Box(0, 0, 60, 30), confidence, 1, 1, 1),
            Word("VAR", Box(80, 0, 60, 30), confidence, 1, 1, 1),
            Word(email, Box(0, 60, 200, 15), 0.95, 1, 1, 2),
        ]
        return parse_card(words, "JP")

    assert card(0.6, "info@example.co.jp").name is None
    assert card(0.9, "info@example.co.jp").name is not None
    assert _given_family(card(0.6, "var@example.co.jp")) == ("Ffi", "Var")


def test_a_dealer_line_is_no_name() -> None:
    # as on real card TZNcse209 selected_059: the founder's name and the car brand, large
    fields = _card(("Tom Mason Volkswagen", 60), ("DOUG BLOOMER", 30), ("Sales", 30))
    assert _given_family(fields) == ("Doug", "Bloomer")


def test_an_address_line_ending_with_a_comma_is_no_name() -> None:
    # as on real card TZNcse209 selected_065: the address printed a part a line
    lines = [("SELVAM ENTERPRISES", 50), ("213, Potpathy Road,", 30), ("Kondavil East,", 30)]
    assert _card(*lines).name is None
    assert _given_family(_card(*lines, ("Niroshan Selvam", 30))) == ("Niroshan", "Selvam")


def test_a_name_followed_by_a_comma_and_its_degree_is_a_name() -> None:
    fields = _card(("12, Market Road,", 30), ("Anna Perera, PhD", 30))
    assert _given_family(fields) == ("Anna", "Perera")


def _brush_kanji_card(family: str) -> list[Word]:
    """Real card miracle-huang v2_business_card21: the name in brush kanji, read as short
    tokens on one line with its small romaji (``Tarou`` read ``Taron``), and kanji garbage."""
    words = [
        Word("KERA", Box(37, 71, 115, 23), 0.44, 1, 1, 1),
        Word("d", Box(40, 104, 45, 49), 0.19, 2, 1, 1),
        Word("®", Box(111, 107, 42, 43), 0.82, 2, 1, 1),
        Word("A", Box(178, 103, 47, 50), 0.9, 2, 1, 1),
        Word("êg", Box(244, 100, 49, 61), 0.13, 2, 1, 1),
        Word("Taron", Box(314, 135, 52, 15), 0.67, 2, 1, 1),
        Word("Yamada", Box(377, 134, 75, 31), 0.83, 2, 1, 1),
        Word("ARAA", Box(271, 240, 103, 23), 0.2, 3, 1, 1),
        Word("PYR", Box(387, 235, 136, 26), 0.0, 3, 1, 1),
        Word("7F470-1217", Box(271, 273, 98, 14), 0.43, 3, 1, 2),
        Word("F", Box(403, 271, 29, 17), 0.38, 3, 1, 2),
        Word("£", Box(442, 271, 9, 17), 0.24, 3, 1, 2),
        Word("w", Box(460, 274, 13, 12), 0.54, 3, 1, 2),
        Word("k", Box(499, 271, 12, 17), 0.0, 3, 1, 2),
        Word('A"T3-37', Box(514, 271, 75, 17), 0.0, 3, 1, 2),
        Word("TEL", Box(270, 298, 36, 14), 0.96, 3, 1, 3),
        Word("0565-21-1970", Box(314, 298, 119, 14), 0.96, 3, 1, 3),
        Word("FAX", Box(445, 298, 39, 14), 0.96, 3, 1, 3),
        Word("0565-21-1971", Box(492, 298, 118, 14), 0.96, 3, 1, 3),
        Word("MOBILE", Box(270, 323, 71, 13), 0.96, 3, 1, 4),
        Word("090-1234-5678", Box(349, 323, 130, 13), 0.96, 3, 1, 4),
        Word("E-mail", Box(270, 347, 55, 13), 0.93, 3, 2, 1),
        Word("you@and-you.jp", Box(333, 346, 141, 17), 0.86, 3, 2, 1),
    ]
    return [replace(w, text=family) if w.text == "Yamada" else w for w in words]


def test_a_romaji_name_after_kanji_read_as_specks() -> None:
    fields = parse_card(_brush_kanji_card("Yamada"), "US")
    assert _given_family(fields) == ("Tarou", "Yamada")


def test_romaji_after_kanji_needs_a_japanese_family_name() -> None:
    # the same line ending in two words that are no Japanese name is no name, nor put right
    assert parse_card(_brush_kanji_card("Garden"), "US").name is None


def test_a_slogan_in_two_praising_words_is_no_name() -> None:
    """Real card TZNcse209 photo_085 read deblurred (its kept words but the address): a
    restaurant's card with no person on it; its slogan ``Fresh Taste`` is the largest line
    Tesseract read (the logo over it was lost) and is shaped like a name."""
    words = [
        Word("Fresh", Box(1158, 1369, 506, 128), 0.97, 3, 1, 1),
        Word("Taste", Box(1727, 1379, 460, 124), 0.79, 3, 1, 1),
        Word("komss.", Box(2456, 1457, 385, 65), 0.13, 3, 1, 1),
        Word("X", Box(467, 1620, 84, 76), 0.55, 3, 1, 2),
        Word("Unique", Box(599, 1624, 400, 97), 0.93, 3, 1, 2),
        Word("&", Box(1049, 1624, 92, 76), 0.93, 3, 1, 2),
        Word("Courteous", Box(1191, 1626, 557, 76), 0.95, 3, 1, 2),
        Word("Dining", Box(1796, 1627, 345, 94), 0.97, 3, 1, 2),
        Word("Experience", Box(2185, 1629, 528, 90), 0.92, 3, 1, 2),
        Word("TAKEOUT", Box(831, 1775, 622, 73), 0.91, 3, 1, 3),
        Word("(Delivery", Box(1507, 1773, 490, 90), 0.94, 3, 1, 3),
        Word("Available)", Box(2039, 1767, 498, 83), 0.96, 3, 1, 3),
        Word("Tel:", Box(574, 1924, 263, 98), 0.91, 3, 2, 1),
        Word("(650)", Box(900, 1926, 295, 113), 0.94, 3, 2, 1),
        Word("324", Box(1245, 1926, 210, 81), 0.93, 3, 2, 1),
        Word("-", Box(1503, 1968, 34, 14), 0.89, 3, 2, 1),
        Word("8749", Box(1585, 1922, 268, 58), 0.88, 3, 2, 1),
    ]
    assert parse_card(words, "US").name is None


@pytest.mark.parametrize("slogan", ["Pure Natural", "Authentic Cuisine", "Delicious Homemade"])
def test_praising_words_make_no_name(slogan: str) -> None:
    fields = _card(("Golden Wok Restaurant", 50), (slogan, 40), ("Tel: (650) 324-8749", 20))
    assert fields.name is None


def test_the_person_under_a_larger_slogan_is_the_name() -> None:
    fields = _card(("Fresh Taste", 50), ("Daniel Moreno", 30), ("Owner", 20))
    assert _given_family(fields) == ("Daniel", "Moreno")

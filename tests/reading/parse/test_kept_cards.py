"""Rules tested on the OCR words of benchmark cards (``bench/out/words-<seed>-Latin.json``).

Each test keeps only the words its rule needs, with the boxes, confidences
and layout numbers Tesseract gave them.
"""

from __future__ import annotations

from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word

Row = tuple[str, int, int, int, int, float, int, int, int]


def kept(*rows: Row) -> list[Word]:
    """Words from rows of (text, left, top, width, height, confidence, block, paragraph, line)."""
    return [Word(t, Box(x, y, w, h), c, b, p, n) for t, x, y, w, h, c, b, p, n in rows]


def test_street_line_listed_after_its_postcode_line_is_kept() -> None:
    """Seed 8, 0020-scan: Tesseract put ``Lindenallee 20`` in a block of its own, last."""
    words = kept(
        ("Anna", 198, 391, 129, 38, 0.96, 2, 1, 1),
        ("Groß", 350, 390, 123, 39, 0.95, 2, 1, 1),
        ("40212", 203, 648, 93, 27, 0.96, 4, 1, 1),
        ("Düsseldorf", 310, 648, 162, 27, 0.96, 4, 1, 1),
        ("annag@wagner-partner.de", 135, 844, 403, 34, 0.92, 4, 1, 5),
        ("Lindenallee", 227, 599, 172, 27, 0.92, 5, 1, 1),
        ("20", 411, 600, 36, 26, 0.96, 5, 1, 1),
    )
    address = parse_card(words).address
    assert address is not None
    assert address.value == "Lindenallee 20, 40212 Düsseldorf"


def test_tagline_in_the_other_column_stays_out_of_the_address() -> None:
    """Seed 8, 0012-scan: a founding year and a postcode on one Tesseract line, far apart."""
    words = kept(
        ("Paseo", 706, 85, 60, 18, 0.96, 1, 1, 1),
        ("de", 775, 84, 26, 19, 0.96, 1, 1, 1),
        ("Gracia,", 809, 84, 74, 20, 0.96, 1, 1, 1),
        ("105", 894, 83, 37, 19, 0.96, 1, 1, 1),
        ("Calidad", 80, 131, 67, 15, 0.96, 1, 1, 2),
        ("desde", 154, 130, 52, 15, 0.96, 1, 1, 2),
        ("1975", 214, 130, 42, 15, 0.97, 1, 1, 2),
        ("48011", 791, 118, 66, 18, 0.96, 1, 1, 2),
        ("Bilbao", 868, 117, 65, 19, 0.96, 1, 1, 2),
    )
    address = parse_card(words).address
    assert address is not None
    assert address.value == "Paseo de Gracia, 105, 48011 Bilbao"


def test_street_above_a_floor_line_joins_the_address() -> None:
    """Seed 8, 0060-scan: ``Lange Voorhout 22`` has no street word; the floor line links it."""
    words = kept(
        ("Lange", 647, 401, 64, 26, 0.97, 5, 3, 1),
        ("Voorhout", 719, 400, 95, 21, 0.96, 5, 3, 1),
        ("22", 821, 400, 25, 21, 0.97, 5, 3, 1),
        ("8e", 647, 443, 24, 20, 0.96, 5, 4, 1),
        ("verdieping", 679, 441, 108, 28, 0.96, 5, 4, 1),
        ("2566", 647, 484, 51, 21, 0.97, 5, 5, 1),
        ("LA", 707, 484, 28, 21, 0.97, 5, 5, 1),
        ("Den", 742, 484, 40, 21, 0.96, 5, 5, 1),
        ("Haag", 791, 484, 55, 27, 0.96, 5, 5, 1),
    )
    address = parse_card(words).address
    assert address is not None
    assert address.value == "Lange Voorhout 22, 8e verdieping, 2566 LA Den Haag"


def test_short_line_printed_between_two_address_lines_joins_them() -> None:
    """Seed 8, 0140-scan: ``Scala R`` misread ``Seala R``, sharing a line with the company."""
    words = kept(
        ("Corso", 679, 390, 77, 20, 0.95, 2, 2, 1),
        ("Vittorio", 766, 389, 101, 21, 0.96, 2, 2, 1),
        ("Emanuele", 880, 389, 136, 21, 0.96, 2, 2, 1),
        ("II", 1029, 390, 11, 20, 0.79, 2, 2, 1),
        ("43", 1052, 390, 33, 20, 0.94, 2, 2, 1),
        ("Vetreria", 101, 411, 161, 30, 0.96, 2, 2, 2),
        ("Laguna", 276, 411, 154, 39, 0.97, 2, 2, 2),
        ("S.r.l.", 443, 409, 89, 32, 0.96, 2, 2, 2),
        ("Seala", 984, 429, 71, 21, 0.4, 2, 2, 2),
        ("R", 1069, 430, 15, 20, 0.61, 2, 2, 2),
        ("00174", 858, 470, 86, 20, 0.96, 3, 1, 1),
        ("Roma", 957, 470, 75, 20, 0.96, 3, 1, 1),
        ("RM", 1046, 470, 37, 20, 0.96, 3, 1, 1),
    )
    fields = parse_card(words)
    assert fields.address is not None
    assert fields.address.value == "Corso Vittorio Emanuele II 43, Seala R, 00174 Roma RM"
    assert fields.company is not None
    assert fields.company.value == "Vetreria Laguna S.r.l."


def test_country_line_under_the_address_loses_its_specks() -> None:
    """Seed 8, 0073-desk: ``Canada`` in a block of its own with a speck read as ``oS``."""
    words = kept(
        ("7843", 200, 1351, 107, 34, 0.97, 3, 1, 6),
        ("Granville", 327, 1349, 203, 36, 0.96, 3, 1, 6),
        ("Street", 549, 1351, 137, 34, 0.97, 3, 1, 6),
        ("Calgary,", 208, 1415, 182, 48, 0.96, 3, 1, 7),
        ("AB", 407, 1417, 64, 35, 0.93, 3, 1, 7),
        ("T2P", 486, 1417, 89, 35, 0.93, 3, 1, 7),
        ("7T3", 591, 1417, 83, 35, 0.92, 3, 1, 7),
        ("Canada", 358, 1481, 167, 37, 0.97, 4, 1, 3),
        ("oS", 253, 1471, 627, 142, 0.27, 4, 1, 3),
    )
    address = parse_card(words).address
    assert address is not None
    assert address.value == "7843 Granville Street, Calgary, AB T2P 7T3, Canada"
    assert len(address.word_indexes) == 8


def test_misread_initial_of_the_email_is_put_right_by_the_name() -> None:
    """Seed 8, 0118-scan: ``Iroy@`` on the card of Liam Roy is ``lroy@``."""
    words = kept(
        ("Mr.", 83, 252, 81, 43, 0.96, 1, 1, 1),
        ("Liam", 188, 250, 135, 45, 0.96, 1, 1, 1),
        ("Roy", 347, 252, 110, 55, 0.96, 1, 1, 1),
        ("Iroy@redwood-capital.com", 750, 264, 378, 31, 0.83, 5, 1, 2),
    )
    assert [e.value for e in parse_card(words).emails] == ["lroy@redwood-capital.com"]


def test_cut_off_tail_of_a_host_is_no_website() -> None:
    """Seed 7, 0143-desk: ``nite.com`` is what OCR kept of ``bwilliams@granite.com``."""
    words = kept(
        ("bwilli", 1021, 131, 74, 24, 0.93, 2, 1, 1),
        ("nite.com", 1244, 131, 129, 24, 0.92, 2, 1, 1),
        ("https://granite.com", 1084, 176, 289, 31, 0.9, 2, 1, 3),
    )
    assert [w.value for w in parse_card(words).websites] == ["https://granite.com"]


def test_damaged_email_is_no_company() -> None:
    """Seed 8, 0045-desk: the e-mail lost its dots; its domain still looks like the company."""
    words = kept(
        ("Mitchell", 113, 311, 228, 37, 0.96, 1, 1, 1),
        ("Papadopoulos", 363, 311, 380, 48, 0.96, 1, 1, 1),
        ("m", 815, 356, 17, 12, 0.9, 2, 1, 1),
        ("papadopoulos@brightwateriabs", 839, 353, 291, 21, 0.58, 2, 1, 1),
        ("com", 1135, 356, 39, 13, 0.95, 2, 1, 1),
        ("au", 1181, 356, 21, 13, 0.95, 2, 1, 1),
        ("www.brightwateriabs.com", 815, 388, 190, 21, 0.77, 2, 1, 2),
        ("BRIGHTWATER", 116, 422, 277, 24, 0.96, 2, 1, 3),
        ("LABS", 411, 422, 92, 24, 0.96, 2, 1, 3),
    )
    company = parse_card(words).company
    assert company is not None
    assert company.value == "BRIGHTWATER LABS"


def test_unsure_noise_ending_in_a_legal_form_is_no_company() -> None:
    """Seed 7, 0103-desk: an edge of the photo read as ``E REE EASE NIN KAE S a SA``."""
    words = kept(
        ("E", 844, 0, 9, 27, 0.01, 1, 1, 1),
        ("REE", 873, 0, 38, 27, 0.31, 1, 1, 1),
        ("EASE", 915, 0, 38, 27, 0.22, 1, 1, 1),
        ("NIN", 962, 0, 52, 27, 0.19, 1, 1, 1),
        ("KAE", 1028, 0, 41, 27, 0.12, 1, 1, 1),
        ("S", 1072, 0, 4, 27, 0.07, 1, 1, 1),
        ("a", 1082, 0, 9, 27, 0.0, 1, 1, 1),
        ("SA", 1099, 0, 28, 27, 0.2, 1, 1, 1),
        ("Julien", 442, 71, 173, 55, 0.96, 2, 1, 1),
        ("Rousseau", 642, 73, 288, 43, 0.96, 2, 1, 1),
        ("Conseil", 63, 435, 160, 32, 0.97, 4, 1, 1),
        ("Rivière", 243, 433, 155, 34, 0.96, 4, 1, 1),
        ("https://conseilriviere.com", 448, 664, 348, 23, 0.91, 5, 2, 3),
    )
    company = parse_card(words).company
    assert company is not None
    assert company.value == "Conseil Rivière"


def test_noise_word_before_the_company_is_cut_off() -> None:
    """Seed 8, 0107-desk: a logo read as ``wa}`` on the company's line."""
    words = kept(
        ("wa}", 105, 107, 208, 206, 0.2, 1, 1, 1),
        ("Williams", 333, 182, 318, 53, 0.97, 1, 1, 1),
        ("Associates", 679, 182, 401, 53, 0.96, 1, 1, 1),
        ("Inc", 1114, 184, 103, 51, 0.86, 1, 1, 1),
        ("Emily", 123, 364, 253, 88, 0.96, 2, 1, 1),
        ("Johnson", 404, 364, 386, 86, 0.97, 2, 1, 1),
    )
    company = parse_card(words).company
    assert company is not None
    assert company.value == "Williams Associates Inc"
    assert company.word_indexes == (1, 2, 3)


def test_a_middle_initial_read_with_a_comma_is_no_family_name_first() -> None:
    """Seed 131, 0207-portrait: ``J.`` read ``J,``, which made ``Jasmine J`` the family name
    of a ``Kelly, Jasmine`` order."""
    words = kept(
        ("jasmine_kelly(@papadopoulossons.com.au", 707, 601, 1138, 66, 0.26, 4, 1, 3),
        ("Jasmine", 121, 951, 253, 78, 0.97, 6, 1, 1),
        ("J,", 393, 968, 49, 66, 0.96, 6, 1, 1),
        ("Kelly,", 468, 970, 175, 94, 0.97, 6, 1, 1),
        ("CPA", 672, 984, 139, 76, 0.97, 6, 1, 1),
    )
    name = parse_card(words).name
    assert name is not None
    assert (name.given, name.middle, name.family, name.suffix) == ("Jasmine", "J.", "Kelly", "CPA")


def test_line_running_down_a_sideways_card_is_read_in_tesseracts_order() -> None:
    """Seed 131, 0055-hard: the card lies sideways in the photo, so each line's words stand one
    above the other and sorting them by their left edge read ``LÉVESQUE DR. EMMA``."""
    words = kept(
        ("Harbor", 723, 375, 55, 227, 0.96, 1, 1, 1),
        ("Freight", 709, 623, 69, 235, 0.96, 1, 1, 1),
        ("Systems", 710, 880, 67, 276, 0.96, 1, 1, 1),
        ("Inc.", 723, 1180, 54, 112, 0.95, 1, 1, 1),
        ("DR.", 472, 269, 78, 166, 0.97, 3, 1, 1),
        ("EMMA", 473, 480, 77, 302, 0.96, 3, 1, 1),
        ("LÉVESQUE", 459, 822, 112, 525, 0.96, 3, 1, 1),
        ("Project", 368, 605, 50, 154, 0.96, 4, 1, 1),
        ("Manager", 368, 777, 49, 202, 0.96, 4, 1, 1),
    )
    fields = parse_card(words)
    assert fields.name is not None and fields.company is not None
    assert fields.name.full.value == "Dr. Emma Lévesque"
    assert fields.company.value == "Harbor Freight Systems Inc."


def test_sideways_phone_keeps_its_country_code_first() -> None:
    """Seed 131, 0015-hard: ``T | +31 (0)10 166 6262`` down the photo; a speck beside the line
    does not hide that its words are stacked."""
    words = kept(
        ("T", 288, 582, 21, 17, 0.97, 4, 3, 1),
        ("|", 281, 610, 30, 4, 0.97, 4, 3, 1),
        ("+31", 287, 626, 23, 49, 0.93, 4, 3, 1),
        ("(0)10", 282, 686, 29, 71, 0.93, 4, 3, 1),
        ("166", 270, 768, 50, 48, 0.96, 4, 3, 1),
        ("6262", 270, 828, 50, 66, 0.97, 4, 3, 1),
        ("=", 542, 26, 2, 2, 0.18, 2, 1, 1),
        ("van", 506, 62, 16, 52, 0.75, 2, 1, 1),
        ("Dijk", 500, 122, 31, 61, 0.96, 2, 1, 1),
        ("Techniek", 506, 191, 24, 126, 0.96, 2, 1, 1),
        ("B.V.", 506, 327, 23, 55, 0.96, 2, 1, 1),
    )
    fields = parse_card(words)
    assert [phone.value for phone in fields.phones] == ["+31101666262"]
    assert fields.company is not None and fields.company.value == "van Dijk Techniek B.V."


def test_stray_brace_after_an_area_code_is_dropped() -> None:
    """Seed 131, 0063-hard: ``(08)}-6877-2997``; the brace cut the area code off."""
    words = kept(
        ("Office", 652, 761, 119, 32, 0.96, 4, 1, 3),
        ("|", 785, 753, 20, 59, 0.92, 4, 1, 3),
        ("(08)}-6877-2997", 812, 760, 307, 37, 0.57, 4, 1, 3),
        ("Reception", 617, 829, 191, 43, 0.96, 4, 1, 4),
        ("|", 827, 850, 3, 21, 0.93, 4, 1, 4),
        ("(08)-6877-2999", 849, 827, 307, 44, 0.92, 4, 1, 4),
        ("papadopoulos@summitengineering.com.au", 460, 894, 851, 49, 0.9, 4, 1, 5),
    )
    phones = [phone.value for phone in parse_card(words).phones]
    assert phones == ["+61868772997", "+61868772999"]


def test_middle_initial_boxed_short_does_not_cut_the_name() -> None:
    """Seed 131, 0071-hard: ``H.`` is boxed 46 px high beside 70-86 px words; the gap after it
    measured in its own height looked like a column gap."""
    words = kept(
        ("Ms.", 120, 206, 172, 68, 0.96, 1, 1, 1),
        ("Megan", 334, 206, 330, 86, 0.96, 1, 1, 1),
        ("H.", 710, 208, 72, 46, 0.96, 1, 1, 1),
        ("O'Connor", 856, 204, 474, 70, 0.96, 1, 1, 1),
        ("megan_oconnor@northwindlogistics.com", 120, 586, 1144, 58, 0.91, 2, 1, 2),
    )
    name = parse_card(words).name
    assert name is not None and name.full.value == "Ms. Megan H. O'Connor"


def test_name_word_cut_in_two_is_joined() -> None:
    """Seed 131, 0091-desk: ``Hannah Trem blay``, the cut 15 px wide, the space 36 px."""
    words = kept(
        ("Hannah", 95, 313, 361, 76, 0.96, 1, 1, 1),
        ("Trem", 492, 316, 233, 73, 0.96, 1, 1, 1),
        ("blay", 740, 313, 195, 96, 0.92, 1, 1, 1),
        ("hannah@clearviewmedia.com", 968, 397, 607, 44, 0.91, 2, 1, 1),
        ("Partner", 88, 447, 181, 42, 0.96, 2, 1, 2),
        ("Clearview", 88, 545, 260, 44, 0.96, 3, 1, 1),
        ("Media", 371, 545, 155, 44, 0.96, 3, 1, 1),
    )
    name = parse_card(words).name
    assert name is not None and name.full.value == "Hannah Tremblay"


def test_social_handle_vouches_for_the_name_it_spells() -> None:
    """Seed 131, 0076-scan: OCR is unsure of ``Loïc`` (0.31); ``@loicfaure`` spells the name."""
    words = kept(
        ("Groupe", 103, 99, 125, 34, 0.96, 1, 1, 1),
        ("Horizon", 242, 100, 130, 28, 0.96, 1, 1, 1),
        ("SARL", 385, 103, 96, 26, 0.97, 1, 1, 1),
        ("W", 808, 268, 35, 26, 0.93, 1, 3, 1),
        ("groupehorizon.fr", 855, 268, 275, 35, 0.79, 1, 3, 1),
        ("@loicfaure", 951, 321, 178, 33, 0.92, 1, 4, 1),
        ("Loïc", 99, 593, 133, 50, 0.31, 2, 1, 1),
        ("P.", 258, 595, 46, 48, 0.75, 2, 1, 1),
        ("Faure", 332, 595, 178, 52, 0.96, 2, 1, 1),
        ("Chef", 95, 676, 75, 27, 0.97, 3, 1, 1),
        ("de", 182, 678, 37, 27, 0.97, 3, 1, 1),
        ("projet", 232, 679, 88, 33, 0.96, 3, 1, 1),
    )
    name = parse_card(words).name
    assert name is not None and name.full.value == "Loïc P. Faure"


def test_hyphen_after_an_initial_in_an_address_is_a_dot() -> None:
    """Seed 131, 0258-band: ``j-hendriks@`` on Jeroen Hendriks's card."""
    words = kept(
        ("Jeroen", 116, 541, 174, 43, 0.96, 3, 1, 1),
        ("Hendriks", 306, 540, 243, 44, 0.97, 3, 1, 1),
        ("j-hendriks@grachtenhuis-media.nl", 113, 813, 563, 37, 0.82, 4, 2, 2),
    )
    assert [e.value for e in parse_card(words).emails] == ["j.hendriks@grachtenhuis-media.nl"]


def test_spanish_sector_word_names_the_company() -> None:
    """Seed 131, 0003-hard: OCR lost the card's e-mail and phone; ``Soluciones`` is a sector
    word as ``Solutions`` is."""
    words = kept(
        ("Soluciones", 106, 145, 298, 61, 0.96, 2, 1, 1),
        ("Iberia", 423, 159, 160, 47, 0.92, 2, 1, 1),
        ("María", 106, 700, 250, 77, 0.96, 4, 1, 1),
        ("López", 390, 701, 261, 94, 0.97, 4, 1, 1),
        ("Navarro", 684, 707, 359, 72, 0.97, 4, 1, 1),
    )
    company = parse_card(words).company
    assert company is not None and company.value == "Soluciones Iberia"


def test_spanish_title_names_the_country_of_a_national_number() -> None:
    """Seed 131, 0264-cut: nothing but ``Consultor Senior`` tells that ``964-14-31-05`` (valid
    in Spain, not in the default US) is Spanish."""
    words = kept(
        ("T.", 1183, 423, 24, 29, 0.93, 2, 1, 1),
        ("964-14-31-05", 1224, 421, 237, 33, 0.92, 2, 1, 1),
        ("Raúl", 84, 432, 179, 66, 0.97, 3, 1, 1),
        ("Pérez", 299, 435, 224, 62, 0.96, 3, 1, 1),
        ("Navarro", 556, 433, 325, 62, 0.95, 3, 1, 1),
        ("Email:", 904, 480, 102, 31, 0.93, 3, 1, 1),
        ("raulp@bodegas-ruiz.com", 1025, 477, 436, 40, 0.61, 3, 1, 1),
        ("Consultor", 80, 545, 172, 32, 0.97, 4, 1, 1),
        ("Senior", 266, 545, 115, 32, 0.96, 4, 1, 1),
        ("www.bodegas-ruiz.com", 1056, 536, 407, 40, 0.9, 4, 1, 1),
    )
    assert [phone.value for phone in parse_card(words).phones] == ["+34964143105"]


def test_a_name_cut_in_a_word_is_not_read_from_the_website() -> None:
    # real bhaktipatil23 ars-consulting: ``ARS Co`` only starts arsconsultant.top, and
    # ``Asulting`` is the rest of ``Consulting``, not the domain's ``consultant``
    words = kept(
        (">a", 985, 315, 64, 33, 0.25, 1, 1, 1),
        ("ARS", 1088, 327, 61, 23, 0.91, 1, 1, 1),
        ("Co", 1167, 330, 37, 21, 0.63, 1, 1, 1),
        ("~al", 976, 352, 103, 39, 0.44, 1, 1, 2),
        ("Asulting", 1207, 336, 135, 27, 0.00, 2, 1, 1),
        ("+91", 906, 438, 53, 25, 0.90, 4, 1, 1),
        ("9845257533,", 972, 438, 194, 32, 0.69, 4, 1, 1),
        ("htip:/", 927, 585, 84, 38, 0.82, 5, 1, 1),
        ("/arsconsultant.top", 1018, 585, 257, 35, 0.72, 5, 1, 1),
    )
    fields = parse_card(words, "IN")
    assert [w.value for w in fields.websites] == ["http://arsconsultant.top"]
    assert fields.company is None


def test_a_website_read_twice_one_letter_apart_is_one_site() -> None:
    """Seed 131, 0204-photo_backed: the e-mail line's icon and local part read as noise, its
    domain ``eeltainstallaties.nl`` above the site ``deltainstallaties.nl``."""
    words = kept(
        ("4]).", 1008, 639, 102, 37, 0.00, 5, 1, 1),
        ("|", 1138, 639, 1, 49, 0.97, 5, 1, 1),
        ("06", 1160, 639, 54, 37, 0.96, 5, 1, 1),
        ("22720378", 1232, 639, 229, 37, 0.97, 5, 1, 1),
        ("-Ae", 811, 719, 185, 30, 0.05, 5, 1, 2),
        ("eeltainstallaties.nl", 1014, 707, 447, 37, 0.00, 5, 1, 2),
        ("W:", 975, 773, 51, 39, 0.86, 5, 2, 1),
        ("deltainstallaties.nl", 1054, 774, 407, 38, 0.85, 5, 2, 1),
        ("Keizersgracht", 1084, 844, 307, 46, 0.96, 5, 2, 2),
        ("37", 1408, 845, 51, 36, 0.96, 5, 2, 2),
    )
    assert [site.value for site in parse_card(words).websites] == ["deltainstallaties.nl"]


def test_an_old_cards_numbers_too_short_for_todays_plan_keep_their_country_code() -> None:
    """Real TZNcse209 selected_126 (Yaoundé): ``Tél: (237) 222 86 20`` and
    ``Tél/Fax: (237) 222 45 47``, printed before Cameroon's numbers grew to nine digits. The
    matcher dropped both as impossible, so the card had no phone at all."""
    words = kept(
        ("P.O.", 27, 431, 56, 43, 0.89, 4, 1, 1),
        ("Box", 91, 429, 59, 45, 0.97, 4, 1, 1),
        ("8390", 158, 435, 66, 22, 0.93, 4, 1, 1),
        ("Yaounde", 234, 436, 118, 23, 0.93, 4, 1, 1),
        ("-", 362, 451, 9, 4, 0.92, 4, 1, 1),
        ("cameroon", 381, 445, 129, 17, 0.97, 4, 1, 1),
        ("Tél:", 643, 437, 52, 36, 0.96, 4, 1, 1),
        ("(237)", 767, 441, 74, 29, 0.94, 4, 1, 1),
        ("222", 851, 441, 50, 22, 0.95, 4, 1, 1),
        ("86", 912, 442, 33, 22, 0.96, 4, 1, 1),
        ("20", 955, 442, 33, 22, 0.97, 4, 1, 1),
        ("E-mail:", 28, 468, 96, 22, 0.78, 4, 1, 2),
        ("oayina@polytech.uninet.cm", 137, 470, 371, 31, 0.52, 4, 1, 2),
        ("Tél", 642, 476, 48, 23, 0.00, 4, 1, 2),
        ("Fax:", 698, 477, 55, 22, 0.00, 4, 1, 2),
        ("(237)", 765, 478, 75, 27, 0.96, 4, 1, 2),
        ("222", 849, 478, 51, 22, 0.96, 4, 1, 2),
        ("45", 911, 478, 31, 22, 0.96, 4, 1, 2),
        ("47", 954, 478, 34, 23, 0.97, 4, 1, 2),
    )
    phones = parse_card(words).phones
    assert [p.value for p in phones] == ["+2372228620", "+2372224547"]
    assert all(p.confidence < 0.7 for p in phones)


def test_a_lone_number_too_short_for_its_country_is_no_phone() -> None:
    """Seed 134, 0228-photo_backed: ``Fax. +34 919 25 36`` lost its last group to OCR; alone
    on the card in its length, it is a cut number, not an old plan's."""
    words = kept(
        ("Fax.", 40, 100, 60, 30, 0.95, 1, 1, 1),
        ("+34", 110, 100, 50, 30, 0.96, 1, 1, 1),
        ("919", 170, 100, 50, 30, 0.94, 1, 1, 1),
        ("25", 230, 100, 30, 30, 0.96, 1, 1, 1),
        ("36", 270, 100, 30, 30, 0.97, 1, 1, 1),
        ("ortega@grupo-meridiano.es", 40, 160, 400, 30, 0.90, 1, 1, 2),
    )
    assert parse_card(words).phones == []


def test_an_ornament_read_as_an_accent_before_a_wordmark_is_dropped() -> None:
    """Real TZNcse209 selected_065: a crown over the ``S`` of ``SELVAM`` read as ``Ž`` before
    it; the mailbox ``selvament@`` spells the mark without it."""
    words = kept(
        ("di", 65, 194, 85, 32, 0.07, 3, 1, 1),
        ("ŽSELVAM", 46, 223, 407, 61, 0.31, 3, 1, 2),
        ("Enterprises", 485, 242, 290, 50, 0.95, 3, 1, 2),
        ("(Pvt)", 796, 242, 115, 50, 0.96, 3, 1, 2),
        ("Ltd.", 933, 242, 91, 39, 0.97, 3, 1, 2),
        ("Importers", 100, 303, 128, 24, 0.93, 4, 1, 1),
        ("&", 241, 303, 15, 18, 0.93, 4, 1, 1),
        ("Distributers", 270, 302, 159, 19, 0.92, 4, 1, 1),
        ("0777", 636, 571, 77, 26, 0.96, 7, 1, 3),
        ("88", 726, 571, 43, 26, 0.96, 7, 1, 3),
        ("44", 781, 572, 45, 25, 0.96, 7, 1, 3),
        ("81", 839, 571, 31, 26, 0.91, 7, 1, 3),
        ("Jaffna.", 95, 611, 115, 44, 0.97, 8, 1, 1),
        ("selvament@gmail.com", 635, 615, 394, 34, 0.89, 8, 1, 1),
    )
    company = parse_card(words).company
    assert company is not None and company.value == "SELVAM Enterprises (Pvt) Ltd."

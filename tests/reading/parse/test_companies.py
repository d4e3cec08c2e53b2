import pytest

from cardkeeper.reading.parse.companies import (
    domain_match,
    ends_in_sector,
    has_name_letters,
    industry_evidence,
    is_department,
    is_legal_form,
    repair_legal_form,
    runs_on,
    stands_alone,
    suffix_evidence,
    without_icon,
    without_ornament,
)
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.words import Box, Line, Word


@pytest.mark.parametrize(
    "text",
    [
        "Acme Inc.",
        "Brightwave LLC",
        "Harbour & Finch Ltd",
        "Nordwind Logistik GmbH",
        "Siemens AG",
        "Lumière Conseil SAS",
        "Grupo Alba S.L.",
        "Ferro & Vetro S.r.l.",
        "Delta Water B.V.",
        "Koala Creative Pty Ltd",
        "Northern Pixel Corp.",
        "Müller GmbH & Co. KG",
        "Nokia Oy",
        "Tremblay & Sons Ltée",
        "ISAR CONSULTING GMBH",
        "GRANITE PEAK BUILDERS LTÉE",
    ],
)
def test_legal_forms(text: str) -> None:
    assert suffix_evidence(text) == 0.95


def test_ambiguous_short_forms_count_only_at_the_end() -> None:
    assert suffix_evidence("AB Testing Experts") == 0
    assert suffix_evidence("GmbH") == 0
    assert suffix_evidence("AS YOU LIKE IT") == 0


def test_misread_italian_legal_form() -> None:
    assert repair_legal_form("Officine Lombarde Sri") == "Officine Lombarde Srl"
    assert repair_legal_form("Ferro & Vetro S.r.1.") == "Ferro & Vetro S.r.l."
    assert repair_legal_form("Sri Lanka Tea Board") == "Sri Lanka Tea Board"


def test_a_misread_ltd_after_pvt_is_put_right() -> None:
    # as eie-instruments: "PVT. LTD" read "PVT. LTI"
    assert repair_legal_form("EIE INSTRUMENTS PVT. LTI") == "EIE INSTRUMENTS PVT. LTD"
    assert repair_legal_form("Lumen Health Pty Lt0.") == "Lumen Health Pty Ltd."
    assert repair_legal_form("Larsen Toubro LTI") == "Larsen Toubro LTI"


def test_furniture_is_a_sector_word() -> None:
    assert industry_evidence("NOIR FURNITURE") == 0.5
    assert not stands_alone("FURNITURE")


def test_domain_stem_matches_company_letters() -> None:
    assert domain_match("Nordwind Logistik GmbH", ["nordwind-logistik"]) >= 0.85
    assert domain_match("BRIGHTWAVE", ["brightwave"]) >= 0.85
    assert domain_match("International Business Machines", ["ibm"]) >= 0.85
    assert domain_match("Senior Adviseur", ["deltawater"]) == 0


def test_sector_word_is_weak_evidence() -> None:
    assert industry_evidence("Cobalt Consulting") == 0.5
    assert industry_evidence("Anna Müller") == 0


def test_sl_is_srl_only_on_an_italian_card() -> None:
    # seed 8, 0077-desk: "Studio Rossi Srl" lost its r
    assert repair_legal_form("Studio Rossi Sl", "IT") == "Studio Rossi Srl"
    assert repair_legal_form("Studio Rossi Sl", "ES") == "Studio Rossi Sl"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("SUMER ENTERPRISES", 0.5),
        ("MANHATTEN INTERNATIONAL IMPEX", 0.5),
        ("Bhatti PRINTERS", 0.5),
        ("Spalti Ristorante", 0.5),
        ("Comfort Inn", 0.5),
        ("Pittsburg State University", 0.6),
        ("IIC Academy", 0.6),
        ("Audit Bureau of Circulation (ABC)", 0.5),
    ],
)
def test_organisation_words_of_the_real_cards(text: str, weight: float) -> None:
    assert industry_evidence(text) == weight


def test_a_department_line_is_no_sector_line() -> None:
    assert industry_evidence("Department of Civil Engineering") == 0
    assert is_department("School of Engineering")
    assert not is_department("London School of Economics")


def test_indian_and_vietnamese_legal_forms() -> None:
    assert suffix_evidence("Globus Transitos Pvt") == 0.95
    assert suffix_evidence("Công Ty TNHH Mirae Asset") == 0.95


def test_initials_in_brackets_or_noise_before_a_short_form_are_no_legal_form() -> None:
    assert suffix_evidence("Deputy Director General (SA)") == 0
    assert suffix_evidence("WU B AB") == 0
    assert suffix_evidence("Vetreria Laguna SA") == 0.95


def test_a_group_counts_less_than_the_company_under_it() -> None:
    assert suffix_evidence("SINO GROUP") < suffix_evidence("Sino Land Company Limited")
    assert suffix_evidence("Grupo Alba S.L.") == 0.95


def test_a_domain_made_of_the_starts_of_an_organisations_words() -> None:
    assert domain_match("Pittsburg State University", ["pittstate"]) >= 0.85
    assert domain_match("Birla Institute of Technology & Science, Pilani", ["bits-pilani"]) >= 0.85
    assert domain_match("THE GEORGE WASHINGTON UNIVERSITY", ["gwu"]) >= 0.85
    assert domain_match("Jonathan Smith", ["jsmith"]) < 0.85  # a person is read as a name


def test_a_line_of_forms_and_sector_words_cannot_stand_alone() -> None:
    assert not stands_alone("Private Limited")
    assert not stands_alone("UNIVERSITY OF")
    assert not stands_alone("Enterprises (P) Ltd")
    assert stands_alone("L.F Services")
    assert is_legal_form("Pvt. Ltd.")
    assert not is_legal_form("Rolta India Limited")


def test_two_lines_run_on_at_a_connector() -> None:
    assert runs_on("NTT DATA INSTITUTE OF", "MANAGEMENT CONSULTING, Inc.")
    assert runs_on("Centre", "for Secure Information Technology")
    assert not runs_on("Dynagrow Enterprises", "Private Limited")


def test_noise_has_no_name_letters() -> None:
    assert not has_name_letters("681/24/9 Au Co,")
    assert not has_name_letters("600409")
    assert not has_name_letters("q")
    assert has_name_letters("HP Inc.")


def test_a_capital_i_read_as_l_is_put_right() -> None:
    assert repair_legal_form("loT Strategy Labs") == "IoT Strategy Labs"
    assert repair_legal_form("lucky Labs") == "lucky Labs"


def test_a_zero_in_a_word_of_capitals_is_the_letter_o() -> None:
    # as BC14: ``MUNHWA ILB0``
    assert repair_legal_form("MUNHWA ILB0") == "MUNHWA ILBO"
    assert repair_legal_form("B2B0 Labs") == "B2B0 Labs"
    assert repair_legal_form("Studio 100") == "Studio 100"


def test_a_unit_of_the_company_is_no_sector_line() -> None:
    # as selected_027: ``Hotel Division`` under WALT DISNEY PRODUCTIONS
    assert industry_evidence("Hotel Division") == 0
    assert industry_evidence("Hotel Astoria") == 0.5


def _line(*words: Word) -> MappedText:
    return MappedText.from_line(Line(words, tuple(range(len(words)))))


def test_an_icon_before_a_line_is_cut_off() -> None:
    # as document.jpg: a round icon read ``O`` far left of the name
    apart = [
        Word("O", Box(443, 77, 91, 57), 0.74, 1, 1, 1),
        Word("HANSUNG", Box(1121, 72, 250, 33), 0.91, 1, 1, 1),
    ]
    assert without_icon(_line(*apart), apart).text == "HANSUNG"
    speck = [
        Word("e", Box(72, 130, 10, 12), 0.5, 1, 1, 1),
        Word("Senator", Box(90, 123, 90, 26), 0.9, 1, 1, 1),
    ]
    assert without_icon(_line(*speck), speck).text == "Senator"
    near = [
        Word("A", Box(0, 0, 20, 30), 0.9, 1, 1, 1),
        Word("Plus", Box(30, 0, 60, 30), 0.9, 1, 1, 1),
    ]
    assert without_icon(_line(*near), near).text == "A Plus"


def test_three_words_ending_in_a_sector_word_name_a_business() -> None:
    assert ends_in_sector("Yamada Rice Farm")
    assert not ends_in_sector("Anna Bank")
    assert not ends_in_sector("Farm Road Supplies Ltd")


def test_a_form_misread_with_a_sign_counts_but_an_honorific_does_not() -> None:
    assert suffix_evidence("Consulenze Dolomiti Sr!") == 0.95
    assert suffix_evidence("Venkat Sri") == 0.0


def test_a_name_that_starts_with_an_accented_capital_keeps_it() -> None:
    """Only a letter the card's addresses leave out is an ornament: ``ŠKODA`` at
    skoda-auto.com keeps its ``Š``; ``ŽSELVAM`` at selvament@ loses its ``Ž``."""
    skoda = MappedText("ŠKODA AUTO", (0, 0, 0, 0, 0, -1, 1, 1, 1, 1))
    assert without_ornament(skoda, ["skoda-auto"]).text == "ŠKODA AUTO"
    selvam = MappedText("ŽSELVAM Ltd.", (0,) * 7 + (-1,) + (1,) * 4)
    assert without_ornament(selvam, ["selvament"]).text == "SELVAM Ltd."
    assert without_ornament(selvam, []).text == "ŽSELVAM Ltd."

import pytest

from cardkeeper.reading.parse.names import (
    matches_email,
    name_shape,
    parse_name,
    two_family_names,
    without_prefixes,
)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Müller",
        "Dr. Anna Müller",
        "John Q. Public Jr.",
        "Isabella van Waas",
        "Marie-Claire Tremblay",
        "Liam O'Connor",
        "ROBERT J. MCALLISTER JR.",
        "Anna Müller, PhD",
        "drs. Ruud Visser",
        "Dott.ssa Martina Conti",
        "Me Jean-Pierre Dubois",
        "ir. Lotte de Vries, MBA",
        "Marieke A Bakker",
    ],
)
def test_name_shapes(text: str) -> None:
    assert name_shape(text) > 0


@pytest.mark.parametrize(
    "text",
    [
        "Head of Sales",
        "Nordwind Logistik GmbH",
        "Building tomorrow's tools today",
        "Quality You Can Trust",
        "Hauptstraße 5",
        "Anna",
        "anna mueller",
        "Tel Fax",
        "Emancipação Procurações",
        "Tax Preparation",
        "Bookkeeping Payroll",
        "Steuerberatung Buchhaltungen",
        "Project Management",
    ],
)
def test_not_names(text: str) -> None:
    assert name_shape(text) == 0


def test_parts_with_prefix_and_suffix() -> None:
    parts = parse_name("Dr. Anna Müller, PhD")
    assert (parts.prefix, parts.given, parts.family, parts.suffix) == (
        "Dr.",
        "Anna",
        "Müller",
        "PhD",
    )
    assert parts.full == "Dr. Anna Müller, PhD"


def test_middle_initial() -> None:
    parts = parse_name("John Q. Public")
    assert (parts.given, parts.middle, parts.family) == ("John", "Q.", "Public")


def test_all_caps_is_proper_cased_everywhere() -> None:
    parts = parse_name("ROBERT J. MCALLISTER JR.")
    assert parts.full == "Robert J. McAllister Jr."
    assert (parts.given, parts.family, parts.suffix) == ("Robert", "McAllister", "Jr.")


def test_mixed_case_full_name_is_kept_as_printed() -> None:
    parts = parse_name("Anna MÜLLER")
    assert parts.full == "Anna MÜLLER"
    assert parts.family == "Müller"


def test_email_spelling_of_the_name() -> None:
    assert matches_email("Anna Müller", ["anna.mueller"])
    assert matches_email("José García", ["jgarcia"])
    assert not matches_email("Tom Becker", ["info"])


def test_prefixes_printed_in_lower_case_are_not_prose() -> None:
    assert without_prefixes("drs. Ruud Visser") == "Ruud Visser"
    assert without_prefixes("Dott.ssa Martina Conti") == "Martina Conti"
    assert without_prefixes("Me Jean-Pierre Dubois") == "Jean-Pierre Dubois"


@pytest.mark.parametrize(
    ("text", "locals_", "region"),
    [
        ("Sofía García López", [], "US"),  # Spanish letters
        ("Raul Ortega Navarro", ["raul.orteganavarro"], "US"),  # the e-mail spells both
        ("Javier Ruiz Perez", [], "ES"),  # the card's country
        ("Lucía N. Sánchez Martínez", [], "US"),
    ],
)
def test_two_family_names(text: str, locals_: list[str], region: str) -> None:
    assert two_family_names(text, locals_, region)


@pytest.mark.parametrize(
    ("text", "region"),
    [("John Quincy Adams", "US"), ("José Luis Pérez", "ES"), ("José J. Sánchez", "ES")],
)
def test_one_family_name(text: str, region: str) -> None:
    assert not two_family_names(text, [], region)


def test_second_family_name_leaves_the_middle() -> None:
    parts = parse_name("Lucía N. Sánchez Martínez", two_family=True)
    assert (parts.given, parts.middle, parts.family) == ("Lucía", "N.", "Sánchez Martínez")


def test_lost_apostrophe_of_o() -> None:
    parts = parse_name("Brodie O Brien")
    assert (parts.full, parts.family) == ("Brodie O'Brien", "O'Brien")

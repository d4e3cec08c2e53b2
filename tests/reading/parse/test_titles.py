import pytest

from cardkeeper.reading.parse.titles import is_degree_list, title_evidence


@pytest.mark.parametrize(
    "text",
    [
        "Head of Procurement",
        "Senior Data Engineer",
        "CEO & Founder",
        "Managing Director",
        "Geschäftsführer",
        "Vertriebsleiter",
        "Directrice Commerciale",
        "Responsable Marketing",
        "Ingeniero de Software",
        "Direttore Generale",
        "Senior Adviseur",
        "Accountmanager",
        "VP Sales",
    ],
)
def test_role_words(text: str) -> None:
    assert title_evidence(text) == 0.9


@pytest.mark.parametrize("text", ["Sales", "Anna Müller", "Building better bridges", "Berlin"])
def test_no_role_word(text: str) -> None:
    assert title_evidence(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "United States Senator",
        "Subject Matter Expert",
        "Vice-President",
        "Sub-Director",
        "Geschäftsführender Gesellschafter",
        "Diretor Comercial",
        "Zaakvoerder",
        "Inkoper",
        "AGM",
        "PDG",
    ],
)
def test_more_role_words(text: str) -> None:
    assert title_evidence(text) == 0.9


@pytest.mark.parametrize("text", ["Head Office", "HEAD OFFICE:", "Head Quarters"])
def test_a_head_office_is_a_place(text: str) -> None:
    assert title_evidence(text) == 0


def test_head_of_an_office_is_a_role() -> None:
    assert title_evidence("Head of Office") == 0.9


@pytest.mark.parametrize(
    ("text", "degrees"),
    [("MD, PhD", True), ("CPA, EA", True), ("MD", False), ("MD, Director", False)],
)
def test_degree_lists(text: str, degrees: bool) -> None:
    assert is_degree_list(text) is degrees


@pytest.mark.parametrize(
    "text", ["WEBER & PARTNER", "Smith and Associates", "Müller und Partner", "Dupont et Associés"]
)
def test_a_firm_named_after_its_partners_is_no_title(text: str) -> None:
    assert title_evidence(text) == 0.0


def test_a_partner_and_associate_is_still_a_role() -> None:
    assert title_evidence("Partner & Associate") == 0.9

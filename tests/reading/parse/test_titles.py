import pytest

from cardkeeper.reading.parse.titles import title_evidence


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

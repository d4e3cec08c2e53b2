import pytest

from cardkeeper.reading.parse.addresses import address_evidence


@pytest.mark.parametrize(
    "text",
    [
        "401 Congress Ave, Suite 1500",
        "Hauptstraße 5",
        "HauptstraBe 5",
        "Friedrichstr. 12",
        "12 Rue de Rivoli",
        "Calle Mayor 12",
        "Via Roma 21",
        "Herengracht 500",
        "Level 12, 1 Martin Place",
        "221B Baker Street",
        "Calle Gran Vía, 128",
        "Via Giuseppe Verdi, 23, Scala G",
    ],
)
def test_street_lines(text: str) -> None:
    assert address_evidence(text).street


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Austin, TX 78701", "US"),
        ("London EC2N 4AJ", "GB"),
        ("1017 CB Amsterdam", "NL"),
        ("Toronto, ON M5V 2T6", "CA"),
        ("Sydney NSW 2000", "AU"),
        ("10115 Berlin", None),
        ("75004 Paris", None),
    ],
)
def test_postcode_lines(text: str, region: str | None) -> None:
    evidence = address_evidence(text)
    assert evidence.postcode
    assert evidence.postcode_region == region


def test_country_names_give_the_region() -> None:
    assert address_evidence("United Kingdom").region == "GB"
    assert address_evidence("10115 Berlin, Deutschland").region == "DE"
    assert not address_evidence("United Kingdom").is_address


@pytest.mark.parametrize("text", ["Anna Müller", "Head of Sales", "Jimmy Wales"])
def test_not_address(text: str) -> None:
    evidence = address_evidence(text)
    assert not evidence.is_address
    assert evidence.country is None

import pytest

from cardkeeper.reading.parse.addresses import (
    address_evidence,
    repair_postcode,
    repair_roman_numerals,
)
from cardkeeper.reading.parse.text import MappedText


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
        ("Tokyo 100-6921", "JP"),
        ("〒134-0081 Edogawa", "JP"),
        ("01310-100 São Paulo - SP", "BR"),
        ("Hyderabad - 500 082 INDIA", "IN"),
        ("Mumbai-400 059, Maharashtra", "IN"),
        ("Bahadurgarh, Haryana-124507 4", "IN"),
        ("Bengaluru 560 048", "IN"),
        ("00125 Roma (RM)", "IT"),
        ("20121 Milano (MI)", "IT"),
        ("1060 Wien", "AT"),
        ("A-6020 Innsbruck", "AT"),
        ("8014 Zürich", "CH"),
        ("CH-6830 Chiasso", "CH"),
        ("5070 Namur", "BE"),
        ("Nishi-ku, Yokohama-shi, Kanagawa 220-3586", "JP"),
        ("6830 Chiasso", ""),
    ],
)
def test_postcode_lines(text: str, region: str | None) -> None:
    evidence = address_evidence(text)
    assert evidence.postcode
    assert evidence.postcode_region == region


def test_four_digits_before_a_street_are_a_house_number() -> None:
    assert not address_evidence("1200 Main Street").postcode
    assert not address_evidence("2024 Annual Report 2025").postcode


def test_country_names_give_the_region() -> None:
    assert address_evidence("United Kingdom").region == "GB"
    assert address_evidence("10115 Berlin, Deutschland").region == "DE"
    assert not address_evidence("United Kingdom").is_address
    assert address_evidence("Seoul 01811, Korea").region == "KR"
    assert address_evidence("Chiyoda-ku, Tokyo 102-0093, Japan").region == "JP"


@pytest.mark.parametrize(
    "text", ["Anna Müller", "Head of Sales", "Jimmy Wales", "Tel - 800 123 4567"]
)
def test_not_address(text: str) -> None:
    evidence = address_evidence(text)
    assert not evidence.is_address
    assert evidence.country is None


@pytest.mark.parametrize(
    "text", ["8e verdieping", "1e étage", "Scala R", "Bâtiment Z", "Haus 3", "2. OG", "Piano 8"]
)
def test_building_sub_lines_are_street_lines(text: str) -> None:
    assert address_evidence(text).street


def _mapped(text: str) -> MappedText:
    return MappedText(text, tuple(range(len(text))))


@pytest.mark.parametrize(
    ("printed", "repaired"),
    [
        ("Toronto, ON MSV 5B9", "Toronto, ON M5V 5B9"),  # seed 7, 0028-scan
        ("Calgary, AB T2P 429", "Calgary, AB T2P 4Z9"),  # seed 7, 0154-scan
        ("Toronto, ON M5V 5B9", "Toronto, ON M5V 5B9"),
        ("ON 613 960 2332", "ON 613 960 2332"),
        ("Cambridge MSV 5B9", "Cambridge MSV 5B9"),
    ],
)
def test_canadian_postcode_after_a_province(printed: str, repaired: str) -> None:
    fixed = repair_postcode(_mapped(printed))
    assert fixed.text == repaired
    assert fixed.owners == tuple(range(len(printed)))


@pytest.mark.parametrize(
    ("printed", "repaired"),
    [
        ("Corso Vittorio Emanuele Il, 22", "Corso Vittorio Emanuele II, 22"),
        ("Corso Vittorio Emanuele Il 43", "Corso Vittorio Emanuele II 43"),
        ("Via Il Prato 3", "Via Il Prato 3"),
    ],
)
def test_roman_numeral_ii_read_as_il(printed: str, repaired: str) -> None:
    assert repair_roman_numerals(_mapped(printed)).text == repaired

"""Addresses as cards print them, split by the conventions of their country."""

from __future__ import annotations

import pytest

from cardkeeper.domain import AddressParts
from cardkeeper.postal import split_address


def parts(
    street: str = "",
    postcode: str = "",
    city: str = "",
    region: str = "",
    country: str = "",
    *,
    extended: str = "",
) -> AddressParts:
    return AddressParts(street, extended, postcode, city, region, country)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "1600 Amphitheatre Pkwy, Suite 200, Mountain View, CA 94043, USA",
            parts(
                "1600 Amphitheatre Pkwy", "94043", "Mountain View", "CA", "US", extended="Suite 200"
            ),
        ),
        (
            "3030 Suncrest Dr. Suite #113\nSan Diego, CA 92116",
            parts("3030 Suncrest Dr.", "92116", "San Diego", "CA", "US", extended="Suite #113"),
        ),
        (
            "454 S California Ave Palo Alto CA 94306",
            parts("454 S California Ave", "94306", "Palo Alto", "CA", "US"),
        ),
        (
            "500 SO. BUENA VISTA ST. • BURBANK, CALIFORNIA 91503",
            parts("500 SO. BUENA VISTA ST.", "91503", "BURBANK", "CALIFORNIA", "US"),
        ),
        (
            "PO Box 4410\nBoise, ID 83711-4410",
            parts("PO Box 4410", "83711-4410", "Boise", "ID", "US"),
        ),
        (
            "800 22nd Street, NW, Suite 4000, Washington, DC 20052",
            parts("800 22nd Street, NW", "20052", "Washington", "DC", "US", extended="Suite 4000"),
        ),
    ],
)
def test_united_states(printed: str, expected: AddressParts) -> None:
    assert split_address(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "350 Bay Street, Suite 1000\nToronto, ON  M5V 2T6",
            parts("350 Bay Street", "M5V 2T6", "Toronto", "ON", "CA", extended="Suite 1000"),
        ),
        (
            "1250 boul. René-Lévesque O.\nMontréal (Québec) H3B 4W8\nCanada",
            parts("1250 boul. René-Lévesque O.", "H3B 4W8", "Montréal", "Québec", "CA"),
        ),
        (
            "221B Baker Street\nLONDON NW1 6XE",
            parts("221B Baker Street", "NW1 6XE", "LONDON", "", "GB"),
        ),
        (
            "76/78 Upper Ground, South Bank, London SE1 9PZ",
            parts("76/78 Upper Ground", "SE1 9PZ", "London", "", "GB", extended="South Bank"),
        ),
        (
            "c/o Harbour Studios\n4 Mill Lane\nBristol\nBS1 6HG\nUnited Kingdom",
            parts("4 Mill Lane", "BS1 6HG", "Bristol", "", "GB", extended="c/o Harbour Studios"),
        ),
        (
            "Level 12, 100 George Street, SYDNEY NSW 2000",
            parts("100 George Street", "2000", "SYDNEY", "NSW", "AU", extended="Level 12"),
        ),
        (
            "John Street Hawthorn, Victoria 3122 Australia",
            parts("John Street", "3122", "Hawthorn", "Victoria", "AU"),
        ),
        (
            "GPO Box 1234\nMelbourne VIC 3001",
            parts("GPO Box 1234", "3001", "Melbourne", "VIC", "AU"),
        ),
    ],
)
def test_canada_britain_australia(printed: str, expected: AddressParts) -> None:
    assert split_address(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Hauptstraße 5\n10115 Berlin", parts("Hauptstraße 5", "10115", "Berlin", "", "DE")),
        (
            "c/o Müller GmbH, Lindenallee 20, 3. OG, D-50968 Köln",
            parts("Lindenallee 20", "50968", "Köln", "", "DE", extended="c/o Müller GmbH, 3. OG"),
        ),
        (
            "Postfach 10 20 30\n70173 Stuttgart\nDeutschland",
            parts("Postfach 10 20 30", "70173", "Stuttgart", "", "DE"),
        ),
        (
            "Mariahilfer Straße 77/Top 4, 1060 Wien, Österreich",
            parts("Mariahilfer Straße 77/Top 4", "1060", "Wien", "", "AT"),
        ),
        (
            "Herrengasse 12, 2. Stock\nA-8010 Graz",
            parts("Herrengasse 12", "8010", "Graz", "", "AT", extended="2. Stock"),
        ),
        (
            "Bahnhofstrasse 10\nCH-8001 Zürich\nSchweiz",
            parts("Bahnhofstrasse 10", "8001", "Zürich", "", "CH"),
        ),
        (
            "Rue du Rhône 14, 1204 Genève, Suisse",
            parts("Rue du Rhône 14", "1204", "Genève", "", "CH"),
        ),
    ],
)
def test_german_speaking_countries(printed: str, expected: AddressParts) -> None:
    assert split_address(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "12, rue de la Paix\n75002 Paris",
            parts("12, rue de la Paix", "75002", "Paris", "", "FR"),
        ),
        (
            "8 avenue Victor Hugo, BP 123, 69002 LYON CEDEX 02",
            parts("8 avenue Victor Hugo", "69002", "LYON CEDEX 02", "", "FR", extended="BP 123"),
        ),
        (
            "Bâtiment C, 3e étage\n15 quai des Chartrons\n33000 Bordeaux",
            parts(
                "15 quai des Chartrons",
                "33000",
                "Bordeaux",
                "",
                "FR",
                extended="Bâtiment C, 3e étage",
            ),
        ),
        (
            "Via Roma, 12\n20121 Milano (MI)",
            parts("Via Roma, 12", "20121", "Milano", "MI", "IT"),
        ),
        (
            "Corso Vittorio Emanuele II 22, Scala B, 00186 Roma RM, Italia",
            parts("Corso Vittorio Emanuele II 22", "00186", "Roma", "RM", "IT", extended="Scala B"),
        ),
        (
            "Calle Mayor, 5, 3º B\n28013 Madrid",
            parts("Calle Mayor, 5", "28013", "Madrid", "", "ES", extended="3º B"),
        ),
        (
            "Paseo de Gracia 21, Planta 4, 08007 Barcelona (Barcelona), España",
            parts(
                "Paseo de Gracia 21", "08007", "Barcelona", "Barcelona", "ES", extended="Planta 4"
            ),
        ),
    ],
)
def test_france_italy_spain(printed: str, expected: AddressParts) -> None:
    assert split_address(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "Keizersgracht 123\n1015 CJ Amsterdam",
            parts("Keizersgracht 123", "1015 CJ", "Amsterdam", "", "NL"),
        ),
        (
            "Herengracht 500, 8e verdieping, 1017CB AMSTERDAM, Nederland",
            parts("Herengracht 500", "1017 CB", "AMSTERDAM", "", "NL", extended="8e verdieping"),
        ),
        (
            "Postbus 2040\n3000 CA Rotterdam",
            parts("Postbus 2040", "3000 CA", "Rotterdam", "", "NL"),
        ),
        ("Rue Royale 100\n1000 Bruxelles", parts("Rue Royale 100", "1000", "Bruxelles", "", "BE")),
        (
            "Kortrijksesteenweg 1091, bus 3\nB-9051 Gent\nBelgië",
            parts("Kortrijksesteenweg 1091", "9051", "Gent", "", "BE", extended="bus 3"),
        ),
    ],
)
def test_low_countries(printed: str, expected: AddressParts) -> None:
    assert split_address(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "Av. Paulista, 1578 - Bela Vista\nSão Paulo - SP\n01310-200",
            parts(
                "Av. Paulista, 1578", "01310-200", "São Paulo", "SP", "BR", extended="Bela Vista"
            ),
        ),
        (
            "Rua Augusta, 200, Sala 42\nCEP 01304-000 - São Paulo/SP\nBrasil",
            parts("Rua Augusta, 200", "01304-000", "São Paulo", "SP", "BR", extended="Sala 42"),
        ),
        (
            "〒100-0005 東京都千代田区丸の内1-2-3 丸の内ビル5F",
            parts("丸の内1-2-3", "100-0005", "千代田区", "東京都", "JP", extended="丸の内ビル5F"),
        ),
        (
            "〒231-0023\n神奈川県横浜市中区山下町1-2",
            parts("山下町1-2", "231-0023", "横浜市中区", "神奈川県", "JP"),
        ),
        (
            "JA KYOSAI Bldg., 9th Fl., 7-9, Hirakawacho 2-chome, Chiyoda-ku, Tokyo 102-0093, Japan",
            parts(
                "7-9, Hirakawacho 2-chome",
                "102-0093",
                "Chiyoda-ku",
                "Tokyo",
                "JP",
                extended="JA KYOSAI Bldg., 9th Fl.",
            ),
        ),
        (
            "1-2-3 Umeda, Kita-ku, Osaka-shi, Osaka 530-0001",
            parts("1-2-3 Umeda", "530-0001", "Kita-ku, Osaka-shi", "Osaka", "JP"),
        ),
        (
            "3-37 Taiseicho Toyota-shi Aichi-ken JAPAN",
            parts("3-37 Taiseicho", "", "Toyota-shi", "Aichi-ken", "JP"),
        ),
    ],
)
def test_brazil_and_japan(printed: str, expected: AddressParts) -> None:
    assert split_address(printed) == expected


@pytest.mark.parametrize(
    "printed",
    [
        "Rua das Flores, 111 - Bela Vista, 01805-243 São Paulo - SP",
        # as the reader gives that line: a dash set between two words parts them
        "Rua das Flores, 111 -, Bela Vista, 01805-243 São Paulo, SP",
        "Rua das Flores, 111 - Bela Vista\nSão Paulo, SP, 01805-243",
        "Rua das Flores, 111 - Bela Vista, São Paulo, SP - CEP 01805-243, Brasil",
    ],
)
def test_a_brazilian_state_after_its_city_by_a_dash_or_a_comma(printed: str) -> None:
    expected = parts(
        "Rua das Flores, 111", "01805-243", "São Paulo", "SP", "BR", extended="Bela Vista"
    )
    assert split_address(printed, "US") == expected  # the user's region, not the card's
    assert split_address(printed) == expected


def test_a_us_state_that_is_also_a_brazilian_one_stays_american() -> None:
    boston = parts("1 Main Street", "02110", "Boston", "MA", "US")
    assert split_address("1 Main Street, Boston, MA 02110") == boston
    assert split_address("1 Main Street, Boston, MA 02110", "BR") == boston


def test_the_hint_names_the_country_only_where_the_address_leaves_it_open() -> None:
    # five digits before a town no table knows: Germany, France, Italy or Spain
    assert split_address("Industriestraße 8, 74589 Satteldorf").country == "DE"
    assert split_address("Zone Artisanale 4, 74589 Satteldorf").country == ""
    assert split_address("Zone Artisanale 4, 74589 Satteldorf", "FR").country == "FR"
    # the address's own country wins over the card's phones
    assert split_address("Via Roma 1, 20121 Milano (MI)", "DE").country == "IT"
    assert split_address("Hauptstraße 5, 1010 Wien", "DE").country == "AT"
    assert split_address("Keizersgracht 1, 1015 CJ Amsterdam", "us").country == "NL"
    # an American city and state alone, trusted only on an American card
    assert split_address("Brooklyn, NY", "US") == parts(city="Brooklyn", region="NY", country="US")
    assert split_address("Brooklyn, NY").city == ""


def test_what_is_not_an_address_stays_whole_in_the_street() -> None:
    assert split_address("") == AddressParts()
    assert split_address(" \n, ", "DE") == AddressParts()
    assert split_address("Building 7, Science Park", "GB") == parts(
        "Science Park", country="GB", extended="Building 7"
    )
    assert split_address("Opposite the old railway station") == parts(
        "Opposite the old railway station"
    )
    # a Canadian street line whose city line was not read: no Belgian postcode 9872
    assert split_address("9872 Rue Sainte-Catherine", "CA") == parts(
        "9872 Rue Sainte-Catherine", country="CA"
    )

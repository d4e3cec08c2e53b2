"""``parse_card`` on real Tesseract output of rendered cards (see ``record_fixtures.py``)."""

from __future__ import annotations

import pytest

from cardkeeper.reading.fields import CardFields
from cardkeeper.reading.parse import parse_card
from tests.reading.parse.recorded import line_words, load_words, stacked_words

# fixture: (name, title, company, emails, websites, phones as kind:e164, address)
EXPECTED: dict[str, tuple[str, str, str, list[str], list[str], list[str], str]] = {
    "us_classic": (
        "Jonathan Reyes",
        "Senior Data Engineer",
        "Brightline Analytics Inc.",
        ["jonathan.reyes@brightline.com"],
        ["www.brightline.com"],
        ["work:+15125550147", "mobile:+15125550199"],
        "401 Congress Ave, Suite 1500, Austin, TX 78701",
    ),
    "uk_labels": (
        "Sophie Clarke",
        "Head of Procurement",
        "Harbour & Finch Ltd",
        ["sophie.clarke@harbourfinch.co.uk"],
        ["harbourfinch.co.uk"],
        ["work:+442079460321", "mobile:+447700900456", "fax:+442079460322"],
        "12 Bishopsgate, London EC2N 4AJ, United Kingdom",
    ),
    "de_gmbh": (
        "Dr. Anna Miller",  # Tesseract's eng model read Müller as Miller
        "Leiterin Einkauf",
        "Nordwind Logistik GmbH",
        ["anna.mueller@nordwind-logistik.de"],
        ["www.nordwind-logistik.de"],
        ["work:+493012345678", "mobile:+4915123456789", "fax:+493012345679"],
        "HauptstraBe 5, 10115 Berlin",
    ),
    "de_damaged": (
        "Dr. Anna Miller",
        "Leiterin Einkauf",
        "Nordwind Logistik GmbH",
        ["anna.mueller@nordwind-logistik.de"],
        ["www.nordwind-logistik.de"],
        ["work:+493012345678", "mobile:+4915123456789", "fax:+493012345679"],
        "HauptstraBe 5, 10115 Berlin",
    ),
    "fr_two_columns": (
        "Elodie Fournier",
        "Directrice Commerciale",
        "Lumiére Conseil SAS",
        ["e.fournier@lumiere-conseil.fr"],
        [],
        ["work:+33142685300", "mobile:+33612345678"],
        "12 Rue de Rivoli, 75004 Paris",
    ),
    "es_card": (
        "José Maria Garcia Lopez",
        "Director de Operaciones",
        "Grupo Alba Soluciones S.L.",
        ["jmgarcia@grupoalba.es"],
        ["www.grupoalba.es"],
        ["work:+34912345678", "mobile:+34612345678"],
        "Calle Mayor 12, 28013 Madrid",
    ),
    "it_card": (
        "Giulia Rossi",
        "Responsabile Marketing",
        "Ferro & Vetro S.r.l.",  # OCR read S.r.1.; the legal form is repaired
        ["giulia.rossi@ferrovetro.it"],
        [],
        ["work:+390212345678", "mobile:+393471234567"],
        "Via Roma 21, 20121 Milano MI",
    ),
    "nl_card": (
        "Isabella van Waas",
        "Senior Adviseur",
        "Delta Water B.V.",
        ["i.vanwaas@deltawater.nl"],
        ["www.deltawater.nl"],
        ["work:+31201234567", "mobile:+31612345678"],
        "Herengracht 500, 1017 CB Amsterdam",
    ),
    "au_name_at_bottom": (
        "Liam O'Connor",
        "Creative Director",
        "KOALA CREATIVE",
        ["liam@koalacreative.com.au"],
        [],
        ["work:+61298765432", "mobile:+61412345678"],
        "Level 12, 1 Martin Place, Sydney NSW 2000",
    ),
    "ca_socials": (
        "Marie-Claire Tremblay",
        "Software Engineer",
        "Northern Pixel Corp.",
        ["marie.tremblay@northernpixel.ca"],
        [],
        ["mobile:+14165550182", "work:+14165550100"],
        "100 King St W, Toronto, ON M5V 2T6",
    ),
    "us_all_caps": (
        "Robert J. McAllister Jr.",
        "Chief Financial Officer",  # printed in capitals, proper-cased like the name
        "Summit Ridge Capital LLC",
        ["rmcallister@summitridge.com"],
        [],
        ["work:+12125550134"],
        "350 Fifth Avenue, New York, NY 10118",
    ),
    "fr_dark": (
        "Chloé Dubois",
        "Fondatrice",
        "Atelier Dubois",
        ["chloe@atelierdubois.fr"],
        ["atelierdubois.fr"],
        ["mobile:+33612345678"],
        "",
    ),
    "de_name_pipe_title": (
        "Tom Becker",
        "Managing Partner",
        "Becker & Klein Rechtsanwalte GmbH",
        ["tom.becker@becker-klein.de"],
        [],
        ["work:+498923456789"],
        "MaximilianstraBe 10, 80539 Munchen",
    ),
    "us_no_labels_tagline": (
        "Priya Natarajan",
        "Product Manager",
        "Cobalt Labs",
        ["priya@cobaltlabs.io"],
        [],
        ["work:+14155550123", "work:+14155550188"],
        "",
    ),
}


def _summary(card: CardFields) -> tuple[str, str, str, list[str], list[str], list[str], str]:
    return (
        card.name.full.value if card.name else "",
        card.title.value if card.title else "",
        card.company.value if card.company else "",
        [f.value for f in card.emails],
        [f.value for f in card.websites],
        [f"{p.kind.value}:{p.value}" for p in card.phones],
        card.address.value if card.address else "",
    )


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_recorded_cards(fixture: str) -> None:
    assert _summary(parse_card(load_words(fixture))) == EXPECTED[fixture]


def test_fields_name_their_words_and_confidence() -> None:
    words = load_words("uk_labels")
    card = parse_card(words)
    assert card.name is not None
    assert [words[i].text for i in card.name.full.word_indexes] == ["Sophie", "Clarke"]
    assert [words[i].text for i in card.phones[1].word_indexes] == ["07700", "900456"]
    assert card.phones[1].printed == "07700 900456"
    for field in [card.name.full, card.title, card.company, card.address, *card.phones]:
        assert field is not None
        assert 0 < field.confidence <= 1


def test_socials_are_kept_apart_from_websites() -> None:
    card = parse_card(load_words("ca_socials"))
    assert [s.value for s in card.socials] == ["linkedin.com/in/mctremblay", "@mctremblay"]
    assert card.websites == []


def test_tagline_becomes_no_field() -> None:
    card = parse_card(load_words("au_name_at_bottom"))
    values = [f.value for f in (card.title, card.company) if f]
    assert "Design that moves people" not in values


def test_region_from_the_email_domain_and_the_default() -> None:
    words = line_words("Anna Schmidt", "030 12345678", "anna@example.de")
    assert [p.value for p in parse_card(words).phones] == ["+493012345678"]
    words = line_words("Anna Schmidt", "030 12345678")
    assert [p.value for p in parse_card(words, default_region="DE").phones] == ["+493012345678"]


def test_name_comma_title_on_one_line() -> None:
    card = parse_card(line_words("Anna Schmidt, Head of Sales", "anna@example.com"))
    assert card.name is not None
    assert (card.name.full.value, card.title and card.title.value) == (
        "Anna Schmidt",
        "Head of Sales",
    )


def test_nothing_found_is_empty_not_guessed() -> None:
    # the region is no field read but the country the fields are read in: the user's own
    card = parse_card(line_words("Thank you for visiting"))
    assert card == CardFields(region="US")
    assert parse_card([], default_region="DE") == CardFields(region="DE")


def test_company_known_only_from_the_domain_is_left_empty() -> None:
    card = parse_card(line_words("Anna Schmidt", "Sales Director", "anna@bw-tech.com"))
    assert card.company is None


# Words kept by the accuracy bench (bench/out/words-7-Latin.json, the card in the comment).
# fixture: (name, given, family, title, company, address)
BENCH_CARDS: dict[str, tuple[str, str, str, str, str, str]] = {
    # 0090-scan.png: two columns; the name shares an OCR line with the e-mail
    "au_two_columns": (
        "Brodie O'Brien",
        "Brodie",
        "O'Brien",
        "Managing Director",
        "Northwind Logistics",
        "99 Flinders Lane, Adelaide SA 5000",
    ),
    # 0096-scan.png: two columns; name and postcode line on one OCR line
    "nl_two_columns": (
        "Thijs van der Linden",
        "Thijs",
        "van der Linden",
        "Accountmanager",
        "Delta Installaties B.V.",
        "Lange Voorhout 27, 3025 WD Roterdam",
    ),
    # 0012-scan.png: company and phone on one line; two Spanish family names
    "es_name_bottom": (
        "Sofía García López",
        "Sofía",
        "García López",
        "Gerente Comercial",
        "Soluciones Iberia",
        "Calle Gran Vía, 128, Oficina 8, 41072 Sevilla",
    ),
    # 0150-scan.png: a letter-spaced name; the company is known only from the domain
    "nl_letter_spaced": ("Marieke A Bakker", "Marieke", "Bakker", "Projectleider", "", ""),
    # 0157-desk.jpg: the French ``Me`` (Maître) prefix, name at the bottom
    "fr_prefix_me": (
        "Me Jean-Pierre Dubois",
        "Jean-Pierre",
        "Dubois",
        "Responsable des achats",
        "Maison Bellevue SA",
        "160, place Bellecour, 5e étage, 75001 Paris",
    ),
    # 0073-desk.jpg: the Canadian-French legal form Ltée
    "ca_ltee_name_bottom": (
        "Dr. Hannah Bouchard",
        "Hannah",
        "Bouchard",
        "Marketing Coordinator",
        "Tremblay & Sons Ltée",
        "7189 King Street West, Suite 800, Montréal, QC H3B 2Y9",
    ),
}


@pytest.mark.parametrize("fixture", sorted(BENCH_CARDS))
def test_people_and_places_of_bench_cards(fixture: str) -> None:
    card = parse_card(load_words(fixture))
    name = card.name
    got = (
        name.full.value if name else "",
        name.given if name else "",
        name.family if name else "",
        card.title.value if card.title else "",
        card.company.value if card.company else "",
        card.address.value if card.address else "",
    )
    assert got == BENCH_CARDS[fixture]


def test_label_and_value_are_cut_from_a_company_line() -> None:
    card = parse_card(line_words("Anna Schmidt", "Soluciones Iberia SL Tel. 951 83 80 41"))
    assert card.company is not None
    assert card.company.value == "Soluciones Iberia SL"


def test_capital_i_read_as_l() -> None:
    card = parse_card(line_words("Brianna McAllister", "lronbridge Software lnc.", "b@x.com"))
    assert card.company is not None
    assert card.company.value == "Ironbridge Software Inc."


def test_a_person_named_like_the_family_firm_is_the_name() -> None:
    # camgen stack 20, seed 1: the e-mail misread, nothing but the name tells who it is
    fields = parse_card(
        line_words(
            "Williams Consulting Co.",
            "Sarah Williams",
            "T: +1 312-389-9061",
            "swiliams@williams.com",
            "williams.com",
        )
    )
    assert fields.name is not None and fields.name.full.value == "Sarah Williams"
    assert fields.company is not None and fields.company.value == "Williams Consulting Co."


def test_a_japanese_postcode_is_no_phone_and_the_country_places_the_numbers() -> None:
    # real card NYJi BC18 (read by hand): before, both postcodes were saved as phones
    fields = parse_card(
        line_words(
            "Kotaro Makino",
            "Consultant",
            "Chiyoda-ku, Tokyo 102-0093, Japan",
            "Marunouchi Bldg 12F, Tokyo 100-6921",
            "Dir. +81 3 3221 7022",
            "Mobile 090-4871-0566",
        ),
        "US",
    )
    assert [p.value for p in fields.phones] == ["+81332217022", "+819048710566"]


def test_a_degree_after_a_comma_leaves_the_name_a_name() -> None:
    # real card NYJi BC8: "Jongyoul Park, Ph.D" was no name at all
    fields = parse_card(
        line_words(
            "Jongyoul Park, Ph.D",
            "Associate Professor, Department of Applied Artificial Intelligence",
            "jongyoul@seoultech.ac.kr",
        ),
        "US",
    )
    assert fields.name is not None
    assert (fields.name.given, fields.name.family) == ("Jongyoul", "Park")


def test_a_line_of_services_above_the_name_is_not_taken_for_it() -> None:
    # as on a Brazilian card of the outside check: the services in large type, the person below
    lines = (("Emancipação Procurações", 48), ("Maria Souza", 34), ("Despachante", 24))
    fields = parse_card(stacked_words(*lines), "BR")
    assert fields.name is not None
    assert fields.name.full.value == "Maria Souza"


def test_a_romaji_name_on_a_japanese_card_loses_grain_read_as_a_mark() -> None:
    # real card miracle-huang v2_business_card15 (kept words): "AMAMIYA AKỌ", the card's
    # kana read by the script pass; before, given name "Amamiya" and family name "Akọ"
    fields = parse_card(
        line_words(
            "ORNER / STYLIST",
            "AMAMIYA AKỌ",
            "03 1234 5678",
            "M info@example.com",
            "W www.example.com",
        ),
        "US",
        script_region="JP",
    )
    assert fields.name is not None
    assert (fields.name.given, fields.name.family) == ("Ako", "Amamiya")
    assert fields.name.full.value == "Amamiya Ako"


def test_a_name_whose_capital_ocr_lost_is_a_name_when_the_email_spells_it() -> None:
    # generated card 0188-cut (seed 139, kept words): "Ashley Garcia, III" read
    # "ashley Garcia, ITI"; before, the lower-case word made the line prose and no name
    fields = parse_card(
        line_words(
            "ashley Garcia, ITI",
            "Operations Manager",
            "Clearview Media",
            "Moving freight, moving forward",
            "T (617) 748-0765",
            "ashley_garcia@clearviewmedia.com",
        ),
        "US",
    )
    assert fields.name is not None
    assert (fields.name.given, fields.name.family) == ("Ashley", "Garcia")


def test_a_lower_case_word_the_email_does_not_spell_whole_stays_prose() -> None:
    fields = parse_card(
        line_words(
            "ashley Garcia",
            "Operations Manager",
            "Clearview Media",
            "T (617) 748-0765",
            "ashley@clearviewmedia.com",
        ),
        "US",
    )
    assert fields.name is None or fields.name.full.value != "Ashley Garcia"

import pytest

from cardkeeper.reading.parse.companies import (
    domain_match,
    industry_evidence,
    repair_legal_form,
    suffix_evidence,
)


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

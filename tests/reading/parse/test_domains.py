import pytest

from cardkeeper.reading.parse.domains import is_school, spells_address


@pytest.mark.parametrize(
    ("text", "stems", "address"),
    [
        ("E} icswebjp", ["ics-web"], True),
        ("nordwindlogistikcouk", ["nordwind-logistik"], True),
        ("ICS WEB", ["ics-web"], False),
        ("Brightwave", ["brightwave"], False),
        ("Brightwaves", ["brightwave"], False),
        ("icswebjp", [], False),
    ],
)
def test_a_stem_run_on_into_its_labels_is_an_address(
    text: str, stems: list[str], address: bool
) -> None:
    assert spells_address(text, stems) is address


@pytest.mark.parametrize(
    ("host", "school"),
    [
        ("stu.hosei.ac.jp", True),
        ("gwu.edu", True),
        ("swin.edu.au", True),
        ("hosei.co.jp", False),
        ("education.com", False),
        ("ac.jp", False),
    ],
)
def test_academic_hosts_are_schools(host: str, school: bool) -> None:
    assert is_school(host) == school

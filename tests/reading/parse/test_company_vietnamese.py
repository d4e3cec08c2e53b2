"""Vietnamese set phrases in a company name, read by OCR with wrong tone marks."""

from __future__ import annotations

import pytest

from cardkeeper.reading.parse.company_vietnamese import vietnamese_spelling


@pytest.mark.parametrize(
    ("read", "right"),
    [
        # as dthphuong w1: the dot below lost from ộ and ệ
        (
            "Công Ty TNHH Môt Thành Viên Bò Sữa Viêt Nam",
            "Công Ty TNHH Một Thành Viên Bò Sữa Việt Nam",
        ),
        # ệ (a circumflex and a dot below) dropped whole
        ("CÔNG TY CÔ PHÂN VIT NAM", "CÔNG TY CỔ PHẦN VIỆT NAM"),
        ("CÔNG TY CÔ PHÂN DAU TU VIET NAM", "CÔNG TY CỔ PHẦN ĐẦU TƯ VIỆT NAM"),
        ("Cong ty TNHH Thuong Mai (Viĝt Nam)", "Cong ty TNHH Thương Mại (Việt Nam)"),
    ],
)
def test_set_phrases_of_a_vietnamese_firm_take_their_marks(read: str, right: str) -> None:
    assert vietnamese_spelling(read) == right


@pytest.mark.parametrize(
    "text",
    [
        "Viet Nam Airlines Ltd",  # no "Công ty": not a Vietnamese firm's line
        "Chung Khoan Partners",
        "Công Ty TNHH Mirae Asset",  # nothing to put right
        "Công Ty TNHH Vietcom",  # a word that only starts like a phrase
        "Công Ty TNHH Du Lịch Sa Pa",  # a place, no phrase that lost a letter
    ],
)
def test_other_lines_are_left_as_printed(text: str) -> None:
    assert vietnamese_spelling(text) == text

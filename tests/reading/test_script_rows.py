"""Rows of CJK cards read again alone (``script_rows``), on generated cards (the scans and
desk photos of ``bench.scripts``) read by real Tesseract with the card's model beside the
Latin one, as the pipeline reads them once it has chosen the script."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.script_rows import reread_script_rows
from cardkeeper.reading.sideways import Page
from cardkeeper.reading.words import Box, Word
from tests.reading.script_samples import generated_card


def _text(words: list[Word]) -> str:
    return "".join(word.text for word in words)


def test_a_large_bold_name_is_read_again_at_a_size_the_cjk_model_reads(tmp_path: Path) -> None:
    # 鈴木 一郎 printed 56 px tall over SUZUKI Ichiro: read at the card's scale it came
    # back as "aR 一 朗" (or 氏 木 with the Japanese model alone)
    card = generated_card(tmp_path, 7001, "ja", "desk")
    assert "鈴木" in _text(read_words(card, "jpn+Latin").words)


def test_a_name_and_company_the_layout_dropped_are_read_from_their_rows(tmp_path: Path) -> None:
    # a flat scan whose first two rows, (주)세종물산 and 김 민준, Tesseract's layout took
    # for pictures
    card = generated_card(tmp_path, 7006, "ko", "scan")
    text = _text(read_words(card, "kor+Latin").words)
    assert "김민준" in text
    assert "세종물산" in text


def test_a_mail_line_is_read_again_with_the_latin_model_alone(tmp_path: Path) -> None:
    # read with jpn beside Latin, y.ito@ lost its dot (0.28 sure)
    card = generated_card(tmp_path, 5000, "ja", "scan")
    assert "y.ito@nihonseiko.com" in [word.text for word in read_words(card, "jpn+Latin").words]


def test_a_reading_without_a_cjk_model_is_left_as_it_is() -> None:
    words = [Word("Müller", Box(10, 10, 80, 20), 0.3, 1, 1, 1)]
    page = Page(np.full((100, 200), 255, np.uint8), 1.0, 20.0)
    assert reread_script_rows(page, words, "Latin", "/nonexistent") is words

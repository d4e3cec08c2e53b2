"""The country a card's own script names, read with Tesseract's Japanese and Korean models."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from cardkeeper.reading import script, tesseract
from cardkeeper.reading.script import SCRIPTS, script_letters, script_region
from tests.reading.synth import make_card, make_square_glyph_card

JAPANESE, KOREAN = SCRIPTS


def _tsv(*words: tuple[str, float]) -> str:
    """Tesseract's TSV rows for ``words`` read with these confidences, one line of them."""
    return "\n".join(
        f"5\t1\t1\t1\t1\t{n}\t{40 * n}\t10\t30\t30\t{conf}\t{text}"
        for n, (text, conf) in enumerate(words, 1)
    )


def test_kana_are_japanese_and_kanji_alone_are_not_only_japanese() -> None:
    # selected_109 (a London office): its title ディレクター read 96 sure
    assert script_letters(_tsv(("ディレ", 96), ("クター", 96)), JAPANESE) == (5, 5)
    # a Taiwanese card's Chinese reads as kanji: letters of the script, none Japan's own
    assert script_letters(_tsv(("台北市", 93), ("信義路", 91)), JAPANESE) == (6, 0)


def test_unsure_single_or_mixed_words_do_not_count() -> None:
    words = _tsv(("김학용", 96), ("소", 93), ("공학박사", 70), ("0ㄷ터시", 91), ("Labs", 95))
    assert script_letters(words, KOREAN) == (3, 3)


def test_a_card_printed_in_hangul_names_korea() -> None:
    assert script_region(make_square_glyph_card(0)) == "KR"


def test_a_latin_card_names_no_country() -> None:
    assert script_region(make_card()) == ""


def test_without_the_japanese_and_korean_models_there_is_no_hint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    installed = tesseract.find_tessdata(list(tesseract._POSIX_TESSDATA))
    assert installed is not None
    (tmp_path / "eng.traineddata").symlink_to(installed / "eng.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert script_region(make_square_glyph_card(0)) == ""


def test_the_postal_mark_before_a_postcode_is_japans_own() -> None:
    # v2_business_card43's address line, read 92 sure: 〒 is printed in Japan alone
    assert script_letters(_tsv(("〒470-1217", 92), ("愛知", 90)), JAPANESE) == (3, 1)
    assert script_letters(_tsv(("〒4701217X", 92)), JAPANESE) == (0, 0)


def test_a_card_the_layout_reads_too_little_of_is_read_again_without_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # real card miracle-huang v2_business_card43 (Tesseract's jpn readings recorded): the
    # automatic layout takes the address beside a drawing of rice for part of the picture
    layout = _tsv(("山", 92), ("山国", 40), ("太郎", 61), ("電話", 97), ("メー", 92), ("ル", 92))
    no_layout = _tsv(
        *(("〒470-1217", 92), ("愛知", 90), ("県", 97), ("豊田", 94), ("市", 97), ("電話", 97)),
        *(("メー", 92), ("ル", 92)),
    )

    def recognise(image: object, tessdata: str, model: str, sparse: bool = False) -> str:
        if model != "jpn":
            return ""
        return no_layout if sparse else layout

    monkeypatch.setattr(script, "recognise_tsv", recognise)
    assert script_region(make_card()) == "JP"


def test_a_card_with_no_sure_letter_of_the_script_is_not_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[bool] = []
    real = script.recognise_tsv

    def recognise(image: NDArray[np.uint8], tessdata: str, model: str, sparse: bool = False) -> str:
        calls.append(sparse)
        return real(image, tessdata, model, sparse=sparse)

    monkeypatch.setattr(script, "recognise_tsv", recognise)
    assert script_region(make_card()) == ""
    assert True not in calls

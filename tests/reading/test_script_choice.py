"""Choosing the model of a card's own script, on generated cards read by real Tesseract."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from cardkeeper.reading import tesseract
from cardkeeper.reading.json_contract import reading_to_json
from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.pipeline import ReadingOptions, read_card_image
from cardkeeper.reading.script_choice import card_script
from tests.reading.synth import make_card, make_japanese_card
from tools.cardgen.script_cards import make_script_card


def _bgr(code: str, seed: int = 1) -> NDArray[np.uint8]:
    card, _ = make_script_card(seed, code)
    return np.ascontiguousarray(np.asarray(card)[:, :, ::-1])


def _chosen(card: NDArray[np.uint8]) -> str | None:
    info = tesseract.find_tesseract()
    latin = read_words(card)
    script = card_script(latin.image, latin.words, info.tessdata, info.languages)
    return script.model if script else None


def test_a_japanese_card_is_read_in_japanese_with_its_romanised_name_kept() -> None:
    reading = read_card_image(make_japanese_card(), "japanese.png")
    found = reading_to_json("japanese.png", reading.fields)
    assert (found["name"], found["family_name"], found["given_name"]) == (
        "山田太郎",
        "山田",
        "太郎",
    )
    assert found["name_reading"] == "Taro Yamada"
    assert found["company"] == "株式会社さくら商事"
    assert found["phones"] == [{"kind": "work", "number": "+819012345678"}]
    assert found["emails"] == ["taro@example.com"]


@pytest.mark.parametrize(
    ("code", "model"),
    [("zh_hans", "chi_sim"), ("ko", "kor"), ("ru", "rus"), ("el", "ell")],
)
def test_the_script_is_told_from_what_the_latin_model_could_not_read(code: str, model: str) -> None:
    assert _chosen(_bgr(code)) == model


def test_a_latin_card_is_left_to_the_latin_model() -> None:
    assert _chosen(make_card()) is None


def test_languages_chosen_by_the_user_are_kept() -> None:
    reading = read_card_image(_bgr("ru"), "ru.png", ReadingOptions(languages="Latin"))
    assert not any("\u0400" <= sign <= "\u04ff" for sign in reading.raw_text)


def test_without_the_script_s_model_the_card_is_read_as_before(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    installed = tesseract.find_tessdata(list(tesseract._POSIX_TESSDATA))
    assert installed is not None
    for model in ("Latin", "osd"):
        (tmp_path / f"{model}.traineddata").symlink_to(installed / f"{model}.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert _chosen(_bgr("el")) is None

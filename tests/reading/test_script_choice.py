"""Choosing the model of a card's own script, on generated cards read by real Tesseract."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from cardkeeper.reading import script_choice, tesseract, tesseract_engine
from cardkeeper.reading.find_card import find_card
from cardkeeper.reading.json_contract import reading_to_json
from cardkeeper.reading.load import load_image
from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.pipeline import ReadingOptions, read_card_image
from cardkeeper.reading.script_choice import (
    MIN_UNSURE,
    card_script,
    unsure_letters,
    with_latin_contacts,
)
from cardkeeper.reading.words import Box, Word
from tests.reading.synth import make_card, make_japanese_card
from tools.cardgen.dataset import sample_photo
from tools.cardgen.script_cards import make_script_card, script_sample

SCRIPT_MODELS = {"osd", "jpn", "chi_sim", "chi_tra", "kor", "rus", "ell"}


def _bgr(code: str, seed: int = 1) -> NDArray[np.uint8]:
    card, _ = make_script_card(seed, code)
    return np.ascontiguousarray(np.asarray(card)[:, :, ::-1])


def _chosen(card: NDArray[np.uint8]) -> str | None:
    info = tesseract.find_tesseract()
    latin = read_words(card)
    script = card_script(latin.image, latin.words, info.tessdata, info.languages)
    return script.model if script else None


def _chosen_with_models(card: NDArray[np.uint8]) -> tuple[str | None, set[str]]:
    """The script chosen for the card and the Tesseract models the choice loaded: read in a
    thread of its own, whose models (kept loaded per thread) start from none."""
    found: dict[str, tuple[str | None, set[str]]] = {}

    def choose() -> None:
        info = tesseract.find_tesseract()
        latin = read_words(card)
        script = card_script(latin.image, latin.words, info.tessdata, info.languages)
        loaded = {languages for _, languages in tesseract_engine._apis.by_model}
        found["result"] = (script.model if script else None, loaded)

    thread = threading.Thread(target=choose)
    thread.start()
    thread.join()
    return found["result"]


def _photographed(tmp_path: Path, code: str, seed: int) -> NDArray[np.uint8]:
    """The card of a generated desk photo in ``code``'s script, as the reader finds it in
    the JPEG file (``bench.scripts`` makes them so)."""
    photo, _ = script_sample(seed, code, "desk")
    path = tmp_path / f"{code}.jpg"
    path.write_bytes(photo.jpeg)
    return find_card(load_image(path)).card


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


def _word(text: str, confidence: float) -> Word:
    return Word(text, Box(0, 0, 10 * len(text), 20), confidence, 1, 1, 1)


def test_emails_and_websites_read_unsurely_are_not_taken_for_another_script() -> None:
    # As Tesseract's Latin model read the unsure words of generated Latin photos (seed 5 desk
    # 8, seed 21 scan 4), of a real card, and of generated Greek cards (``bench.scripts``).
    latin = [
        _word("moconnor@mcallister.com", 0.75),
        _word("https://www.", 0.37),
        _word("ingenierie-loire.fr", 0.37),
        _word("WWW.IMMONTOYACPA.COM", 0.5),
        _word("Alex", 0.95),
    ]
    greek = [_word("Aoyiotiký", 0.47), _word("I.K.E.", 0.6), _word("Ocooañovíkn", 0.17)]
    assert unsure_letters(latin) == 0
    assert unsure_letters(greek) == 23 >= MIN_UNSURE
    assert unsure_letters([_word("220-0012", 0.58)]) == 0


@pytest.mark.parametrize(("seed", "index", "kind"), [(5, 8, "desk"), (21, 18, "turned")])
def test_a_latin_photo_with_an_unsure_email_loads_no_script_model(
    tmp_path: Path, seed: int, index: int, kind: str
) -> None:
    # Before the check left emails and websites out, these two went through detection and a
    # reading with the Japanese, Korean, Russian and Greek models (about 1 s each).
    photo, _, _ = sample_photo(seed, index, kind)
    path = tmp_path / ("photo.jpg" if photo.jpeg else "photo.png")
    if photo.jpeg:
        path.write_bytes(photo.jpeg)
    else:
        photo.image.save(path)
    card = find_card(load_image(path)).card
    chosen, loaded = _chosen_with_models(card)
    assert chosen is None
    assert not loaded & SCRIPT_MODELS


@pytest.mark.parametrize(
    ("code", "seed", "model"),
    [("ja", 5001, "jpn"), ("ko", 5005, "kor"), ("ru", 5005, "rus")],
)
def test_a_desk_photo_in_another_script_still_picks_its_script(
    tmp_path: Path, code: str, seed: int, model: str
) -> None:
    # Desk photos of ``bench.scripts`` (seed 5) on which the Latin model read the email or
    # website (Korean, Russian) or digits (Japanese) unsurely too, now left uncounted.
    chosen, loaded = _chosen_with_models(_photographed(tmp_path, code, seed))
    assert chosen == model
    assert model in loaded


@pytest.mark.parametrize(
    ("code", "seed", "model"),
    [("ja", 5007, "jpn"), ("ja", 5014, "jpn"), ("ko", 5017, "kor"), ("ko", 5026, "kor")],
)
def test_a_card_detection_tells_nothing_of_is_read_with_the_candidate_models(
    tmp_path: Path, code: str, seed: int, model: str
) -> None:
    # Desk photos of ``bench.scripts`` (seed 5) on which detection answered nothing, or
    # "Arabic" at 0: the card was taken for Latin, as 16 Japanese, Chinese and Korean cards
    # of the real set were (the Korean ones given no name at all).
    chosen, loaded = _chosen_with_models(_photographed(tmp_path, code, seed))
    assert chosen == model
    assert model in loaded


def test_a_card_detection_calls_korean_is_read_as_japanese_if_that_model_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Detection named the real Japanese card business_card03 (黒田淳也) Korean at 2.3, sure
    # enough to be taken unread; the Korean model read no Hangul on it, so the card was kept
    # in Latin. Detection is given that answer here; the models read the card for real.
    monkeypatch.setattr(script_choice, "detect_script", lambda image, tessdata: ("Korean", 2.33))
    assert _chosen(_bgr("ja")) == "jpn"
    assert _chosen(_bgr("ko")) == "kor"


def test_a_card_detection_calls_surely_latin_is_read_if_its_latin_reading_is_mostly_unsure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Detection named the rest of the real Hong Kong card cn1.jpg (陳德威) Latin at 3.3, sure
    # enough to end the check, though the Latin model had read 35 of its 88 letters unsurely.
    monkeypatch.setattr(script_choice, "detect_script", lambda image, tessdata: ("Latin", 3.33))
    assert _chosen(_bgr("zh_hant")) == "chi_tra"
    assert _chosen(make_card()) is None


def test_a_taiwanese_mobile_number_tells_traditional_characters(tmp_path: Path) -> None:
    # A desk photo of ``bench.scripts`` (seed 5) printing ``.com`` and ``0958 747 556``: the
    # two Chinese models' sureness chose simplified characters.
    assert _chosen(_photographed(tmp_path, "zh_hant", 5000)) == "chi_tra"


def test_an_email_read_with_a_sign_of_the_script_is_taken_from_the_latin_reading() -> None:
    # The email line of the real card v2_business_card05 as the Latin model read it, and as
    # the Japanese and Latin models together read it: the email lost, the reading in
    # Japanese was dropped for placing fewer details, and the name 山田太郎 with it.
    def word(text: str, left: int, width: int, confidence: float) -> Word:
        return Word(text, Box(left, 318, width, 19), confidence, 3, 1, 3)

    latin = [word("Email:", 162, 48, 0.93), word("t.yamada@next-innovation.co.jp", 215, 264, 0.65)]
    both = [word("Email:", 162, 48, 0.93), word("t.yamada@⑥next-innovation.co.jp", 215, 264, 0.4)]
    both.append(word("山田", 30, 60, 0.9))
    kept = with_latin_contacts(both, latin)
    assert [w.text for w in kept] == ["Email:", "t.yamada@next-innovation.co.jp", "山田"]
    assert kept[1].box == both[1].box
    assert kept[1].confidence == 0.65
    elsewhere = [word("t.yamada@next-innovation.co.jp", 480, 264, 0.65)]
    assert with_latin_contacts(both, elsewhere)[1].text == "t.yamada@⑥next-innovation.co.jp"


def test_an_email_the_latin_model_read_as_surely_is_taken_from_its_reading() -> None:
    # The real card v1_tsutau-osumi: its first email as the Latin model read it, and as the
    # Japanese and Latin models together read it, the hyphen taken for an "r".
    def word(text: str, confidence: float) -> Word:
        return Word(text, Box(143, 434, 204, 20), confidence, 4, 1, 1)

    kept = with_latin_contacts(
        [word("harurkoda@tsutafuco.jp", 0.85)], [word("haru-koda@tsutafuco.jp", 0.86)]
    )
    assert [w.text for w in kept] == ["haru-koda@tsutafuco.jp"]
    surer = with_latin_contacts(
        [word("haru-koda@tsutafuco.jp", 0.9)], [word("harurkoda@tsutafuco.jp", 0.6)]
    )
    assert [w.text for w in surer] == ["haru-koda@tsutafuco.jp"]

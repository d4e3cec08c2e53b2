"""The country a card's own script names: kana for Japan, Hangul for Korea.

A Japanese or Korean card often prints its numbers in a grouping other
countries share (``090-1234-5678`` is Japanese and Italian) beside words the
Latin model turns into garbage, so the parsers find no country for them. The
Japanese and Korean models read those words; what they read surely enough in
their own script names the country, a hint for the phones (``regions``).

Measured on the upright cards of the real set (174 read; each read whole with
``jpn`` and ``kor`` as Tesseract lays it out, at the usual text height): a word
of two or more letters all of one script and read at least ``SURE_WORD`` sure
named Japan on 36 of 67 Japanese cards and Korea on 8 of 20 Korean ones, and on
the 87 others Korea never (2 Hangul letters at most) and Japan once, a British
card whose title is printed in katakana. Kanji alone do not name Japan: a
Taiwanese and a Hong Kong card read 12 and 10 of them, and no kana. Each model
costs one more reading of the card (median 0.5-0.6 s on a loaded machine), so
this runs only for cards whose numbers are left without a country.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.prepare import prepare
from cardkeeper.reading.tesseract import find_tesseract
from cardkeeper.reading.tesseract_engine import recognise_tsv, tsv_rows

SURE_WORD = 85.0
"""Tesseract's confidence (0-100) from which a word counts as read in its script."""
MIN_LETTERS = 6
"""Letters of the script, in words read surely, from which the script is the card's."""
MIN_OWN = 2
"""Of those, letters that only the country writes (kana, not the kanji that Chinese
shares), from which the script names that country."""

_KANA = ((0x3041, 0x3096), (0x30A1, 0x30FA))
_KANJI = ((0x4E00, 0x9FFF),)
_HANGUL = ((0xAC00, 0xD7A3),)


@dataclass(frozen=True)
class ScriptModel:
    model: str
    """Tesseract's model for the script, e.g. ``jpn``."""
    region: str
    """The country the script names."""
    letters: tuple[tuple[int, int], ...]
    """The code points of the script's letters (no punctuation, no long-vowel mark)."""
    own: tuple[tuple[int, int], ...]
    """Those of them no other country writes."""
    marks: str = ""
    """Signs a word of the script may hold that are no letters (katakana's long-vowel mark
    in ``ディレクター``): a run of them alone is a rule or a border read as text."""


SCRIPTS = (
    ScriptModel("jpn", "JP", _KANA + _KANJI, _KANA, "ー・々"),
    ScriptModel("kor", "KR", _HANGUL, _HANGUL),
)
"""Japanese: hiragana, katakana and kanji, of which kana are Japan's alone (a Taiwanese
card's Chinese reads as kanji); Korean: Hangul syllables."""


def script_region(card_bgr: NDArray[np.uint8], tesseract_cmd: str | None = None) -> str:
    """The country whose script the upright card shows most surely, or "" for none.

    A model that is not installed is skipped, so without ``jpn`` and ``kor`` the
    answer is always "" and the card reads as before.
    """
    info = find_tesseract(tesseract_cmd)
    installed = [script for script in SCRIPTS if script.model in info.languages]
    if not installed:
        return ""
    image = prepare(card_bgr).image
    found = {
        script.region: script_letters(recognise_tsv(image, info.tessdata, script.model), script)
        for script in installed
    }
    named = {region: letters for region, (letters, own) in found.items() if own >= MIN_OWN}
    region = max(named, key=named.__getitem__, default="")
    return region if region and named[region] >= MIN_LETTERS else ""


def script_letters(tsv: str, script: ScriptModel) -> tuple[int, int]:
    """Letters, and of them the script's own, in the words of Tesseract's ``tsv`` that are
    all ``script``'s, two or more long and read at least ``SURE_WORD`` sure: one letter
    alone is too often grain or a logo read as a syllable."""
    letters = own = 0
    for row in tsv_rows(tsv):
        text = (row["text"] or "").strip()
        if row["level"] != "5" or len(text) < 2 or float(row["conf"]) < SURE_WORD:
            continue
        if all(_within(sign, script.letters) or sign in script.marks for sign in text):
            letters += sum(_within(sign, script.letters) for sign in text)
            own += sum(_within(sign, script.own) for sign in text)
    return letters, own


def _within(letter: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= ord(letter) <= high for low, high in ranges)

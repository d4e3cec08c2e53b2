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

Two later additions (measured the same way, 175 cards): Japan's postal mark before a
postcode counts as a kana does, and a card on which a model read some of its script
surely but too little is read once more without layout (see ``_read``). Japan is then
named on 39 of the 67 Japanese cards (``090-1234-5678`` beside a drawing placed), on
the same British card among the 88 others, and Korea as before.
"""

from __future__ import annotations

import re
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
    own_word: re.Pattern[str] | None = None
    """A word of no letters that only the country prints, counted as one letter of its own
    (Japan's postal mark before a postcode: ``〒470-1217``)."""


SCRIPTS = (
    ScriptModel("jpn", "JP", _KANA + _KANJI, _KANA, "ー・々", re.compile(r"〒\d{3}-\d{4}")),
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
    found = {script.region: _read(image, info.tessdata, script) for script in installed}
    named = {region: letters for region, (letters, own) in found.items() if own >= MIN_OWN}
    region = max(named, key=named.__getitem__, default="")
    return region if region and named[region] >= MIN_LETTERS else ""


def _read(image: NDArray[np.uint8], tessdata: str, script: ScriptModel) -> tuple[int, int]:
    """Letters and own letters of ``script`` on the card, read with its model.

    The automatic layout can take a line of the card for part of a picture beside it
    (the address beside a drawing of rice) and read nothing of it. A card on which it read
    some of the script surely, but too little to name the country, is read once more with
    no layout (``--psm 11``), and the count with more of the country's own letters kept. A
    card read with no sure letter of the script (nearly every Latin card) is spared that
    reading.
    """
    letters, own = script_letters(recognise_tsv(image, tessdata, script.model), script)
    if letters > 0 and (letters < MIN_LETTERS or own < MIN_OWN):
        sparse = script_letters(recognise_tsv(image, tessdata, script.model, sparse=True), script)
        letters, own = max((letters, own), sparse, key=lambda count: (count[1], count[0]))
    return letters, own


def script_letters(tsv: str, script: ScriptModel) -> tuple[int, int]:
    """Letters, and of them the script's own, in the words of Tesseract's ``tsv`` that are
    all ``script``'s, two or more long and read at least ``SURE_WORD`` sure: one letter
    alone is too often grain or a logo read as a syllable."""
    letters = own = 0
    for row in tsv_rows(tsv):
        text = (row["text"] or "").strip()
        if row["level"] != "5" or len(text) < 2 or float(row["conf"]) < SURE_WORD:
            continue
        if script.own_word is not None and script.own_word.fullmatch(text):
            letters += 1
            own += 1
        elif all(_within(sign, script.letters) or sign in script.marks for sign in text):
            letters += sum(_within(sign, script.letters) for sign in text)
            own += sum(_within(sign, script.own) for sign in text)
    return letters, own


def _within(letter: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= ord(letter) <= high for low, high in ranges)

"""The script a card is printed in beside its Latin text, and the model to read it with.

The Latin model reads a Japanese, Chinese, Korean, Russian or Greek card's own words as
garbage, mostly with little confidence, while it reads the email, website and numbers
well. So a card on which it read a few letters unsurely (``MIN_UNSURE``; emails and
websites, ``CONTACT_WORD``, are not counted) has the words it read surely painted out, and
Tesseract's script detection (``--psm 0``) looks at what is left: on a Latin card nothing,
or Latin (a few milliseconds), on another card the lines in its script. On the generated
cards of ``bench.scripts`` detection of the whole card said "Latin" for five of six
scripts, as most of what a card prints is Latin.

Detection is sure of Hangul and of Han characters; it takes Greek for Cyrillic as surely,
and is often unsure. Then what is left is read with each installed candidate model and the
one that reads most letters of its own script surely wins. On photos and scans of real
cards detection often tells nothing at all (no answer, or a script at 0), or "Latin" on a
Chinese card: a card the Latin model read mostly unsurely (``MANY_UNSURE``,
``UNSURE_SHARE``) is then read with the candidate models all the same, and a model must read
more of its script (``MANY_LETTERS``) to win it. Sure of Korean, detection is checked
against the Japanese model (``_korean_or_han``). Han is Japanese or Chinese:
Japanese if the Japanese model reads kana, ``会社`` or Japan's postal mark on the card;
else simplified or traditional, by the country the Latin text names (``.tw``, ``+886``;
``.cn``, ``+86``) or by the model surer where the two read differently.

The card is then read with that model and the Latin one together (Tesseract keeps, word
by word, the model surer of it), and that reading is kept only if it read letters of the
script surely (``MIN_LETTERS``) and the card more surely than the Latin reading did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.fields import CardFields
from cardkeeper.reading.prepare import prepare
from cardkeeper.reading.script import MIN_OWN, SCRIPTS, script_letters
from cardkeeper.reading.tesseract_engine import (
    detect_script,
    recognise_tsv,
    recognise_words,
    tsv_rows,
)
from cardkeeper.reading.words import Box, Word, confidence_mass

LATIN_SURE = 0.8
"""Confidence from which a word the Latin model read is painted out before detection: of
the CJK, Cyrillic and Greek lines of generated cards few words pass it, of Latin print
nearly all."""
MIN_UNSURE = 10
"""Letters the Latin model read unsurely (``unsure_letters``) under which a card is taken for
Latin unchecked: on the 120 cards of other scripts of ``bench.scripts`` (seeds 5 and 7) it
read 15 to 84."""
MANY_UNSURE = 20
"""Unsure letters from which a card on which detection told nothing (no answer, one under
``SOME_DETECTION``, or a sure "Latin") is read with the candidate models all the same, if
they are ``UNSURE_SHARE`` of all it read. On the real set detection told nothing on 17
cards in Japanese, Chinese or Korean with 21 to 95 unsure letters (a share of 0.34 to
1.0), the Korean cards among them given no name at all; of its 90 Latin cards 9 pass both
(19 pass ``MANY_UNSURE`` alone), and on none of them a model read ``MANY_LETTERS`` of its
script."""
UNSURE_SHARE = 0.3
"""Share of the letters the Latin model read that were unsure, with ``MANY_UNSURE``: grey or
small Latin print makes a few words unsure (0.10 to 0.29 on 13 of those Latin cards)."""
CONTACT_WORD = re.compile(r"@|(?i:www)\.|://|^[\w.-]*\.[a-z]{2,3}(?:\.[a-z]{2})?[,;:]?$")
"""An email or a website, which no card prints in another script: read unsurely, it is
small or grey Latin print, and so are digits. Counted with them, 23 of the 60 Latin cards of
generated seeds 5, 11 and 21 (desk photos, scans, turned and hard photos) were checked, 16
of them for little but an email or a website, 5 of those with detection unsure and read
with four models (0.3 to 1.3 s a card); without them 7, none read with a model. Of the 90
Latin cards of the real set 68 were checked, now 51; of its 85 cards in other scripts 5 are
no longer checked, none of which the check had given a script."""
DETECTION_SIDE = 1100
"""Long side (px) of the card detection looks at: a desk photo's card can be twice that,
and detection's time grows with it."""
SOME_DETECTION = 0.01
"""Script confidence under which detection saw nothing it could tell (it answers 0 for a
Latin card's specks; a Korean card's rest was named at 0.04)."""
SURE_LATIN = 3.0
"""Script confidence from which detection's "Latin" ends the check: a Latin card's leftover
print (a slogan, a logo's letters) was named Latin at 15, cards of other scripts at 1.7 at
most."""
SURE_DETECTION = 1.0
"""Tesseract's script confidence from which its answer is taken without reading: on the
painted-out Korean cards of ``bench.scripts`` the reading read too little Hangul, and
detection named Korea at 1.3 to 2.3 on those where the reading failed."""
SURE_LETTER = 0.85
"""Confidence from which a word's letters count as read in the script."""
NAME_GLYPHS = 40
"""Height (px) the characters of a name read again are scaled to, with half of it as white
margin: at the card's scale (69 px), touching the band's edge, they read as nothing."""
NAME_SURE = 0.6
"""Confidence from which a character read in the band above a romanised name is kept."""
MIN_LETTERS = 4
"""Letters of the script read surely from which a reading in that script is kept: two CJK
names and a title hold more; the grain of a Latin card read with a CJK model holds less."""
MANY_LETTERS = 8
"""Letters of the script read surely from which a candidate model wins a card on which
detection told nothing: those real Latin cards read as Cyrillic up to 7 letters (one or two
short words); the Japanese and Korean cards 9 to 54, but two at 7."""


@dataclass(frozen=True)
class CardScript:
    model: str
    """Tesseract's model for the script, e.g. ``jpn``."""
    region: str
    """The country the script names, a hint for the phones (``parse_card``)."""
    letters: tuple[tuple[int, int], ...]
    """The code points of its letters."""


_HAN = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))
_KANA = ((0x3041, 0x3096), (0x30A1, 0x30FA))
JAPANESE_SCRIPT = CardScript("jpn", "JP", _HAN + _KANA)
SIMPLIFIED = CardScript("chi_sim", "CN", _HAN)
TRADITIONAL = CardScript("chi_tra", "TW", _HAN)
KOREAN = CardScript("kor", "KR", ((0xAC00, 0xD7A3),))
RUSSIAN = CardScript("rus", "RU", ((0x0400, 0x04FF),))
GREEK = CardScript("ell", "GR", ((0x0370, 0x03FF), (0x1F00, 0x1FFF)))
TRUSTED = {
    "Korean": KOREAN,
    "Hangul": KOREAN,
    "Han": JAPANESE_SCRIPT,
    "Japanese": JAPANESE_SCRIPT,
    "Hiragana": JAPANESE_SCRIPT,
    "Katakana": JAPANESE_SCRIPT,
}
"""Detection's answers taken as they are when it is sure (``SURE_DETECTION``); it named
a Greek card Cyrillic as surely, so those two, and every unsure answer, are checked by
reading (``CANDIDATES``)."""
CANDIDATES = (JAPANESE_SCRIPT, KOREAN, RUSSIAN, GREEK)
"""The models the rest of a card is read with to tell its script: Japanese stands for Han
too (it reads Chinese characters, and ``_han_script`` tells the two apart)."""
TRADITIONAL_PLACES = re.compile(r"\.(?:tw|hk|mo)\b|\+\s?8(?:86|52|53)\b", re.IGNORECASE)
SIMPLIFIED_PLACES = re.compile(r"\.cn\b|\+\s?86\b", re.IGNORECASE)
"""Domains and country codes of where traditional characters are written (Taiwan, Hong
Kong, Macao) and of mainland China."""
TAIWAN_MOBILE = re.compile(r"(?<![\d+])09\d\d[ -]?\d{3}[ -]?\d{3}(?![\d-])")
MAINLAND_MOBILE = re.compile(r"(?<![\d+])1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![\d-])")
"""Mobile numbers printed without their country code: Taiwan's are ``09xx xxx xxx`` (ten
digits), mainland China's ``1[3-9]x xxxx xxxx`` (eleven). A generated Taiwanese desk photo of
``bench.scripts`` printing ``.com`` and ``0958 747 556`` was read in simplified characters."""
KANA_COUNT = SCRIPTS[0]
"""``script``'s Japanese: kana and the postal mark are Japan's own."""
JAPAN_ONLY = re.compile(r"〒\d{3}-?\d{4}|会社")
"""Read on a card of Han characters, these make it Japanese even with no kana: Japan's postal
mark before a postcode, and ``会社`` of its company forms (Chinese writes ``公司``)."""


def card_script(
    card_bgr: NDArray[np.uint8], words: list[Word], tessdata: str, installed: tuple[str, ...]
) -> CardScript | None:
    """The script of the card's words the Latin model did not read surely, if a model for
    it is installed; ``None`` for a Latin card. ``words`` are the Latin reading of the
    upright ``card_bgr``, in its coordinates."""
    candidates = [script for script in CANDIDATES if script.model in installed]
    if "osd" not in installed or not candidates or unsure_letters(words) < MIN_UNSURE:
        return None
    gray, scale = _dark_on_light(card_bgr)
    named, sureness = detect_script(_unsure_ink(gray, words, scale), tessdata) or ("", 0.0)
    told = sureness >= SOME_DETECTION and not (named == "Latin" and sureness >= SURE_LATIN)
    if not told and not _mostly_unsure(words):
        return None
    prepared = prepare(card_bgr)
    rest = _unsure_ink(prepared.image, words, prepared.scale)
    best = TRUSTED.get(named) if sureness >= SURE_DETECTION else None
    if best is KOREAN and KOREAN in candidates and JAPANESE_SCRIPT in candidates:
        best = _korean_or_han(rest, tessdata)
    if best is None or best not in candidates:
        read = {script: recognise_words(rest, tessdata, script.model) for script in candidates}
        best = max(candidates, key=lambda script: sure_letters(read[script], script))
        if sure_letters(read[best], best) < (MIN_LETTERS if told else MANY_LETTERS):
            return None
    if best is JAPANESE_SCRIPT:
        return _han_script(prepared.image, rest, words, tessdata, installed)
    return best


def _mostly_unsure(words: list[Word]) -> bool:
    """True if the Latin model read so many letters unsurely (``MANY_UNSURE``), and so large a
    share of all it read (``UNSURE_SHARE``), that the card is read with the candidate models
    though detection told nothing."""
    unsure = unsure_letters(words)
    letters = sum(sum(sign.isalpha() for sign in word.text) for word in words)
    return unsure >= MANY_UNSURE and unsure >= UNSURE_SHARE * letters


def _korean_or_han(rest: NDArray[np.uint8], tessdata: str) -> CardScript:
    """Korean, unless the Japanese model reads surely more of ``rest`` (the card's unsure ink)
    than the Korean one does, and ``MANY_LETTERS`` at least: detection named a Japanese card
    of the real set Korean at 2.3, where the Korean model read no Hangul and the Japanese one
    13 characters; on the Korean cards of the real set it read 3 at most, and the Korean
    model is spared then."""
    han = sure_letters(recognise_words(rest, tessdata, JAPANESE_SCRIPT.model), JAPANESE_SCRIPT)
    if han < MANY_LETTERS:
        return KOREAN
    korean = sure_letters(recognise_words(rest, tessdata, KOREAN.model), KOREAN)
    return JAPANESE_SCRIPT if han > korean else KOREAN


def unsure_letters(words: list[Word]) -> int:
    """Letters of the words the Latin model read less than ``LATIN_SURE`` sure, but for
    emails and websites (``CONTACT_WORD``): what may be another script read as garbage."""
    return sum(
        sum(sign.isalpha() for sign in word.text)
        for word in words
        if word.confidence < LATIN_SURE and not CONTACT_WORD.search(word.text)
    )


def _dark_on_light(card_bgr: NDArray[np.uint8]) -> tuple[NDArray[np.uint8], float]:
    """The card in grey, at most ``DETECTION_SIDE`` long, dark on light, and the scale it
    was resized by: a quick stand-in for ``prepare``, enough for detection to see print."""
    gray = cv2.cvtColor(card_bgr, cv2.COLOR_BGR2GRAY)
    scale = min(1.0, DETECTION_SIDE / max(gray.shape[:2]))
    if scale < 1.0:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    if np.median(gray) < 128:
        gray = 255 - gray
    return np.asarray(gray, dtype=np.uint8), scale


def _unsure_ink(gray: NDArray[np.uint8], words: list[Word], scale: float) -> NDArray[np.uint8]:
    """``gray`` (the card resized by ``scale``) with the words read surely painted white."""
    rest = np.array(gray, copy=True)
    for word in words:
        if word.confidence >= LATIN_SURE:
            box = word.box.in_image(scale)
            rest[max(0, box.top) : box.bottom, max(0, box.left) : box.right] = 255
    return rest


def _han_script(
    whole: NDArray[np.uint8],
    rest: NDArray[np.uint8],
    latin_words: list[Word],
    tessdata: str,
    installed: tuple[str, ...],
) -> CardScript | None:
    """Japanese if the Japanese model reads kana (or Japan's postal mark, which the Latin
    model reads as a digit) on the ``whole`` card; else simplified or traditional Chinese,
    by what the card's Latin text says of its country (``.tw``, ``+886``; ``.cn``, ``+86``)
    or its mobile numbers (``TAIWAN_MOBILE``, ``MAINLAND_MOBILE``), or else by the model
    surer of the characters the two models read differently."""
    if JAPANESE_SCRIPT.model in installed:
        tsv = recognise_tsv(whole, tessdata, KANA_COUNT.model)
        _, own = script_letters(tsv, KANA_COUNT)
        sure = "".join(
            row["text"] or ""
            for row in tsv_rows(tsv)
            if row["level"] == "5" and float(row["conf"]) >= SURE_LETTER * 100
        )
        if own >= MIN_OWN or JAPAN_ONLY.search(sure):
            return JAPANESE_SCRIPT
    chinese = [script for script in (SIMPLIFIED, TRADITIONAL) if script.model in installed]
    if len(chinese) < 2:
        return chinese[0] if chinese else JAPANESE_SCRIPT
    latin = " ".join(word.text for word in latin_words)
    if TRADITIONAL_PLACES.search(latin):
        return TRADITIONAL
    if SIMPLIFIED_PLACES.search(latin):
        return SIMPLIFIED
    if TAIWAN_MOBILE.search(latin):
        return TRADITIONAL
    if MAINLAND_MOBILE.search(latin):
        return SIMPLIFIED
    simplified = recognise_words(rest, tessdata, SIMPLIFIED.model)
    traditional = recognise_words(rest, tessdata, TRADITIONAL.model)
    return TRADITIONAL if _surer_where_different(traditional, simplified) else SIMPLIFIED


def _surer_where_different(first: list[Word], second: list[Word]) -> bool:
    """True if ``first`` read the words where the two readings differ more surely.

    Each model reads the other's characters as its own (``国`` for ``國``), a little less
    surely; where they read the same, they say nothing."""
    differing_first, differing_second = [], []
    for word in first:
        for other in second:
            near = abs(word.box.left - other.box.left) + abs(word.box.top - other.box.top)
            if near <= word.box.height // 2 and word.text != other.text:
                differing_first.append(word)
                differing_second.append(other)
    return confidence_mass(differing_first) > confidence_mass(differing_second)


def sure_letters(words: list[Word], script: CardScript) -> int:
    """Letters of ``script`` in the words read at least ``SURE_LETTER`` sure."""
    return sum(
        sum(_within(sign, script.letters) for sign in word.text)
        for word in words
        if word.confidence >= SURE_LETTER
    )


def is_better(script_words: list[Word], latin_words: list[Word], script: CardScript) -> bool:
    """True if the reading with the script's model read the script surely and the card
    more surely than the Latin reading did."""
    return sure_letters(script_words, script) >= MIN_LETTERS and confidence_mass(
        script_words
    ) > confidence_mass(latin_words)


def with_latin_contacts(script_words: list[Word], latin_words: list[Word]) -> list[Word]:
    """``script_words`` with each email or website taken as the Latin model alone read it
    over the same place, where that reading is one in Latin letters too and the script's
    holds a sign outside ASCII or was read no more surely.

    Read with the script's model beside the Latin one, an address now and then takes a sign
    of the script (``t.yamada@⑥next-innovation.co.jp`` on a real Japanese card) or a letter
    for a hyphen (``harurkoda@`` read 0.85 sure, ``haru-koda@`` 0.86 by the Latin model
    alone), which loses it; no card prints one in another script.
    """
    kept = []
    for word in script_words:
        latin = None
        if CONTACT_WORD.search(word.text):
            latin = next(
                (
                    other
                    for other in latin_words
                    if other.text.isascii()
                    and CONTACT_WORD.search(other.text)
                    and word.box.left <= other.box.left + other.box.width // 2 <= word.box.right
                    and word.box.top <= other.box.top + other.box.height // 2 <= word.box.bottom
                ),
                None,
            )
        if latin is not None and (not word.text.isascii() or latin.confidence >= word.confidence):
            kept.append(replace(word, text=latin.text, confidence=latin.confidence))
        else:
            kept.append(word)
    return kept


def _has_letter(text: str, script: CardScript) -> bool:
    return any(_within(sign, script.letters) for sign in text)


def _within(sign: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= ord(sign) <= high for low, high in ranges)


def unread_name(
    card_bgr: NDArray[np.uint8],
    words: list[Word],
    fields: CardFields,
    script: CardScript,
    tessdata: str,
) -> list[Word] | None:
    """The words, with the name printed in the card's script above its romanised reading
    read again, when the reading with both models read nothing or only unsure Latin there;
    ``None`` when there is nothing to read again or it read nothing of the script.

    The name is the largest print of a card and often two or three characters spaced wide
    apart (``刘  洋``): on 9 of 20 Chinese cards of ``bench.scripts`` the layout took it
    for a picture, or the Latin model won its characters as garbage (``R BeA``), leaving
    the romanised name for the name. The band from the romanised name up to the line
    above (or up to that line's top, when that line is such garbage) is read alone with
    the script's model, as one line, its characters scaled to ``NAME_GLYPHS``.
    """
    name = fields.name
    if name is None or name.reading or not name.full.word_indexes:
        return None
    latin = [words[i] for i in name.full.word_indexes]
    if not all(word.text.isascii() for word in latin):
        return None
    top = min(word.box.top for word in latin)
    height = max(word.box.height for word in latin)
    above = [word for word in words if word.box.bottom < top - height // 4]
    nearest = max((word.box.bottom for word in above), default=0)
    row = [word for word in above if word.box.bottom > nearest - word.box.height // 2]
    garbage = bool(row) and all(
        not _has_letter(word.text, script) and word.confidence < LATIN_SURE for word in row
    )
    upper = min(word.box.top for word in row) - 1 if garbage else nearest + 1
    if top - max(upper, 0) < 2 * height:
        return None
    upper = max(upper, 0)
    glyphs = max(w.box.height for w in row) if garbage else (top - upper) * 0.6
    gray, scale = _dark_on_light(np.ascontiguousarray(card_bgr[upper : top - 1]))
    scale *= NAME_GLYPHS / glyphs
    band = cv2.resize(gray, None, fx=NAME_GLYPHS / glyphs, fy=NAME_GLYPHS / glyphs)
    margin = NAME_GLYPHS // 2
    band = cv2.copyMakeBorder(band, *(margin,) * 4, cv2.BORDER_CONSTANT, value=255)
    read = recognise_words(np.asarray(band, dtype=np.uint8), tessdata, script.model, line=True)
    found = [w for w in read if _has_letter(w.text, script) and w.confidence >= NAME_SURE]
    if not found:
        return None
    block = max((word.block for word in words), default=0) + 1
    kept = [word for word in words if not (garbage and any(word is w for w in row))]
    for word in found:
        box = word.box.in_card(scale, -margin, -margin)
        box = Box(box.left, box.top + upper, box.width, box.height)
        kept.append(replace(word, box=box, block=block, paragraph=1, line=1))
    return kept

"""Vietnamese company words whose tone marks OCR misread, spelled as the language does.

A Vietnamese vowel can carry two marks (``ệ`` in ``Việt``, ``ộ`` in ``Một``, ``ứ`` in
``Chứng``). Tesseract's Latin model keeps one of them or reads another letter with an
accent (``Viêt``, ``Viĝt``, ``Môt``, ``Chúng``), so the name no longer matches what the
firm registered. A Vietnamese company name is made of a few set phrases (the legal form
``Công ty TNHH Một Thành Viên``, the country, the trade), so a phrase whose bare letters
are one of them, where the read letters differ only where OCR read an accent, is that
phrase; so is one that lacks only a vowel with two marks (``VIT`` for ``VIỆT``): stacked
marks are what the Latin model most often cannot place, and then it may drop the whole
letter. Only a line that names a Vietnamese company (``Công ty``) is touched: the same
bare letters in another language (``Viet Nam``, ``Chung``) are left as printed.
"""

from __future__ import annotations

import unicodedata

_PHRASES = (
    "Việt Nam",
    "Một Thành Viên",
    "Cổ Phần",
    "Trách Nhiệm Hữu Hạn",
    "Chứng Khoán",
    "Đầu Tư",
    "Phát Triển",
    "Thương Mại",
    "Dịch Vụ",
    "Xây Dựng",
    "Sản Xuất",
    "Xuất Nhập Khẩu",
    "Công Nghệ",
    "Ngân Hàng",
    "Bảo Hiểm",
    "Tập Đoàn",
    "Quốc Tế",
    "Giải Pháp",
    "Truyền Thông",
    "Kỹ Thuật",
    "Điện Tử",
    "Vận Tải",
    "Du Lịch",
)
"""Phrases of Vietnamese company names, each word of which OCR may read with a wrong mark."""

_FIRM = ("cong", "ty")
"""``Công ty`` (company) in bare letters: the words that make a line a Vietnamese firm's."""

_AROUND = "()[],.;:\"'"
"""Punctuation around a word that is kept as printed (``(Việt Nam)``)."""


def vietnamese_spelling(value: str) -> str:
    """``value`` with each set phrase OCR read with wrong tone marks spelled right, in the
    case the card prints it, when ``value`` names a Vietnamese firm; else ``value``."""
    words = value.split(" ")
    bare = [_bare(word.strip(_AROUND)) for word in words]
    if not any(tuple(bare[i : i + 2]) == _FIRM for i in range(len(bare) - 1)):
        return value
    at = 0
    while at < len(words):
        phrase = _phrase_at(words, at)
        if phrase is None:
            at += 1
            continue
        for offset, right in enumerate(phrase.split(" ")):
            words[at + offset] = _respelled(words[at + offset], right)
        at += len(phrase.split(" "))
    return " ".join(words)


def _phrase_at(words: list[str], at: int) -> str | None:
    for phrase in _PHRASES:
        parts = phrase.split(" ")
        read = words[at : at + len(parts)]
        if len(read) == len(parts) and all(
            _misread(word.strip(_AROUND), part) for word, part in zip(read, parts, strict=True)
        ):
            return phrase
    return None


def _misread(read: str, right: str) -> bool:
    """``read`` is ``right`` but for accents: letter by letter the same bare letter, or a
    letter OCR read with an accent where the word has an accented vowel (``ĝ`` for ``ệ``);
    or ``right`` with one of its doubly marked vowels lost (``VIT`` for ``VIỆT``)."""
    if len(read) == len(right) - 1:
        return any(
            _marks(letter) == 2 and _misread(read, right[:at] + right[at + 1 :])
            for at, letter in enumerate(right)
        )
    if len(read) != len(right):
        return False
    return all(
        _bare(a) == _bare(b) or (_accented(a) and _accented(b))
        for a, b in zip(read, right, strict=True)
    )


def _marks(char: str) -> int:
    """How many marks a letter carries (``ệ``: the circumflex and the dot below)."""
    return sum(1 for c in unicodedata.normalize("NFD", char) if unicodedata.combining(c))


def _respelled(word: str, right: str) -> str:
    """``right`` in the place of the letters of ``word``, in its case, punctuation kept."""
    core = word.strip(_AROUND)
    start = word.index(core)
    if core.isupper():
        right = right.upper()
    elif core.islower():
        right = right.lower()
    return word[:start] + right + word[start + len(core) :]


def _accented(char: str) -> bool:
    return unicodedata.normalize("NFKD", char) != char or char in "đĐ"


def _bare(text: str) -> str:
    """Lower-case letters without their marks; ``đ`` is a ``d``."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))

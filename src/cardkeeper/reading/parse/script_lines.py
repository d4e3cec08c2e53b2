"""Name, company, title and address of cards printed in Chinese, Japanese, Korean, Cyrillic
or Greek.

The parsers before this one know Latin cards: a name is two or three capitalised words, a
company ends in ``GmbH``. Cards in other scripts print them differently:

- a CJK name is two to four characters, family name first (``山田太郎``, ``김민준``), and
  beside it, in Latin letters, the same name as read aloud (``Taro Yamada``,
  ``YAMADA Taro``): kept as the name's reading, not as a second name;
- a company carries its country's legal form before or after it (``株式会社``,
  ``有限公司``, ``주식회사``, ``ООО «…»``, ``Α.Ε.``);
- an address runs from large to small (``〒100-6921 東京都千代田区丸の内2-6-1``,
  ``上海市浦东新区世纪大道100号``), or, in Russian, from the postcode (``125009, г. Москва,
  ул. Тверская``); it is kept as printed.

Only lines holding letters of those scripts are looked at, so a Latin card is parsed as
before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from cardkeeper.reading.fields import CardFields, Field, PersonName
from cardkeeper.reading.parse.contacts import confidence
from cardkeeper.reading.parse.layout import Segment
from cardkeeper.reading.parse.text import NO_WORD, MappedText
from cardkeeper.reading.words import Word

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3々〆"
_CJK_LETTER = re.compile(f"[{_CJK}]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CYRILLIC_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]")
_HAN_KANA = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆"
CJK_SPACE = re.compile(f"(?<=[{_HAN_KANA}]) (?=[{_HAN_KANA}])")
"""A space OCR puts between two Chinese or Japanese characters, which their print does not
separate (Korean separates its words by spaces, and they are kept)."""
_STRAY_QUOTE = re.compile(f"[\"'“”‘’„]+(?=[{_CJK}])|(?<=[{_CJK}])[\"'“”‘’]+")
"""A quote mark OCR reads against a CJK character, which such names and companies do not
print: a bold ``赵 丽华`` came back as ``赵 ”丽华``."""

_COMPANY = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|[(（]株[)）]|股份有限公司|有限公司|公司|集团|集團|企業社|"
    r"주식회사|유한회사|[(（]\s?주\s?[)）\]]|"
    r"(?<!\w)(?:ООО|ОАО|ЗАО|ПАО|АО|НКО|ИП|ГК)(?!\w)|«[^»]+»|"
    r"(?<!\w)(?:Α\.?Ε\.?|Ε\.?Π\.?Ε\.?|Ι\.?Κ\.?Ε\.?|Ο\.?Ε\.?|Ε\.?Ε\.?)(?!\w)",
)
"""Legal forms of Japan, China, Taiwan, Korea, Russia and Greece, and the «» around a Russian
company's name."""
_TITLE = re.compile(
    r"部長|課長|係長|社長|会長|取締役|室長|主任|研究員|マネージャー|ディレクター|担当|"
    r"经理|經理|总监|總監|主管|工程师|工程師|专员|專員|处长|處長|董事|总裁|總裁|"
    r"부장|과장|차장|팀장|대리|사원|이사|대표|연구원|실장|매니저|"
    r"(?i:директор|менеджер|инженер|руководитель|специалист|начальник|заместитель|"
    r"бухгалтер|консультант|"
    r"διευθυντ|μηχανικ|υπεύθυν|σύμβουλ|πρόεδρ|διαχειριστ|λογιστ|στέλεχ|marketing|manager)"
)
"""Words of a job title in those languages (Greek and Russian ones as stems)."""
_ADDRESS = re.compile(
    r"〒\s?\d{3}-?\d{4}|[都道府県].{0,6}[市区郡町村]|[省市].{0,8}[区區县縣路街道号號]"
    r"|[시도]\s?\S*[구군](?!\S)|[로길]\s?\d|"
    r"(?<!\d)\d{6}(?!\d)|(?i:(?<!\w)(?:г|ул|пр|д|пл|наб|пер|просп)\.)|"
    r"(?<!\d)\d{3} \d{2}(?!\d)|(?i:(?<!\w)(?:Λεωφ|Οδός|Οδ|Πλ)\.?)"
)
"""What marks an address line: Japan's postal mark and prefecture-to-town order, a Chinese
province or city down to street and number, a Korean city down to road and number, a
Russian six-digit postcode or ``г.``/``ул.``/``д.``, a Greek ``151 25`` postcode or avenue."""
_ROMAN_WORD = re.compile(r"^[A-Za-z][A-Za-z'’-]*\.?$")
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")
CJK_FAMILY_TWO = frozenset(
    ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "南宫", "南宮")
)
"""Two-character Chinese family names; every other Chinese and Korean family name here is
one character, every Japanese one taken as two (see ``_split_cjk``)."""
MAX_NAME_LETTERS = 5
"""Characters of a CJK name at most (family and given name together)."""


@dataclass(frozen=True)
class ScriptLine:
    segment: Segment
    text: str
    """The segment's text with the spaces OCR put between CJK characters taken out."""
    cjk: bool
    """Its letters are mostly CJK characters (else Cyrillic or Greek)."""


def with_script_fields(
    fields: CardFields, segments: list[Segment], words: list[Word], region: str
) -> CardFields:
    """``fields`` with the name, company, title and address read from the card's lines in
    other scripts; unchanged when it has none. ``region`` is where the phones said the card
    is from (Japanese names keep two characters for the family name)."""
    own = [line for s in segments if (line := _script_line(s)) is not None]
    if not own:
        return fields
    taken: set[int] = set()

    def first(pattern: re.Pattern[str]) -> ScriptLine | None:
        found = next((x for x in own if id(x) not in taken and pattern.search(x.text)), None)
        if found is not None:
            taken.add(id(found))
        return found

    address = first(_ADDRESS)
    company = first(_COMPANY)
    title = first(_TITLE)
    free = [x for x in own if id(x) not in taken]
    # A family name of one character printed far from the given name is a segment of its
    # own, too short to be a line of the script alone (``王`` ... ``建國``).
    singles = [line for s in segments if (line := _script_line(s, least=1)) and line.cjk]
    halves = _name_halves(free + [x for x in singles if len(x.text) == 1])
    names = [x for x in free + halves if _looks_like_name(x) and _fits_country(x, region)]
    name_line = max(
        names, key=lambda x: (x.segment.height, len(x.text), -x.segment.box.top), default=None
    )
    result = replace(fields)
    if address is not None:
        result.address = _field(address.text, address.segment, words, 0.8)
    elif fields.address is not None:
        result.address = replace(fields.address, value=CJK_SPACE.sub("", fields.address.value))
    if company is not None:
        result.company = _field(company.text, company.segment, words, 0.85)
    if title is not None:
        result.title = _field(title.text, title.segment, words, 0.8)
    if name_line is not None:
        reading = _reading(segments, name_line.segment)
        result.name = _name(name_line, words, reading, region)
        if reading is not None:
            result.company = _not_reading(result.company, reading)
            result.title = _not_reading(result.title, reading)
    return result


def _name_halves(lines: list[ScriptLine]) -> list[ScriptLine]:
    """Two CJK pieces side by side on one row, joined: a family and a given name printed far
    apart (``山田　　太郎``) are split into columns by the layout."""
    joined = []
    for left in lines:
        for right in lines:
            a, b = left.segment, right.segment
            gap = b.box.left - a.box.right
            overlap = min(a.box.bottom, b.box.bottom) - max(a.box.top, b.box.top)
            if not (left.cjk and right.cjk and 0 < gap < 4 * max(a.height, b.height)):
                continue
            if overlap < min(a.height, b.height) / 2:
                continue
            text = MappedText(
                f"{a.text.text} {b.text.text}", (*a.text.owners, NO_WORD, *b.text.owners)
            )
            segment = Segment(
                text,
                a.line,
                a.box.union(b.box),
                max(a.height, b.height),
                (a.confidence + b.confidence) / 2,
            )
            if (line := _script_line(segment)) is not None:
                joined.append(line)
    return joined


def _script_line(segment: Segment, least: int = 2) -> ScriptLine | None:
    """``segment`` as a line of the script if it holds ``least`` of its letters, and no
    fewer than Latin ones."""
    text = CJK_SPACE.sub("", _STRAY_QUOTE.sub("", segment.text.text)).strip()
    cjk = len(_CJK_LETTER.findall(text))
    other = len(_CYRILLIC_GREEK.findall(text))
    latin = sum(sign.isascii() and sign.isalpha() for sign in text)
    if cjk + other < least or cjk + other < latin:
        return None
    return ScriptLine(segment, text, cjk >= other)


def _looks_like_name(line: ScriptLine) -> bool:
    """Two to five CJK characters and nothing else, or two or three capitalised Cyrillic or
    Greek words."""
    if line.cjk:
        letters = line.text.replace(" ", "").replace("\u3000", "")
        return 2 <= len(letters) <= MAX_NAME_LETTERS and all(
            _CJK_LETTER.fullmatch(sign) for sign in letters
        )
    parts = line.text.split()
    return 2 <= len(parts) <= 3 and all(
        part[:1].isupper() and part.replace("-", "").isalpha() and not part.isascii()
        for part in parts
    )


def _fits_country(line: ScriptLine, region: str) -> bool:
    """Whether a CJK name is in the script its card's country writes names in: Hangul in
    Korea, Han (and kana) in Japan and China. A Korean card's Hangul name read by the
    Chinese model came out as Han characters that mean nothing (早周 for Joongsoo Lee), and
    replaced the romanised name that was right."""
    if not line.cjk:
        return True
    hangul = bool(_HANGUL.search(line.text))
    if region == "KR":
        return hangul
    if region in ("JP", "CN", "TW", "HK", "MO"):
        return not hangul
    return True


def _name(
    line: ScriptLine, words: list[Word], reading: tuple[Segment, str, str] | None, region: str
) -> PersonName:
    """The person's name from its line: CJK family name first, Cyrillic and Greek given name
    first unless a patronymic ends it (``Петров Иван Сергеевич``)."""
    given = family = middle = ""
    if line.cjk:
        family, given = _split_cjk(line, words, region)
        full = f"{family}{given}"
    else:
        parts = line.text.split()
        if len(parts) == 3 and _PATRONYMIC.search(parts[2]):
            family, given, middle = parts
        else:
            given, family = parts[0], parts[-1]
            middle = " ".join(parts[1:-1])
        full = line.text
    name = PersonName(_field(full, line.segment, words, 0.85), "", given, middle, family)
    if reading is None:
        return name
    _, reading_given, reading_family = reading
    return replace(
        name,
        reading=f"{reading_given} {reading_family}".strip(),
        reading_given=reading_given,
        reading_family=reading_family,
    )


def _split_cjk(line: ScriptLine, words: list[Word], region: str) -> tuple[str, str]:
    """Family name and given name of a CJK name.

    A space printed between them is the surest sign, seen as the widest gap between the
    words OCR read (wider than half a character). Else a Chinese or Korean family name is
    one character (but for a few of two), a Japanese one two (``山田``, ``佐藤``; a name of
    two characters is split one and one).
    """
    letters = "".join(line.text.split()).replace("\u3000", "")
    members = [words[i] for i in sorted(set(line.segment.text.indexes()))]
    members.sort(key=lambda word: word.box.left)
    if len(members) >= 2:
        gaps = [
            (right.box.left - left.box.right, i)
            for i, (left, right) in enumerate(pairwise(members), 1)
        ]
        widest, at = max(gaps)
        height = max(word.box.height for word in members)
        others = [gap for gap, i in gaps if i != at]
        if widest > height / 2 and all(widest > 2 * max(gap, 1) for gap in others):
            family = "".join(_STRAY_QUOTE.sub("", word.text) for word in members[:at])
            return family, letters[len(family) :]
    if letters[:2] in CJK_FAMILY_TWO:
        return letters[:2], letters[2:]
    japanese = region == "JP" or any("\u3040" <= sign <= "\u30ff" for sign in letters)
    cut = 2 if japanese and len(letters) >= 3 else 1
    return letters[:cut], letters[cut:]


def _reading(segments: list[Segment], name: Segment) -> tuple[Segment, str, str] | None:
    """The name in Latin letters printed right beside or under ``name``, as (its segment,
    given name, family name): a word in capitals is the family name (``YAMADA Taro``),
    else the order is Western (``Taro Yamada``)."""
    nearest: tuple[float, Segment] | None = None
    for segment in segments:
        parts = segment.text.text.split()
        if segment is name or not 2 <= len(parts) <= 3:
            continue
        if not all(_ROMAN_WORD.match(part) for part in parts):
            continue
        beside = segment.line == name.line
        below = 0 <= segment.box.top - name.box.bottom < 3 * name.height
        above = 0 <= name.box.top - segment.box.bottom < 2 * name.height
        if beside or below or above:
            distance = 0.0 if beside else abs(segment.box.top - name.box.top)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, segment)
    if nearest is None:
        return None
    parts = nearest[1].text.text.split()
    capitals = [p for p in parts if p.isupper() and len(p) > 1]
    if len(capitals) == 1 and len(parts) == 2:
        family = capitals[0]
        given = next(p for p in parts if p is not family)
        return nearest[1], given, family.title()
    return nearest[1], " ".join(parts[:-1]), parts[-1]


def _not_reading(value: Field | None, reading: tuple[Segment, str, str]) -> Field | None:
    """``value`` unless a Latin parser took the name's reading for it."""
    if value is not None and set(value.word_indexes) & set(reading[0].text.indexes()):
        return None
    return value


def _field(text: str, segment: Segment, words: list[Word], strength: float) -> Field:
    indexes = tuple(sorted(set(segment.text.indexes())))
    return Field(text, confidence(strength, words, indexes), indexes)

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
from cardkeeper.reading.parse.companies import industry_evidence, suffix_evidence
from cardkeeper.reading.parse.contacts import confidence
from cardkeeper.reading.parse.layout import Segment, make_segment
from cardkeeper.reading.parse.text import NO_WORD, MappedText
from cardkeeper.reading.words import Word

_KANA_SIGNS = r"\u3040-\u30ff"
_HAN_SIGNS = r"\u3400-\u4dbf\u4e00-\u9fff"
_HANGUL_SIGNS = r"\uac00-\ud7a3"
_CJK = f"{_KANA_SIGNS}{_HAN_SIGNS}{_HANGUL_SIGNS}々〆"
_CJK_LETTER = re.compile(f"[{_CJK}]")
_HANGUL = re.compile(f"[{_HANGUL_SIGNS}]")
_CYRILLIC_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]")
_HAN_KANA = f"{_KANA_SIGNS}{_HAN_SIGNS}々〆"
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
_FIRM = re.compile(r"(?:事務所|農園|商会|商店|研究所|協会|組合)$|大学|大學")
"""What marks a firm of no legal form, taken when no line holds one: the end of a Japanese
office's or farm's name (``高木税理士事務所``, ``山田米農園``), a university."""
_TITLE = re.compile(
    r"部長|課長|係長|社長|会長|取締役|室長|主任|研究員|マネージャー|ディレクター|担当|"
    r"代表(?!電話)|営業|デザイナ|建築家|税理士|弁護士|職人|ライター|コーディネータ|"
    r"アドバイザ|スタイリスト|講師|教授|医師|博士|"
    r"经理|經理|总监|總監|主管|工程师|工程師|专员|專員|处长|處長|董事|总裁|總裁|"
    r"부장|과장|차장|팀장|대리|사원|이사|대표|연구원|실장|매니저|"
    r"(?i:директор|менеджер|инженер|руководитель|специалист|начальник|заместитель|"
    r"бухгалтер|консультант|"
    r"διευθυντ|μηχανικ|υπεύθυν|σύμβουλ|πρόεδρ|διαχειριστ|λογιστ|στέλεχ|marketing|manager)"
)
"""Words of a job title in those languages (Greek and Russian ones as stems; Japanese
loanwords without the long vowel mark at their end, which OCR reads apart or not at all)."""
_UNIT = re.compile(r"(?:部|課|室|部門|グループ|センター|事業部|本部|研究科|学科|学部)$")
"""How the name of a department ends, printed over a role (``営業部`` / ``部長``)."""
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
_NOT_NAME = re.compile(
    r"代表|取締|事業|事務|本部|所長|店長|院長|専務|常務|建築|設計|税|会計|弁護|司法|行政書|研究|"
    r"大学|学院|学部|課程|農園|商会|商店|株式|有限|会社|電話|携帯|住所|"
    r"東京都|北海道|大阪府|京都府|県|階|ビル|丁目|番地|"
    r"销售|銷售|顾问|顧問|교수|소장|수석|박사|사무소"
)
"""Words of a role, a trade, a firm, a label or an address that no person's name holds,
besides those of a job title (``_TITLE``; of the prefectures' marks only 県 and the four
whole names: 道 and 都 are in given names, 道子): a
designer's card printed ``建築家`` (architect) or ``営業`` (sales) larger than the name, or
the name was not read and they were the largest print left."""
_KATAKANA_WORD = re.compile(r"[\u30a0-\u30ffー]+")
"""A word of katakana alone: a loanword (``デザイナー``, a piece of ``フォノグラム``), which
names are not unless a foreigner's, whose parts a ``・`` sets apart."""
_HAN = re.compile(f"[{_HAN_SIGNS}々]")
_KANA = re.compile(f"[{_KANA_SIGNS}]")
_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
"""Kana printed small, after another: no name starts with one (``ュ田`` was a speck read
beside ``田``)."""
_READING_AFTER = re.compile(rf"\s*[(（]\s*[{_KANA_SIGNS}].*$")
"""A name's reading in kana printed after it in brackets (``張 文政 (チョウ ブンセイ)``)."""
SURE_NAME = 0.4
"""Mean OCR confidence of a name's characters from which it is taken: what OCR reads in a
picture or a pattern as CJK characters (``ひで``, ``ーー``) it reads at 0.1-0.3, a bold name
read as one word (``陳怡君`` on a desk photo) 0.41."""
_SURE_PIECE = 0.4
"""Confidence from which a lone character printed apart is taken for a piece of a name: the
given name ``裕`` of ``中村 裕`` read 0.45, a speck in a picture beside a name (``人``) 0.27."""
_SURE_EDGE = 0.6
"""Confidence from which a Latin word at the end of a CJK name's line is part of it: OCR
reads a logo or a mark beside a name as one (``A* 山田 太 郎``, ``島袋 EÑ``)."""
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
    own = _joined_fragments([line for s in segments if (line := _script_line(s)) is not None])
    if not own:
        return fields
    taken: set[int] = set()

    def first(pattern: re.Pattern[str]) -> ScriptLine | None:
        found = next((x for x in own if id(x) not in taken and pattern.search(x.text)), None)
        if found is not None:
            taken.add(id(found))
        return found

    address = first(_ADDRESS)
    company = first(_COMPANY) or next(
        (
            x
            for x in own
            if id(x) not in taken and _FIRM.search(x.text) and not _TITLE.search(x.text)
        ),
        None,
    )
    if company is not None:
        taken.add(id(company))
    title = first(_TITLE)
    free = [x for x in own if id(x) not in taken]
    # A family name of one character printed far from the given name is a segment of its
    # own, too short to be a line of the script alone (``王`` ... ``建國``).
    singles = [line for s in segments if (line := _script_line(s, least=1)) and line.cjk]
    parts = [x for x in (_name_part(x, words) for x in free) if x is not None]
    single = [x for x in singles if len(x.text) == 1 and x.segment.confidence >= _SURE_PIECE]
    halves = _name_halves(parts + single)
    names = [
        x
        for x in parts + halves
        if _looks_like_name(x) and _fits_country(x, region) and _is_person(x)
    ]
    # The romanised name printed beside a CJK name marks it among lines as large (a firm
    # named after its owner: ``山田米農園`` over ``山田太郎``, ``Taro Yamada``).
    paired = _paired(names, segments)
    name_line = max(
        names,
        key=lambda x: (
            id(x) in paired,
            x.segment.height,
            len(x.text),
            -x.segment.box.top,
        ),
        default=None,
    )
    result = replace(fields)
    if address is not None:
        result.address = _field(address.text, address.segment, words, 0.8)
    elif fields.address is not None:
        result.address = replace(fields.address, value=CJK_SPACE.sub("", fields.address.value))
    if company is not None:
        result.company = _field(company.text, company.segment, words, 0.85)
    if title is not None:
        title = _title_run(title, [x for x in own if id(x) not in taken or x is title])
        result.title = _field(title.text, title.segment, words, 0.8)
    if name_line is not None:
        reading = _reading(segments, name_line.segment)
        result.name = _name(name_line, words, reading, region)
        if reading is not None:
            result.company = _not_reading(result.company, reading)
            result.title = _not_reading(result.title, reading)
    return result


def _paired(names: list[ScriptLine], segments: list[Segment]) -> set[int]:
    """The ids of the ``names`` nearest to a romanised name printed beside them (see
    ``_reading``), each romanised name paired with the one it is nearest.

    A family name and the whole name it is part of lie as near, their middles a few pixels
    apart as OCR boxes them (山田 and 山田 太郎 over ``Taro Yamada``): of the lines within
    half a line's height of the nearest, the longest is taken."""
    near: dict[int, list[tuple[float, ScriptLine]]] = {}
    for line in names:
        found = _reading(segments, line.segment)
        if found is None:
            continue
        box, own = found[0].box, line.segment.box
        middles = abs(box.top + box.bottom - own.top - own.bottom) / 2
        near.setdefault(id(found[0]), []).append((middles, line))
    paired = set()
    for candidates in near.values():
        nearest = min(middles for middles, _ in candidates)
        close = [x for middles, x in candidates if middles <= nearest + x.segment.height / 2]
        paired.add(id(max(close, key=lambda x: len(x.text))))
    return paired


def _title_run(title: ScriptLine, lines: list[ScriptLine]) -> ScriptLine:
    """``title`` with the lines of the title printed right over and under it: the
    department over the role (``営業部`` / ``部長``, ``商品開発部`` /
    ``インテリアコーディネーター``), each line of which is a department or a role."""
    run = [title]
    for line in sorted(lines, key=lambda x: abs(x.segment.box.top - title.segment.box.top)):
        if any(line is member for member in run) or not line.cjk:
            continue
        if not (_TITLE.search(line.text) or _UNIT.search(line.text)):
            continue
        if any(_stacked(line, member) for member in run):
            run.append(line)
    if len(run) == 1:
        return title
    run.sort(key=lambda x: x.segment.box.top)
    return _script_line(_joined([x.segment for x in run])) or title


def _joined(segments: list[Segment]) -> Segment:
    """One segment of ``segments`` in their order, a space between each two."""
    first, *rest = segments
    text, box = first.text, first.box
    for segment in rest:
        text = MappedText(
            f"{text.text} {segment.text.text}", (*text.owners, NO_WORD, *segment.text.owners)
        )
        box = box.union(segment.box)
    return Segment(
        text,
        first.line,
        box,
        max(x.height for x in segments),
        sum(x.confidence for x in segments) / len(segments),
    )


def _stacked(line: ScriptLine, other: ScriptLine) -> bool:
    """Whether ``line`` is printed right over or under ``other``, their left edges or
    their middles lined up, no wider apart than the taller one's print."""
    a, b = line.segment, other.segment
    gap = max(a.box.top - b.box.bottom, b.box.top - a.box.bottom)
    size = max(a.height, b.height)
    lined_up = (
        abs(a.box.left - b.box.left) < size
        or abs((a.box.left + a.box.right) - (b.box.left + b.box.right)) < 2 * size
    )
    # Lines that overlap by more than the smaller's height are one beside the other.
    return lined_up and -min(a.height, b.height) < gap < size


def _joined_fragments(lines: list[ScriptLine]) -> list[ScriptLine]:
    """``lines`` with the CJK pieces of one printed line joined: OCR cuts a line of large
    print into pieces where a character stood apart or a mark was read small
    (``株式会社 フォノ`` + ``グラム``, ``人間親和`` + ``型・計測制御研究室``); alone, a piece
    looks like a name, or a company loses half its name. Pieces of one line lie side by
    side, their print as tall, less than a character apart."""
    joined = list(lines)
    merged = True
    while merged:
        merged = False
        for left in joined:
            right = next((x for x in joined if _continues(left, x)), None)
            if right is None:
                continue
            line = _script_line(_joined([left.segment, right.segment]))
            if line is None:
                continue
            joined = [x for x in joined if x is not left and x is not right] + [line]
            merged = True
            break
    return sorted(joined, key=lambda x: (x.segment.box.top, x.segment.box.left))


def _continues(left: ScriptLine, right: ScriptLine) -> bool:
    """Whether ``right`` goes on with ``left``'s printed CJK line (see ``_joined_fragments``)."""
    a, b = left.segment, right.segment
    if left is right or not (left.cjk and right.cjk):
        return False
    size = min(a.height, b.height)
    if max(a.height, b.height) > 1.25 * size:
        return False
    overlap = min(a.box.bottom, b.box.bottom) - max(a.box.top, b.box.top)
    gap = b.box.left - a.box.right
    return overlap >= size / 2 and -size / 2 < gap < size


def _name_part(line: ScriptLine, words: list[Word]) -> ScriptLine | None:
    """``line`` without what is printed or read beside a name: the kana reading in brackets
    after it, and unsure Latin words or marks at its ends (``_SURE_EDGE``)."""
    text = line.segment.text
    if found := _READING_AFTER.search(text.text):
        text = text.slice(0, found.start())
    members = sorted(set(text.indexes()), key=lambda i: words[i].box.left)

    def stray(index: int) -> bool:
        word = words[index]
        if _CJK_LETTER.search(word.text):
            return False
        return word.confidence < _SURE_EDGE or not any(sign.isalnum() for sign in word.text)

    while members and stray(members[0]):
        members.pop(0)
    while members and stray(members[-1]):
        members.pop()
    if not members:
        return None
    kept = set(members)
    spans = [i for i, owner in enumerate(text.owners) if owner in kept]
    text = text.slice(spans[0], spans[-1] + 1)
    if text == line.segment.text:
        return line
    return _script_line(make_segment(text, line.segment.line, words))


def _is_person(line: ScriptLine) -> bool:
    """Whether a name-shaped CJK line may be a person's name: read surely (``SURE_NAME``),
    no word of a role, trade or firm in it (``_NOT_NAME``, ``_TITLE``), and not katakana
    alone unless a foreign name's parts (see ``_KATAKANA_WORD``)."""
    if not line.cjk:
        return True
    letters = line.text.replace(" ", "")
    if line.segment.confidence < SURE_NAME or _NOT_NAME.search(letters) or _TITLE.search(letters):
        return False
    if "・" in letters:
        return True
    if _KATAKANA_WORD.fullmatch(letters) or "ー" in letters or letters[0] in _SMALL_KANA:
        return False
    # A name of Chinese characters and kana starts with its family name in characters
    # (``山田 はなこ``); kana before them is the end of a word cut off (``ク北九州``).
    return not (_HAN.search(letters) and _KANA.match(letters))


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
            if (line := _script_line(_joined([a, b]))) is not None:
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
    middle = name.box.top + name.box.height / 2
    for segment in segments:
        if segment is name or not _romanised_name(segment.text.text):
            continue
        beside = segment.line == name.line
        # OCR boxes a CJK name's characters taller than they print, down over the top of
        # the romanised name set close under it.
        below = segment.box.top >= middle and segment.box.top - name.box.bottom < 3 * name.height
        above = segment.box.bottom <= middle and name.box.top - segment.box.bottom < 2 * name.height
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


def _romanised_name(text: str) -> bool:
    """Whether ``text`` may be a name in Latin letters: two or three words, each of two
    letters or more or an initial with its dot, all capitalised or all in lower case, and
    no word of a firm or trade (``Yamada Rice Farm``, ``Un rideau``, ``W TOYOTA``)."""
    parts = text.split()
    if not 2 <= len(parts) <= 3 or not all(_ROMAN_WORD.match(part) for part in parts):
        return False
    if any(len(part) < 2 for part in parts):
        return False
    capitalised = [part[0].isupper() for part in parts]
    if any(capitalised) and not all(capitalised):
        return False
    return not (industry_evidence(text) or suffix_evidence(text))


def _not_reading(value: Field | None, reading: tuple[Segment, str, str]) -> Field | None:
    """``value`` unless a Latin parser took the name's reading for it."""
    if value is not None and set(value.word_indexes) & set(reading[0].text.indexes()):
        return None
    return value


def _field(text: str, segment: Segment, words: list[Word], strength: float) -> Field:
    indexes = tuple(sorted(set(segment.text.indexes())))
    return Field(text, confidence(strength, words, indexes), indexes)

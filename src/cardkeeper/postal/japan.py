"""Japan: ``〒100-0005 東京都千代田区丸の内1-2-3`` written large to small, or romanised small
to large (``1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005``).

The prefecture is the region; the city is the municipality after it (a ward of Tokyo, a
city with its ward, a town with its district); what follows is the street.
"""

from __future__ import annotations

import re

from cardkeeper.postal.locality import END, START, Locality, clean
from cardkeeper.postal.regions import codes

PREFECTURES = sorted(
    codes(
        "Hokkaido Aomori Iwate Miyagi Akita Yamagata Fukushima Ibaraki Tochigi Gunma Saitama "
        "Chiba Tokyo Kanagawa Niigata Toyama Ishikawa Fukui Yamanashi Nagano Gifu Shizuoka "
        "Aichi Mie Shiga Kyoto Osaka Hyogo Nara Wakayama Tottori Shimane Okayama Hiroshima "
        "Yamaguchi Tokushima Kagawa Ehime Kochi Fukuoka Saga Nagasaki Kumamoto Oita Miyazaki "
        "Kagoshima Okinawa"
    )
)
"""Japan's 47 prefectures, romanised as addresses print them."""
_PREFECTURES_KANJI = sorted(
    codes(
        "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 "
        "東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 "
        "三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 "
        "山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 "
        "鹿児島県 沖縄県"
    )
)
_POSTCODE = r"(?:〒|T|7)?\s?(?P<postcode>\d{3}-\d{4})"
"""A postcode, its 〒 mark read as ``T`` or ``7`` by a Latin reader."""
_KANJI = re.compile(
    r"(?:〒\s?(?P<postcode>\d{3}-?\d{4})\s*)?"
    rf"(?P<region>{'|'.join(_PREFECTURES_KANJI)})"
    r"(?P<city>[^\d０-９\s,、]+?郡[^\d０-９\s,、]+?[町村]|[^\d０-９\s,、]+?市(?:[^\d０-９\s,、]+?区)?"
    r"|[^\d０-９\s,、]+?[区町村])"
    r"(?P<street>[^,、]*)"
)
_MUNICIPALITY = r"[A-Z][A-Za-z]*-(?:ku|shi|gun|machi|cho|chō|mura|son)"
_PREFECTURE = rf"(?P<region>(?:{'|'.join(PREFECTURES)})(?:-(?:to|fu|ken|do))?)"
_ROMANISED = re.compile(
    rf"(?:^|(?<=[,\s]))\s*(?P<city>{_MUNICIPALITY}(?:\s*,?\s*{_MUNICIPALITY})*)"
    rf"\s*,?\s*{_PREFECTURE}(?:\s*,?\s*{_POSTCODE})?{END}",
    re.IGNORECASE,
)
_PREFECTURE_CITY = re.compile(
    rf"{START}(?P<city>{_PREFECTURE.replace('region', 'prefecture')})\s*,?\s*{_POSTCODE}{END}",
    re.IGNORECASE,
)
"""``Osaka 530-0001`` after a street in a ward not printed: the prefecture names the city."""
_POSTCODE_FIRST = re.compile(rf"{START}{_POSTCODE}{END}")


def jp_locality(text: str) -> Locality | None:
    """The prefecture, municipality and postcode of a Japanese address, kanji or romanised."""
    if match := _KANJI.search(text):
        street, _, building = clean(match["street"]).partition(" ")
        return Locality(
            match.start(),
            match.end(),
            _postcode(match["postcode"], text),
            match["city"],
            match["region"],
            ("JP",),
            street=street,
            extended=building.strip(),
        )
    if match := _ROMANISED.search(text):
        return Locality(
            match.start(),
            match.end(),
            match["postcode"] or _postcode(None, text),
            clean(match["city"]),
            clean(match["region"]),
            ("JP",),
        )
    if match := _PREFECTURE_CITY.search(text):
        city = clean(match["city"])
        return Locality(match.start(), match.end(), match["postcode"], city, city, ("JP",))
    return None


def _postcode(found: str | None, text: str) -> str:
    """The postcode, printed before the prefecture or on a line of its own."""
    digits = found or ""
    if not digits and (alone := _POSTCODE_FIRST.search(text)):
        digits = alone["postcode"]
    digits = digits.replace("-", "")
    return f"{digits[:3]}-{digits[3:]}" if len(digits) == 7 else ""

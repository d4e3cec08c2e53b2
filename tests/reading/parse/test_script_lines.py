"""Cards in other scripts: what ``parse_card`` makes of their lines (``script_lines``).

The words are laid out by hand as Tesseract reads such cards: a space between every two
or three Chinese or Japanese characters, the Latin lines read whole; and, for what OCR got
wrong on the cards of ``bench.scripts``, read by real Tesseract from those cards.
"""

from __future__ import annotations

from pathlib import Path

from cardkeeper.domain import PhoneKind
from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word
from tests.reading.parse.recorded import stacked_words
from tests.reading.script_samples import generated_card


def test_a_japanese_card_gives_the_name_family_first_with_its_romanised_reading() -> None:
    words = stacked_words(
        ("株 式 会 社 さくら 商事", 34),
        ("山田 太郎", 56),
        ("Taro Yamada", 26),
        ("営業 部 部長", 28),
        ("電話 03-1234-5678", 25),
        ("携帯 090-1234-5678", 25),
        ("taro@sakura.co.jp", 25),
        ("〒100-6921 東京 都 千代田 区 丸の内 2-6-1", 25),
    )
    fields = parse_card(words, "US", "JP")
    assert fields.name is not None
    assert (fields.name.full.value, fields.name.family, fields.name.given) == (
        "山田太郎",
        "山田",
        "太郎",
    )
    assert (fields.name.reading, fields.name.reading_family) == ("Taro Yamada", "Yamada")
    assert fields.company is not None and fields.company.value == "株式会社さくら商事"
    assert fields.title is not None and fields.title.value == "営業部部長"
    assert [(p.kind, p.value) for p in fields.phones] == [
        (PhoneKind.WORK, "+81312345678"),
        (PhoneKind.MOBILE, "+819012345678"),
    ]
    assert fields.address is not None
    assert fields.address.value == "〒100-6921 東京都千代田区丸の内 2-6-1"


def test_the_postcode_after_the_postal_mark_is_no_phone() -> None:
    words = stacked_words(("山田 太郎", 56), ("〒100-6921 東京 都 千代田 区", 25))
    assert parse_card(words, "JP", "JP").phones == []


def test_a_family_name_in_capitals_is_the_reading_s_family_name() -> None:
    words = stacked_words(("王 建 國", 56), ("WANG Chien-Kuo", 26), ("業務 經理", 28))
    fields = parse_card(words, "TW", "TW")
    assert fields.name is not None
    assert (fields.name.family, fields.name.given) == ("王", "建國")
    assert (fields.name.reading_given, fields.name.reading_family) == ("Chien-Kuo", "Wang")


def test_the_printed_space_between_family_and_given_name_is_where_they_part() -> None:
    # a Japanese family name of one character and a given name of three: the gap tells
    words = [
        Word("林", Box(60, 100, 56, 56), 0.95, 1, 1, 1),
        Word("由美子", Box(160, 100, 168, 56), 0.95, 1, 1, 1),
    ]
    fields = parse_card(words, "JP", "JP")
    assert fields.name is not None
    assert (fields.name.family, fields.name.given) == ("林", "由美子")


def test_chinese_company_title_and_labels() -> None:
    words = stacked_words(
        ("天 润 科技 有限 公司", 34),
        ("刘 洋", 56),
        ("LIU Yang", 26),
        ("销售 经理", 28),
        ("电话 +86 21 5012 3456", 25),
        ("传真 +86 21 5012 3457", 25),
        ("上海 市 浦东 新区 世纪 大道 100 号", 25),
    )
    fields = parse_card(words, "US")
    assert fields.name is not None and (fields.name.family, fields.name.given) == ("刘", "洋")
    assert fields.company is not None and fields.company.value == "天润科技有限公司"
    assert fields.title is not None and fields.title.value == "销售经理"
    assert [p.kind for p in fields.phones] == [PhoneKind.WORK, PhoneKind.FAX]
    assert fields.address is not None and fields.address.value == "上海市浦东新区世纪大道 100 号"


def test_a_korean_card_keeps_its_spaces() -> None:
    words = stacked_words(
        ("미래기술 주식회사", 34),
        ("김 민준", 56),
        ("Min-jun KIM", 26),
        ("영업부 부장", 28),
        ("휴대폰 010-1234-5678", 25),
        ("서울특별시 강남구 테헤란로 152", 25),
    )
    fields = parse_card(words, "US", "KR")
    assert fields.name is not None and (fields.name.family, fields.name.given) == ("김", "민준")
    assert fields.name.reading_family == "Kim"
    assert fields.company is not None and fields.company.value == "미래기술 주식회사"
    assert fields.title is not None and fields.title.value == "영업부 부장"
    assert [(p.kind, p.value) for p in fields.phones] == [(PhoneKind.MOBILE, "+821012345678")]
    assert fields.address is not None and fields.address.value == "서울특별시 강남구 테헤란로 152"


def test_a_russian_card() -> None:
    words = stacked_words(
        ("ООО «Северный Ветер»", 34),
        ("Петров Иван Сергеевич", 50),
        ("Генеральный директор", 28),
        ("Тел. 8 (495) 123-45-67", 25),
        ("Факс 8 (495) 123-45-68", 25),
        ("ivan@severveter.ru", 25),
        ("125009, г. Москва, ул. Тверская, д. 7", 25),
    )
    fields = parse_card(words, "US")
    assert fields.name is not None
    assert (fields.name.given, fields.name.middle, fields.name.family) == (
        "Иван",
        "Сергеевич",
        "Петров",
    )
    assert fields.company is not None and fields.company.value.startswith("ООО «Северный Ветер")
    assert fields.title is not None and fields.title.value == "Генеральный директор"
    assert [(p.kind, p.value) for p in fields.phones] == [
        (PhoneKind.WORK, "+74951234567"),
        (PhoneKind.FAX, "+74951234568"),
    ]
    assert fields.address is not None
    assert fields.address.value == "125009, г. Москва, ул. Тверская, д. 7"


def test_a_greek_card() -> None:
    words = stacked_words(
        ("Αιγαίο Λογιστική Α.Ε.", 34),
        ("Μαρία Νικολάου", 50),
        ("Διευθυντής Πωλήσεων", 28),
        ("Τηλ. 210 123 4567", 25),
        ("Κιν. 693 123 4567", 25),
        ("Ερμού 12, 105 63 Αθήνα", 25),
    )
    fields = parse_card(words, "US")
    assert fields.name is not None
    assert (fields.name.given, fields.name.family) == ("Μαρία", "Νικολάου")
    assert fields.company is not None and fields.company.value == "Αιγαίο Λογιστική Α.Ε."
    assert fields.title is not None and fields.title.value == "Διευθυντής Πωλήσεων"
    assert [(p.kind, p.value) for p in fields.phones] == [
        (PhoneKind.WORK, "+302101234567"),
        (PhoneKind.MOBILE, "+306931234567"),
    ]
    assert fields.address is not None and fields.address.value == "Ερμού 12, 105 63 Αθήνα"


def test_a_latin_card_is_parsed_as_before() -> None:
    words = stacked_words(
        ("Brightline Analytics Inc.", 34),
        ("Jonathan Reyes", 50),
        ("Senior Data Engineer", 28),
        ("T +1 (512) 555-0147", 25),
    )
    fields = parse_card(words, "US")
    assert fields.name is not None and fields.name.full.value == "Jonathan Reyes"
    assert fields.name.reading == ""
    assert fields.company is not None and fields.company.value == "Brightline Analytics Inc."


def test_a_han_name_on_a_korean_card_is_a_misreading_and_the_romanised_name_stays() -> None:
    # a Korean card's Hangul name read by the Chinese model: Han characters meaning nothing
    words = stacked_words(
        ("早 周", 56),
        ("Joongsoo Lee", 26),
        ("Mobile 010-5397-3942", 25),
        ("jslee@example.co.kr", 25),
    )
    fields = parse_card(words, "US", "KR")
    assert fields.name is not None
    assert fields.name.full.value == "Joongsoo Lee"


def test_a_hangul_name_on_a_korean_card_is_taken_family_first() -> None:
    words = stacked_words(("이 중수", 56), ("Joongsoo Lee", 26), ("jslee@example.co.kr", 25))
    fields = parse_card(words, "US", "KR")
    assert fields.name is not None
    assert (fields.name.family, fields.name.given, fields.name.reading) == (
        "이",
        "중수",
        "Joongsoo Lee",
    )


def test_a_family_name_of_one_character_printed_apart_is_joined_to_the_given_name(
    tmp_path: Path,
) -> None:
    # 王  建國 on a desk photo: the layout parts the two at their wide gap, and 王 alone
    # is too short to be a line of its own; the name was 建國 alone
    card = generated_card(tmp_path, 7003, "zh_hant", "desk")
    fields = parse_card(read_words(card, "chi_tra+Latin").words, "TW", "TW")
    assert fields.name is not None
    assert (fields.name.family, fields.name.given) == ("王", "建國")


def test_a_quote_mark_read_against_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    # the bold 赵丽华 was read "赵 ”丽华"
    card = generated_card(tmp_path, 8004, "zh_hans", "scan")
    fields = parse_card(read_words(card, "chi_sim+Latin").words, "CN", "CN")
    assert fields.name is not None
    assert (fields.name.family, fields.name.given) == ("赵", "丽华")


def test_the_postal_mark_read_as_a_seven_leaves_a_postcode_not_a_phone(tmp_path: Path) -> None:
    # 〒530-0001 read "7530-0001" became a Taiwanese number, which made the card Taiwanese
    # and cut the Japanese name 伊藤由美 after one character
    card = generated_card(tmp_path, 8002, "ja", "scan")
    fields = parse_card(read_words(card, "jpn+Latin").words, "US", "JP")
    assert all(not phone.value.startswith("+886") for phone in fields.phones)
    assert fields.address is not None and fields.address.value.startswith("〒530-0001")
    assert fields.name is not None
    assert (fields.name.family, fields.name.given) == ("伊藤", "由美")


def test_the_postal_mark_read_as_a_seven_is_put_back() -> None:
    words = stacked_words(("山田 太郎", 56), ("7530-0001 大 阪 府 大 阪 市 北 区 梅田 1-5-6", 25))
    fields = parse_card(words, "US", "JP")
    assert fields.phones == []
    assert fields.address is not None and fields.address.value.startswith("〒530-0001 大阪府")


def test_a_lone_family_character_far_from_the_given_name_is_still_the_family_name() -> None:
    # as the desk photo of 王 建國 above was read: the gap parts the two into columns
    words = [
        Word("台灣精密企業有限公司", Box(711, 91, 664, 68), 0.95, 1, 1, 1),
        Word("王", Box(830, 241, 97, 102), 0.91, 2, 1, 1),
        Word("建國", Box(1077, 241, 183, 107), 0.97, 2, 1, 1),
        Word("Chien-Kuo", Box(832, 400, 266, 44), 0.92, 3, 1, 1),
        Word("Wang", Box(1114, 404, 140, 52), 0.92, 3, 1, 1),
    ]
    fields = parse_card(words, "TW", "TW")
    assert fields.name is not None
    assert (fields.name.full.value, fields.name.family) == ("王建國", "王")


def test_a_quote_mark_beside_a_cjk_name_is_dropped() -> None:
    words = stacked_words(("赵 ”丽华", 56), ("ZHAO Lihua", 26))
    fields = parse_card(words, "CN", "CN")
    assert fields.name is not None
    assert (fields.name.full.value, fields.name.given) == ("赵丽华", "丽华")

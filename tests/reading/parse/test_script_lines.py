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


# What OCR read from the real Japanese and Chinese cards of ``bench.real_cards`` (the words
# around the name only), where a role, a firm or a speck was taken for the person's name.


def test_a_role_printed_larger_than_the_name_is_the_title_not_the_name() -> None:
    # 畑 友洋, architect: 建築家 (architect) is printed larger than the name
    words = [
        Word("畑", Box(73, 158, 27, 27), 0.87, 1, 1, 1),
        Word("友", Box(138, 158, 27, 27), 0.92, 1, 1, 2),
        Word("洋", Box(180, 158, 27, 28), 0.64, 1, 1, 2),
        Word("建築", Box(74, 212, 61, 17), 0.95, 2, 1, 1),
        Word("家", Box(122, 209, 14, 29), 0.93, 2, 1, 1),
    ]
    fields = parse_card(words, "US", "JP")
    assert fields.name is not None and fields.name.full.value == "畑友洋"
    assert fields.title is not None and fields.title.value == "建築家"


def test_a_loanword_in_katakana_is_no_name() -> None:
    # the name of this card was not read; デザイナー (designer) was the largest print left
    words = [
        Word("デザ", Box(1158, 550, 131, 63), 0.97, 2, 1, 2),
        Word("イナ", Box(1299, 553, 119, 60), 0.93, 2, 1, 2),
        Word("ー", Box(1438, 578, 63, 10), 0.92, 2, 1, 2),
        Word("TEL", Box(734, 1178, 90, 48), 0.93, 3, 1, 1),
        Word("03-0000-0000", Box(840, 1178, 300, 48), 0.91, 3, 1, 1),
    ]
    fields = parse_card(words, "US", "JP")
    assert fields.name is None
    assert fields.title is not None and fields.title.value.startswith("デザイナ")


def test_a_farm_is_the_company_and_a_mark_beside_the_name_no_part_of_it() -> None:
    # 山田米農園 (Yamada rice farm) over 山田 太郎, beside whom a logo was read "A*"
    words = [
        Word("山田", Box(39, 44, 249, 47), 0.93, 2, 1, 1),
        Word("米", Box(158, 41, 55, 59), 0.92, 2, 1, 1),
        Word("農", Box(213, 41, 48, 59), 0.89, 2, 1, 1),
        Word("園", Box(260, 41, 30, 59), 0.85, 2, 1, 1),
        Word("A*", Box(41, 174, 32, 16), 0.54, 3, 1, 1),
        Word("山田", Box(94, 168, 70, 30), 0.79, 3, 1, 1),
        Word("太", Box(190, 165, 71, 34), 0.93, 3, 1, 1),
        Word("郎", Box(239, 158, 27, 53), 0.74, 3, 1, 1),
        Word("Taro", Box(114, 210, 44, 13), 0.92, 4, 1, 1),
        Word("Yamada", Box(166, 209, 76, 14), 0.90, 4, 1, 1),
    ]
    fields = parse_card(words, "US", "JP")
    assert fields.name is not None
    assert (fields.name.full.value, fields.name.reading) == ("山田太郎", "Taro Yamada")
    assert fields.company is not None and fields.company.value == "山田米農園"


def test_pieces_of_one_printed_line_are_joined() -> None:
    # 中村 裕 with a speck after 中村, Yu Nakamura set close under it, and the company
    # 株式会社フォノグラム read in two pieces, the second of which was taken for the name
    words = [
        Word("中", Box(438, 90, 31, 37), 0.93, 2, 2, 1),
        Word("村", Box(487, 90, 36, 49), 0.93, 2, 2, 1),
        Word(".", Box(525, 132, 17, 7), 0.45, 2, 2, 1),
        Word("裕", Box(567, 90, 36, 49), 0.45, 2, 2, 1),
        Word("Yu", Box(485, 133, 20, 14), 0.92, 2, 3, 1),
        Word("Nakamura", Box(517, 132, 85, 15), 0.92, 2, 3, 1),
        Word("株", Box(348, 208, 22, 22), 0.93, 2, 4, 1),
        Word("式", Box(378, 208, 34, 22), 0.93, 2, 4, 1),
        Word("会", Box(416, 208, 22, 22), 0.93, 2, 4, 1),
        Word("社", Box(446, 209, 21, 24), 0.67, 2, 4, 1),
        Word("フォ", Box(472, 207, 47, 27), 0.92, 2, 4, 1),
        Word("ノ", Box(521, 205, 12, 29), 0.92, 2, 4, 1),
        Word("グ", Box(544, 204, 5, 6), 0.93, 2, 4, 1),
        Word("ラ", Box(555, 208, 19, 26), 0.92, 2, 4, 1),
        Word("ム", Box(577, 207, 26, 26), 0.93, 2, 4, 1),
    ]
    fields = parse_card(words, "US", "JP")
    assert fields.name is not None
    assert (fields.name.full.value, fields.name.reading) == ("中村裕", "Yu Nakamura")
    assert fields.company is not None and fields.company.value == "株式会社フォノグラム"


def test_the_kana_reading_in_brackets_after_a_name_is_no_part_of_it() -> None:
    # 張 文政 (チョウ ブンセイ) over the lab 人間親和型・計測制御研究室, which OCR read in
    # two pieces, the first of them as large as the name
    words = [
        Word("張", Box(755, 819, 113, 110), 0.79, 3, 1, 1),
        Word("文政", Box(1005, 819, 242, 110), 0.95, 3, 1, 1),
        Word("(チョ", Box(1320, 865, 210, 62), 0.93, 3, 1, 1),
        Word("ウ", Box(1489, 851, 52, 99), 0.93, 3, 1, 1),
        Word("ブン", Box(1623, 868, 108, 53), 0.95, 3, 1, 1),
        Word("セイ", Box(1751, 871, 96, 56), 0.91, 3, 1, 1),
        Word(")", Box(1885, 868, 18, 61), 0.93, 3, 1, 1),
        Word("人", Box(125, 1174, 73, 70), 0.86, 4, 1, 2),
        Word("間", Box(210, 1171, 312, 73), 0.91, 4, 1, 2),
        Word("親", Box(300, 1157, 85, 119), 0.87, 4, 1, 2),
        Word("和", Box(382, 1171, 102, 73), 0.93, 4, 1, 2),
        Word("型", Box(557, 1200, 14, 15), 0.88, 4, 1, 2),
        Word("・", Box(571, 1157, 53, 119), 0.93, 4, 1, 2),
        Word("計", Box(621, 1171, 81, 73), 0.93, 4, 1, 2),
        Word("測", Box(705, 1171, 96, 73), 0.92, 4, 1, 2),
        Word("制", Box(816, 1171, 23, 73), 0.91, 4, 1, 2),
        Word("御", Box(880, 1171, 41, 73), 0.93, 4, 1, 2),
        Word("研究", Box(967, 1168, 231, 76), 0.93, 4, 1, 2),
        Word("室", Box(1148, 1157, 61, 119), 0.81, 4, 1, 2),
    ]
    fields = parse_card(words, "US", "JP")
    assert fields.name is not None and fields.name.full.value == "張文政"


def test_a_brand_or_a_firm_in_latin_letters_near_the_name_is_not_its_reading() -> None:
    # W TOYOTA over 陳志均 (a logo and the brand), Un rideau (the firm) under 今森靖子
    toyota = [
        Word("W", Box(80, 82, 50, 36), 0.64, 1, 1, 1),
        Word("TOYOTA", Box(142, 87, 150, 29), 0.95, 1, 1, 1),
        Word("陳", Box(84, 178, 31, 32), 0.90, 2, 1, 1),
        Word("志", Box(124, 178, 31, 32), 0.91, 2, 1, 1),
        Word("均", Box(164, 179, 32, 33), 0.85, 2, 1, 1),
    ]
    rideau = [
        Word("今", Box(297, 91, 74, 31), 0.91, 5, 1, 1),
        Word("森", Box(351, 77, 26, 61), 0.91, 5, 1, 1),
        Word("靖子", Box(395, 91, 75, 33), 0.74, 5, 1, 1),
        Word("Un", Box(300, 160, 44, 23), 0.97, 3, 1, 1),
        Word("rideau", Box(354, 160, 98, 22), 0.97, 3, 1, 1),
    ]
    for words, region, name in ((toyota, "TW", "陳志均"), (rideau, "JP", "今森靖子")):
        fields = parse_card(words, "US", region)
        assert fields.name is not None
        assert (fields.name.full.value, fields.name.reading) == (name, "")


def test_an_unsure_reading_of_a_picture_is_no_name() -> None:
    # a drawing over the name was read ひで, 0.27 sure, and taller than the name 古田 茂
    words = [
        Word("ひで", Box(141, 55, 103, 53), 0.27, 1, 1, 1),
        Word("古田", Box(139, 309, 112, 30), 0.87, 5, 1, 1),
        Word("茂", Box(230, 307, 23, 44), 0.87, 5, 1, 1),
    ]
    fields = parse_card(words, "US", "JP")
    assert fields.name is not None and fields.name.full.value == "古田茂"


def test_of_two_name_shaped_lines_the_one_over_the_romanised_name_is_the_name() -> None:
    # the farm 山田米農園, its last character misread, is printed larger than 山田 太郎
    words = [
        Word("山田", Box(39, 44, 249, 47), 0.93, 2, 1, 1),
        Word("米", Box(158, 41, 55, 59), 0.92, 2, 1, 1),
        Word("農", Box(213, 41, 48, 59), 0.89, 2, 1, 1),
        Word("轅", Box(260, 41, 30, 59), 0.85, 2, 1, 1),
        Word("山田", Box(94, 168, 70, 30), 0.79, 3, 1, 1),
        Word("太", Box(190, 165, 71, 34), 0.93, 3, 1, 1),
        Word("郎", Box(239, 158, 27, 53), 0.74, 3, 1, 1),
        Word("Taro", Box(114, 210, 44, 13), 0.92, 4, 1, 1),
        Word("Yamada", Box(166, 209, 76, 14), 0.90, 4, 1, 1),
    ]
    fields = parse_card(words, "US", "CN")
    assert fields.name is not None
    assert (fields.name.full.value, fields.name.reading) == ("山田太郎", "Taro Yamada")


def test_the_department_over_the_role_is_part_of_the_title() -> None:
    # 営業部 over 部長 (sales department, head of department), as OCR boxed them
    words = [
        Word("営業", Box(212, 38, 54, 16), 0.93, 4, 1, 1),
        Word("部", Box(252, 36, 16, 26), 0.95, 4, 1, 1),
        Word("部", Box(212, 61, 35, 16), 0.93, 4, 1, 2),
        Word("長", Box(236, 59, 13, 26), 0.91, 4, 1, 2),
        Word("竹尾", Box(211, 104, 85, 34), 0.95, 5, 1, 1),
        Word("太郎", Box(325, 104, 84, 34), 0.87, 5, 1, 1),
        Word("株", Box(211, 231, 21, 20), 0.93, 6, 1, 1),
        Word("式", Box(244, 231, 27, 20), 0.93, 6, 1, 1),
        Word("会", Box(281, 231, 14, 20), 0.93, 6, 1, 1),
        Word("社", Box(295, 229, 16, 32), 0.93, 6, 1, 1),
        Word("竹尾", Box(318, 231, 43, 20), 0.92, 6, 1, 1),
    ]
    fields = parse_card(words, "US", "JP")
    assert fields.title is not None and fields.title.value == "営業部部長"
    assert fields.name is not None and fields.name.full.value == "竹尾太郎"


def test_a_university_is_the_company_when_no_line_holds_a_legal_form() -> None:
    words = stacked_words(
        ("法政 大 学 大 学院 理工 学研 究 科", 60), ("博士 後期 課程", 50), ("張 文政", 56)
    )
    fields = parse_card(words, "US", "JP")
    assert fields.company is not None and fields.company.value == "法政大学大学院理工学研究科"
    assert fields.title is not None and fields.title.value == "博士後期課程"


def test_a_bold_name_read_as_one_word_less_surely_is_still_the_name() -> None:
    # 陳怡君 on a generated desk photo, read as one word 0.41 sure: surer than a picture
    words = [
        Word("陳怡君", Box(748, 184, 296, 88), 0.41, 2, 1, 1),
        Word("CHEN", Box(752, 309, 113, 33), 0.93, 3, 1, 1),
        Word("Yi-Chun", Box(880, 308, 156, 34), 0.92, 3, 1, 1),
        Word("技術", Box(803, 391, 91, 46), 0.97, 4, 1, 1),
        Word("處", Box(913, 391, 28, 44), 0.97, 4, 1, 1),
        Word("長", Box(963, 393, 26, 42), 0.96, 4, 1, 1),
    ]
    fields = parse_card(words, "TW", "TW")
    assert fields.name is not None
    assert (fields.name.full.value, fields.name.reading) == ("陳怡君", "Yi-Chun Chen")
    assert fields.title is not None and fields.title.value == "技術處長"


def test_a_given_name_holding_a_prefectures_mark_is_a_name() -> None:
    """道 ends Hokkaidō and begins Michiko: only a prefecture's whole name is no person's."""
    words = stacked_words(
        ("株 式 会 社 さくら 商事", 34), ("山田 道子", 56), ("〒100-6921 東京 都 千代田 区", 25)
    )
    fields = parse_card(words, "US", "JP")
    assert fields.name is not None and fields.name.full.value == "山田道子"

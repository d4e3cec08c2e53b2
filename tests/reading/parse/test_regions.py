"""The phone region of a card without a country: hints propose, valid numbers decide."""

from cardkeeper.gui.contact.form import LOW_CONFIDENCE
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.parse.labels import label_regions
from tests.reading.parse.recorded import line_words


def _phones(*lines: str) -> list[str]:
    return [p.value for p in parse_card(line_words(*lines), "US").phones]


def test_french_numbers_on_a_com_card_are_french() -> None:
    # 0040-scan: street word and legal form hint FR; the numbers are valid only there
    assert _phones(
        "Maison Bellevue SAS",
        "T | 04.50.84.22.29",
        "M | 06.36.23.88.68",
        "jlefevre@maison-bellevue.com",
        "153 allée des Tilleuls",
        "13008 Marseille",
    ) == ["+33450842229", "+33636238868"]


def test_label_language_proposes_the_region() -> None:
    # 0030-turned: nine-digit Spanish numbers are not even possible American ones
    assert _phones("Tfno. 956 24 72 19", "E: javier@consultores.com") == ["+34956247219"]


def test_printed_grouping_breaks_a_tie_between_valid_regions() -> None:
    # 0085-desk: valid in FR, DE and IT; only French prints it in pairs
    assert _phones(
        "Conseil Rivière 34 place Bellecour, 31000 Toulouse",
        "Office. 05-71-37-37-64",
        "gauthier@conseilriviere.com",
    ) == ["+33571373764"]


def test_default_region_keeps_its_valid_numbers() -> None:
    assert _phones("Via Design Inc.", "T (503) 648-3949", "lauren@via-design.com") == [
        "+15036483949"
    ]


def test_address_country_settles_the_region() -> None:
    assert _phones("Tel. 0711 7209284", "Lindenallee 14", "70169 Stuttgart", "Germany") == [
        "+497117209284"
    ]


def test_numbers_the_card_gives_no_country_for_are_kept_as_printed_and_unsure() -> None:
    # Real card (NYJi BC11): Korean numbers, a .com address, nothing else to go by. The
    # Italian plan accepts them all; the old fallback saved them as +39.
    fields = parse_card(
        line_words("M. 010-9890-4800", "T. 02-2039-3145", "sh.kim@xiilab.com"), "US"
    )
    assert [(p.value, p.printed) for p in fields.phones] == [
        ("010-9890-4800", "010-9890-4800"),
        ("02-2039-3145", "02-2039-3145"),
    ]
    assert all(p.confidence < LOW_CONFIDENCE for p in fields.phones)


def test_the_users_region_gives_the_country_the_card_does_not() -> None:
    # seed 14, 0070-turned: a UK card with a .com site and no address; a London number
    # is printed the same way in New Zealand, India, China and Japan
    lines = ("MACLEOD & SONS", "Tel | 020 7946 0958", "gp@macleod-sons.com")
    assert _phones(*lines) == ["020 7946 0958"]
    phones = parse_card(line_words(*lines), "GB").phones
    assert [p.value for p in phones] == ["+442079460958"]


def test_numbers_grouped_as_only_one_country_prints_them_are_from_there() -> None:
    # seed 14, 0070-turned: no address, a .com site; only the UK groups both numbers so
    lines = ("MACLEOD & SONS", "Tel | 0117 932 7274", "M. | 07417 852047", "gp@macleod-sons.com")
    assert _phones(*lines) == ["+441179327274", "+447417852047"]


def test_japanese_numbers_are_japanese_by_their_printed_grouping() -> None:
    # real cards miracle-huang 01, 25, 48: the Japanese text is not read, the site is .com;
    # "0565-21-1970" is grouped so only in Japan, and the postcode is no phone
    fields = parse_card(
        line_words(
            "T470-1217 FARS HTH ARAT3-37",
            "TEL 0565-21-1970 FAX 0565-21-1971",
            "MOBILE 090-1234-5678 E-mail info@you-meishi.com",
        ),
        "US",
    )
    assert [p.value for p in fields.phones] == ["+81565211970", "+81565211971", "+819012345678"]
    assert all(p.confidence < LOW_CONFIDENCE for p in fields.phones)


def test_a_grouping_two_countries_print_gives_no_country() -> None:
    # real card v2_business_card43: "090-1234-5678" is Japanese, or Italian in Italy's groups
    assert _phones("Mobile 090-1234-5678", "info@you-meishi.com") == ["090-1234-5678"]
    # valid only in Italy, which prints it "090 0000 0000": not what the card shows
    assert _phones("090-0000-0000", "tanaka@and-you.com") == ["090-0000-0000"]


def test_a_postcode_beside_numbers_of_no_known_country_is_no_phone() -> None:
    # real card business_card03: "〒134-0081" read as "7134-0081", kept as a phone; the
    # postcode opening the address line is Japanese, and so is the number
    assert _phones("7134-0081 RRANIP)IIKiLBA 0-1-23-1F", "TEL 050-1234-5678") == ["+815012345678"]


def test_a_second_choice_hint_alone_gives_no_country() -> None:
    # real card catkitchen721 test_image9: a Thai mobile became Italian (+390817493509)
    # because five postcode digits hint at Germany, France, Spain or Italy
    assert _phones("081 749 3509", "84310 Suratthani") == ["081 749 3509"]


def test_thai_street_words_hint_at_thailand() -> None:
    # real card catkitchen721 test_image9: "Moo" (village) and "Thanon" (road) are Thai
    lines = ("081 749 3509", "440/13 Moo 1, Hua Thanon", "84310 Suratthani")
    assert _phones(*lines) == ["+66817493509"]


def test_a_domain_names_the_country_of_numbers_ocr_broke() -> None:
    # seed 21, 0031-hard: the numbers are valid only in Germany, which a postcode's five
    # digits hinted at; the .fr address says they are French
    lines = ("Mobile; 07-50-6-97-67", "Tél; 05-05-91-23-05", "jl@cabinet-mercier.fr")
    assert _phones(*lines, "33000 Bordeaux") == ["+33075069767", "+33505912305"]


def test_a_country_named_at_a_line_end_is_a_hint() -> None:
    # real card TZNcse209 selected_115
    assert _phones("Government of Pakistan", "Ph Off: 051-9252887") == ["+92519252887"]


def test_indian_legal_form_and_grouping_make_a_mobile_indian() -> None:
    # real card harsh-impex: valid in both, a US toll-free number by default before
    assert _phones("Mobile : 87772 32837", "ISHAAN PLASTICS PVT. LTD.") == ["+918777232837"]


def test_garbled_numbers_on_a_card_with_a_hint_are_not_moved_to_another_region() -> None:
    # seed 15, 0007-hard: OCR noise that the German plan happens to accept
    assert _phones("Redwood Capital Ltd.", "Pishi 2024 2412", "itob i #44 9 7477 739943") == []


def test_a_korean_domain_makes_the_numbers_korean() -> None:
    # real card BC19 (kpst.co.kr): the numbers were read as American, +10424891722
    assert _phones("T 042-489-1722", "F 042-489-1721", "kwak.daewoen@kpst.co.kr") == [
        "+82424891722",
        "+82424891721",
    ]


def test_a_national_mail_provider_names_the_country() -> None:
    # real card gold.jpeg: only a naver.com address; the numbers became Italian, +3901046009744
    assert _phones("M 010-4600-9744", "T 070-4079-9744", "seojjinu@naver.com") == [
        "+821046009744",
        "+827040799744",
    ]


def test_a_vietnamese_domain_makes_the_numbers_vietnamese() -> None:
    # real card c12 (miraeasset.com.vn): the numbers became Italian, +3902839102222
    assert _phones(
        "Tel: (028) 3910 2222", "Mobile: 0983 900 567", "loan.htt@miraeasset.com.vn"
    ) == [
        "+842839102222",
        "+84983900567",
    ]


def test_a_country_code_printed_on_one_number_places_the_others() -> None:
    # real card TZNcse209 scanner_03: "+91" on the mobile, the office number without it
    assert _phones("Ph: 040-24616002", "Cell: +91 90000 04331", "info@example.com") == [
        "+914024616002",
        "+919000004331",
    ]


def test_a_postcode_without_the_trunk_zero_is_no_japanese_phone() -> None:
    # real cards (miracle-huang 01, 23): "〒470-1217" read as "7470-1217" on a Japanese card
    lines = ("TEL 0565-21-1970", "7470-1217 Toyota-shi, Aichi, Japan")
    assert _phones(*lines) == ["+81565211970"]


def test_a_country_only_the_words_suggest_is_marked_unsure() -> None:
    lines = ("Maison Bellevue SAS", "T | 04.50.84.22.29", "153 allée des Tilleuls")
    [guessed] = parse_card(line_words(*lines, "jl@maison-bellevue.com"), "US").phones
    [known] = parse_card(line_words(*lines, "jl@maison-bellevue.fr"), "US").phones
    assert guessed.value == known.value == "+33450842229"
    assert guessed.confidence < LOW_CONFIDENCE <= known.confidence


def test_an_indian_state_and_its_pin_make_the_card_indian() -> None:
    # real card dixit-holidays: no +91, no .in; the mobile became American and the PIN a phone
    lines = ("@) 9306025870", "sandeep@dixitholidays.com", "Bahadurgarh, Haryana-124507 4")
    assert _phones(*lines) == ["+919306025870"]


def test_an_indian_city_hints_at_india() -> None:
    # real card selected_112: Mumbai in the address, numbers valid in India alone
    lines = ("Bandra (E), Mumbai", "- 400 051.", "C : 8080808599", "Tel. :022 68888 222")
    assert _phones(*lines, "foodbkc@gmail.com") == ["+918080808599", "+912268888222"]


def test_an_australian_business_number_hints_at_australia() -> None:
    # real card test_image7: an ABN and a mobile printed the Australian way
    lines = ("Mobile 0477 019 585", "wayne@gmail.com", "ABN 67 133 152 311")
    assert _phones(*lines) == ["+61477019585"]


def test_a_vietnamese_city_hints_at_vietnam() -> None:
    # real card c3: "Q.10.HCM", district 10 of Ho Chi Minh City
    assert _phones("0356786265", "243/1/4 TÖ HIÉN THÀNH, P.13 .Q.10.HCM") == ["+84356786265"]


def test_a_japanese_postcode_read_with_a_seven_hints_at_japan() -> None:
    # real card v1_aoinomegane: the 〒 of the postcode opening the address read as "7"
    lines = ("7335-0004", "ERAP R3-14-17 1F", "TEL 048-431-3310")
    assert _phones(*lines) == ["+81484313310"]


def test_numbers_most_grouped_as_one_country_prints_them_are_from_there() -> None:
    # real card BC4: the fax lost a dash, so no country groups all three; Korea groups the
    # other two and accepts all three
    lines = ("Tel : 042-612-8643", "Fax : 042-6128599", "Mobile : 010-5493-5938")
    assert _phones(*lines) == ["+82426128643", "+82426128599", "+821054935938"]


def test_two_numbers_in_one_countrys_groups_are_from_there_whatever_the_separators() -> None:
    # seed 21, 0227-saturated: German numbers printed with dashes, a .com domain
    lines = ("M 01517-2525960", "Switchboard 089-606885200", "m.hoffmann@nordlicht.com")
    assert _phones(*lines) == ["+4915172525960", "+4989606885200"]
    # one number alone is not enough
    assert _phones("M 01517-2525960", "m.hoffmann@nordlicht.com") == ["01517-2525960"]


def test_a_domain_overrules_an_address_country_where_no_number_is_valid() -> None:
    # real card BC19: a Korean institute's Hanoi office; the numbers became Vietnamese
    lines = (
        "TEL 042)489-1722 FAX 042)489-1721",
        "kwak@kpst.co.kr",
        "169 Nguyen Ngoc Vu, Cau Giay, Hanoi, Vietnam",
    )
    assert _phones(*lines) == ["+82424891722", "+82424891721"]


def test_a_local_number_takes_the_area_code_of_the_cards_other_number() -> None:
    # real card selected_059: the home number printed without its area code
    lines = ("(209) 251-8611", "5615 Kings Canyon Road", "RES. PH. SANGER 787-2701")
    assert _phones(*lines) == ["+12092518611", "+12097872701"]


def test_a_local_number_takes_the_printed_area_code_of_an_older_plans_number() -> None:
    # real card selected_118: Hyderabad's seven-digit numbers, valid in no plan of today;
    # only the fax prints the area code, 040
    lines = ("Hyderabad - 500 004.", "Tel : 3306806 / 3391083, Fax : 040-3393702")
    assert _phones(*lines) == ["+91403306806", "+91403391083", "+91403393702"]
    # two printed area codes that fit: the card does not say which one
    lines = (*lines, "Res : 080-2345678")
    assert _phones(*lines)[:2] == ["+913306806", "+913391083"]


def test_a_bracketed_country_and_area_code_gives_the_country_and_the_area() -> None:
    # real card selected_073: "(86-10)" is China and Beijing; the numbers below it print
    # neither, and the card no country
    lines = ("Tel : (86-10) 843-7042", "33 Fucheng Road, Beijing", "841-7711 ext 2855")
    assert _phones(*lines) == ["+86108437042", "+86108417711"]


def test_the_mo_label_of_indian_cards_makes_the_mobiles_indian() -> None:
    # real card bhaktipatil23 green-earth-polymers: valid in both, the mobiles became
    # American, +19725873550
    lines = (
        "POLYMERS LLP",
        "Mo. 9725873550 Nani Kadi, Mehsana. 382715",
        "Mo. 9882988398 Q greenearthpolymerslip@gmail.com",
    )
    assert _phones(*lines) == ["+919725873550", "+919882988398"]


def test_mo_for_monday_before_opening_hours_points_nowhere() -> None:
    # "Mo" labels Indian mobiles, but on a German shop's card it is Monday: the hours after
    # it are no phone and say nothing of India
    assert label_regions("Öffnungszeiten: Mo 9-18") == []
    assert label_regions("Mo. 9725873550") == [("IN",)]


def test_the_south_asian_legal_form_names_sri_lanka_as_much_as_india() -> None:
    # real card TZNcse209 selected_065: Jaffna numbers, not valid in India; "(Pvt)" pointed
    # at Sri Lanka only as a second choice, so the numbers were kept without a country
    lines = (
        "Enterprises (Pvt) Ltd.",
        "213, Potpathy Road, 021 7 200 103",
        "Kondavil East, 021 373 405 3",
    )
    assert _phones(*lines) == ["+94217200103", "+94213734053"]


def test_the_cards_script_names_the_country_of_numbers_two_countries_print_alike() -> None:
    # real card v2_business_card07: its Japanese name and address read as garbage; "078 599
    # 9035" is grouped so in Japan and Korea, and nothing Latin on the card says which
    lines = (
        "tel 078 599 9035",
        "fax 078 599 9036",
        "e-mail office@hata-archi.com",
        "651-0082 #FATRRENEPR 1-4",
        "www.hata-archi.com",
    )
    assert _phones(*lines) == ["078 599 9035", "078 599 9036"]
    phones = parse_card(line_words(*lines), "US", "JP").phones
    assert [p.value for p in phones] == ["+81785999035", "+81785999036"]
    assert all(p.confidence < LOW_CONFIDENCE for p in phones)


def test_hangul_on_the_card_makes_a_mobile_korean() -> None:
    # real card NYJi BC1: name and title in Hangul, a Gmail address
    lines = ("loT Strategy Labs", "aas", "AZ A BAA", "M 010 - 4711 - 1434", "E iotslabs@gmail.com")
    assert _phones(*lines) == ["010 - 4711 - 1434"]
    assert [p.value for p in parse_card(line_words(*lines), "US", "KR").phones] == ["+821047111434"]


def test_the_cards_script_gives_no_country_to_numbers_not_valid_there() -> None:
    # real cards v2_business_card28 and catkitchen721 test_image: a sample number no
    # Japanese plan has, a seven-digit local number
    assert [p.value for p in parse_card(line_words("TEL 012-34-5678"), "US", "JP").phones] == [
        "012-34-5678"
    ]
    assert [p.value for p in parse_card(line_words("Tel 843-1213"), "US", "KR").phones] == [
        "843-1213"
    ]


def test_the_cards_script_does_not_overrule_the_address_country() -> None:
    # a German office's card with its Japanese staff's name in kana
    lines = ("Tel. 0711 7209284", "Lindenallee 14", "70169 Stuttgart", "Germany")
    assert [p.value for p in parse_card(line_words(*lines), "US", "JP").phones] == ["+497117209284"]


def test_a_number_valid_nowhere_takes_the_country_of_the_cards_postcode_unsure() -> None:
    # real card miracle-huang v1_daiko-university: a sample number one digit short of a
    # Japanese mobile under "〒673-0037" read as "7673-0037"; it was kept as printed
    fields = parse_card(
        line_words(
            "7673-0037 H$ AA FHAOT A 1-23",
            "TEL 070-123-4567 FAX 070-123-4567",
            "E-mail : hirosetaka@awakestyle.com",
        ),
        "US",
    )
    assert [p.value for p in fields.phones] == ["+81701234567", "+81701234567"]
    assert all(p.confidence < LOW_CONFIDENCE for p in fields.phones)


def test_a_legal_form_names_no_country_for_numbers_valid_nowhere_it_points() -> None:
    # a Korean firm's "Co., Ltd." points to Britain, whose plan finds the Korean mobile
    # possible with its 0; a legal form travels, so the number stays as printed
    fields = parse_card(line_words("Hanil Tech Co., Ltd.", "M. 010 - 4711 - 1434"), "US")
    assert [p.value for p in fields.phones] == ["010 - 4711 - 1434"]

"""E-mails and phones repaired with evidence from the rest of the card and the word boxes."""

from dataclasses import replace

from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word
from tests.reading.parse.recorded import line_words


def _emails(words: list[Word]) -> list[str]:
    return [e.value for e in parse_card(words, "US").emails]


def test_e_label_glued_to_the_address_is_dropped() -> None:
    # 0106-scan: the card prints "e. emily@…"
    words = line_words("Emily Pemberton", "Project Manager", "e. emily@clearview-media.com")
    assert _emails(words) == ["emily@clearview-media.com"]


def test_e_label_dropped_from_a_role_address() -> None:
    assert _emails(line_words("Lucía Ortega", "e. sales@bodegascastano.com")) == [
        "sales@bodegascastano.com"
    ]


def test_initial_of_a_printed_name_stays() -> None:
    words = line_words("Emily Wong", "Senior Consultant", "e. wong@ironbridgesoftware.ca")
    assert _emails(words) == ["e.wong@ironbridgesoftware.ca"]


def test_e_read_in_one_word_with_the_address_stays() -> None:
    assert _emails(line_words("Senior Consultant", "e.wong@ironbridgesoftware.ca")) == [
        "e.wong@ironbridgesoftware.ca"
    ]


def _email_line(first: str, second: str, gap: int) -> list[Word]:
    left = Word(first, Box(1010, 748, 171, 36), 0.83, 2, 1, 2)
    right = Word(second, Box(1181 + gap, 748, 779, 46), 0.83, 2, 1, 2)
    return [left, right]


def test_underscore_lost_between_touching_words() -> None:
    # 0097-desk: "eleanor_pemberton@…" read as two words 2 px apart
    words = _email_line("eleanor", "pemberton@clearviewmedia.com", gap=2)
    assert _emails(words) == ["eleanor_pemberton@clearviewmedia.com"]


def test_word_at_a_normal_space_stays_apart() -> None:
    words = _email_line("contact", "pemberton@clearviewmedia.com", gap=14)
    assert _emails(words) == ["pemberton@clearviewmedia.com"]


def test_initial_misread_as_i_is_an_l_when_the_name_spells_it() -> None:
    # seed 8, 0028-scan: the card of Liam Singh
    words = line_words("LIAM SINGH", "Isingh@cote-associates.com")
    assert _emails(words) == ["lsingh@cote-associates.com"]


def test_given_name_and_family_name_spell_the_local_part() -> None:
    words = line_words("Laura Marino", "1aura.marino@tessutitoscani.com")
    assert _emails(words) == ["laura.marino@tessutitoscani.com"]


def test_initial_i_stays_when_the_name_spells_it() -> None:
    words = line_words("Isabelle Singh", "i.singh@coteandsons.ca")
    assert _emails(words) == ["i.singh@coteandsons.ca"]


def test_initial_stays_without_a_name_to_spell_it() -> None:
    words = line_words("Operations Manager", "isingh@cote-associates.com")
    assert _emails(words) == ["isingh@cote-associates.com"]


def test_email_domain_one_letter_off_the_website_takes_its_spelling() -> None:
    """Seed 12 turned scan 10: ``chloer@esilverline.com`` printed beside www.silverline.com."""
    email, site = line_words("chloer@esilverline.com", "www.silverline.com")
    unsure = Word(email.text, email.box, 0.80, email.block, email.paragraph, email.line)
    fields = parse_card([unsure, site])
    assert [e.value for e in fields.emails] == ["chloer@silverline.com"]
    assert [w.value for w in fields.websites] == ["www.silverline.com"]


def test_email_domain_whose_last_letter_was_lost_takes_the_website_host() -> None:
    # a real photo: "Sales@bnk-kunststoff.com" read as ".co" (0.83) under www.bnk-kunststoff.com
    email, site = line_words("sales@bnk-kunststoff.co", "www.bnk-kunststoff.com")
    unsure = Word(email.text, email.box, 0.80, email.block, email.paragraph, email.line)
    fields = parse_card([unsure, site])
    assert [e.value for e in fields.emails] == ["sales@bnk-kunststoff.com"]


def test_an_address_printed_twice_and_misread_once_is_one_address() -> None:
    # a real scan prints "jmahon@marshall.yk.com" in both columns; one copy read "jmabong@"
    words = line_words("James A.W. Mahon", "jmabong@marshall.yk.com", "jmahon@marshall.yk.com")
    words = _unsure(_unsure(words, "jmabong@marshall.yk.com", 0.35), "jmahon@marshall.yk.com", 0.25)
    assert _emails(words) == ["jmahon@marshall.yk.com"]


def test_a_persons_and_the_firms_addresses_of_one_domain_both_stay() -> None:
    words = line_words("anna.berg@acme.com", "support@acme.com", "sales@acme.com")
    assert _emails(words) == ["anna.berg@acme.com", "support@acme.com", "sales@acme.com"]


def test_a_surer_email_keeps_its_domain_against_a_misread_website() -> None:
    email, site = line_words("anna@ironbridge.com", "www.ironbrldge.com")
    unsure = Word(site.text, site.box, 0.60, site.block, site.paragraph, site.line)
    fields = parse_card([email, unsure])
    assert [e.value for e in fields.emails] == ["anna@ironbridge.com"]


def test_email_domain_unlike_the_website_is_left_alone() -> None:
    fields = parse_card(line_words("anna@gmail.com", "anna@acme.co", "www.acme.com"))
    assert sorted(e.value for e in fields.emails) == ["anna@acme.co", "anna@gmail.com"]


def _unsure(words: list[Word], text: str, confidence: float) -> list[Word]:
    return [
        Word(w.text, w.box, confidence, w.block, w.paragraph, w.line) if w.text == text else w
        for w in words
    ]


def test_a_letter_lost_from_an_unsure_address_is_put_back_from_the_name() -> None:
    # seed 16, 0135-desk: "olivia.ryan@" read "olivia.yan@" at OCR confidence 0.53
    words = line_words("Olivia Ryan", "olivia.yan@lumenhealth.com.au")
    assert _emails(_unsure(words, "olivia.yan@lumenhealth.com.au", 0.53)) == [
        "olivia.ryan@lumenhealth.com.au"
    ]


def test_a_sure_address_unlike_the_name_by_a_letter_stays() -> None:
    words = line_words("John Smith", "jon.smith@acme.com")
    assert _emails(words) == ["jon.smith@acme.com"]


def test_a_three_word_family_name_spells_the_local_part() -> None:
    # seed 8, 0141-desk: "vandenberg" alone is one letter off, but the whole name spells it
    words = line_words("mr. Lotte van den Berg", "l.vandenberg@oranjebouw.com")
    assert _emails(_unsure(words, "l.vandenberg@oranjebouw.com", 0.46)) == [
        "l.vandenberg@oranjebouw.com"
    ]


def test_an_address_whose_dot_and_tld_were_lost_takes_the_website_host() -> None:
    # seed 16, 0053-desk: "jmcallister@harbor.com" read "jmcallister@harborco™"
    words = line_words("Jose McAllister", "jmcallister@harborco™", "http://www.harbor.com")
    assert _emails(words) == ["jmcallister@harbor.com"]


def test_underscore_lost_behind_an_e_label() -> None:
    # seed 16, 0058-turned: "e. elodie_mercier@…" read as "e." "elodie" "mercier@…"
    label = Word("e.", Box(940, 755, 30, 30), 0.96, 2, 1, 2)
    words = [label, *_email_line("elodie", "mercier@groupehorizon.com", gap=2)]
    assert _emails(words) == ["elodie_mercier@groupehorizon.com"]


def test_e_mail_label_whose_colon_was_read_as_a_dot_is_dropped() -> None:
    # real cards: k3srpn gold.jpeg and dthphuong c6.png read "E-mail.seojjinu@naver.com"
    words = line_words("Mobile 010-4600-9744", "E-mail.seojjinu@naver.com")
    assert _emails(words) == ["seojjinu@naver.com"]
    assert _emails(line_words("email.andrei8401@hotmail.com")) == ["andrei8401@hotmail.com"]


def _sites(words: list[Word]) -> list[str]:
    return [w.value for w in parse_card(words, "US").websites]


def test_website_one_letter_off_a_surer_email_domain_takes_its_spelling() -> None:
    # real cards: "prolndia.net" beside trina.mondal@proindia.net, "www.eelitetestandtag.com.au"
    words = line_words("trina.mondal@proindia.net", "prolndia.net")
    assert _sites(_unsure(words, "prolndia.net", 0.7)) == ["proindia.net"]
    words = line_words("tim@elitetestandtag.com.au", "www.eelitetestandtag.com.au")
    assert _sites(_unsure(words, "www.eelitetestandtag.com.au", 0.5)) == [
        "www.elitetestandtag.com.au"
    ]


def test_a_surer_website_keeps_its_host_against_a_misread_email() -> None:
    words = line_words("anna@ironbrldge.com", "www.ironbridge.com")
    assert _sites(_unsure(words, "anna@ironbrldge.com", 0.5)) == ["www.ironbridge.com"]


def test_hyphen_read_for_the_dot_of_a_second_level_domain_in_an_address() -> None:
    # real card: "ksraju@hyderabad.bits-pilani-ac.in" beside universe.bits-pilani.ac.in
    words = line_words("ksraju@hyderabad.bits-pilani-ac.in", "universe.bits-pilani.ac.in/hyderabad")
    words = _unsure(words, "ksraju@hyderabad.bits-pilani-ac.in", 0.3)
    assert _emails(words) == ["ksraju@hyderabad.bits-pilani.ac.in"]


def test_a_hyphen_of_a_subdomain_stays() -> None:
    words = line_words("anna@mail-acme.com", "www.acme.com")
    assert _emails(_unsure(words, "anna@mail-acme.com", 0.3)) == ["anna@mail-acme.com"]


def test_a_bare_host_behind_a_mail_label_is_no_website() -> None:
    # real card: "mail:samplenam.com www.samplecompany.com", the address's @ lost
    assert _sites(line_words("mail:samplenam.com www.samplecompany.com")) == [
        "www.samplecompany.com"
    ]


def test_an_unsure_name_does_not_repair_an_address() -> None:
    # real card: the name read "jJoong-Gyum Kim" (0.37), the address "joong-gyum.kim@" (0.39)
    words = line_words("jJoong-Gyum Kim", "joong-gyum.kim@daimler.com")
    words = _unsure(_unsure(words, "jJoong-Gyum", 0.37), "joong-gyum.kim@daimler.com", 0.39)
    assert _emails(words) == ["joong-gyum.kim@daimler.com"]


def test_a_name_alone_on_its_line_repairs_a_changed_letter() -> None:
    # real card: "Youmans" on its own line, the address read "ypumans@" (0.48)
    words = line_words("Youmans", "Founder / CEO", "ypumans@elecfreaks.com")
    assert _emails(_unsure(words, "ypumans@elecfreaks.com", 0.48)) == ["youmans@elecfreaks.com"]


def test_a_family_name_alone_on_its_line_does_not_drop_an_initial() -> None:
    words = line_words("Liam", "Singh", "lsingh@cote-associates.com")
    assert _emails(_unsure(words, "lsingh@cote-associates.com", 0.4)) == [
        "lsingh@cote-associates.com"
    ]


def test_initial_of_the_second_printed_word_before_the_first_spells_the_address() -> None:
    # real card: "Pr. AYINA OHANDJA Louis-Max", a family name printed first, "oayina@"
    words = line_words("Pr. AYINA OHANDJA Louis-Max", "oayina@polytech.uninet.cm")
    assert _emails(_unsure(words, "oayina@polytech.uninet.cm", 0.52)) == [
        "oayina@polytech.uninet.cm"
    ]


def test_a_letter_added_at_the_end_of_an_unsure_local_part_is_dropped() -> None:
    # real card selected_126: "oayina@" read "oayina2@" at OCR confidence 0.0; the repair
    # crashed when the extra letter was the local part's last
    words = line_words("Pr. AYINA OHANDJA Louis-Max", "oayina2@polytech.uninet.cm")
    assert _emails(_unsure(words, "oayina2@polytech.uninet.cm", 0.0)) == [
        "oayina@polytech.uninet.cm"
    ]


def test_apostrophe_between_two_printed_name_words_is_a_dot() -> None:
    # real card: "wayne.wheatley59@" read "wayne'wheatley59@" under "Wayne Wheatley"
    words = line_words("Wayne Wheatley", "wayne'wheatley59@gmail.com")
    assert _emails(words) == ["wayne.wheatley59@gmail.com"]


def test_apostrophe_of_a_printed_name_stays() -> None:
    words = line_words("Sean O'Brien", "sean.o'brien@acme.ie")
    assert _emails(words) == ["sean.o'brien@acme.ie"]


def _url_over(below: str, left: int) -> list[Word]:
    label = Word("URL:", Box(89, 429, 74, 25), 0.92, 1, 1, 1)
    url = Word("universe.bits-pilani.ac.in/hyderabad", Box(200, 426, 524, 32), 0.84, 1, 1, 1)
    return [label, url, Word(below, Box(left, 460, 192, 32), 0.91, 1, 1, 2)]


def test_a_url_path_wrapped_onto_the_line_below_is_joined() -> None:
    # real card: "universe.bits-pilani.ac.in/hyderabad" over "ksraju/Profile", left-aligned
    assert _sites(_url_over("ksraju/Profile", left=201)) == [
        "universe.bits-pilani.ac.in/hyderabadksraju/profile"
    ]


def test_a_word_below_a_url_elsewhere_on_the_line_is_no_path() -> None:
    assert _sites(_url_over("ksraju/Profile", left=500)) == ["universe.bits-pilani.ac.in/hyderabad"]
    assert _sites(_url_over("Hyderabad", left=201)) == ["universe.bits-pilani.ac.in/hyderabad"]


def test_an_l_read_as_i_is_put_back_where_the_company_lines_spell_it() -> None:
    # real card: "GREEN EARTH" over "POLYMERS LLP", the address read "greenearthpolymerslip@"
    words = line_words("GREEN EARTH", "POLYMERS LLP", "greenearthpolymerslip@gmail.com")
    assert _emails(words) == ["greenearthpolymersllp@gmail.com"]


def test_a_local_part_printed_as_read_keeps_its_strokes() -> None:
    words = line_words("Bill Lim", "billi@acme.com", "BILLI STUDIO")
    assert _emails(words) == ["billi@acme.com"]


def test_dot_lost_between_a_printed_given_and_family_name() -> None:
    # seed 131, 0205-paper: "harry.jones@…" read as two words at a word's space
    words = line_words("Harry Jones", "harry jones@oakhurst.co.uk")
    assert _emails(words) == ["harry.jones@oakhurst.co.uk"]


def test_word_at_a_space_that_spells_no_printed_name_stays_apart() -> None:
    words = line_words("Harry Jones", "mail jones@oakhurst.co.uk")
    assert _emails(words) == ["jones@oakhurst.co.uk"]


def test_a_letter_lost_from_an_unsure_domain_is_put_back_from_the_firms_name() -> None:
    # seed 131, 0235-paper: "@brightwater-labs.com" read "@brightwater-abs.com", unsure
    words = line_words("BRIGHTWATER LABS LTD.", "Isabelle Roy", "isabelle@brightwater-abs.com")
    assert _emails(_unsure(words, "isabelle@brightwater-abs.com", 0.35)) == [
        "isabelle@brightwater-labs.com"
    ]


def test_a_sure_domain_one_letter_off_the_firms_name_stays() -> None:
    words = line_words("BRIGHTWATER LABS LTD.", "Isabelle Roy", "isabelle@brightwater-abs.com")
    assert _emails(words) == ["isabelle@brightwater-abs.com"]


def test_an_unsure_domain_the_website_spells_stays_against_a_misread_logo() -> None:
    words = line_words("ELEGFREAKS", "ypumans@elecfreaks.com", "www.elecfreaks.com")
    assert _emails(_unsure(words, "ypumans@elecfreaks.com", 0.47)) == ["ypumans@elecfreaks.com"]


def _phones(words: list[Word]) -> list[str]:
    return [p.value for p in parse_card(words, "US").phones]


def _confident(words: list[Word], text: str, confidence: float) -> list[Word]:
    return [replace(w, confidence=confidence) if w.text == text else w for w in words]


def test_a_placeholder_number_of_zeros_is_no_phone() -> None:
    # real card miracle-huang v2_business_card16: a sample card's blank mobile was kept,
    # +810000000000
    words = line_words(
        "TEL: 047-316-1851", "FAX: 047-316-1853", "Mobile: 000-0000-0000", "unrideau.co.jp"
    )
    assert _phones(words) == ["+81473161851", "+81473161853"]


def test_a_copy_with_a_digit_added_and_read_unsure_is_dropped() -> None:
    # real card miracle-huang v2_business_card32: the mobile icon before the second copy of
    # the number read into it, "011-2345-6789", the word at confidence 0
    words = line_words(
        "@ 01-2345-6789", "@ 011-2345-6789", "hello@subarashiisaito.co.jp", "7123-4567"
    )
    words = _confident(words, "011-2345-6789", 0.0)
    assert _phones(words) == ["+81123456789"]
    # both read well, both stay: a card may print a number a digit shorter (v1_saigo)
    both = line_words("TEL 0565-21-1970 FAX 0565-21-197", "info@you-meshi.jp")
    assert _phones(both) == ["+81565211970", "+8156521197"]


def test_a_misread_copy_on_a_card_printed_twice_is_dropped() -> None:
    # real card catkitchen721 test_image2: two columns of the same contacts; one copy of
    # 867 873 4969 read as 867 873 1949
    words = line_words(
        "Tel: 867 873 1949",
        "Tel: 867 8734969",
        "Fax: 867 873 6567",
        "Fax: 867 873 6567",
        "jmahon@marshall.yk.com",
    )
    words = _confident(words, "1949", 0.74)
    words = _confident(words, "8734969", 0.82)
    assert _phones(words) == ["+18678734969", "+18678736567"]
    # not printed twice over: two numbers a digit apart are two lines of a firm
    words = [w for w in words if w.box.top != 3 * 60]
    assert _phones(words) == ["+18678731949", "+18678734969", "+18678736567"]


def test_a_digit_added_to_the_country_code_the_card_prints_is_dropped() -> None:
    # real card TZNcse209 selected_243: "+91" read as "+941"; only 3915524 was found and
    # took the country code, +913915524
    words = line_words(
        "Hyderabad-500034, TS, India",
        "Phone : +941 891 3915524",
        "P: +91-40-39144444",
    )
    assert _phones(words) == ["+918913915524", "+914039144444"]

from cardkeeper.reading.parse.cleanup import clean_line, split_segments
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.words import group_lines
from tests.reading.parse.recorded import line_words


def _clean(text: str) -> MappedText:
    return clean_line(MappedText.from_line(group_lines(line_words(text))[0]))


def test_spaces_around_at_and_dots_are_closed() -> None:
    assert _clean("anna.mueller @ example . de").text == "anna.mueller@example.de"


def test_at_and_dot_spelled_out() -> None:
    assert _clean("anna (at) example (dot) com").text == "anna@example.com"
    assert _clean("anna [at] example [dot] com").text == "anna@example.com"


def test_comma_read_for_a_dot_in_a_domain() -> None:
    assert _clean("www,example.com").text == "www.example.com"
    assert _clean("anna@example,de").text == "anna@example.de"


def test_leading_icons_and_trailing_junk_go() -> None:
    assert _clean("• +49 30 123456").text == "+49 30 123456"
    assert _clean("| ✉ anna@example.com ;").text == "anna@example.com"


def test_cleaned_text_still_names_its_words() -> None:
    text = _clean("anna.mueller @ example . de")
    assert text.indexes() == (0, 1, 2, 3, 4)


def test_separators_split_segments_but_not_phone_dashes() -> None:
    parts = split_segments(_clean("Anna Müller | Head of Sales"))
    assert [p.text for p in parts] == ["Anna Müller", "Head of Sales"]
    assert [p.text for p in split_segments(_clean("Tom Becker - CEO"))] == ["Tom Becker", "CEO"]
    assert _clean("+1 512 - 555 - 0100").text == "+1 512 - 555 - 0100"


def test_damaged_www_and_scheme_are_repaired() -> None:
    assert _clean("ww.grupomeridiano.es").text == "www.grupomeridiano.es"
    assert _clean("ww .atelierlumiere.com").text == "www.atelierlumiere.com"
    assert _clean("wwvw.linkedin.com/in/matteo-conti").text == "www.linkedin.com/in/matteo-conti"
    assert _clean("nttps://alpenblick.de").text == "https://alpenblick.de"
    assert _clean("Inc. http/www ironbridgesoftware com").text == (
        "Inc. http://www.ironbridgesoftware.com"
    )
    assert _clean("Contact: vw.de").text == "Contact: vw.de"
    # seed 14: a ``y`` read into the ``www``, and the dot after ``www`` lost
    assert _clean("wwyw.deltainstallaties.nl").text == "www.deltainstallaties.nl"
    assert _clean("wwwnguyenassociates.com").text == "www.nguyenassociates.com"
    assert _clean("https://wwwlinkedin.com/in/a").text == "https://www.linkedin.com/in/a"
    assert _clean("info@wwwf.com").text == "info@wwwf.com"


def test_label_before_www_is_not_joined_to_it() -> None:
    assert _clean("w. www.officinelombarde.it").text == "w. www.officinelombarde.it"


def test_digits_in_a_top_level_domain() -> None:
    assert _clean("https://deltainstallaties.n1").text == "https://deltainstallaties.nl"
    assert _clean("www.example.c0m").text == "www.example.com"
    assert _clean("www.example.com v2.10").text == "www.example.com v2.10"


def test_noise_glued_to_the_at_sign_goes() -> None:
    assert _clean("zoesĝ@ironbridge.com.au").text == "zoes@ironbridge.com.au"


def test_stroke_before_the_dot_of_an_initial_is_an_l() -> None:
    assert _clean("|.marino@tessutitoscani.com").text == "l.marino@tessutitoscani.com"
    assert _clean("E: |.marino@tessutitoscani.com").text == "E: l.marino@tessutitoscani.com"


def test_icon_apart_from_the_address_is_still_dropped() -> None:
    assert _clean("| marino@tessutitoscani.com").text == "marino@tessutitoscani.com"


def test_backslash_beside_a_dot_of_the_local_part_is_dropped() -> None:
    # seed 8, 0084-scan
    assert _clean("l\\.gomez@soluciones-iberia.es").text == "l.gomez@soluciones-iberia.es"


def test_colon_read_for_the_dot_before_a_top_level_domain() -> None:
    # real cards: "www.robocity.co:kr/ecatalog", "sandeep.dixit@dixittours:com"
    assert _clean("www.robocity.co:kr/ecatalog").text == "www.robocity.co.kr/ecatalog"
    assert _clean("sandeep.dixit@dixittours:com").text == "sandeep.dixit@dixittours.com"
    assert _clean("Web:www.example.com Tel:030 1234").text == "Web:www.example.com Tel:030 1234"


def test_bracket_glued_to_the_at_sign_goes() -> None:
    assert _clean("oayina(@yahoo.fr").text == "oayina@yahoo.fr"
    assert _clean("Tel (030) 1234").text == "Tel (030) 1234"


def test_country_code_of_a_second_level_domain_read_apart() -> None:
    # seed 131, 0234-photo_backed: "office@harbor.com.au" read "office@harbor.com au"
    assert _clean("office@harbor.com au").text == "office@harbor.com.au"
    assert _clean("www.harbor.com au").text == "www.harbor.com.au"


def test_a_word_or_country_after_an_address_stays_apart() -> None:
    assert _clean("office@harbor.com UK").text == "office@harbor.com UK"
    assert _clean("office@harbor.com or call").text == "office@harbor.com or call"
    assert _clean("office@harbor.de au").text == "office@harbor.de au"


def test_an_at_read_as_an_accented_letter_is_put_back() -> None:
    # real card v2_business_card40: "you@youkogei.com" read "youĝyoukogei. com"
    assert _clean("youĝyoukogei. com").text == "you@youkogei.com"


def test_an_accented_letter_in_a_host_or_a_word_stays() -> None:
    assert _clean("www.citroën.com").text == "www.citroën.com"
    assert _clean("Müller.de").text == "Müller.de"
    assert _clean("José Martínez").text == "José Martínez"
    assert _clean("oviirow®jiran.com").text == "oviirow®jiran.com"


def test_dashes_glued_to_a_www_host_go() -> None:
    # real card selected_162: "--WwW.swinburne.edu.au"
    assert _clean("ENEs with d --WwW.swinburne.edu.au").text == "ENEs with d WwW.swinburne.edu.au"


def test_underscore_read_apart_from_its_local_part_is_joined() -> None:
    # seed 139, 0141-desk: "marieke_dejong@" read as two words "marieke _dejong@"
    assert _clean("marieke _dejong@polderlogistiek.nl").text == "marieke_dejong@polderlogistiek.nl"
    assert _clean("Tel 030 _ 1234").text == "Tel 030 _ 1234"


def test_dot_read_beside_an_underscore_of_a_local_part_goes() -> None:
    # seed 139, 0205-paper: "siobhan_fitzgerald@" read "siobhan._fitzgerald@"
    assert _clean("siobhan._fitzgerald@clearviewmedia.com").text == (
        "siobhan_fitzgerald@clearviewmedia.com"
    )
    assert _clean("anna.b@example.com").text == "anna.b@example.com"


def test_space_read_into_a_scheme_is_closed() -> None:
    # seed 139, 0083-desk: "https://rheinwerk-technik.com" read "https //rheinwerk-technik. com"
    assert _clean("https //rheinwerk-technik. com").text == "https://rheinwerk-technik.com"
    assert _clean("http:/ /example.com").text == "http://example.com"


def test_accented_letter_inside_a_local_part_loses_its_accent() -> None:
    # seed 139, 0216-photo_backed: "lachlan_kelly@" read "laĉhlan_kelly@"
    assert _clean("laĉhlan_kelly@oakhurst.com.au").text == "lachlan_kelly@oakhurst.com.au"
    assert _clean("Andrés López").text == "Andrés López"


def test_colon_of_a_scheme_read_as_y_is_repaired() -> None:
    # seed 131, 0257-portrait: "https://tessutitoscani.it" read "httpsy/tessutitoscani.it"
    assert _clean("httpsy/tessutitoscani.it").text == "https://tessutitoscani.it"


def test_a_t_of_the_scheme_read_as_i_is_repaired() -> None:
    # real bhaktipatil23 ars-consulting: "http://arsconsultant.top" read "htip:/ /arsconsultant.top"
    assert _clean("htip:/ /arsconsultant.top").text == "http://arsconsultant.top"
    assert _clean("hitps://example.com").text == "https://example.com"
    assert _clean("Ship: / tomorrow").text == "Ship: / tomorrow"

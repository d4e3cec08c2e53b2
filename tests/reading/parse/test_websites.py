from cardkeeper.reading.parse.websites import find_socials, find_websites


def _sites(text: str) -> list[str]:
    return [found.value for found in find_websites(text)]


def test_www_and_bare_domains_are_websites() -> None:
    assert _sites("www.Example.de") == ["www.example.de"]
    assert _sites("harbourfinch.co.uk") == ["harbourfinch.co.uk"]
    assert _sites("https://example.com/team/") == ["https://example.com/team"]


def test_email_domain_and_abbreviations_are_no_websites() -> None:
    assert _sites("anna@example.com") == []
    assert _sites("Dr.Anna S.A. St.Louis") == []


def test_linkedin_and_handles_are_socials_not_websites() -> None:
    text = "linkedin.com/in/annam @annam"
    assert _sites(text) == []
    assert [s.value for s in find_socials(text)] == ["linkedin.com/in/annam", "@annam"]


def test_email_is_no_handle() -> None:
    assert find_socials("anna@example.com") == []


def test_a_dot_lost_in_a_country_domain_is_put_back() -> None:
    # real cards NYJi BC3 and BC10: "www.dot.govin", "www.krinfra.cokr"
    assert _sites("www.dot.govin") == ["www.dot.gov.in"]
    assert _sites("krinfra.cokr/about") == ["krinfra.co.kr/about"]
    assert _sites("www.coin.com") == ["www.coin.com"]


def test_address_abbreviations_before_a_number_are_no_websites() -> None:
    # real cards: "St.No.5, Hyderguda" and "8-2-350/5/B-22, Rd.No.3" read as sites st.no, rd.no
    assert _sites("St.No.5, Hyderguda, Hyderabad-500029") == []
    assert _sites("8-2-350/5/B-22, Rd.No.3") == []
    assert _sites("www.cambridgeindia.org.") == ["www.cambridgeindia.org"]


def test_a_host_behind_a_word_and_a_slash_is_a_path_piece() -> None:
    assert _sites("rces com/ucard.co") == []
    assert _sites("http: //unrideau.co.jp") == ["unrideau.co.jp"]


def test_www_before_a_word_without_a_dot_is_no_website() -> None:
    assert _sites("www.Aoa") == []
    assert _sites("www.aoa.com") == ["www.aoa.com"]


def test_a_network_host_misread_by_a_letter_is_a_social() -> None:
    # seed 139, 0223-paper and 0193-paper: "linkedin.com/in/…" read "inkedin", "jinkedin"
    for text in ("inkedin.com/in/rhys-smith", "jinkedin.com/in/margaux-moreau"):
        assert _sites(text) == []
        assert [s.value for s in find_socials(text)] == [text]


def test_a_short_host_one_letter_off_a_network_stays_a_website() -> None:
    assert _sites("xing.de") == ["xing.de"]
    assert _sites("www.kings.com") == ["www.kings.com"]


def test_a_network_host_glued_to_its_path_is_a_social() -> None:
    # seed 131, 0019-hard: "www.linkedin.com/in/noah-singh" read "www. linkedin.comAn/noah-singh"
    assert _sites("www.linkedin.comAn/noah-singh") == []


def test_a_second_level_country_domain_alone_is_no_website() -> None:
    # seed 131, 0043-hard: "afitzgerald@granite.co.uk" read "afitzgeraid@granite co.uk"
    assert _sites("afitzgeraid@granite co.uk") == []
    assert _sites("www.co-op.co.uk") == ["www.co-op.co.uk"]

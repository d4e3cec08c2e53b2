from cardkeeper.reading.parse.emails import find_emails


def test_email_is_found_and_lower_cased() -> None:
    [email] = find_emails("E: Anna.Mueller@Example.DE")
    assert email.value == "anna.mueller@example.de"
    assert email.evidence > 0.9


def test_two_emails_on_one_line() -> None:
    assert [e.value for e in find_emails("a@x.com | b@y.co.uk")] == ["a@x.com", "b@y.co.uk"]


def test_unknown_top_level_domain_lowers_evidence() -> None:
    [email] = find_emails("anna@example.dc")
    assert email.evidence < 0.7


def test_handle_is_no_email() -> None:
    assert find_emails("@annamueller") == []


def test_a_dot_lost_in_a_country_domain_is_put_back_in_an_address() -> None:
    assert [f.value for f in find_emails("jysuh@krinfra.cokr")] == ["jysuh@krinfra.co.kr"]


def test_every_dot_lost_in_a_second_level_country_domain_is_put_back() -> None:
    # real cards BC15 ("sjchang92@kerisorkr") and BC3 ("pushpendraks.its@govin")
    assert [f.value for f in find_emails("E-mail. sjchang92@kerisorkr")] == [
        "sjchang92@keris.or.kr"
    ]
    assert [f.value for f in find_emails("a-dot@gov.in, pushpendraks.its@govin Web")] == [
        "a-dot@gov.in",
        "pushpendraks.its@gov.in",
    ]


def test_an_address_with_a_dotless_domain_is_unsure() -> None:
    [email] = find_emails("sjchang92@kerisorkr")
    assert email.evidence < 0.7


def test_a_dotless_domain_of_a_country_without_second_levels_is_no_address() -> None:
    assert find_emails("scan@qrcode") == []


def test_an_address_masked_with_asterisks_is_none() -> None:
    # real card v2_business_card33 prints "you***********@and-you.jp", read
    # "you*žž*kkkkkkkkx@and-you.jp": the letters after the stars are no address
    assert find_emails("E-mail you*žž*kkkkkkkkx@and-you.jp") == []
    assert find_emails("j***n@gmail.com") == []


def test_an_icon_read_as_a_star_before_an_address_is_no_mask() -> None:
    assert [f.value for f in find_emails("*jo@acme.com")] == ["jo@acme.com"]
    assert [f.value for f in find_emails("Email:*jo@acme.com")] == ["jo@acme.com"]

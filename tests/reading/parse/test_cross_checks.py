"""Contact values repaired from what the rest of the card prints (``parse.cross_checks``)."""

from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Word
from tests.reading.parse.recorded import line_words


def _unsure(words: list[Word], text: str, confidence: float) -> list[Word]:
    return [
        Word(w.text, w.box, confidence, w.block, w.paragraph, w.line) if w.text == text else w
        for w in words
    ]


def _emails(words: list[Word]) -> list[str]:
    return [e.value for e in parse_card(words, "US").emails]


def test_an_email_tld_no_one_registers_takes_the_websites() -> None:
    # seed 139, 0005-desk: "romano@tessutitoscani.com" read ".con" beside the printed website
    words = line_words("Email: romano@tessutitoscani.con", "www. tessutitoscani.com")
    assert _emails(words) == ["romano@tessutitoscani.com"]


def test_a_known_tld_one_letter_off_the_websites_stays() -> None:
    words = line_words("Email: romano@tessutitoscani.co", "www.tessutitoscani.cz")
    assert _emails(words) == ["romano@tessutitoscani.co"]


def test_a_letter_read_twice_at_an_unsure_initial_goes() -> None:
    # seed 139, 0017-desk: "l.johnson@" read "lL.johnson@" (0.27) under "Lauren E. Johnson";
    # dropping a letter spells "ljohnson", changing one "lejohnson": the doubled letter goes
    words = line_words("Lauren E. Johnson", "T 404.870.4991", "lL.johnson@ironbridge.com")
    assert _emails(_unsure(words, "lL.johnson@ironbridge.com", 0.27)) == [
        "l.johnson@ironbridge.com"
    ]


def test_a_letter_added_inside_a_printed_family_name_goes() -> None:
    # seed 139, 0083-desk: "mueller@" read "muellier@" (0.41) under "Maximilian Müller"
    words = line_words("Maximilian Müller", "Vertriebsleiter", "muellier@rheinwerk-technik.com")
    assert _emails(_unsure(words, "muellier@rheinwerk-technik.com", 0.41)) == [
        "mueller@rheinwerk-technik.com"
    ]


def test_an_initial_before_a_printed_family_name_stays() -> None:
    words = line_words("Maximilian Müller", "Vertriebsleiter", "mmueller@rheinwerk-technik.com")
    assert _emails(_unsure(words, "mmueller@rheinwerk-technik.com", 0.41)) == [
        "mmueller@rheinwerk-technik.com"
    ]


def test_an_address_whose_long_domain_lost_its_dot_and_two_letters_takes_the_website() -> None:
    # real card NYJi BC18: "makinok@nttdata-strategy.com" read "makinok@ntidate-strategy cory"
    # under "www. nttdata-strategy com"
    words = line_words("Email: makinok@ntidate-strategy cory", "www. nttdata-strategy com")
    assert _emails(words) == ["makinok@nttdata-strategy.com"]


def test_an_address_of_another_short_domain_is_not_the_websites() -> None:
    words = line_words("Email: anna@nordwind cory", "www.nordland.com")
    assert _emails(words) == []


def test_an_address_that_lost_its_country_code_takes_the_websites() -> None:
    # seed 139, 0216-photo_backed: "lachlan_kelly@oakhurst.com.au" read
    # "laĉhlan_kelly@oakhurst.com-ati" above "w. https://oakhurst.com.au"
    words = line_words(
        "Mr Lachlan Kelly", "laĉhlan_kelly@oakhurst.com-ati", "https://oakhurst.com.au"
    )
    words = _unsure(words, "laĉhlan_kelly@oakhurst.com-ati", 0.33)
    assert _emails(words) == ["lachlan_kelly@oakhurst.com.au"]


def test_an_address_of_a_plain_domain_beside_a_country_site_stays() -> None:
    words = _unsure(
        line_words("anna@oakhurst.de", "https://oakhurst.de.au"), "anna@oakhurst.de", 0.33
    )
    assert _emails(words) == ["anna@oakhurst.de"]


def test_an_address_one_letter_off_a_surer_address_of_the_card_takes_its_domain() -> None:
    # seed 134, 0258-band: "ldejong@smittechniek.nl" read "idejong@smitechniek.ni" (0.28) on
    # the band; ".ni" is Nicaragua's, and the website was read no surer (0.06)
    words = line_words(
        "Lotte de Jong",
        "Smit Techniek B.V.",
        "Telefoon | 040-453-4912",
        "idejong@smitechniek.ni",
        "info@smittechniek.nl",
        "www. smittechniek.nl",
    )
    words = _unsure(_unsure(words, "idejong@smitechniek.ni", 0.28), "info@smittechniek.nl", 0.56)
    words = _unsure(_unsure(words, "www.", 0.06), "smittechniek.nl", 0.06)
    assert sorted(_emails(words)) == ["info@smittechniek.nl", "ldejong@smittechniek.nl"]


def test_two_short_domains_a_letter_apart_stay_apart() -> None:
    words = line_words("anna@ab.at", "info@ab.it")
    assert sorted(_emails(_unsure(words, "anna@ab.at", 0.4))) == ["anna@ab.at", "info@ab.it"]


def test_the_initials_of_a_hyphenated_given_name_spell_the_local_part() -> None:
    # real card BC12: "bk.park@" read unsure under "Byung-Keun Park" was "repaired" to
    # "b.park@", one letter off the initial and family name
    words = line_words("Byung-Keun Park", "CEO", "bk.park@baiple.com")
    assert _emails(_unsure(words, "bk.park@baiple.com", 0.44)) == ["bk.park@baiple.com"]


def test_a_letter_lost_after_the_initials_of_a_hyphenated_given_name_is_put_back() -> None:
    words = line_words("Jean-Pierre Martin", "jp.marin@acme-conseil.fr")
    assert _emails(_unsure(words, "jp.marin@acme-conseil.fr", 0.4)) == ["jp.martin@acme-conseil.fr"]


def test_a_round_letter_misread_surely_is_put_back_where_the_name_spells_it() -> None:
    # real card test_image8: "marcos.dumas@" read "maroos.dumas@" at confidence 1.0 under
    # "Marcos Dumas"
    words = line_words("Marcos Dumas", "Global Services", "maroos.dumas@united.com")
    assert _emails(words) == ["marcos.dumas@united.com"]


def test_a_local_part_a_round_letter_off_no_printed_name_stays() -> None:
    words = line_words("Marcos Dumas", "Global Services", "maroo.dumas@united.com")
    assert _emails(words) == ["maroo.dumas@united.com"]

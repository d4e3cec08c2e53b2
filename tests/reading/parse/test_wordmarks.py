"""Companies printed only as a wordmark, read against the card's domain.

The cards are generated ones of seed 77 (``bench/out/words-77-Latin.json``) whose
company is a logo (``tools/cardgen/logos.py``); each test keeps the words its rule
needs, with the boxes and confidences Tesseract gave them.
"""

from __future__ import annotations

from cardkeeper.gui.contact.form import LOW_CONFIDENCE
from cardkeeper.reading.fields import Field
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.parse.stem_align import Step, align
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.parse.wordmarks import is_contact, stem_reading
from cardkeeper.reading.words import Line, Word
from tests.reading.parse.recorded import line_words
from tests.reading.parse.test_kept_cards import kept

"""The review pane marks a field read below this confidence."""


def _company(words: list[Word]) -> Field:
    company = parse_card(words).company
    assert company is not None
    return company


def test_outlined_letters_misread_are_put_right_from_the_domain() -> None:
    """0200-cut, outline look: ``ISAR CONSUMING`` at isarconsulting.de."""
    words = kept(
        ("Thomas", 492, 116, 345, 62, 0.96, 1, 1, 1),
        ("Koch", 873, 116, 206, 62, 0.96, 1, 1, 1),
        ("ISAR", 409, 238, 199, 67, 0.96, 1, 1, 2),
        ("CONSUMING", 630, 238, 543, 67, 0.64, 1, 1, 2),
        ("thomas_koch@isarconsulting.de", 399, 594, 778, 47, 0.92, 2, 1, 2),
        ("www.isarconsulting.de", 521, 663, 538, 47, 0.86, 2, 1, 3),
    )
    company = _company(words)
    assert company.value == "ISAR CONSULTING"
    assert company.confidence < LOW_CONFIDENCE
    assert company.word_indexes == (2, 3)


def test_a_boxed_initial_ocr_lost_is_put_back() -> None:
    """0203-saturated, initial look: the T in its box is not read (``essuti Toscani``)."""
    words = kept(
        ("essuti", 325, 133, 171, 41, 0.91, 1, 1, 1),
        ("Toscani", 515, 133, 217, 41, 0.97, 1, 1, 1),
        ("Marco", 77, 282, 215, 46, 0.96, 2, 1, 1),
        ("Galli", 319, 280, 159, 48, 0.96, 2, 1, 1),
        ("Ingegnere", 76, 364, 184, 33, 0.96, 3, 1, 1),
        ("E:", 611, 496, 27, 22, 0.93, 4, 1, 2),
        ("marcog@tessutitoscani.it", 652, 497, 384, 27, 0.90, 4, 1, 2),
    )
    company = _company(words)
    assert company.value == "Tessuti Toscani"
    assert company.confidence < LOW_CONFIDENCE


def test_a_stacked_mark_is_read_across_its_two_lines() -> None:
    """0227-saturated, stacked look: ``ISAR`` over a small ``CONSULTING``."""
    words = kept(
        ("ISAR", 438, 374, 193, 59, 0.96, 2, 1, 1),
        ("CONSULTING", 406, 468, 252, 24, 0.96, 3, 1, 1),
        ("Käthe", 283, 757, 214, 62, 0.97, 4, 1, 1),
        ("Fischer", 521, 757, 260, 62, 0.96, 4, 1, 1),
        ("Geschäftsführer", 378, 869, 310, 40, 0.96, 5, 1, 1),
        ("kaethe.fischer@isarconsulting.de", 109, 1351, 501, 42, 0.87, 6, 3, 2),
    )
    company = _company(words)
    assert company.value == "ISAR CONSULTING"
    assert company.word_indexes == (0, 1)


def test_the_edges_of_a_block_are_no_part_of_the_name() -> None:
    """0186-photo_backed, knockout look: the block's edges read as brackets."""
    words = kept(
        ("[POLDER", 220, 81, 334, 111, 0.69, 3, 1, 1),
        ("LOGISTIEK)", 581, 81, 440, 111, 0.74, 3, 1, 1),
        ("Femke", 226, 233, 230, 51, 0.97, 4, 1, 1),
        ("van", 479, 249, 125, 35, 0.97, 4, 1, 1),
        ("der", 630, 233, 119, 51, 0.95, 4, 1, 1),
        ("Linden", 773, 233, 244, 51, 0.96, 4, 1, 1),
        ("femke.vanderlinden@polderlogistiek.nl", 352, 580, 536, 30, 0.86, 6, 1, 5),
    )
    company = _company(words)
    assert company.value == "POLDER LOGISTIEK"


def test_a_garbled_word_of_a_spaced_mark_is_read_from_the_domain() -> None:
    """0185-saturated, spaced look: the second word comes out as ``TU>~%7--``."""
    words = kept(
        ("TESSUTI", 341, 70, 444, 94, 0.93, 1, 1, 1),
        ("TU>~%7--", 868, 63, 476, 68, 0.01, 1, 1, 1),
        ("Elena", 491, 359, 235, 79, 0.97, 3, 1, 1),
        ("Esposito", 766, 343, 411, 108, 0.96, 3, 1, 1),
        ("Amministratore", 548, 494, 316, 42, 0.96, 4, 1, 1),
        ("Delegato", 882, 491, 198, 53, 0.96, 4, 1, 1),
        ("esposito@tessutitoscani.com", 544, 789, 640, 52, 0.92, 5, 1, 3),
        ("www.tessutitoscani.com", 527, 861, 519, 48, 0.84, 5, 1, 4),
    )
    company = _company(words)
    assert company.value == "TESSUTI TOSCANI"
    assert company.confidence < LOW_CONFIDENCE


def test_a_misread_mark_is_not_taken_for_the_name() -> None:
    """0167-saturated, outline look: ``Q VETRERIA AOWA`` is tall and name-shaped."""
    words = kept(
        ("Q", 102, 104, 238, 247, 0.86, 1, 1, 1),
        ("VETRERIA", 383, 200, 394, 56, 0.0, 1, 1, 1),
        ("AOWA", 799, 191, 344, 72, 0.76, 1, 1, 1),
        ("AVV.", 104, 423, 208, 72, 0.96, 2, 1, 1),
        ("FEDERICA", 355, 421, 505, 76, 0.96, 2, 1, 1),
        ("GALLI", 890, 421, 293, 76, 0.96, 2, 1, 1),
        ("Direttore", 105, 548, 186, 38, 0.96, 3, 1, 1),
        ("Commerciale", 309, 548, 282, 38, 0.96, 3, 1, 1),
        ("federica_galli@vetrerialaguna.it", 1183, 816, 665, 49, 0.80, 4, 1, 3),
        ("www.vetrerialaguna.it", 1392, 885, 456, 47, 0.87, 4, 1, 4),
    )
    fields = parse_card(words)
    assert fields.name is not None and fields.name.family == "Galli"
    assert fields.company is not None
    assert fields.company.value == "VETRERIA LAGUNA"
    assert fields.company.confidence < LOW_CONFIDENCE


def test_a_two_tone_mark_is_split_where_the_domain_has_a_hyphen() -> None:
    """0250-band, two_tone look: ``RedwoodCapital`` at redwood-capital.com."""
    words = kept(
        ("RedwoodCapital", 442, 117, 308, 47, 0.85, 1, 1, 1),
        ("Eleanor", 375, 361, 190, 49, 0.96, 5, 1, 1),
        ("Ashworth", 578, 361, 239, 49, 0.97, 5, 1, 1),
        ("e.ashworth@redwood-capital.com", 688, 572, 425, 34, 0.92, 8, 1, 1),
    )
    company = _company(words)
    assert company.value == "Redwood Capital"


def test_an_ampersand_spells_the_and_of_the_domain() -> None:
    """``Nguyen & Sons`` at nguyenandsons.com.au keeps its ``&`` and gains no letters."""
    words = line_words("Hamish Walker", "Nguyen & Sons Pty Ltd", "hamish@nguyenandsons.com.au")
    company = _company(words)
    assert company.value == "Nguyen & Sons Pty Ltd"


def test_a_damaged_web_address_is_no_company() -> None:
    """0119-desk prints no company; its web address lost its dots (``hnpssarconsuting com``)."""
    words = kept(
        ("Jörg", 362, 70, 81, 44, 0.96, 1, 1, 1),
        ("Weiß", 456, 69, 91, 35, 0.90, 1, 1, 1),
        ("Assistenz", 302, 131, 92, 19, 0.96, 2, 1, 1),
        ("der", 402, 131, 30, 19, 0.97, 2, 1, 1),
        ("Geschäftsführung", 438, 131, 170, 24, 0.77, 2, 1, 1),
        ("peiss@sarconsuiting.com", 342, 461, 226, 21, 0.15, 3, 1, 3),
        ("hnpssarconsuting", 350, 493, 210, 21, 0.02, 3, 1, 4),
        ("com", 530, 477, 36, 48, 0.96, 3, 1, 4),
    )
    assert parse_card(words).company is None


def test_a_sure_word_that_only_resembles_the_domain_is_no_company() -> None:
    """``United States Senator`` on a card of obama.senate.gov: Senator is read sure."""
    words = line_words("BARACK OBAMA", "United States Senator", "www.obama.senate.gov")
    assert parse_card(words).company is None


def test_alignment_names_the_misread_lost_and_extra_letters() -> None:
    found = align("isarconsuming", "isarconsulting", [False] * 13)
    assert found is not None
    steps = [edit.step for edit in found.edits]
    assert steps.count(Step.SAME) == 12
    assert Step.CHANGED in steps and Step.LOST in steps
    assert align("essutitoscani", "tessutitoscani", [False] * 13) is not None


def test_alignment_refuses_garbage_that_spells_the_stem_here_and_there() -> None:
    """0178-band, knockout look before its block was inverted: ``Litol l:t re] Eo] aa``."""
    assert align("litolltreeoaa", "ironbridgesoftware", [True] * 13) is None
    assert align("grandhotel", "granite", [False] * 10) is None


def test_abbreviations_ending_in_dots_are_no_web_address() -> None:
    """golcha-amit-kumar (real card): ``Dist. Co. Pvt. Ltd.`` was taken for a damaged address
    (``Co.`` looked like the domain ``.co``); a damaged address is no company line, so the
    legal name would be lost."""
    assert not is_contact("Dist. Co. Pvt. Ltd.")
    assert is_contact("d --WwW.swinburne.edu.au")
    assert is_contact("youĝyoukogei. com")
    lines = ("Amit Kumar", "Chief Manager", "Soapstone Dist. Co. Pvt. Ltd.", "amit@golcha.com")
    company = parse_card(line_words(*lines)).company
    assert company is not None and company.value == "Soapstone Dist. Co. Pvt. Ltd."


def _read_line(words: list[Word], stem: str) -> str | None:
    line = MappedText.from_line(Line(tuple(words), tuple(range(len(words)))))
    reading = stem_reading(line, words, [stem])
    return reading.text.text if reading is not None else None


def test_an_unsure_word_after_a_surely_read_mark_is_no_part_of_it() -> None:
    """test_card.png: the dealer line ``TOYOTA MERZER``, the second word misread noise."""
    words = kept(
        ("TOYOTA", 308, 394, 76, 14, 0.96, 6, 1, 1),
        ("MERZER", 391, 393, 109, 18, 0.24, 6, 1, 1),
    )
    assert _read_line(words, "toyota") == "TOYOTA"


def test_two_letters_of_noise_after_a_mark_are_no_part_of_it() -> None:
    """business_card13.png: the mark's picture read ``HE`` after its letters."""
    words = kept(
        ("TSUTAFURARA", 772, 204, 1113, 114, 0.00, 1, 1, 1),
        ("HE", 1781, 194, 111, 162, 0.00, 1, 1, 1),
    )
    assert _read_line(words, "tsutafu") == "TSUTAFU"


def test_a_misread_word_of_a_mark_read_as_badly_stays() -> None:
    """0169-paper: ``Hilverline Soluu..`` at silverline.uk, both words read as badly."""
    words = kept(
        ("Hilverline", 411, 124, 641, 120, 0.03, 1, 1, 1),
        ("Soluu..", 1094, 165, 409, 74, 0.00, 1, 1, 1),
    )
    reading = _read_line(words, "silverline")
    assert reading is not None and "Soluu" in reading


def test_an_accent_on_a_letter_the_domain_spells_is_kept() -> None:
    """Seed 139, 0228-photo_backed: the mark prints ``Bodegas Sánchez``, the domain no accent."""
    words = kept(
        ("Lucía", 112, 403, 192, 70, 0.96, 1, 1, 1),
        ("Fernández", 327, 403, 373, 70, 0.96, 1, 1, 1),
        ("Consultor", 108, 522, 204, 36, 0.97, 2, 1, 1),
        ("Senior", 325, 520, 136, 38, 0.96, 2, 1, 1),
        ("BoDEcAS", 115, 624, 250, 41, 0.07, 3, 1, 1),
        ("SÁNCHEZ", 401, 599, 240, 87, 0.34, 3, 1, 1),
        ("l.fernandez@bodegassanchez.es", 826, 444, 692, 48, 0.35, 5, 1, 3),
        ("W", 824, 514, 38, 36, 0.93, 5, 1, 4),
        ("bodegassanchez.es", 881, 512, 412, 48, 0.90, 5, 1, 4),
    )
    assert _company(words).value.casefold() == "bodegas sánchez"


def test_a_small_l_read_surely_for_a_capital_i_takes_the_domains_letter() -> None:
    # real card BC11: the logo "XIIlab" read "XIllab" at confidence 1.0, at xiilab.com; in
    # sans-serif type the two letters are one glyph
    words = line_words("Kim, Sehun", "M 010 9890 4800", "E sh.kim@xiilab.com", "XIllab")
    company = _company(words)
    assert company.value == "XIIlab"
    assert company.confidence < LOW_CONFIDENCE


def test_a_sure_letter_of_another_shape_than_the_domains_stays() -> None:
    words = line_words("Kim, Sehun", "M 010 9890 4800", "E sh.kim@xillab.com", "Xiilab")
    assert _company(words).value == "Xiilab"

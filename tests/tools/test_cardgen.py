"""The card generator draws what its truth says, looks like cards, and is reproducible."""

from __future__ import annotations

import io
import itertools
import json
import random
import re
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import phonenumbers
import pytesseract
import pytest
from phonenumbers import PhoneNumberFormat
from PIL import Image

from tools.cardgen import (
    LAYOUTS,
    LOCALES,
    CardTruth,
    desk_photo,
    generate,
    hard_photo,
    load,
    make_card,
    scan,
    script_cards,
)
from tools.cardgen.__main__ import main
from tools.cardgen.backdrops import BACKDROPS, backdrop
from tools.cardgen.dataset import Sample
from tools.cardgen.logos import brand
from tools.cardgen.people import ascii_fold, make_truth
from tools.cardgen.photograph import FRAMES
from tools.cardgen.postal import COUNTRIES as POSTAL_COUNTRIES
from tools.cardgen.postal import make_postal_card
from tools.cardgen.script_cards import SCRIPT_CODES, make_script_card
from tools.cardgen.wide import WIDE_KINDS, WideCard, make_wide_card, wide_sample, without

CITY_LINE = {
    "US": r"^[A-Z][a-zA-Z ]+, [A-Z]{2} \d{5}(-\d{4})?$",
    "CA": r"^[A-Z][\w ]+, [A-Z]{2} [A-Z]\d[A-Z] \d[A-Z]\d$",
    "UK": r"^[A-Z][a-z]+ [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$",
    "AU": r"^[A-Z][a-z]+ (NSW|VIC|QLD|WA|SA) \d{4}$",
    "DE": r"^\d{5} [A-ZÄÖÜ][\w ]+$",
    "FR": r"^\d{5} [A-Z][\w ]+$",
    "ES": r"^\d{5} [A-Z][a-z]+$",
    "IT": r"^\d{5} [A-Z][a-z]+ \(?[A-Z]{2}\)?$",
    "NL": r"^\d{4} [A-Z]{2} [A-Z][\w ]+$",
}
REGION = {code: locale.region for code, locale in LOCALES.items()}


def truths(count: int) -> list[CardTruth]:
    """Truths alone are cheap, so properties are checked on many of them."""
    locales = sorted(LOCALES)
    return [
        make_truth(random.Random(i), locales[i % len(locales)], LAYOUTS[i % len(LAYOUTS)], False)
        for i in range(count)
    ]


def ocr(image: Image.Image, lang: str = "eng") -> str:
    return str(pytesseract.image_to_string(image, lang=lang))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_same_seed_same_card_and_other_seed_other_card() -> None:
    first, truth = make_card(7)
    again, truth_again = make_card(7)
    _, other_truth = make_card(8)
    assert first.tobytes() == again.tobytes()
    assert truth == truth_again
    assert other_truth != truth
    assert make_card(7, locale="DE")[1].locale == "DE"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_cards_have_business_card_size_and_orientation(layout: str) -> None:
    for seed in range(3):
        image, truth = make_card(seed, layout=layout)
        long_side, short_side = max(image.size), min(image.size)
        assert 900 <= long_side <= 1300
        assert 1.5 <= long_side / short_side <= 1.8
        assert (image.height > image.width) == (layout == "vertical")
        assert truth.layout == layout


def test_dark_cards_are_dark_with_light_text() -> None:
    image, truth = make_card(3, dark=True)
    grey = np.asarray(image.convert("L"))
    assert truth.dark
    assert np.median(grey) < 90
    assert (grey > 200).mean() > 0.005


def test_truth_survives_json() -> None:
    for truth in truths(20):
        back = CardTruth.from_json(truth.to_json())
        assert back == truth
        assert json.loads(truth.to_json())["address"] == truth.address


def test_phones_are_valid_and_parse_back_from_their_print() -> None:
    for truth in truths(120):
        assert 1 <= len(truth.phones) <= 3
        assert len({p.kind for p in truth.phones}) == len(truth.phones)
        for phone in truth.phones:
            number = phonenumbers.parse(phone.printed, REGION[truth.locale])
            assert phonenumbers.is_valid_number(number), phone
            assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == (
                phone.e164
            )


def test_addresses_follow_the_locale_format() -> None:
    seen = set()
    for truth in truths(180):
        lines = ", ".join(truth.address_lines).split(", ")
        country = set(LOCALES[truth.locale].country)
        city_lines = [line for line in lines if re.match(CITY_LINE[truth.locale], line)]
        city_lines += [
            line
            for a, b in itertools.pairwise(lines)
            if re.match(CITY_LINE[truth.locale], line := f"{a}, {b}")
        ]
        if truth.address_lines:
            assert city_lines, (truth.locale, truth.address_lines)
            assert not (set(lines[:-1]) & country)
            seen.add(truth.locale)
        assert truth.address == ", ".join(truth.address_lines)
    assert seen == set(LOCALES)


def test_emails_and_websites_use_the_company_domain() -> None:
    domain_only = 0
    for truth in truths(200):
        for email in truth.emails:
            local, domain = email.split("@")
            assert local.isascii() and re.fullmatch(r"[a-z0-9._-]+", local)
            for site in truth.websites:
                assert site.endswith(domain)
        if not truth.company:
            domain_only += 1
            assert truth.websites, "a card without company line must show the domain"
    assert 1 <= domain_only <= 25


def test_names_vary_like_real_cards() -> None:
    sample = truths(300)
    assert any(t.name.isupper() for t in sample)
    assert any(t.prefix for t in sample)
    assert any(t.suffix for t in sample)
    assert any(t.middle_name for t in sample)
    assert any(not t.name.isascii() for t in sample)
    for t in sample:
        assert t.family_name.upper() in t.name.upper()
        assert t.given_name.upper() in t.name.upper()


@pytest.mark.parametrize(
    ("seed", "locale", "lang"), [(11, "US", "eng"), (12, "DE", "deu"), (13, "FR", "fra")]
)
def test_tesseract_reads_the_email_and_phone_printed_on_a_flat_card(
    seed: int, locale: str, lang: str
) -> None:
    image, truth = make_card(seed, locale=locale, layout="left", dark=False)
    text = squeeze(ocr(image, lang))
    for email in truth.emails:
        assert email in text
    assert squeeze(truth.phones[0].printed) in text


def test_scan_adds_a_margin_and_turns() -> None:
    card, _ = make_card(5, layout="two_column")
    flat = scan(card, np.random.default_rng(1))
    again = scan(card, np.random.default_rng(1))
    assert flat.image.tobytes() == again.image.tobytes()
    assert 24 <= flat.image.width - card.width <= 90
    assert flat.image.width - card.width == flat.image.height - card.height
    turned = scan(card, np.random.default_rng(1), turn=90)
    assert turned.image.size == flat.image.size[::-1]
    assert round(turned.rotation) % 360 in {89, 90, 91}
    # The card's own top-left corner ends up top-right when turned clockwise.
    x, y = turned.corners[0]
    assert x > turned.image.width * 0.9 and y < turned.image.height * 0.1
    with pytest.raises(ValueError, match="turn"):
        scan(card, np.random.default_rng(1), turn=45)


def unwarp(
    photo_image: Image.Image, corners: list[tuple[float, float]], size: tuple[int, int]
) -> Image.Image:
    """Cut the card out of a photo along the corners the generator reported."""
    w, h = size
    target = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    matrix = cv2.getPerspectiveTransform(np.array(corners, np.float32), target)
    return Image.fromarray(cv2.warpPerspective(np.asarray(photo_image), matrix, (w, h)))


def test_desk_photo_places_the_card_where_its_corners_say() -> None:
    card, truth = make_card(21, locale="UK", layout="left", dark=False)
    photo = desk_photo(card, np.random.default_rng(4))
    assert photo.image.size in FRAMES or photo.image.size[::-1] in FRAMES
    assert Image.open(io.BytesIO(photo.jpeg)).size == photo.image.size
    quad = np.array(photo.corners, np.float32)
    area = cv2.contourArea(quad) / (photo.image.width * photo.image.height)
    assert 0.12 <= area <= 0.72
    assert (quad >= 0).all() and (quad[:, 0] <= photo.image.width).all()
    flat = unwarp(photo.image, photo.corners, card.size)
    assert truth.emails[0] in squeeze(ocr(flat))


def test_desk_photos_are_reproducible_and_varied() -> None:
    card, _ = make_card(2)
    sizes: set[tuple[int, int]] = set()
    desks: set[str] = set()
    for seed in range(4):
        photo = desk_photo(card, np.random.default_rng(seed))
        sizes.add(photo.image.size)
        desks.update(e for e in photo.effects if e.startswith("desk:"))
        assert -45 <= (photo.rotation + 180) % 360 - 180 <= 45
    assert len(sizes) >= 3 and len(desks) >= 2
    a = desk_photo(card, np.random.default_rng(9)).jpeg
    assert a == desk_photo(card, np.random.default_rng(9)).jpeg


def test_hard_photo_names_what_makes_it_hard() -> None:
    card, _ = make_card(4)
    for seed in range(3):
        photo = hard_photo(card, np.random.default_rng(seed))
        hard = set(photo.effects) & {"blur", "glare", "low_light"}
        assert 1 <= len(hard) <= 2


def test_generate_writes_images_and_a_manifest(tmp_path: Path) -> None:
    counts = {"scan": 2, "desk": 1, "turned": 1, "hard": 1}
    samples = generate(tmp_path, counts, seed=3, workers=1)
    assert [s.kind for s in samples] == ["scan", "desk", "turned", "hard", "scan"]
    assert load(tmp_path) == [type(s).from_dict(s.to_dict()) for s in samples]
    for sample in samples:
        with Image.open(tmp_path / sample.file) as image:
            assert image.format == ("PNG" if sample.kind in {"scan", "turned"} else "JPEG")
        _, truth = make_card(sample.seed, locale=sample.truth.locale)
        assert truth == sample.truth
    assert samples[2].rotation % 90 < 1 or samples[2].rotation % 90 > 89


def test_generate_does_not_depend_on_worker_count(tmp_path: Path) -> None:
    counts = {"scan": 2, "turned": 1, "band": 1, "cut": 1}
    one = generate(tmp_path / "one", counts, seed=5, workers=1)
    two = generate(tmp_path / "two", counts, seed=5, workers=2)
    assert [s.to_dict() for s in one] == [s.to_dict() for s in two]
    for s in one:
        assert (tmp_path / "one" / s.file).read_bytes() == (tmp_path / "two" / s.file).read_bytes()


def test_cli_writes_the_requested_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(tmp_path), "--scans", "1", "--desk", "0", "--turned", "1", "--hard", "0"]
    args += ["--band", "0", "--saturated", "0", "--photo-backed", "1", "--paper", "0"]
    args += ["--cut", "0", "--portrait", "0"]
    assert main([*args, "--seed", "2", "--workers", "1"]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text("utf-8"))
    assert [item["kind"] for item in manifest] == ["scan", "turned", "photo_backed"]
    assert "wrote 3 images" in capsys.readouterr().out


# The wide kinds: what real cards look like beyond the plain printed card.


@pytest.fixture(scope="module")
def wide_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Sample]]:
    folder = tmp_path_factory.mktemp("wide")
    return folder, generate(folder, dict.fromkeys(WIDE_KINDS, 2), seed=11, workers=2)


def flat_card(sample: Sample) -> WideCard:
    """The flat card a wide sample was made from, rebuilt from its manifest entry."""
    look = next(e.removeprefix("look:") for e in sample.effects if e.startswith("look:"))
    return make_wide_card(sample.seed, sample.truth.locale, look)


def test_wide_kinds_follow_the_classic_ones_and_leave_them_unchanged(tmp_path: Path) -> None:
    classic = generate(tmp_path / "classic", {"scan": 1, "desk": 1}, seed=6, workers=1)
    both = generate(tmp_path / "both", {"scan": 1, "desk": 1, "cut": 1}, seed=6, workers=1)
    assert [s.kind for s in both] == ["scan", "desk", "cut"]
    assert [s.to_dict() for s in both[:2]] == [s.to_dict() for s in classic]
    for s in classic:
        assert (tmp_path / "classic" / s.file).read_bytes() == (
            tmp_path / "both" / s.file
        ).read_bytes()


TRAITS = {
    "band": "light_on_dark",
    "saturated": "saturated",
    "photo_backed": "photo_backed",
    "paper": "printed_paper",
    "cut": "cut",
    "portrait": "portrait",
}


def test_each_wide_kind_is_made_and_carries_its_category(
    wide_set: tuple[Path, list[Sample]],
) -> None:
    folder, samples = wide_set
    assert [s.kind for s in samples] == [*WIDE_KINDS, *WIDE_KINDS]
    assert load(folder) == [Sample.from_dict(s.to_dict()) for s in samples]
    for sample in samples:
        assert TRAITS[sample.kind] in sample.categories
        assert set(sample.categories) <= set(TRAITS.values()) | {"logo_company"}
        with Image.open(folder / sample.file) as image:
            assert image.format in {"PNG", "JPEG"}
            if sample.kind == "portrait":
                assert image.height > image.width


def high_pass(image: np.ndarray) -> np.ndarray:
    return np.asarray(image - cv2.GaussianBlur(image, (0, 0), 6), np.float32)


def test_wide_samples_put_the_card_where_their_corners_say(
    wide_set: tuple[Path, list[Sample]],
) -> None:
    """The photo cut out along the manifest's corners matches the flat card, print for print
    (edges only, so light and colour do not count); a cut along corners a little off does not."""
    folder, samples = wide_set
    for sample in samples:
        flat = flat_card(sample).image
        w, h = 320, round(320 * flat.height / flat.width)
        reference = cv2.resize(np.asarray(flat.convert("L"), np.float32), (w, h))
        grey = np.asarray(Image.open(folder / sample.file).convert("L"), np.float32)
        target = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
        shift = 0.03 * max(grey.shape)
        scores = []
        for corners in (np.array(sample.corners), np.array(sample.corners) + shift):
            matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
            cut = cv2.warpPerspective(grey, matrix, (w, h))
            seen = cv2.warpPerspective(np.ones_like(grey), matrix, (w, h)) > 0.99
            seen = cv2.erode(seen.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
            a, b = high_pass(cut)[seen], high_pass(reference)[seen]
            scores.append(float(np.corrcoef(a, b)[0, 1]))
        assert scores[0] > 0.6 and scores[1] < 0.3, (sample.file, scores)


def test_portrait_photos_stand_the_card_upright(wide_set: tuple[Path, list[Sample]]) -> None:
    _, samples = wide_set
    for sample in (s for s in samples if s.kind == "portrait"):
        (x0, y0), (x1, y1) = sample.corners[:2]
        assert abs(y1 - y0) > abs(x1 - x0)  # the card's top edge runs up or down
        assert 65 <= sample.rotation % 180 <= 115


def line_inside(box: tuple[float, ...], matrix: np.ndarray, size: tuple[int, int]) -> bool:
    x0, y0, x1, y1 = box
    corners = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float32)
    points = cv2.perspectiveTransform(corners, matrix)[0]
    return bool(
        (points >= 0).all() and (points[:, 0] < size[0]).all() and (points[:, 1] < size[1]).all()
    )


def test_cut_photos_run_off_the_frame_but_keep_the_truth_inside() -> None:
    """Every field in the truth is printed on a line wholly in the frame; lines the frame
    cuts hold nothing the truth still has."""
    for index in range(8):
        photo, truth, card_seed, categories = wide_sample(21, index, "cut")
        sample = Sample("", "cut", card_seed, truth, photo.rotation, photo.corners, photo.effects)
        card = flat_card(sample)
        quad = np.array(photo.corners, np.float32)
        assert "cut" in categories
        assert not ((quad >= 0).all() and (quad[:, 0] < photo.image.width).all()
                    and (quad[:, 1] < photo.image.height).all())  # fmt: skip
        flat = np.array([[0, 0], [card.image.width, 0], card.image.size, [0, card.image.height]])
        matrix = cv2.getPerspectiveTransform(flat.astype(np.float32), quad)
        inside = [line_inside(box, matrix, photo.image.size) for _, box in card.lines]
        lost = [text for (text, _), seen in zip(card.lines, inside, strict=True) if not seen]
        assert truth == without(card.truth, lost)
        printed = [text for (text, _), seen in zip(card.lines, inside, strict=True) if seen]
        kept = [truth.name, truth.title, truth.company, *truth.emails, *truth.websites]
        for value in filter(None, kept):
            assert any(value in text for text in printed), value
        for phone in truth.phones:
            assert any(phone.printed in text for text in printed), phone


def test_without_drops_the_fields_of_lost_lines_only() -> None:
    truth = make_truth(random.Random(4), "DE", "left", False)
    truth = replace(
        truth, emails=["a.b@x-y.de"], websites=["x-y.de"], address_lines=["Weg 1", "10115 Berlin"]
    )
    phone = truth.phones[0]
    lost = ["E: a.b@x-y.de", f"{phone.label} {phone.printed}  |  M 0171 1", "10115 Berlin"]
    kept = without(truth, lost)
    assert kept.emails == [] and kept.websites == ["x-y.de"]
    assert kept.address_lines == ["Weg 1"]
    assert phone not in kept.phones and kept.phones == truth.phones[1:]
    assert (kept.name, kept.company, kept.title) == (truth.name, truth.company, truth.title)
    assert without(truth, [truth.name]).given_name == ""


def luminance_of(image: Image.Image, box: tuple[float, ...]) -> np.ndarray:
    return np.asarray(image.convert("L").crop(tuple(round(v) for v in box)), np.float32)


def test_band_cards_carry_fields_in_light_text_on_a_dark_band() -> None:
    arrangements = set()
    for seed in range(12):
        card = make_wide_card(seed, "UK", "band")
        arrangements.add(card.truth.layout)
        assert card.categories[0] == "light_on_dark"
        assert np.median(np.asarray(card.image.convert("L"))) > 150  # a light card ...
        on_band = [
            text
            for text, box in card.lines
            if np.median(ground := luminance_of(card.image, box)) < 110 and ground.max() > 190
        ]
        assert on_band, card.truth.layout  # ... with light text on dark beside dark on light
        assert len(on_band) < len(card.lines)
    assert len(arrangements) >= 4


def test_saturated_cards_are_one_strong_colour_with_light_text() -> None:
    for seed in range(8):
        card = make_wide_card(seed, "US", "saturated")
        pixels = np.asarray(card.image).reshape(-1, 3)
        paper = np.median(pixels, axis=0)
        assert paper.max() - paper.min() > 50, paper
        name_box = next(box for text, box in card.lines if text == card.truth.name)
        assert luminance_of(card.image, name_box).max() > 200
        assert card.truth.dark


@pytest.mark.parametrize("kind", BACKDROPS)
def test_backdrops_are_textured_and_toned_for_their_text(kind: str) -> None:
    for light_text in (True, False):
        picture = backdrop(np.random.default_rng(3), (600, 360), kind, light_text)
        luma = np.asarray(Image.fromarray(picture).convert("L"), np.float32)
        assert luma.std() > 1.5
        if light_text:
            assert np.percentile(luma, 99) <= 137
        else:
            assert np.percentile(luma, 1) >= 148


def test_logo_cards_give_the_company_only_as_a_wordmark_a_person_reads() -> None:
    found = 0
    for seed in range(60):
        card = make_wide_card(seed, sorted(LOCALES)[seed % len(LOCALES)], "plain")
        if "logo_company" not in card.categories:
            continue
        found += 1
        company = card.truth.company
        assert company == brand(company, LOCALES[card.truth.locale].company_suffixes)
        assert [text for text, _ in card.lines].count(company) == 1
        first = re.sub(r"[^a-z0-9]", "", ascii_fold(company.split()[0], german=True).lower())
        domains = [e.split("@")[1] for e in card.truth.emails] + card.truth.websites
        assert not domains or any(first[:4] in d for d in domains), (company, domains)
    assert found >= 10


def test_postal_cards_print_the_parts_their_truth_holds() -> None:
    for country in POSTAL_COUNTRIES:
        for seed in range(12):
            card, truth = make_postal_card(seed, country)
            parts = truth.address_parts
            printed = truth.address
            assert parts["country"] == country
            for part in ("street", "extended", "postcode", "city", "region"):
                assert parts[part] in printed, (country, seed, part, printed)
            assert parts["street"] and parts["postcode"] and parts["city"]
            number = phonenumbers.parse(truth.phones[0].e164)
            assert phonenumbers.region_code_for_number(number) == country
        assert card.size[0] > card.size[1]


def test_classic_cards_carry_no_parts_and_postal_cards_are_reproducible() -> None:
    for truth in truths(20):
        assert truth.address_parts == {}
    assert make_postal_card(4, "DE")[1] == make_postal_card(4, "DE")[1]
    assert make_postal_card(4, "DE")[1] != make_postal_card(5, "DE")[1]


@pytest.mark.parametrize("code", SCRIPT_CODES)
def test_cards_in_other_scripts_print_their_truth_in_faces_that_have_the_glyphs(code: str) -> None:
    card, truth = make_script_card(3, code)
    again, same = make_script_card(3, code)
    assert card.tobytes() == again.tobytes() and truth == same
    assert CardTruth.from_json(truth.to_json()) == truth
    assert card.size == script_cards.CARD_SIZE
    locale = script_cards.SCRIPT_LOCALES[code]
    face = script_cards._face(locale, bold=False, serif=False, size=40)
    missing = bytes(face.getmask("\uffff"))
    printed = truth.name + truth.company + truth.title + truth.address
    assert all(bytes(face.getmask(sign)) != missing for sign in printed if not sign.isspace())
    for phone in truth.phones:
        parsed = phonenumbers.parse(phone.printed, locale.region)
        assert phonenumbers.format_number(parsed, PhoneNumberFormat.E164) == phone.e164
    assert bool(truth.name_reading) == locale.family_first

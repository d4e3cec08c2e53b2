"""How often the address splitter gets each part right, per country.

Three measures, each against the baseline of the same run: the split before parts
existed, everything in the street (what every export did), which gets a part right only
when the address is that part alone.

1. Parse only, on the printed text of generated addresses (``tools.cardgen.postal``), with
   the card's country as the hint (as the reader passes the phones' region) and with no
   hint at all (the address's own shape must tell its country).
2. Through the whole reading of generated card images (flat scans, real Tesseract): the
   contact made from the reading (``contact_from_fields``) against the card's truth; a
   part counts as right when it equals the truth, ignoring case and the spaces and
   punctuation around it, as a user would read it.
3. The real development set's addresses (``bench/real_cards/*.json``, labelled as one
   text): no parts are labelled there, so what is checked is that the postcode and city
   the splitter finds are in the labelled text, and which country it names.

    python -m bench.addresses [--count 300] [--images 10] [--misses] [--out bench/out]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from cardkeeper.domain import AddressParts
from cardkeeper.postal import split_address
from tools.cardgen.postal import COUNTRIES, make_postal_card, postal_address

PARTS = ("street", "postcode", "city", "country")
"""The parts the target holds for (≥ 90% per country); extended and region are shown too."""
SHOWN = (*PARTS, "extended", "region")
TARGET = 0.90
REAL_LABELS = Path(__file__).with_name("real_cards")

Splitter = Callable[[str, str], AddressParts]


def placeholder(printed: str, country_hint: str = "") -> AddressParts:
    """The baseline: the split before parts existed, all of it in the street."""
    del country_hint
    return AddressParts(street=printed.strip())


def same(found: str, truth: str) -> bool:
    return _plain(found) == _plain(truth)


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold().strip(" ,.;:-")


def score(parts: AddressParts, truth: dict[str, str], tally: Counter[str]) -> None:
    tally["cards"] += 1
    for part in SHOWN:
        tally[part] += same(getattr(parts, part), truth[part])


def parse_only(count: int, seed: int) -> dict[str, dict[str, Counter[str]]]:
    """Per country, tallies of the baseline and the splitter with and without the hint."""
    tallies: dict[str, dict[str, Counter[str]]] = {}
    splitters: dict[str, tuple[Splitter, bool]] = {
        "baseline": (placeholder, True),
        "hint": (split_address, True),
        "no hint": (split_address, False),
    }
    for code, spec in COUNTRIES.items():
        rng = random.Random(f"{seed}-{code}")
        tallies[code] = {name: Counter() for name in splitters}
        for _ in range(count):
            lines, truth = postal_address(rng, spec)
            for name, (split, hinted) in splitters.items():
                parts = split(", ".join(lines), code if hinted else "")
                score(parts, truth, tallies[code][name])
    return tallies


def through_reading(
    images: int, seed: int, misses: list[str]
) -> tuple[dict[str, dict[str, Counter[str]]], float]:
    """Per country, tallies of the baseline and the reader's contacts on scanned cards;
    ``misses`` gets a line for each card with a part wrong."""
    from cardkeeper.app.contact_from_reading import contact_from_fields
    from cardkeeper.reading.pipeline import ReadingOptions, read_card_image
    from tools.cardgen.photograph import scan

    options = ReadingOptions(default_region="US")
    tallies: dict[str, dict[str, Counter[str]]] = {}
    started = time.perf_counter()
    for code in COUNTRIES:
        tallies[code] = {"baseline": Counter(), "read": Counter()}
        for index in range(images):
            card, truth = make_postal_card(seed * 1000 + index, code)
            photo = scan(card, np.random.default_rng(seed * 1000 + index))
            image = np.asarray(photo.image.convert("RGB"))[:, :, ::-1].copy()
            reading = read_card_image(image, f"{code}-{index}", options)
            contact = contact_from_fields(reading.fields)
            score(placeholder(contact.address), truth.address_parts, tallies[code]["baseline"])
            score(contact.address_parts, truth.address_parts, tallies[code]["read"])
            found = {part: getattr(contact.address_parts, part) for part in PARTS}
            wrong = [
                f"{part} {found[part]!r} (truth {truth.address_parts[part]!r})"
                for part in PARTS
                if not same(found[part], truth.address_parts[part])
            ]
            if wrong:
                misses.append(f"{code}-{index}: read {contact.address!r}: " + "; ".join(wrong))
    return tallies, time.perf_counter() - started


def table(title: str, tallies: dict[str, dict[str, Counter[str]]], ours: str) -> list[str]:
    """One row per country: each part right, baseline → ours."""
    lines = [
        f"**{title}** — share right, baseline → CardKeeper",
        "",
        "| country | cards | " + " | ".join(SHOWN) + " |",
        "|---|---|" + "---|" * len(SHOWN),
    ]
    total: dict[str, Counter[str]] = {"baseline": Counter(), ours: Counter()}
    for code, by_name in tallies.items():
        lines.append(_row(code, by_name["baseline"], by_name[ours]))
        total["baseline"].update(by_name["baseline"])
        total[ours].update(by_name[ours])
    lines.append(_row("all", total["baseline"], total[ours]))
    return lines


def _row(label: str, base: Counter[str], ours: Counter[str]) -> str:
    cards = ours["cards"] or 1
    cells = [f"{base[p] / cards:.0%} → {ours[p] / cards:.0%}" for p in SHOWN]
    return f"| {label} | {ours['cards']} | " + " | ".join(cells) + " |"


def shortfalls(tallies: dict[str, dict[str, Counter[str]]], ours: str, what: str) -> list[str]:
    return [
        f"below target ({what}): {code} {part} {by_name[ours][part] / by_name[ours]['cards']:.0%}"
        for code, by_name in tallies.items()
        for part in PARTS
        if by_name[ours]["cards"] and by_name[ours][part] / by_name[ours]["cards"] < TARGET
    ]


def real_addresses() -> list[str]:
    """What the real set's labelled addresses show of the splitter, parse only, with the
    country of the card's labelled phones as the hint (what the reader passes)."""
    entries = [
        entry["truth"]
        for path in sorted(REAL_LABELS.glob("*.json"))
        for entry in json.loads(path.read_text(encoding="utf-8"))
    ]
    labelled = [truth for truth in entries if truth.get("address")]
    found: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for truth in labelled:
        text, locale = truth["address"], truth.get("locale", "").upper()
        in_scope = locale in COUNTRIES
        parts = split_address(text, _phone_country(truth))
        for group in ("all", "in scope") if in_scope else ("all",):
            found[f"{group} cards"] += 1
            found[f"{group} postcode"] += bool(parts.postcode) and parts.postcode in text
            found[f"{group} city"] += bool(parts.city) and parts.city in text
            found[f"{group} street"] += bool(parts.street) and parts.street in text
            found[f"{group} country"] += parts.country == locale
        countries[locale or "?"] += 1
    lines = [
        f"**Real development set** — {len(labelled)} labelled addresses "
        f"({', '.join(f'{c} {n}' for c, n in countries.most_common())}), parse only, the "
        "labelled phones' country as hint. Parts are not labelled: found means a part "
        "found at all and standing in the text; country means the labelled locale",
        "",
        "| addresses | cards | street found | postcode found | city found | country |",
        "|---|---|---|---|---|---|",
    ]
    for group in ("all", "in scope"):
        cards = found[f"{group} cards"] or 1
        cells = [
            f"{found[f'{group} {p}']} ({found[f'{group} {p}'] / cards:.0%})"
            for p in ("street", "postcode", "city", "country")
        ]
        label = "all" if group == "all" else "countries split by their rules"
        lines.append(f"| {label} | {found[f'{group} cards']} | " + " | ".join(cells) + " |")
    return lines


def _phone_country(truth: dict[str, Any]) -> str:
    """The country of the card's first labelled phone, as the reader's phone region."""
    import phonenumbers

    for phone in truth.get("phones", []):
        region = phonenumbers.region_code_for_number(phonenumbers.parse(phone["e164"]))
        if region and region != phonenumbers.UNKNOWN_REGION:
            return str(region)
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--count", type=int, default=300, help="addresses per country, parsed")
    parser.add_argument("--images", type=int, default=10, help="cards per country, read")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--misses", action="store_true", help="list the cards read wrong")
    args = parser.parse_args()
    parsed = parse_only(args.count, args.seed)
    report = [
        *table("Parse only, the card's country as hint", parsed, "hint"),
        "",
        *table("Parse only, no hint", parsed, "no hint"),
        "",
    ]
    problems = shortfalls(parsed, "hint", "parse, hint") + shortfalls(
        parsed, "no hint", "parse, no hint"
    )
    if args.images:
        misses: list[str] = []
        read, seconds = through_reading(args.images, args.seed, misses)
        if args.misses:
            print("\n".join(misses), end="\n\n")
        report += [
            *table(
                f"Read from scanned card images (real Tesseract, {seconds:.0f} s, user region US)",
                read,
                "read",
            ),
            "",
        ]
        problems += shortfalls(read, "read", "read")
    report += [*real_addresses(), "", *(problems or ["all parts at target in every country"])]
    text = "\n".join(report)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "addresses.md").write_text(text + "\n")


if __name__ == "__main__":
    main()

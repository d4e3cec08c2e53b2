"""Cards whose addresses are printed the way each country prints them, with the address's
parts as truth: for the bench of address splitting (``bench.addresses``).

A card of its own kind, apart from ``make_card``: the classic cards keep their seeds'
output, and these add the countries ``LOCALES`` has not (Austria, Switzerland, Belgium,
Brazil, Japan), each with its phones, domain and country names. Who is on the card comes
from a neighbouring locale (German names in Austria, English on a Japanese firm's
romanised card, as such cards are printed).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from PIL import Image

from tools.cardgen.locales import LOCALES, City, Locale
from tools.cardgen.people import fill_pattern, locale_truth
from tools.cardgen.render import LAYOUTS, render
from tools.cardgen.truth import CardTruth


@dataclass(frozen=True)
class Place:
    """A city as its addresses print it; ``postcode`` is a pattern (``people.fill_pattern``)."""

    city: str
    postcode: str
    region: str = ""


@dataclass(frozen=True)
class Country:
    code: str
    """ISO 3166 alpha-2, the truth's ``country``."""
    locale: Locale
    names: tuple[str, ...]
    """The country as cards print it, in its own language and in English."""
    streets: tuple[str, ...]
    units: tuple[str, ...]
    places: tuple[Place, ...]
    post_boxes: tuple[str, ...] = ()


def _places(cities: tuple[City, ...]) -> tuple[Place, ...]:
    return tuple(Place(c.name, c.postcode, c.region) for c in cities)


def _own(code: str, names: tuple[str, ...], post_boxes: tuple[str, ...] = ()) -> Country:
    """A country ``LOCALES`` has, with its own streets, units and cities."""
    loc = LOCALES["UK" if code == "GB" else code]
    return Country(code, loc, names, loc.streets, loc.units, _places(loc.cities), post_boxes)


def _locale(
    persona: str,
    code: str,
    cities: tuple[City, ...],
    *,
    tlds: tuple[str, ...],
    landline_lengths: tuple[int, ...],
    mobile_prefixes: tuple[str, ...],
    mobile_lengths: tuple[int, ...],
) -> Locale:
    """A locale for ``code``: ``persona``'s people, ``code``'s phones and domains."""
    return replace(
        LOCALES[persona],
        code=code,
        region=code,
        cities=cities,
        tlds=tlds,
        landline_lengths=landline_lengths,
        mobile_prefixes=mobile_prefixes,
        mobile_lengths=mobile_lengths,
    )


COUNTRIES: dict[str, Country] = {
    "US": _own("US", ("USA", "United States"), ("PO Box ###", "P.O. Box ####")),
    "CA": _own("CA", ("Canada",), ("PO Box ###",)),
    "GB": _own("GB", ("United Kingdom", "UK"), ("PO Box ###",)),
    "DE": _own("DE", ("Deutschland", "Germany"), ("Postfach ## ## ##",)),
    "FR": _own("FR", ("France",), ("BP ###",)),
    "IT": _own("IT", ("Italia", "Italy"), ("Casella Postale ###",)),
    "ES": _own("ES", ("España", "Spain"), ("Apartado ###",)),
    "NL": _own("NL", ("Nederland", "The Netherlands"), ("Postbus ####",)),
    "AU": _own("AU", ("Australia",), ("PO Box ###", "GPO Box ####")),
    "AT": Country(
        "AT",
        _locale(
            "DE",
            "AT",
            (City("Wien", "", "1010", ("1",)), City("Graz", "", "8010", ("316",))),
            tlds=("at", "co.at"),
            landline_lengths=(9, 10),
            mobile_prefixes=("664", "676", "699"),
            mobile_lengths=(10, 11),
        ),
        ("Österreich", "Austria"),
        ("Mariahilfer Straße", "Herrengasse", "Landstraßer Hauptstraße", "Praterstraße"),
        ("Top #", "#. Stock"),
        (
            Place("Wien", "1##0"),
            Place("Graz", "80#0"),
            Place("Linz", "40#0"),
            Place("Salzburg", "50#0"),
            Place("Innsbruck", "60#0"),
        ),
        ("Postfach ###",),
    ),
    "CH": Country(
        "CH",
        _locale(
            "DE",
            "CH",
            (City("Zürich", "", "8001", ("44",)), City("Basel", "", "4001", ("61",))),
            tlds=("ch",),
            landline_lengths=(9,),
            mobile_prefixes=("79", "78", "76"),
            mobile_lengths=(9,),
        ),
        ("Schweiz", "Switzerland", "Suisse"),
        ("Bahnhofstrasse", "Seestrasse", "Limmatquai", "Rue du Rhône", "Via Nassa"),
        ("#. Stock", "Gebäude @"),
        (
            Place("Zürich", "80##"),
            Place("Basel", "40##"),
            Place("Bern", "30##"),
            Place("Genève", "12##"),
            Place("Lausanne", "10##"),
            Place("Lugano", "69##"),
        ),
        ("Postfach ###",),
    ),
    "BE": Country(
        "BE",
        _locale(
            "FR",
            "BE",
            (City("Bruxelles", "", "1000", ("2",)), City("Antwerpen", "", "2000", ("3",))),
            tlds=("be",),
            landline_lengths=(8,),
            mobile_prefixes=("475", "486", "496"),
            mobile_lengths=(9,),
        ),
        ("Belgique", "België", "Belgium"),
        ("Rue de la Loi", "Avenue Louise", "Meir", "Kortrijksesteenweg", "Rue Royale"),
        ("Bus #", "Boîte #"),
        (
            Place("Bruxelles", "10#0"),
            Place("Antwerpen", "20#0"),
            Place("Gent", "90#0"),
            Place("Liège", "40#0"),
            Place("Namur", "50#0"),
        ),
    ),
    "BR": Country(
        "BR",
        _locale(
            "ES",
            "BR",
            (
                City("São Paulo", "SP", "01###-###", ("11",)),
                City("Rio de Janeiro", "RJ", "20###-###", ("21",)),
            ),
            tlds=("com.br",),
            landline_lengths=(10,),
            mobile_prefixes=("119", "219"),
            mobile_lengths=(11,),
        ),
        ("Brasil", "Brazil"),
        ("Av. Paulista", "Rua Augusta", "Rua das Flores", "Av. Rio Branco", "Rua XV de Novembro"),
        ("Sala ##", "Conj. ##", "#º andar"),
        (
            Place("São Paulo", "01###-###", "SP"),
            Place("Rio de Janeiro", "20###-###", "RJ"),
            Place("Belo Horizonte", "30###-###", "MG"),
            Place("Curitiba", "80###-###", "PR"),
            Place("Porto Alegre", "90###-###", "RS"),
        ),
        ("Caixa Postal ###",),
    ),
    "JP": Country(
        "JP",
        _locale(
            "US",
            "JP",
            (City("Tokyo", "", "100-####", ("3",)), City("Osaka", "", "530-####", ("6",))),
            tlds=("co.jp", "jp"),
            landline_lengths=(9,),
            mobile_prefixes=("90", "80", "70"),
            mobile_lengths=(10,),
        ),
        ("Japan",),
        ("Marunouchi", "Nishi-Shinjuku", "Umeda", "Sakae", "Minatomirai", "Shibaura"),
        ("Marunouchi Bldg. #F", "Shinjuku Center Bldg. ##F", "Harbor Tower #F"),
        (
            Place("Chiyoda-ku", "100-####", "Tokyo"),
            Place("Shinjuku-ku", "160-####", "Tokyo"),
            Place("Kita-ku, Osaka-shi", "530-####", "Osaka"),
            Place("Naka-ku, Nagoya-shi", "460-####", "Aichi"),
            Place("Nishi-ku, Yokohama-shi", "220-####", "Kanagawa"),
        ),
    ),
}
"""The countries whose addresses are split by their own conventions."""


def make_postal_card(
    seed: int | str, country: str, layout: str | None = None
) -> tuple[Image.Image, CardTruth]:
    """A flat card from ``country`` whose truth has its address in parts."""
    rng = random.Random(f"postal-{country}-{seed}")
    spec = COUNTRIES[country]
    truth = locale_truth(rng, spec.locale, layout or rng.choice(LAYOUTS), rng.random() < 0.2)
    truth.address_lines, truth.address_parts = postal_address(rng, spec)
    return render(truth, rng), truth


def postal_address(rng: random.Random, spec: Country) -> tuple[list[str], dict[str, str]]:
    """The printed lines of an address in ``spec``'s country, and its parts."""
    place = rng.choice(spec.places)
    postcode = fill_pattern(rng, place.postcode)
    street = _street_line(rng, spec.code, rng.choice(spec.streets))
    boxed = bool(spec.post_boxes) and rng.random() < 0.08
    if boxed:
        street = fill_pattern(rng, rng.choice(spec.post_boxes))
    unit = fill_pattern(rng, rng.choice(spec.units)) if spec.units and rng.random() < 0.3 else ""
    if spec.code == "BR" and not unit and not boxed and rng.random() < 0.5:
        unit = rng.choice(("Bela Vista", "Centro", "Jardim Paulista", "Botafogo"))
    city = place.city.upper() if spec.code in {"GB", "AU"} and rng.random() < 0.4 else place.city
    city_line = _city_line(rng, spec.code, place, city, postcode)
    lines = [street, city_line]
    if unit:
        lines = _with_unit(rng, spec.code, street, unit, city_line)
    named = rng.random() < 0.3
    if named:
        lines.append(rng.choice(spec.names))
    if len(lines) <= 3 and rng.random() < 0.25:
        lines = [", ".join(lines)]
    parts = {
        "street": street,
        "extended": unit,
        "postcode": postcode,
        "city": city,
        "region": place.region,
        "country": spec.code,
    }
    return lines, parts


def _street_line(rng: random.Random, code: str, street: str) -> str:
    if code == "JP":
        return f"{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} {street}"
    number = str(rng.randint(1, 180))
    if code in {"US", "CA"}:
        return f"{rng.randint(100, 9999)} {street}"
    if code in {"GB", "AU", "FR"}:
        return f"{number} {street}"
    if code in {"ES", "IT", "BR"}:
        return f"{street}, {number}" if rng.random() < 0.7 else f"{street} {number}"
    return f"{street} {number}"


def _city_line(rng: random.Random, code: str, place: Place, city: str, postcode: str) -> str:
    """The postcode, city and region in the country's order."""
    match code:
        case "US" | "CA":
            return f"{place.city}, {place.region} {postcode}"
        case "AU":
            return f"{city} {place.region} {postcode}"
        case "GB":
            return f"{city} {postcode}"
        case "IT":
            return f"{postcode} {place.city} ({place.region})"
        case "BR":
            if rng.random() < 0.5:
                return f"{postcode} {place.city} - {place.region}"
            return f"{place.city}/{place.region}, CEP {postcode}"
        case "JP":
            return f"{place.city}, {place.region} {postcode}"
        case "AT" | "CH" | "BE" | "DE" | "FR" if rng.random() < 0.1:
            letters = {"AT": "A", "CH": "CH", "BE": "B", "DE": "D", "FR": "F"}[code]
            return f"{letters}-{postcode} {place.city}"
        case _:
            return f"{postcode} {place.city}"


def _with_unit(rng: random.Random, code: str, street: str, unit: str, city_line: str) -> list[str]:
    """The second line above the street (Australia, Japan), below it, or after a comma."""
    first = code in {"AU", "JP"}
    if rng.random() < 0.5:
        return [unit, street, city_line] if first else [street, unit, city_line]
    joined = f"{unit}, {street}" if first else f"{street}, {unit}"
    if code == "BR" and unit[0].isalpha() and not unit.startswith(("Sala", "Conj")):
        joined = f"{street} - {unit}"
    return [joined, city_line]

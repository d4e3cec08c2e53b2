"""Big cities and the street words of one language: what tells apart the countries that
print the same postcode shape (five digits in Germany, France, Italy and Spain; four in
Austria, Switzerland and Belgium)."""

from __future__ import annotations

import re

CITIES = {
    "DE": "Berlin|München|Munich|Hamburg|Köln|Cologne|Frankfurt am Main|Frankfurt|Stuttgart|"
    "Düsseldorf|Leipzig|Dortmund|Essen|Bremen|Dresden|Hannover|Nürnberg|Duisburg|Bochum|Bonn|"
    "Mannheim|Karlsruhe",
    "AT": "Wien|Vienna|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|Dornbirn",
    "CH": "Zürich|Zurich|Genève|Geneva|Genf|Basel|Bern|Berne|Lausanne|Luzern|Lucerne|Lugano|"
    "Winterthur|St. Gallen|Zug",
    "FR": "Paris|Lyon|Marseille|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|"
    "Rennes|Reims|Grenoble",
    "IT": "Roma|Rome|Milano|Milan|Napoli|Torino|Turin|Palermo|Genova|Bologna|Firenze|Florence|"
    "Bari|Catania|Venezia|Verona",
    "ES": "Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Malaga|Murcia|Palma|Bilbao|"
    "Alicante|Córdoba|Valladolid|Vigo",
    "BE": "Bruxelles|Brussel|Brussels|Antwerpen|Anvers|Gent|Gand|Charleroi|Liège|Luik|Brugge|"
    "Bruges|Namur|Leuven|Louvain|Mons",
    "NL": "Amsterdam|Rotterdam|Den Haag|'s-Gravenhage|Utrecht|Eindhoven|Groningen|Tilburg|"
    "Almere|Breda|Nijmegen",
}
"""Cities whose name alone tells the country (``1010 Wien``): the largest of each, as a
regex alternative."""

_CITY_COUNTRY = {
    city.lower(): country for country, names in CITIES.items() for city in names.split("|")
}

LANGUAGE_STREETS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("DE", "AT", "CH"), re.compile(
        r"(?:stra(?:ß|ss|b)e|str\.|gasse|platz|allee|weg|ring|damm|ufer|chaussee)\s*\d",
        re.IGNORECASE)),
    (("FR", "BE", "CH"), re.compile(
        r"\b(?:rue|avenue|boulevard|bd|allée|chemin|quai|impasse|place|route|cours|faubourg)\b",
        re.IGNORECASE)),
    (("IT", "CH"), re.compile(
        r"\b(?:via|viale|piazza|piazzale|corso|largo|vicolo)\b", re.IGNORECASE)),
    (("ES",), re.compile(
        r"\b(?:calle|avenida|avda|paseo|plaza|ronda|carrer|travesía|glorieta)\b|\bC/",
        re.IGNORECASE)),
    (("NL", "BE"), re.compile(
        r"(?:straat|laan|plein|kade|gracht|singel|dijk|steenweg|markt)\b", re.IGNORECASE)),
)  # fmt: skip
"""Street words of one language and the countries that write it."""


def city_country(city: str) -> str:
    """The country of a big city (its first word suffices: ``Frankfurt (Oder)``), or ``""``."""
    name = city.lower()
    return _CITY_COUNTRY.get(name) or _CITY_COUNTRY.get(name.split(" ")[0], "")


def street_countries(text: str) -> set[str]:
    """The countries whose languages the street words of ``text`` are in."""
    return {
        country
        for countries, pattern in LANGUAGE_STREETS
        if pattern.search(text)
        for country in countries
    }

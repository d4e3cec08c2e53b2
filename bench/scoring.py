"""Per-field precision / recall / F1 of card readings against generated truth.

Comparison is on what a user would call "the same": case, spacing and
punctuation do not matter; a website matches with or without ``https://`` and
``www.``; phones match by E.164.

A real card printed in two scripts is labelled twice: its Latin fields and, under
``non_latin``, the name, company and title as printed in its own script. Read with
Latin models only, the Latin fields are the truth. Read as the app reads by default
(Automatic: the card's own script too), the truth is the name in its own script
with the romanised name beside it as its reading, and a company, title or address
printed in both scripts is right in either form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

SINGLE_FIELDS = ("name", "title", "company", "address")
LIST_FIELDS = ("emails", "phones", "websites")
FIELDS = ("name", "title", "company", "emails", "phones", "websites", "address")
AUTOMATIC = "Automatic"
"""The app's default languages (``ReadingOptions.languages == ""``): each card is read in the
Latin script and, when the script check finds another, in that script's model too."""


def language_tag(lang: str) -> str:
    """How a run's languages are named in reports and file names: empty is the app's default."""
    return lang or AUTOMATIC


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"[\W_]+", "", text)


def normalise_site(site: str) -> str:
    site = site.strip().casefold()
    site = re.sub(r"^https?://", "", site)
    site = re.sub(r"^www\.", "", site)
    return site.rstrip("/")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    cards: int = 0
    key_fields_right: int = 0

    @property
    def key_share(self) -> float:
        return self.key_fields_right / self.cards if self.cards else 0.0


def truth_values(truth: dict[str, Any], name: str) -> set[str]:
    if name == "name":
        return {normalise(truth["given_name"] + truth["family_name"])} if truth["name"] else set()
    if name == "phones":
        return {p["e164"] for p in truth["phones"]}
    if name == "emails":
        return {e.casefold() for e in truth["emails"]}
    if name == "websites":
        return {normalise_site(w) for w in truth["websites"]}
    return {normalise(truth[name])} if truth[name] else set()


def native_name_key(name: str, reading: str) -> str:
    """A name in its own script and its romanised reading as one value, so that the
    name counts right only with the reading the card prints; the romanised words may
    come in either order (Taro Yamada, YAMADA Taro)."""
    return normalise(name) + "|" + " ".join(sorted(normalise(w) for w in reading.split()))


def expected_values(
    truth: dict[str, Any], reading: dict[str, Any], name: str, native: bool
) -> tuple[set[str], set[str]]:
    """What the card should give for ``name`` and what was read, in comparable form;
    ``native`` scores a reading in the card's own script (see the module's docstring)."""
    own = truth.get("non_latin") or {}
    if not native:
        return truth_values(truth, name), read_values(reading, name)
    if name == "name" and own.get("name"):
        expected = native_name_key(own["name"], truth["name"])
        got = native_name_key(reading["name"], reading.get("name_reading", ""))
        return {expected}, ({got} if normalise(reading["name"]) else set())
    got = read_values(reading, name)
    if name in ("title", "company", "address") and own.get(name):
        forms = [{normalise(own[name])}, truth_values(truth, name)]
        return next((form for form in forms if form and form == got), forms[0]), got
    return truth_values(truth, name), got


def read_values(reading: dict[str, Any], name: str) -> set[str]:
    if name == "name":
        joined = normalise(reading["given_name"] + reading["family_name"])
        return {joined} if joined else set()
    if name == "phones":
        return {p["number"] for p in reading["phones"]}
    if name == "emails":
        return {e.casefold() for e in reading["emails"]}
    if name == "websites":
        return {normalise_site(w) for w in reading["websites"]}
    return {normalise(reading[name])} if reading[name] else set()


def score_card(
    score: Score, truth: dict[str, Any], reading: dict[str, Any], native: bool = False
) -> dict[str, bool]:
    """Add one card to ``score``; return, per field, whether it was read exactly right.
    ``native``: the card was read in its own script too, as the app reads by default."""
    right = {}
    for name in FIELDS:
        expected, got = expected_values(truth, reading, name, native)
        counts = score.fields[name]
        counts.tp += len(expected & got)
        counts.fp += len(got - expected)
        counts.fn += len(expected - got)
        right[name] = expected == got
    score.cards += 1
    if all(right[k] for k in ("name", "company", "emails", "phones")):
        score.key_fields_right += 1
    return right


def merged(scores: Iterable[Score]) -> Score:
    total = Score()
    for score in scores:
        total.cards += score.cards
        total.key_fields_right += score.key_fields_right
        for name, counts in score.fields.items():
            total.fields[name].tp += counts.tp
            total.fields[name].fp += counts.fp
            total.fields[name].fn += counts.fn
    return total

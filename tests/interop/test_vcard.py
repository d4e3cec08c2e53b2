"""vCard files both ways: ours out and back, and files as Apple, Google and Outlook write them.

What we write is read back three ways: by vobject (what we read with), by
the ``vcard`` package's strict RFC 2426 validator (an independent parser, for
3.0), and by the small strict RFC 6350 line reader below, which knows nothing
of vobject and checks line length, CRLF, folding and escapes itself.
"""

from __future__ import annotations

import base64
import re
import warnings
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest
import vobject
from vcard.vcard_validator import VCard as StrictVCard

from cardkeeper.domain import AddressParts, Contact, Phone, PhoneKind
from cardkeeper.interop import vcard_entries
from cardkeeper.interop.read_entry import ReadEntry
from cardkeeper.interop.vcard import (
    VCardContact,
    VCardVersion,
    contacts_to_vcf,
    vcf_to_contacts,
)
from tests.interop.vcard_samples import APPLE, GOOGLE, OUTLOOK

VERSIONS: tuple[VCardVersion, ...] = ("3.0", "4.0")

ANNA = Contact(
    prefix="Dr.",
    given_name='Anna "Annie"',
    middle_name="Zoë",
    family_name="Müller-Łukasiewicz",
    suffix="Jr.",
    full_name="Dr. Anna Müller, the one from Hannover; really",
    title="Head of 調達, Procurement; Europe",
    company="Example Logistics GmbH; Co, KG",
    address='Hauptstraße 5\nHaus B; 3. OG, Büro "Nord"\n10115 Berlin',
    address_parts=AddressParts(
        street="Hauptstraße 5",
        extended='Haus B; 3. OG, Büro "Nord"',
        postcode="10115",
        city="Berlin",
        country="DE",
    ),
    emails=["Anna.Mueller@Example.de", "anna@müller.example"],
    phones=[
        Phone(PhoneKind.WORK, "+493012345678"),
        Phone(PhoneKind.MOBILE, "+4915112345678", label="Assistant"),
        Phone(PhoneKind.FAX, "+493012345679"),
        Phone(PhoneKind.OTHER, "+493087654321", label="Home"),
        Phone(PhoneKind.OTHER, "+4940555123", label="Hamburg office, 2nd floor"),
    ],
    websites=["https://example.com/a,b;c", "www.example.de", "https://www.linkedin.com/in/anna"],
    tags=["Fair, 2024", "VIP"],
    notes='Wants a demo 🚀\nCall after 3pm; "urgent", really\\not',
    interested_in="cold-chain tracking, pallets",
    met_on=date(2024, 5, 17),
    needs_review=False,
    uid="5ad380fdb2de4261ba99de1d1db52fbe",
    updated_at=datetime(2024, 5, 18, 9, 30, tzinfo=UTC),
)
ONLY_A_COMPANY = Contact(company="Nordwind Ltd", needs_review=False, uid="company-only")
NO_EVENT = Contact(
    given_name="Ben",
    family_name="Okafor",
    notes="Met: not our header\nInterested in: nothing",
    needs_review=False,
    uid="ben",
)
CARDS = [
    VCardContact(ANNA, "Hannover Messe, Halle 5"),
    VCardContact(ONLY_A_COMPANY),
    VCardContact(NO_EVENT),
    VCardContact(Contact(given_name="Cleo", met_on=date(2025, 1, 2), needs_review=False, uid="c")),
]
JPEG = bytes(range(256)) * 8


@pytest.mark.parametrize("version", VERSIONS)
def test_ours_to_vcard_and_back_keeps_every_field(version: VCardVersion) -> None:
    entries = vcf_to_contacts(contacts_to_vcf(CARDS, version))
    assert [(e.position, e.error) for e in entries] == [(1, ""), (2, ""), (3, ""), (4, "")]
    assert [e.contact for e in entries] == [card.contact for card in CARDS]
    assert [e.event_name for e in entries] == ["Hannover Messe, Halle 5", "", "", ""]


@pytest.mark.parametrize("version", VERSIONS)
def test_what_the_card_said_and_the_review_flag_stay_in_the_library(version: VCardVersion) -> None:
    scanned = replace(NO_EVENT, phones=[Phone(PhoneKind.WORK, "+493012345678", "030 / 123 456-78")])
    (entry,) = vcf_to_contacts(contacts_to_vcf([VCardContact(scanned)], version))
    assert entry.contact is not None
    assert entry.contact.phones == [Phone(PhoneKind.WORK, "+493012345678")]


@pytest.mark.parametrize("version", VERSIONS)
def test_vobject_reads_what_we_write(version: VCardVersion) -> None:
    data = contacts_to_vcf([*CARDS, VCardContact(ANNA, photo_jpeg=JPEG)], version)
    cards = list(vobject.readComponents(data.decode("utf-8")))
    assert len(cards) == 5
    anna = cards[0]
    assert anna.version.value == version
    assert anna.fn.value == ANNA.full_name
    assert anna.n.value.family == ANNA.family_name
    assert anna.org.value == [ANNA.company]
    assert anna.categories.value == ["Fair, 2024", "VIP"]
    assert [line.value for line in anna.contents["url"]] == ANNA.websites
    assert anna.uid.value == ANNA.uid
    labelled = [line for line in anna.contents["tel"] if line.group]
    labels = {line.group: line.value for line in anna.contents["x-ablabel"]}
    assert [(line.value, labels[line.group]) for line in labelled] == [
        ("+4915112345678", "Assistant"),
        ("+4940555123", "Hamburg office, 2nd floor"),
    ]
    assert cards[1].fn.value == "Nordwind Ltd"
    if version == "3.0":  # vobject cuts a 4.0 data: URI at its comma; the strict reader reads it
        assert cards[4].photo.value == JPEG


@pytest.mark.parametrize("version", VERSIONS)
def test_a_strict_line_reader_reads_what_we_write(version: VCardVersion) -> None:
    data = contacts_to_vcf([*CARDS, VCardContact(ANNA, photo_jpeg=JPEG)], version)
    cards = read_strictly(data)
    assert len(cards) == 5
    anna = cards[0]
    assert anna.one("VERSION") == version
    assert anna.one("FN") == ANNA.full_name
    assert anna.one("N") == (
        f"{ANNA.family_name};{ANNA.given_name};{ANNA.middle_name};{ANNA.prefix};{ANNA.suffix}"
    )
    assert anna.one("ORG") == ANNA.company
    assert anna.one("TITLE") == ANNA.title
    assert anna.one("UID") == ANNA.uid
    assert anna.all("EMAIL") == ANNA.emails
    assert anna.all("URL") == ANNA.websites
    assert anna.one("CATEGORIES", split=",") == "Fair, 2024|VIP"
    assert anna.one("NOTE") == (
        "Met: Hannover Messe, Halle 5, 2024-05-17\n"
        "Interested in: cold-chain tracking, pallets\n\n" + ANNA.notes
    )
    assert anna.one("REV") == "20240518T093000Z"
    tel = [(line.group, line.types, line.value) for line in anna.lines if line.name == "TEL"]
    assert tel == [
        ("", {"work", "voice"}, "+493012345678"),
        ("item1", {"cell", "voice"}, "+4915112345678"),
        ("", {"work", "fax"}, "+493012345679"),
        ("", {"home", "voice"}, "+493087654321"),
        ("item2", {"voice"}, "+4940555123"),
    ]
    # Apple's label follows its number in the same group.
    names = [f"{line.group}.{line.name}" for line in anna.lines if line.group]
    assert names == ["item1.TEL", "item1.X-ABLABEL", "item2.TEL", "item2.X-ABLABEL"]
    photo = cards[4].one("PHOTO")
    encoded = base64.b64encode(JPEG).decode()
    assert photo == (encoded if version == "3.0" else f"data:image/jpeg;base64,{encoded}")


@pytest.mark.parametrize("version", VERSIONS)
def test_long_lines_fold_between_characters_never_inside_one(version: VCardVersion) -> None:
    title = "調達🚀ü" * 40 + "x" * 7
    data = contacts_to_vcf([VCardContact(Contact(given_name="A", title=title))], version)
    (card,) = read_strictly(data)  # it decodes every physical line and checks its 75 octets
    assert card.one("TITLE") == title
    assert only_contact(data).title == title


def test_the_rfc_2426_validator_accepts_our_vcard_3() -> None:
    """The ``vcard`` package takes a group name as one per card and allows ASCII only."""
    plain = replace(
        ANNA,
        given_name="Anna",
        middle_name="",
        family_name="Mueller",
        title="Head of Procurement, Europe",
        emails=["anna@example.de"],
        websites=["https://example.com/a,b;c"],  # it wants a scheme; cards often print none
        phones=[replace(p, label="") for p in ANNA.phones],
        notes='Wants a demo\nCall after 3pm; "urgent", really\\not',
    )
    data = contacts_to_vcf([VCardContact(plain), VCardContact(ONLY_A_COMPANY)], "3.0")
    texts = re.findall(r"BEGIN:VCARD\r\n.*?END:VCARD\r\n", data.decode(), flags=re.DOTALL)
    assert len(texts) == 2
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it counts characters where the RFC counts octets
        checked = [StrictVCard(text) for text in texts]
    first = {p.name.upper(): p.values for p in checked[0].properties}
    assert [[unescape(v) for v in part] for part in first["FN"]] == [[ANNA.full_name]]
    assert first["EMAIL"] == [["anna@example.de"]]
    assert first["N"] == [["Mueller"], ["Anna"], [""], ["Dr."], ["Jr."]]


def only_contact(data: bytes, region: str | None = None) -> Contact:
    (entry,) = vcf_to_contacts(data, region)
    assert entry.error == ""
    assert entry.contact is not None
    return entry.contact


def test_a_card_from_apple_contacts_comes_in_with_nothing_lost() -> None:
    anna = only_contact(APPLE.encode("utf-8"))
    assert (anna.prefix, anna.given_name, anna.middle_name, anna.family_name) == (
        "Dr.",
        "Anna",
        "Zoë",
        "Müller",
    )
    assert anna.full_name == "Dr. Anna Zoë Müller"
    assert anna.company == "Example Logistics GmbH & Co. KG, Einkauf"
    assert anna.title == "Head of Procurement, Europe"
    assert anna.emails == ["anna.mueller@example.de"]
    assert anna.phones == [
        Phone(PhoneKind.MOBILE, "+4915112345678", "+49 151 12345678"),
        Phone(PhoneKind.WORK, "+49301234567", "+49 30 1234567"),
        Phone(PhoneKind.OTHER, "+49301234599", "+49 30 1234599", "Assistant"),
        Phone(PhoneKind.OTHER, "+4940555123", "+49 40 555123", "Hamburg office"),
    ]
    assert anna.address == "Hauptstraße 5\n10115 Berlin\nGermany"
    assert anna.websites == ["https://example.de", "https://www.linkedin.com/in/anna-mueller"]
    assert anna.notes == (
        "Met at the booth, hall 5; wants a demo of the cold-chain tracker and a price list."
    )
    assert anna.uid == "5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE"
    assert not anna.needs_review


def test_a_card_from_google_contacts_comes_in_with_nothing_lost() -> None:
    ben = only_contact(GOOGLE.encode("utf-8"), region="GB")
    assert (ben.given_name, ben.family_name, ben.full_name) == ("Ben", "Okafor", "")
    assert ben.emails == ["ben@nordwind.example", "ben.okafor@gmail.example"]
    assert ben.phones == [
        Phone(PhoneKind.MOBILE, "+447700900123", "+44 7700 900123"),
        Phone(PhoneKind.WORK, "+442079460018", "020 7946 0018"),
    ]
    assert ben.address == "1 Canada Square\nLondon\nE14 5AB\nUnited Kingdom"
    assert (ben.company, ben.title) == ("Nordwind Ltd", "CTO")
    assert ben.websites == ["https://nordwind.example/team"]
    assert ben.tags == ["Web Summit"]
    assert ben.notes == "Interested in fleet telemetry"
    assert ben.uid == ""


def test_a_number_without_a_country_code_and_no_region_is_kept_as_written() -> None:
    ben = only_contact(GOOGLE.encode("utf-8"))
    assert ben.phones[1] == Phone(PhoneKind.WORK, "02079460018", "020 7946 0018")


def test_a_card_from_outlook_comes_in_with_nothing_lost() -> None:
    claire = only_contact(OUTLOOK.encode("utf-8"))
    assert (claire.given_name, claire.family_name) == ("Claire", "Lefèvre")
    assert (claire.company, claire.title) == (
        "Atelier Lumière SARL, Ventes",
        "Directrice commerciale",
    )
    assert claire.phones == [
        Phone(PhoneKind.WORK, "+33142685300", "+33 1 42 68 53 00"),
        Phone(PhoneKind.MOBILE, "+33612345678", "+33 6 12 34 56 78"),
        Phone(PhoneKind.FAX, "+33142685301", "+33 1 42 68 53 01"),
    ]
    assert claire.address == "12 rue de la Paix\n75002 Paris\nFrance"
    assert claire.emails == ["claire.lefevre@atelier-lumiere.example"]
    assert claire.websites == ["http://www.atelier-lumiere.example"]
    assert claire.notes == "Rencontrée au salon\nVeut un devis"
    assert claire.updated_at == datetime(2024, 5, 17, 9, 30, tzinfo=UTC)


def test_what_vcard_2_1_leaves_unescaped_stays_in_the_text() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roth;Jonas\r\nTITLE:Head of Sales, EMEA\r\n"
        "NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe, Jonas; call back\r\n"
        "END:VCARD\r\n"
    ).encode("ascii")
    jonas = only_contact(data)
    assert jonas.title == "Head of Sales, EMEA"
    assert jonas.notes == "Grüße, Jonas; call back"


def test_a_broken_entry_gets_its_own_sentence_and_the_rest_come_in() -> None:
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Broken\r\nthis line has no colon\r\nEND:VCARD\r\n"
    cut = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut off\r\n"
    data = (GOOGLE + broken + APPLE + cut).encode("utf-8")
    entries = vcf_to_contacts(data)
    assert [e.position for e in entries] == [1, 2, 3, 4]
    assert [e.contact.given_name if e.contact else None for e in entries] == [
        "Ben",
        None,
        "Anna",
        None,
    ]
    assert entries[1].error.startswith("Entry 2 could not be read: ")
    assert entries[1].error.endswith(".")
    assert entries[3].error == "Entry 4 is cut off before its END:VCARD."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "latin-1"], ids=lambda e: e)
def test_files_in_other_encodings_read_the_same(encoding: str) -> None:
    text = GOOGLE.replace("Ben", "Bén").replace("CTO", "Directeur général")
    contact = only_contact(text.encode(encoding), region="GB")
    assert (contact.given_name, contact.title) == ("Bén", "Directeur général")


def test_unicode_line_separators_stay_inside_the_text() -> None:
    notes = "one\u2028two\x0bthree\x1cfour\u0085five"
    data = contacts_to_vcf([VCardContact(Contact(given_name="A", notes=notes))], "4.0")
    assert only_contact(data).notes == notes


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"not a vcard at all\r\n"])
def test_a_file_with_no_vcard_has_no_entries(data: bytes) -> None:
    assert vcf_to_contacts(data) == []


def test_thousands_of_entries_are_read_in_order() -> None:
    cards = [
        VCardContact(Contact(given_name=f"Person {n}", emails=[f"p{n}@example.com"], uid=str(n)))
        for n in range(2000)
    ]
    entries = vcf_to_contacts(contacts_to_vcf(cards, "4.0"))
    assert len(entries) == 2000
    assert entries[-1] == ReadEntry(2000, replace(cards[-1].contact, needs_review=False))


# A strict reader of vCard lines, independent of vobject ---------------------------------------


@dataclass(frozen=True)
class Line:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str

    @property
    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}


@dataclass(frozen=True)
class Card:
    lines: list[Line]

    def all(self, name: str) -> list[str]:
        return [unescape(line.value) for line in self.lines if line.name == name]

    def one(self, name: str, split: str = "") -> str:
        (value,) = [line.value for line in self.lines if line.name == name]
        if split:
            return "|".join(unescape(v) for v in re.split(rf"(?<!\\){split}", value))
        return unescape(value)


_CONTENT_LINE = re.compile(
    r"(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)"
    r"(?P<params>(?:;[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^\";:]*)(?:,(?:\"[^\"]*\"|[^\";:,]*))*)*)"
    r":(?P<value>.*)"
)


def read_strictly(data: bytes) -> list[Card]:
    """RFC 6350 section 3: CRLF lines of at most 75 octets, folded with one space, then
    ``[group.]name *(;param=value):value``; anything else fails the test."""
    physical = data.split(b"\r\n")
    assert physical[-1] == b"", "the file ends with CRLF"
    unfolded: list[str] = []
    for raw in physical[:-1]:
        assert b"\n" not in raw and b"\r" not in raw, "bare CR or LF"
        assert len(raw) <= 75, f"line longer than 75 octets: {raw[:40]!r}"
        text = raw.decode("utf-8")
        if text.startswith(" "):
            unfolded[-1] += text[1:]
        else:
            unfolded.append(text)
    cards: list[Card] = []
    current: list[Line] | None = None
    for text in unfolded:
        match = _CONTENT_LINE.fullmatch(text)
        assert match, f"not a content line: {text!r}"
        line = Line(
            (match["group"] or "").lower(),
            match["name"].upper(),
            _params(match["params"]),
            match["value"],
        )
        if line.name == "BEGIN":
            assert current is None and line.value.upper() == "VCARD"
            current = []
        elif line.name == "END":
            assert current is not None and line.value.upper() == "VCARD"
            cards.append(Card(current))
            current = None
        else:
            assert current is not None, "a line outside BEGIN/END"
            current.append(line)
    assert current is None
    return cards


def _params(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for part in re.findall(r";([^;=]+)=((?:\"[^\"]*\"|[^\";])*)", text):
        name, values = part
        found.setdefault(name.upper(), []).extend(v.strip('"') for v in values.split(","))
    return found


def unescape(value: str) -> str:
    """RFC 6350 3.4: ``\\n`` is a newline, ``\\,`` ``\\;`` ``\\\\`` the character itself."""
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] in "nN" else m[1], value)


# --- entries too big to be a contact --------------------------------------------------------

SMALL_LIMIT = 64 * 1024
"""The entry size limit while these tests run: their hostile entries are just over it."""


def oversized(kind: str, size: int) -> str:
    """A vCard holding ``size`` characters of one hostile kind."""
    head = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge\r\n"
    if kind == "line":
        body = "NOTE:" + "a" * size
    elif kind == "soft breaks":  # vCard 2.1 quoted-printable, a soft break every 3 characters
        body = "NOTE;ENCODING=QUOTED-PRINTABLE:" + "abc=\r\n" * (size // 3) + "x"
    elif kind == "photo":  # folded base64, as a phone writes it
        data = base64.b64encode(b"\xff" * (size * 3 // 4)).decode("ascii")
        body = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(
            data[i : i + 74] for i in range(0, len(data), 74)
        )
    elif kind == "many lines":
        body = "\r\n".join(f"NOTE:{n}" for n in range(size // 10))
    else:  # one line with no colon: not even a content line
        body = "x" * size
    return head + body + "\r\nEND:VCARD\r\n"


def small(name: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:;{name};;;\r\nEND:VCARD\r\n"


@pytest.mark.parametrize("kind", ["line", "soft breaks", "photo", "many lines", "no colon"])
def test_an_entry_over_the_size_limit_costs_only_itself(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vcard_entries, "MAX_ENTRY_CHARS", SMALL_LIMIT)
    data = (small("Before") + oversized(kind, SMALL_LIMIT + 100) + small("After")).encode()
    entries = vcf_to_contacts(data)
    assert [e.contact.given_name if e.contact else e.error for e in entries] == [
        "Before",
        "Entry 2 is larger than 0.0625 MB, more than any contact holds, so it was left out.",
        "After",
    ]


@pytest.mark.parametrize("kind", ["line", "soft breaks", "photo", "many lines"])
def test_an_entry_just_under_the_size_limit_is_read(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vcard_entries, "MAX_ENTRY_CHARS", SMALL_LIMIT)
    entries = vcf_to_contacts((small("Before") + oversized(kind, SMALL_LIMIT * 9 // 10)).encode())
    assert [e.error for e in entries] == ["", ""]


def test_a_broken_line_is_quoted_briefly_however_long() -> None:
    entries = vcf_to_contacts(oversized("no colon", 5 * 2**20).encode())
    assert entries[0].error.startswith("Entry 1 could not be read: ")
    assert len(entries[0].error) < 300


CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ünal\r\nN:Ünal;Zoë;;;\r\nNOTE:über\r\n lang\r\n"
    "END:VCARD\r\n"
).encode()


@pytest.mark.parametrize(
    "cut",
    [
        CARD.index(b"\r\n lang") + 1,  # between a fold's CR and LF
        CARD.index("ë".encode()) + 1,  # inside a UTF-8 character
        CARD.index(b"\r\n lang") + 2,  # before a fold's space
        CARD.index(b"\r\n lang") + 3,  # after it
        CARD.index(b"END:VCARD"),
    ],
)
def test_a_file_read_a_chunk_at_a_time_reads_as_a_whole(cut: int) -> None:
    """Line ends, folds and characters that straddle the (1 MiB) chunks the file is read in."""
    pad = b"BEGIN:VCARD\r\nFN:Pad\r\nNOTE:"
    end = b"\r\nEND:VCARD\r\n"
    pad += b"x" * (2**20 - cut - len(pad) - len(end)) + end
    entries = vcf_to_contacts(pad + CARD * 2)
    assert [e.error for e in entries] == [""] * 3
    people = [(e.contact.given_name, e.contact.family_name, e.contact.notes) for e in entries]
    assert people[1:] == [("Zoë", "Ünal", "überlang")] * 2


@pytest.mark.parametrize("version", VERSIONS)
def test_a_name_s_reading_goes_out_as_its_phonetic_name_and_comes_back(
    version: VCardVersion,
) -> None:
    yamada = Contact(
        given_name="太郎",
        family_name="山田",
        reading_given="Taro",
        reading_family="Yamada",
        needs_review=False,
        uid="yamada",
    )
    written = contacts_to_vcf([VCardContact(yamada)], version)
    assert b"X-PHONETIC-FIRST-NAME:Taro\r\n" in written
    assert b"X-PHONETIC-LAST-NAME:Yamada\r\n" in written
    (entry,) = vcf_to_contacts(written)
    assert entry.contact == yamada

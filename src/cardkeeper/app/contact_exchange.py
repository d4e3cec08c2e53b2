"""Contacts out to other address books and back in: vCard and the Google and Outlook CSVs.

Export writes all contacts, an event's or a chosen few, whole or not at all.
Import reads a .vcf or .csv entry by entry; each entry gets its own outcome,
and one bad entry costs only itself (see :data:`ENTRIES_PER_COMMIT`).
A contact is recognised by its UID (an entry without one gets a UID made from
what it holds), else by a shared email or phone number: importing the same
file twice adds nothing the second time.
"""

from __future__ import annotations

import enum
import hashlib
import io
import json
import logging
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Literal, TypeVar, get_args

from cardkeeper.domain import Contact, Phone
from cardkeeper.errors import CardKeeperError, ExchangeError
from cardkeeper.interop.files import partial_path, write_atomically
from cardkeeper.interop.read_entry import ReadEntry
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf
from cardkeeper.interop.vcard_entries import EntryText, count_entries, stream_entries
from cardkeeper.logs import Stopwatch, id_runs, timed
from cardkeeper.store.card_images import ImageRole, Side
from cardkeeper.store.contact_rows import list_contact_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.scratch import writing_folder
from cardkeeper.wording import translate

log = logging.getLogger(__name__)
T = TypeVar("T")

ExportFormat = Literal["vcf", "vcf3", "csv-google", "csv-outlook"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
IMPORT_SUFFIXES = (".vcf", ".vcard", ".csv")
"""Files ``cardkeeper import`` reads as contacts rather than as card images."""
ENTRIES_PER_COMMIT = 500
"""Entries saved per commit: a commit waits for the disk (synchronous=FULL), and one per
entry made 10,000 contacts take 17-25 s. A crash loses at most the entries of the commit
under way, and never leaves part of one. The entries of a commit are saved as one batch;
should one fail part-way, the batch is undone and saved again with a savepoint per entry,
so that entry fails alone."""
CHARS_PER_PART = 16 * 2**20
"""The most characters of a file one commit's entries hold, unless one entry is bigger (up to
:data:`~cardkeeper.interop.vcard_entries.MAX_ENTRY_CHARS`): 500 usual entries are some 200 kB,
but 500 with photos may be a few hundred MB, and an import holds a few parts at a time."""
PHOTO_SIZE = 400
"""Longest side of a card image in a vCard, in pixels: enough to recognise the card, and
small enough that a thousand of them still make a file phones import."""


class Outcome(enum.StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    ALREADY_THERE = "already there"
    FAILED = "failed"


@dataclass(frozen=True)
class EntryOutcome:
    """What became of one entry of the file (a vCard, a CSV row)."""

    position: int
    """The entry's number in a .vcf, the spreadsheet row in a CSV."""
    outcome: Outcome
    message: str
    """One sentence for the user, naming the entry."""
    contact_id: int | None = None
    """The contact added, updated or matched; None when it failed."""


@dataclass(frozen=True)
class ExchangeReport:
    path: Path
    entries: list[EntryOutcome]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for entry in self.entries if entry.outcome is outcome)

    def summary(self) -> str:
        return translate(
            "contact_exchange",
            "{added} added, {updated} updated, {there} already in the library, "
            "{failed} could not be read.",
        ).format(
            added=self.count(Outcome.ADDED),
            updated=self.count(Outcome.UPDATED),
            there=self.count(Outcome.ALREADY_THERE),
            failed=self.count(Outcome.FAILED),
        )


def event_contact_ids(library: Library, event_name: str) -> list[int]:
    """The ids of the contacts met at the event of this name (any case), oldest first."""
    wanted = event_name.strip().casefold()
    event = next((e for e in Events(library).list_events() if e.name.casefold() == wanted), None)
    if event is None:
        raise ExchangeError(
            translate(
                "contact_exchange", "There is no event called “{event}” in the library."
            ).format(event=event_name)
        )
    contacts = Contacts(library).list_contacts(event_id=event.id)
    return sorted(c.id for c in contacts if c.id is not None)


def export_contacts(
    library: Library,
    ids: Iterable[int] | None,
    fmt: ExportFormat,
    out_path: Path,
    *,
    with_photos: bool = False,
) -> int:
    """Write the contacts (``ids``, or all not in the trash) to ``out_path``; return how many.

    The file is written whole or not at all. ``with_photos`` puts a scaled-down
    card image in each vCard (CSV has no place for one).
    """
    with timed(log, "Contacts export"):
        contacts = chosen_contacts(library, ids)
        data = exported_bytes(library, contacts, fmt, with_photos=with_photos)
        try:
            write_export(library.folder, out_path, data)
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            raise ExchangeError(
                translate("contact_exchange", "{path} could not be written: {reason}.").format(
                    path=out_path, reason=reason
                )
            ) from None
    log.debug("Contacts export written to %s", out_path)
    return len(contacts)


def write_export(library_folder: Path, path: Path, data: bytes) -> None:
    """Write an export whole or not at all, through a ``.partial`` file beside ``path`` that a
    locked folder in the library names while it is written: a process killed meanwhile leaves
    it, and the next start removes it (see :mod:`cardkeeper.store.scratch`). Raises
    :class:`OSError` for the caller to put into a sentence."""
    with writing_folder(library_folder, partial_path(path)):
        write_atomically(path, data)


def exported_bytes(
    library: Library, contacts: Sequence[Contact], fmt: ExportFormat, *, with_photos: bool = False
) -> bytes:
    """The file's bytes, for a caller that writes them elsewhere (standard output)."""
    watch = Stopwatch()
    data = _exported_bytes(library, contacts, fmt, with_photos)
    log.info(
        "Contacts export (%s%s): %d contacts, %d bytes, in %.2f s; contacts %s",
        fmt,
        ", with photos" if with_photos else "",
        len(contacts),
        len(data),
        watch.seconds(),
        id_runs(c.id for c in contacts if c.id is not None),
    )
    return data


def _exported_bytes(
    library: Library, contacts: Sequence[Contact], fmt: ExportFormat, with_photos: bool
) -> bytes:
    names = {event.id: event.name for event in Events(library).list_events() if event.id}
    if fmt in ("vcf", "vcf3"):
        store = Contacts(library)
        cards = [
            VCardContact(
                contact,
                names.get(contact.event_id, "") if contact.event_id else "",
                _photo(store, contact) if with_photos else b"",
            )
            for contact in contacts
        ]
        return contacts_to_vcf(cards, "4.0" if fmt == "vcf" else "3.0")
    from cardkeeper.interop.contacts_csv import contacts_to_csv

    layout: Literal["google", "outlook"] = "google" if fmt == "csv-google" else "outlook"
    return contacts_to_csv(contacts, layout, event_names=names)


def chosen_contacts(library: Library, ids: Iterable[int] | None) -> list[Contact]:
    """The contacts to export, oldest first: these ids, or every one not in the trash.

    An id not in the library (or in the trash) is an error rather than left
    out, so the user does not send a file short of the person they picked.
    """
    store = Contacts(library)
    if ids is None:
        return sorted(store.list_contacts(), key=lambda c: c.id or 0)
    wanted = sorted(set(ids))
    missing = sorted(set(wanted) - _not_in_trash(library, wanted))
    if missing:
        listed = ", ".join(f"#{n}" for n in missing)
        raise ExchangeError(
            translate(
                "contact_exchange",
                "Contact {ids} is not in the library: check the ids and try again.",
            ).format(ids=listed)
        )
    return store.get_contacts(wanted)


def _not_in_trash(library: Library, ids: Sequence[int]) -> set[int]:
    return {row.id for row in list_contact_rows(library, ids=ids)}


def _photo(store: Contacts, contact: Contact) -> bytes:
    """The front of the card, scaled down, as JPEG; b"" for a contact with no card."""
    from PIL import Image

    assert contact.id is not None
    images = store.card_details(contact.id).images
    front = next(
        (i for i in images if i.side is Side.FRONT and i.role is ImageRole.FLATTENED), None
    )
    if front is None:
        return b""
    try:
        with Image.open(front.path) as image:
            image.thumbnail((PHOTO_SIZE, PHOTO_SIZE))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
    except OSError:
        return b""  # a card file gone missing costs the photo, not the export
    return out.getvalue()


def import_contacts(
    library: Library,
    path: Path,
    *,
    region: str | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExchangeReport:
    """Read a .vcf or .csv file into the library; one outcome per entry, in the file's order.

    ``progress`` is called with (entries done, entries in all) after each commit.
    ``mapping`` (CSV column header -> one of ``contacts_csv.CSV_FIELDS``) is
    how the user said to read a CSV's columns; without it Google's and
    Outlook's layouts are recognised and other headers guessed.
    Raises :class:`ExchangeError` only when the file as a whole cannot be read
    (missing, not a contacts file, empty); a bad entry fails alone. A full disk
    raises :class:`LibraryError` with the entries of earlier commits saved, each
    whole: importing the file again once there is room adds the rest.
    """
    log.debug("Contacts import from %s", path.name)
    with timed(log, "Contacts import") as watch:
        report = _import_contacts(library, path, region, mapping, progress)
    log.info(
        "Contacts import (%s): %d entries, %d added, %d updated, %d already in the library, "
        "%d could not be read, in %.1f s; contacts %s",
        path.suffix.lower(),
        len(report.entries),
        report.count(Outcome.ADDED),
        report.count(Outcome.UPDATED),
        report.count(Outcome.ALREADY_THERE),
        report.count(Outcome.FAILED),
        watch.seconds(),
        id_runs(e.contact_id for e in report.entries if e.contact_id is not None),
    )
    return report


def _import_contacts(
    library: Library,
    path: Path,
    region: str | None,
    mapping: Mapping[str, str] | None,
    progress: Callable[[int, int], None] | None,
) -> ExchangeReport:
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise ExchangeError(
            translate("contact_exchange", "{name} is not a .vcf or .csv file of contacts.").format(
                name=path.name
            )
        )
    try:
        count, parts = _read_in_parts(path, suffix, region, mapping)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise ExchangeError(
            translate("contact_exchange", "{path} could not be read: {reason}.").format(
                path=path, reason=reason
            )
        ) from None
    if not count:
        raise ExchangeError(
            translate("contact_exchange", "{name} holds no contacts.").format(name=path.name)
        )
    noun = "Row" if suffix == ".csv" else "Entry"
    outcomes: list[EntryOutcome] = []
    with closing(parts):
        for chunk in parts:
            try:
                with library.batch():
                    saved = _save_entries(library, chunk, noun, fail_alone=False)
            except CardKeeperError:
                with library.transaction():
                    saved = _save_entries(library, chunk, noun, fail_alone=True)
            outcomes.extend(saved)
            if progress is not None:
                progress(len(outcomes), count)
    return ExchangeReport(path, outcomes)


def _read_in_parts(
    path: Path, suffix: str, region: str | None, mapping: Mapping[str, str] | None
) -> tuple[int, Generator[list[ReadEntry]]]:
    """How many entries the file holds, and the entries read a commit's worth at a time.

    A .vcf is read as it is saved (see :mod:`cardkeeper.app.vcard_read_ahead`),
    so the import's progress moves from the first commit. Either file is taken
    from the disk as it is read, never held whole (see
    :mod:`cardkeeper.interop.vcard_entries` and :mod:`cardkeeper.interop.csv_reading`).
    """
    if suffix == ".csv":
        from cardkeeper.interop.contacts_csv import count_csv_rows

        with path.open("rb") as file:
            count = count_csv_rows(file, mapping)
        return count, _read_to_the_end(path, _csv_parts(path, mapping, region))
    with path.open("rb") as file:
        count = count_entries(file)
    return count, _read_vcf(path, count, region)


def _read_vcf(path: Path, count: int, region: str | None) -> Generator[list[ReadEntry]]:
    """The file's parts read, the file closed once they are (or the import stops)."""
    from cardkeeper.app.vcard_read_ahead import read_parts

    with closing(_vcf_parts(path)) as parts:
        yield from _read_to_the_end(path, read_parts(parts, count, region))


def _read_to_the_end(path: Path, parts: Iterator[list[T]]) -> Generator[list[T]]:
    """The parts, a file that fails after it was counted (gone, a disk failing) said in a
    sentence."""
    try:
        yield from parts
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise ExchangeError(
            translate("contact_exchange", "{path} could not be read to its end: {reason}.").format(
                path=path, reason=reason
            )
        ) from None


def _csv_parts(
    path: Path, mapping: Mapping[str, str] | None, region: str | None
) -> Generator[list[ReadEntry]]:
    """The CSV's rows a commit's worth at a time, the file open until they are all read."""
    from cardkeeper.interop.contacts_csv import csv_rows

    with path.open("rb") as file:
        for part in _in_parts(csv_rows(file, mapping, region=region), lambda row: row.chars):
            yield [row.entry for row in part]


def _vcf_parts(path: Path) -> Generator[list[EntryText]]:
    with path.open("rb") as file:
        yield from _in_parts(stream_entries(file), lambda entry: len(entry.text))


def _in_parts(items: Iterable[T], size: Callable[[T], int]) -> Generator[list[T]]:
    """The entries a commit's worth at a time, as they are asked for: :data:`ENTRIES_PER_COMMIT`,
    or fewer that hold :data:`CHARS_PER_PART` characters between them."""
    part: list[T] = []
    chars = 0
    for item in items:
        if part and (len(part) == ENTRIES_PER_COMMIT or chars + size(item) > CHARS_PER_PART):
            yield part
            part, chars = [], 0
        part.append(item)
        chars += size(item)
    if part:
        yield part


def _save_entries(
    library: Library,
    chunk: Sequence[ReadEntry],
    noun: str,
    *,
    fail_alone: bool,
) -> list[EntryOutcome]:
    """Save the chunk's entries. With ``fail_alone`` an entry that fails mid-way is undone
    alone (each save is a savepoint, as outside a batch); without, it is raised. So is a
    failure after which SQLite has rolled back the whole transaction, as it may on a full
    disk: the entries before it are gone too, and those after would be saved outside any
    transaction, one statement at a time."""
    event_ids: dict[str, int] = {}
    uids = [
        (e.contact.uid or _content_uid(e.contact, e.event_name)) if e.contact else "" for e in chunk
    ]
    contacts = Contacts(library)
    known = contacts.find_by_uids(uid for uid in uids if uid)
    live = _not_in_trash(library, [c.id for c in known.values() if c.id is not None])
    touched: set[str] = set()
    """Uids this chunk added or changed: what ``known`` says of them is out of date."""
    outcomes = []
    for entry, uid in zip(chunk, uids, strict=True):
        position, event_name = entry.position, entry.event_name
        if entry.contact is None:
            outcomes.append(EntryOutcome(position, Outcome.FAILED, entry.error))
            continue
        where = _where(noun, position)
        try:
            event_id = _event_id(library, event_name, event_ids) if event_name else None
            incoming = replace(entry.contact, uid=uid, event_id=event_id, id=None, created_at=None)
            found = contacts.find_by_uid(uid) if uid in touched else known.get(uid)
            in_trash = found is not None and found.id not in live and uid not in touched
            outcome = _import_one(contacts, noun, position, incoming, found, in_trash=in_trash)
            if outcome.outcome in (Outcome.ADDED, Outcome.UPDATED):
                touched.add(uid)
            outcomes.append(outcome)
        except CardKeeperError as failure:
            if not fail_alone or not library.connection.in_transaction:
                raise  # in a batch; or SQLite undid the whole transaction (a full disk)
            failed = translate("contact_exchange", "{where}: {failure}")
            outcomes.append(
                EntryOutcome(position, Outcome.FAILED, failed.format(where=where, failure=failure))
            )
    return outcomes


def _where(noun: str, position: int) -> str:
    """ "Row 3" of a CSV file, "Entry 3" of a vCard file."""
    if noun == "Row":
        return translate("contact_exchange", "Row {position}").format(position=position)
    return translate("contact_exchange", "Entry {position}").format(position=position)


def _label(noun: str, position: int, name: str) -> str:
    """Who an entry is, for its sentence: "Ann Lee (row 3)", or "Row 3" with no name."""
    if not name:
        return _where(noun, position)
    if noun == "Row":
        labelled = translate("contact_exchange", "{name} (row {position})")
    else:
        labelled = translate("contact_exchange", "{name} (entry {position})")
    return labelled.format(name=name, position=position)


def _event_id(library: Library, name: str, known: dict[str, int]) -> int:
    """The event's id, made if new; asked once per name, not once per entry (each a write)."""
    key = name.strip().casefold()
    if key not in known:
        event_id = Events(library).get_or_create(name).id
        assert event_id is not None
        known[key] = event_id
    return known[key]


def _import_one(
    contacts: Contacts,
    noun: str,
    position: int,
    incoming: Contact,
    found: Contact | None,
    *,
    in_trash: bool,
) -> EntryOutcome:
    """Add ``incoming``, or update ``found`` (the contact with its uid) with it, or neither."""
    name = incoming.display_name or incoming.company or next(iter(incoming.emails), "")
    label = _label(noun, position, name)
    if found is None:
        matches = contacts.find_matches(incoming)
        if matches:
            return EntryOutcome(
                position,
                Outcome.ALREADY_THERE,
                translate(
                    "contact_exchange",
                    "{label} is already in the library with the same email or phone.",
                ).format(label=label),
                matches[0],
            )
        contact_id = contacts.save_new_contact(incoming)
        added = translate("contact_exchange", "{label} was added.").format(label=label)
        return EntryOutcome(position, Outcome.ADDED, added, contact_id)
    assert found.id is not None
    if in_trash:
        return EntryOutcome(
            position,
            Outcome.ALREADY_THERE,
            translate(
                "contact_exchange", "{label} is in the trash: restore it from there to keep it."
            ).format(label=label),
            found.id,
        )
    merged = _merged(found, incoming)
    if merged == found:
        there = translate("contact_exchange", "{label} is already in the library.")
        return EntryOutcome(position, Outcome.ALREADY_THERE, there.format(label=label), found.id)
    contacts.update_contact(merged)
    updated = translate("contact_exchange", "{label} was updated.").format(label=label)
    return EntryOutcome(position, Outcome.UPDATED, updated, found.id)


_KEPT = frozenset({"id", "created_at", "updated_at", "last_contacted_at", "needs_review", "uid"})
"""Fields that say what the library did with a contact, not who the person is."""


def _merged(saved: Contact, incoming: Contact) -> Contact:
    """The saved contact with what the file says; a field the file leaves empty stays as saved.

    The file comes from another address book, which may not hold all we do
    (interests, where met): an entry without them must not wipe them out.
    """
    given = {field.name: getattr(incoming, field.name) for field in fields(Contact)}
    merged = replace(
        saved,
        **{name: v for name, v in given.items() if name not in _KEPT and v not in ("", [], None)},
    )
    printed = {p.number: p.printed for p in saved.phones}
    phones = [
        p if p.printed else Phone(p.kind, p.number, printed.get(p.number, ""), p.label)
        for p in merged.phones
    ]
    return replace(merged, phones=phones)


def _content_uid(contact: Contact, event_name: str) -> str:
    """A UID for an entry that brought none: the same entry always gets the same one."""
    # The same values asdict() would give, without its deep copies (a third of an import's time).
    values = {field.name: getattr(contact, field.name) for field in fields(Contact)}
    values.update(event_id=None, updated_at=None, created_at=None)
    for reading in ("reading_given", "reading_family"):
        # Added later: an entry without a name's reading keeps the UID it was given before.
        if not values[reading]:
            del values[reading]
    values["phones"] = [vars(phone) for phone in contact.phones]
    text = json.dumps([values, event_name], sort_keys=True, default=str, ensure_ascii=False)
    return "import-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

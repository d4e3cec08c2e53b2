"""Import card images into the library: read in parallel, save one whole photo at a time.

Reading (OCR) runs on worker threads; saving runs on the caller's thread, one
transaction per photo (each card of a photo of several becomes its own contact, all of
them or none saved), so a crash or cancel leaves only whole contacts and whole photos,
and a card that matches one saved earlier in the same batch is caught too.
"""

from __future__ import annotations

import enum
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from threading import Event

from cardkeeper.app.contact_from_reading import (
    contact_from_fields,
    original_photo,
    save_read_card,
    scanned_side,
)
from cardkeeper.app.find_duplicates import Duplicate, likely_duplicates
from cardkeeper.app.image_files import expand_paths
from cardkeeper.app.read_cards import ReadOutcome, map_in_order, read_one
from cardkeeper.logs import id_runs, timed
from cardkeeper.reading.pipeline import CardReading, ReadingOptions
from cardkeeper.store.card_images import ImageData, ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.images import content_name
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)


class ImportStatus(enum.StrEnum):
    ADDED = "added"
    """Saved; ``matches`` names the contacts it may duplicate when kept for review."""
    MATCHED = "matched"
    """The same card image is already in the library: not added twice."""
    FAILED = "failed"


@dataclass(frozen=True)
class ImportResult:
    path: Path
    status: ImportStatus
    message: str
    """One sentence for the user about this file."""
    contact_id: int | None = None
    matches: tuple[int, ...] = ()
    notes: tuple[str, ...] = field(default=())
    card: int = 0
    """Which card of the photo this is (1, 2, … in reading order) when it holds several;
    0 when it holds one."""
    cards: int = 1
    """How many cards (and places holding cards not told apart) the photo holds."""

    @property
    def where(self) -> str:
        """The file's name, and the card's number in it when it holds several."""
        if not self.card:
            return self.path.name
        return translate("import_cards", "{file}, card {number}").format(
            file=self.path.name, number=self.card
        )


def cards_in_photo(count: int, path: Path) -> str:
    """The sentence that says a photo held several cards: "4 cards in desk.jpg." """
    return translate("import_cards", "%n cards in {file}.", None, count).format(file=path.name)


def import_images(
    library: Library,
    named: Iterable[Path],
    options: ReadingOptions,
    *,
    event: str | None = None,
    jobs: int = 0,
    cancel: Event | None = None,
) -> Iterator[ImportResult]:
    """Yield one result per image found (and per named thing that held none), in order.

    The very card saved before (the same photo, or the same flattened card read)
    is reported MATCHED and not saved. A card that may be someone already in the
    library (the same email or phone, a similar name and company) is saved like
    every card, marked for review, its result naming the contacts it may
    duplicate, so that the user decides in the review inbox whether to merge
    them: one rule for the window and ``cardkeeper import``.
    """
    results = _import(library, named, options, event=event, jobs=jobs, cancel=cancel)
    return _logged(results, cancel)


def _import(
    library: Library,
    named: Iterable[Path],
    options: ReadingOptions,
    *,
    event: str | None,
    jobs: int,
    cancel: Event | None,
) -> Iterator[ImportResult]:
    left = Contacts(library).delete_leftover_files()
    if left:
        log.info("Deleted %d card image files left by an import that was cut short", left)
    event_id = Events(library).get_or_create(event).id if event else None
    readable: list[Path] = []
    for item in expand_paths(named):
        if item.problem:
            yield ImportResult(item.path, ImportStatus.FAILED, item.problem)
        else:
            readable.append(item.path)
    read = partial(_read_for_saving, options=options)
    for cards in map_in_order(readable, read, jobs, cancel):
        if len(cards) == 1:
            outcome, side = cards[0]
            yield _save(library, outcome, side, event_id)
            continue
        # One transaction for the whole photo, each card its own contact: a kill or a full
        # disk half way leaves none of them, and importing the photo again reads them all.
        with library.batch():
            saved = [
                replace(
                    _save(library, outcome, side, event_id), card=outcome.card, cards=len(cards)
                )
                for outcome, side in cards
            ]
        yield from saved


def _logged(results: Iterator[ImportResult], cancel: Event | None) -> Iterator[ImportResult]:
    """Pass the results on, and log the batch in one line once it ends: counts, time, ids."""
    counts: Counter[ImportStatus] = Counter()
    ids: list[int] = []
    with timed(log, "Card import") as watch:
        for result in results:
            counts[result.status] += 1
            _log_one(result)
            if result.contact_id is not None:
                ids.append(result.contact_id)
            yield result
    log.info(
        "Card import%s: %d cards, %d added, %d already in the library, %d could not be read, "
        "in %.1f s; contacts %s",
        " (cancelled)" if cancel is not None and cancel.is_set() else "",
        counts.total(),
        counts[ImportStatus.ADDED],
        counts[ImportStatus.MATCHED],
        counts[ImportStatus.FAILED],
        watch.seconds(),
        id_runs(ids),
    )


def _log_one(result: ImportResult) -> None:
    name = result.where
    if result.status is ImportStatus.FAILED:
        log.debug("Card file %s could not be read: %s", name, result.message)
    elif result.contact_id is None:
        log.debug("Card file %s: not added, already contact %s", name, id_runs(result.matches))
    else:
        like = f", like contact {id_runs(result.matches)}" if result.matches else ""
        log.debug("Card file %s: added as contact %d%s", name, result.contact_id, like)


def _read_for_saving(
    path: Path, options: ReadingOptions
) -> list[tuple[ReadOutcome, ScannedSide | None]]:
    """Read the photo's cards and encode their images on the worker, leaving only the
    database to the saver: one outcome per card, each with the photo as its original."""
    outcomes = read_one(path, options)
    if all(outcome.reading is None for outcome in outcomes):
        return [(outcome, None) for outcome in outcomes]
    try:
        original = original_photo(path)
    except OSError as error:  # the photo vanished or became unreadable since it was read
        message = translate(
            "import_cards", "{file} could not be read again to keep it ({reason})."
        ).format(file=path.name, reason=error.strerror)
        return [(ReadOutcome(path, None, message), None)]
    return [_card_for_saving(outcome, original) for outcome in outcomes]


def _card_for_saving(
    outcome: ReadOutcome, original: ImageData | None
) -> tuple[ReadOutcome, ScannedSide | None]:
    if outcome.reading is None:
        return outcome, None
    if _nothing_read(outcome.reading):
        where = outcome.path.name
        if outcome.card:
            where = translate("import_cards", "card {number} of {file}").format(
                number=outcome.card, file=where
            )
        message = translate(
            "import_cards", "No text could be read in {file}, so no contact was made from it."
        ).format(file=where)
        return replace(outcome, reading=None, error=message), None
    return outcome, scanned_side(outcome.reading, original)


def _nothing_read(reading: CardReading) -> bool:
    """A blank page, a 1×1 pixel image: saving it would add an empty contact to the library.

    A card with text but no field recognised is still saved, for the user to fill
    in from the card image in review.
    """
    fields = reading.fields
    found = (fields.name, fields.title, fields.company, fields.address)
    lists = (fields.emails, fields.phones, fields.websites, fields.socials)
    return not reading.raw_text.strip() and not any(found) and not any(lists)


def _save(
    library: Library,
    outcome: ReadOutcome,
    side: ScannedSide | None,
    event_id: int | None,
) -> ImportResult:
    reading = outcome.reading
    if reading is None or side is None:
        return ImportResult(outcome.path, ImportStatus.FAILED, outcome.error or "")
    contacts = Contacts(library)
    contact = contact_from_fields(reading.fields)
    notes = tuple(reading.notes)
    # Review is for cards that may be the same person, while the same image is
    # the same card, which is never saved twice. The cards of a photo of several share
    # the photo, so each is known by its own flattened image.
    names = _file_names(side)[:1] if outcome.card else _file_names(side)
    if matches := tuple(contacts.find_same_card(names)):
        why = QT_TRANSLATE_NOOP(
            "import_cards", "Not added: this card was imported before, as {who}."
        )
        return _matched(contacts, outcome.path, matches, why, notes)
    duplicates = likely_duplicates(library, contact)
    # A LibraryError (full disk, read-only folder) is left to stop the batch: every
    # later card would fail the same way, and one sentence says it better than fifty.
    contact_id = save_read_card(
        library,
        contact,
        reading,
        side,
        event_id,
        scanned_from=(
            f"Card {outcome.card} read from {outcome.path.name}"
            if outcome.card
            else f"Card read from {outcome.path.name}"
        ),
    )
    name = contact.display_name or translate("import_cards", "a contact with no name read")
    return ImportResult(
        outcome.path,
        ImportStatus.ADDED,
        _added(name, duplicates),
        contact_id=contact_id,
        matches=tuple(duplicate.contact_id for duplicate in duplicates),
        notes=notes,
    )


def _file_names(side: ScannedSide) -> list[str]:
    """The names the library's image files of this card have, if it was saved before."""
    images = (side.flattened, side.original)
    return [content_name(image.data) for image in images if image is not None]


def _matched(
    contacts: Contacts, path: Path, matches: tuple[int, ...], why: str, notes: tuple[str, ...]
) -> ImportResult:
    """Not added: ``why`` is the sentence, with ``{who}`` for the first match's name."""
    first = contacts.get_contact(matches[0])
    who = (
        first.display_name
        if first and first.display_name
        else translate("import_cards", "contact #{id}").format(id=matches[0])
    )
    message = translate("import_cards", why).format(who=who)
    return ImportResult(path, ImportStatus.MATCHED, message, matches=matches, notes=notes)


def _added(name: str, duplicates: Sequence[Duplicate]) -> str:
    """ "Added …", saying whom the card may duplicate."""
    if not duplicates:
        return translate("import_cards", "Added {name}.").format(name=name)
    first = duplicates[0]
    who = "{name} ({reason})".format(
        name=first.name or translate("import_cards", "contact #{id}").format(id=first.contact_id),
        reason=first.reason,
    )
    more = len(duplicates) - 1
    if not more:
        added = translate(
            "import_cards",
            "Added {name}; {who} is already in the library — merge them in the review inbox.",
        )
    else:
        added = translate(
            "import_cards",
            "Added {name}; {who} and %n more are already in the library — "
            "merge them in the review inbox.",
            None,
            more,
        )
    return added.format(name=name, who=who)

"""Merge a duplicate into the contact already in the library, and undo it.

The contact kept (the target) is the one the user chose to keep, usually the
one they have known longer, so what it says wins; the duplicate (the source)
only fills what the target lacks and adds the addresses, numbers and tags it
does not have yet. The source goes to
the trash, not away, so undo can bring both back exactly as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import astuple, replace
from typing import TypeVar

from cardkeeper.domain import SINGLE_TEXT_FIELDS, AddressParts, Contact, Phone
from cardkeeper.store.contacts import Contacts, MergeRecord
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import KeptSequence
from cardkeeper.wording import translate

__all__ = ["MergeRecord", "merge_contacts", "merged", "sequence_note", "undo_merge"]


_T = TypeVar("_T")


def merged(target: Contact, source: Contact) -> Contact:
    """The target with what the source adds; the target's id, times and review state.

    Text fields the target leaves empty come from the source, and so do the
    address parts it leaves empty, of the same address. Emails (any
    case), phones (by number), websites and tags (any case) are the target's,
    in its order, then the source's new ones. Notes and interests that say
    different things are both kept, a blank line between. Neither contact is
    changed.
    """
    filled = {
        name: getattr(target, name) if getattr(target, name).strip() else getattr(source, name)
        for name in SINGLE_TEXT_FIELDS
    }
    return replace(
        target,
        **filled,
        address_parts=_address_parts(target, source),
        emails=_union(target.emails, source.emails, str.casefold),
        phones=_union(target.phones, source.phones, _number),
        websites=_union(target.websites, source.websites, str.casefold),
        tags=_union(target.tags, source.tags, str.casefold),
        notes=_joined(target.notes, source.notes),
        interested_in=_joined(target.interested_in, source.interested_in),
        event_id=target.event_id if target.event_id is not None else source.event_id,
        met_on=target.met_on or source.met_on,
    )


def _address_parts(target: Contact, source: Contact) -> AddressParts:
    """The target's parts, each empty one filled from the source's, as text fields are.

    Only from the same address, though (the same text as printed, or a target
    with no address at all, which takes the source's text too): parts of two
    different addresses put together would be a place neither of them is.
    """
    mine, theirs = target.address_parts, source.address_parts
    no_address = mine.is_empty and not target.address.strip()
    if not no_address and _plain(target.address) != _plain(source.address):
        return mine
    return AddressParts(
        *(own or other for own, other in zip(astuple(mine), astuple(theirs), strict=True))
    )


def _plain(address: str) -> str:
    return " ".join(address.split()).casefold()


def merge_contacts(library: Library, target_id: int, source_id: int) -> MergeRecord:
    """Merge contact ``source_id`` into ``target_id`` in one transaction; keep the record to undo.

    The source goes to the trash; its cards, follow-ups and activities go to the
    target (see :meth:`~cardkeeper.store.contacts.Contacts.merge`).
    """
    return Contacts(library).merge(target_id, source_id, merged)


def undo_merge(library: Library, record: MergeRecord) -> None:
    """Put both contacts back exactly as they were before the merge, in one transaction."""
    Contacts(library).undo_merge(record)


def sequence_note(record: MergeRecord) -> str:
    """Which follow-up sequence goes on when both contacts had one, and why; else "".

    The user sees it after the merge: steps they expected in the queue may
    have gone, and this says where.
    """
    kept = record.follow_ups.kept
    if kept is KeptSequence.TARGET_FURTHER:
        return translate(
            "merge_contacts",
            "Both had follow-ups open: the kept contact's go on, being as far along or "
            "further; the card's were set aside so that no step comes twice.",
        )
    if kept is KeptSequence.SOURCE_FURTHER:
        return translate(
            "merge_contacts",
            "Both had follow-ups open: the card's go on, being further along; the kept "
            "contact's were set aside so that no step comes twice.",
        )
    return ""


def _union(first: Sequence[_T], second: Sequence[_T], key: Callable[[_T], object]) -> list[_T]:
    """``first``, then the items of ``second`` whose key is new, each key once."""
    seen = {key(item) for item in first}
    union = list(first)
    for item in second:
        if key(item) not in seen:
            seen.add(key(item))
            union.append(item)
    return union


def _number(phone: Phone) -> str:
    return phone.number


def _joined(first: str, second: str) -> str:
    """Both texts with a blank line between, unless one is empty or already holds the other."""
    if not second.strip() or second.strip() in first:
        return first
    if not first.strip() or first.strip() in second:
        return second
    return f"{first}\n\n{second}"

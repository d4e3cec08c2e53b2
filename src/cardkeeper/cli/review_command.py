"""``cardkeeper review``: the review inbox from a terminal; accept, discard and restore cards.

Accepting here is accepting in the window (:func:`cardkeeper.app.review.accept`):
the card leaves the inbox and its follow-up sequence starts, so cards imported
from a terminal get their follow-ups without the window being opened.
Discarding moves a card to the trash, as the window's Delete does, and
``review restore`` brings it back, as the window's Ctrl+Z or Restore would.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from cardkeeper import paths
from cardkeeper.app import follow_through
from cardkeeper.app.review import accept
from cardkeeper.domain import FollowUp
from cardkeeper.errors import CardKeeperError, ReviewError
from cardkeeper.store import follow_ups
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.review_inbox import CardState, InboxCard, card_state, inbox_cards
from cardkeeper.terminal import json_shown, shown
from cardkeeper.wording import one_line

_HEADINGS = ("ID", "ADDED", "NAME", "COMPANY", "EMAIL", "SOURCE")

_Act = Callable[[Library, int, CardState], str]
"""Does one thing to a card and says what became of it (without the name)."""


def run_review(
    action: str | None,
    ids: Sequence[str],
    *,
    data_dir: str | None,
    every: bool = False,
    as_json: bool = False,
) -> int:
    """List the inbox, or apply ``action`` to each id (or, with ``every``, to every card
    in the inbox); exit status 1 if any card failed."""
    now = datetime.now(UTC)
    today = follow_through.local_date(now)
    with open_library(paths.data_dir(data_dir)) as library:
        if action is None:
            _print_inbox(inbox_cards(library), as_json=as_json)
            return 0
        numbers = _numbers(library, action, ids, every=every)
        act = _action(action, today, now)
        failed = False
        for number in numbers:
            told, ok = _do(library, act, action, number)
            failed |= not ok
            print(told, flush=True)
        return 1 if failed else 0


def _do(library: Library, act: _Act, action: str, number: int) -> tuple[str, bool]:
    """The line saying what became of card ``number``, and whether ``action`` was done."""
    state = card_state(library, number)
    if state is None:
        return f"#{number}: there is no contact #{number} in the library.", False
    who = f"#{number} {_name(state)}"
    refusal = _refusal(action, number, state)
    if refusal:
        return f"{who}: {refusal}", False
    try:
        return f"{who}: {act(library, number, state)}", True
    except CardKeeperError as error:  # a full disk, a read-only library
        return f"{who}: not {_past(action)}: {shown(error)}", False


def _numbers(library: Library, action: str, ids: Sequence[str], *, every: bool) -> list[int]:
    """The contact ids to act on, each once, in the order given; raise when there are none."""
    if every and ids:
        raise ReviewError("Name cards by their ids or use --all, not both.")
    if every:
        numbers = [card.id for card in inbox_cards(library)]
        if not numbers:
            raise ReviewError(f"Nothing to {action}: the review inbox is empty.")
        return numbers
    if not ids:
        raise ReviewError(
            f"Name the cards to {action} by their numbers from the ID column of "
            "`cardkeeper review`, or use --all for every card in the inbox."
        )
    return list(dict.fromkeys(_number(raw) for raw in ids))


def _number(raw: str) -> int:
    text = raw.strip().removeprefix("#")
    if not text.isdigit():
        raise ReviewError(f"“{raw}” is not a card number: use one from the ID column.")
    return int(text)


def _refusal(action: str, number: int, state: CardState) -> str:
    """Why ``action`` cannot be done to this card, or "" when it can."""
    if action == "restore":
        if state.merged_into is not None:
            return (
                f"not restored: it was merged into #{state.merged_into}; "
                "undo the merge in the window to have it back."
            )
        if not state.in_trash:
            return "not restored: it is not in the trash."
        return ""
    if state.in_trash:
        return (
            f"not {_past(action)}: it is in the trash "
            f"(`cardkeeper review restore {number}` brings it back)."
        )
    if not state.needs_review:
        return f"not {_past(action)}: it was accepted before and is not in the review inbox."
    return ""


def _past(action: str) -> str:
    return {"accept": "accepted", "discard": "discarded"}.get(action, "restored")


def _action(action: str, today: date, now: datetime) -> _Act:
    if action == "accept":

        def accept_card(library: Library, number: int, state: CardState) -> str:
            contact = Contacts(library).get_contact(number)
            if contact is None:  # purged since card_state read it
                raise ReviewError("it is no longer in the library.")
            had_open = follow_ups.has_open(library.connection, number)
            return (
                f"accepted; {_scheduled(accept(library, contact, today=today, now=now), had_open)}"
            )

        return accept_card
    if action == "discard":

        def discard(library: Library, number: int, state: CardState) -> str:
            Contacts(library).soft_delete([number])
            return f"moved to the trash (`cardkeeper review restore {number}` brings it back)."

        return discard

    def restore(library: Library, number: int, state: CardState) -> str:
        Contacts(library).undelete([number])
        return "back in the review inbox." if state.needs_review else "back in the library."

    return restore


def _scheduled(first: FollowUp | None, had_open: bool) -> str:
    if first is not None:
        return (
            f"follow-up #{first.id} (step {first.step}) is due {first.due.isoformat()}: "
            f"{shown(one_line(first.reason)) or 'the first step of its sequence'}."
        )
    if had_open:
        return "its follow-up already open goes on."
    return "its sequence has no steps, so no follow-up was scheduled."


def _name(state: CardState) -> str:
    return shown(one_line(state.name)) or "(no name)"


def _print_inbox(cards: list[InboxCard], *, as_json: bool) -> None:
    if as_json:
        listed = [_as_json(card) for card in cards]
        print(json_shown(json.dumps(listed, ensure_ascii=False, indent=2)))
    elif not cards:
        print("The review inbox is empty.")
    else:
        _print_table([_as_row(card) for card in cards])


def _as_json(card: InboxCard) -> dict[str, object]:
    return {
        "id": card.id,
        "name": card.name,
        "company": card.company,
        "email": card.email,
        "source": card.source,
        "event": card.event,
        "added": card.added_at.isoformat(),
    }


def _as_row(card: InboxCard) -> tuple[str, ...]:
    return (
        str(card.id),
        card.added_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        shown(one_line(card.name)) or "(no name)",
        shown(one_line(card.company)),
        shown(card.email),
        shown(one_line(card.source)),
    )


def _print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in [_HEADINGS, *rows]) for i in range(len(_HEADINGS))]
    for row in [_HEADINGS, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())

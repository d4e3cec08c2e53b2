"""The contacts model: sorted, filtered, and changed row by row, as the views expect."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cardkeeper.domain import Contact
from cardkeeper.gui.library.contacts_model import ADDED, NAME, ContactFilter, ContactsModel
from cardkeeper.store.contact_rows import ContactRow, list_contact_rows
from cardkeeper.store.database import Library
from tests.gui.window_fixture import add_contacts


def _row(contact_id: int, name: str, *, day: int = 1, review: bool = False) -> ContactRow:
    return ContactRow(
        id=contact_id,
        name=name,
        company="",
        title="",
        event_id=None,
        event_name="",
        met_on=None,
        created_at=datetime(2026, 3, day, tzinfo=UTC),
        needs_review=review,
        thumbnail=None,
    )


def _names(model: ContactsModel) -> list[str]:
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_newest_first_and_new_rows_inserted_in_place(qtmodeltester: ModelTester) -> None:
    model = ContactsModel()
    model.set_rows([_row(1, "Anna", day=1), _row(2, "Uwe", day=3), _row(3, "Sara", day=5)])
    assert _names(model) == ["Sara", "Uwe", "Anna"]
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    model.put_rows([_row(4, "Noah", day=4)])
    assert _names(model) == ["Sara", "Noah", "Uwe", "Anna"]
    assert inserted == [1]
    model.remove_ids([2, 99])
    assert _names(model) == ["Sara", "Noah", "Anna"]
    assert resets == [], "the view keeps its selection and scroll position"
    qtmodeltester.check(model)


def test_sorted_by_name_ascending_empty_names_last(qtmodeltester: ModelTester) -> None:
    model = ContactsModel()
    model.set_rows([_row(1, "uwe"), _row(2, ""), _row(3, "Anna")])
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["Anna", "uwe", "(no name read)"]
    model.put_rows([_row(4, "Sara")])
    assert _names(model) == ["Anna", "Sara", "uwe", "(no name read)"]
    model.sort(ADDED, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_a_row_leaving_the_filter_is_removed_and_coming_back_is_inserted() -> None:
    model = ContactsModel()
    model.set_rows([_row(1, "Anna", review=True), _row(2, "Uwe", day=2, review=True)])
    model.set_filter(ContactFilter(needs_review=True))
    assert _names(model) == ["Uwe", "Anna"]

    model.put_rows([_row(2, "Uwe", day=2, review=False)])
    assert _names(model) == ["Anna"]
    model.put_rows([_row(2, "Uwe", day=2, review=True)])
    assert _names(model) == ["Uwe", "Anna"]
    assert model.all_count() == 2


def test_search_ids_keep_the_sort_order_and_skip_unknown_ids() -> None:
    model = ContactsModel()
    model.set_rows([_row(n, f"P{n}", day=n) for n in range(1, 8)])
    model.set_filter(ContactFilter(ids=frozenset({2, 5, 3, 99})))
    assert _names(model) == ["P5", "P3", "P2"]
    assert model.row_of(3) == 1
    model.remove_ids([3])
    assert _names(model) == ["P5", "P2"]
    assert model.row_of(3) is None


def test_contacts_model_passes_the_model_tester(
    qtmodeltester: ModelTester, library: Library
) -> None:
    add_contacts(library, *(Contact(full_name=f"Person {n}", company="Acme") for n in range(5)))
    model = ContactsModel()
    model.set_rows(list_contact_rows(library))
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)

from __future__ import annotations

from datetime import date

import pytest

from cardkeeper.store.database import Library
from cardkeeper.store.events import Events


def test_an_event_is_found_again_by_its_name_in_any_case(library: Library) -> None:
    events = Events(library)
    fair = events.get_or_create(" Hannover Messe ", day=date(2024, 4, 22), place="Hannover")
    assert fair.id is not None
    assert (fair.name, fair.date, fair.place) == ("Hannover Messe", date(2024, 4, 22), "Hannover")
    again = events.get_or_create("hannover messe", day=date(2030, 1, 1), place="elsewhere")
    assert again == fair
    assert events.get(fair.id) == fair


def test_events_are_listed_most_recent_first(library: Library) -> None:
    events = Events(library)
    events.get_or_create("Undated meeting")
    events.get_or_create("CeBIT", day=date(2018, 6, 11))
    events.get_or_create("re:publica", day=date(2024, 5, 27))
    assert [e.name for e in events.list_events()] == ["re:publica", "CeBIT", "Undated meeting"]


def test_an_event_needs_a_name(library: Library) -> None:
    with pytest.raises(ValueError, match="needs a name"):
        Events(library).get_or_create("  ")


def test_an_unknown_event_is_none(library: Library) -> None:
    assert Events(library).get(404) is None

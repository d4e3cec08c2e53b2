"""Reading many cards: results in order, and readers that give way to the window."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from cardkeeper.app.read_cards import READER_NICENESS, map_in_order


def _niceness(_item: int) -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_results_come_in_the_order_of_the_items() -> None:
    assert list(map_in_order(list(range(20)), lambda n: n * n, jobs=3)) == [
        n * n for n in range(20)
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread niceness is Linux's")
def test_readers_run_at_a_lower_priority_than_the_caller() -> None:
    caller = _niceness(0)
    readers = set(map_in_order(list(range(4)), _niceness, jobs=2))
    assert readers == {min(caller + READER_NICENESS, 19)}
    assert _niceness(0) == caller

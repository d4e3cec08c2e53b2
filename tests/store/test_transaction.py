"""A transaction inside a transaction is a savepoint: undone alone, saved with the outer one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cardkeeper.store.transaction import write_transaction


def _names(path: Path) -> list[str]:
    """What another connection sees: only what was committed."""
    reader = sqlite3.connect(path)
    try:
        return [row[0] for row in reader.execute("SELECT name FROM t ORDER BY name")]
    finally:
        reader.close()


def test_a_failed_inner_block_is_undone_alone_and_the_rest_commits_together(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TABLE t (name TEXT)")
    with write_transaction(connection):
        with write_transaction(connection):
            connection.execute("INSERT INTO t VALUES ('kept')")
        with pytest.raises(ValueError), write_transaction(connection):
            connection.execute("INSERT INTO t VALUES ('undone')")
            raise ValueError("a bad entry")
        with write_transaction(connection):
            connection.execute("INSERT INTO t VALUES ('also kept')")
        assert _names(path) == []  # nothing is visible before the outer commit
    assert _names(path) == ["also kept", "kept"]
    assert not connection.in_transaction


def test_a_failed_outer_block_undoes_its_inner_blocks_too(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TABLE t (name TEXT)")
    with pytest.raises(KeyboardInterrupt), write_transaction(connection):
        with write_transaction(connection):
            connection.execute("INSERT INTO t VALUES ('inner')")
        raise KeyboardInterrupt
    assert _names(path) == []
    assert not connection.in_transaction

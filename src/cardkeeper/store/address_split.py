"""The one Python step of the address-parts migration (``migrations/*_address_parts.sql``):
splitting the addresses a library already holds.

Migrations are SQL files applied in one transaction each (``store.migrate``).
Rather than a Python hook beside them, which could commit apart from the
file's statements, the split is an SQL function the migration calls,
``split_address_parts(address)``, registered on every connection before
migrating, as ``search_fold`` is for the search index. It is
:func:`cardkeeper.postal.split_address`, the one place that splits addresses,
and gives the parts as one JSON object, so that each address is split once
whatever number of columns it fills.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3


def _split_as_json(printed: str | None) -> str:
    from cardkeeper.postal import split_address  # only an upgrade needs it: not at every start

    return json.dumps(dataclasses.asdict(split_address(printed or "")), ensure_ascii=False)


def register_address_functions(connection: sqlite3.Connection) -> None:
    """Let ``connection`` run the address-parts migration (``split_address_parts``)."""
    connection.create_function("split_address_parts", 1, _split_as_json, deterministic=True)

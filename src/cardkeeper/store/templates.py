"""Email templates: the user's own and the built-in ones, found by id or by name in any case.

A built-in template may be edited and restored but neither deleted nor
renamed: the built-in sequence and a fresh start find built-ins by their name.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from cardkeeper.domain import Template
from cardkeeper.errors import TemplateError
from cardkeeper.store.database import Library
from cardkeeper.store.sql import inserted_id
from cardkeeper.store.timestamps import now_text
from cardkeeper.wording import translate

_SELECT = "SELECT id, name, subject, body, built_in FROM templates"


class Templates:
    def __init__(self, library: Library) -> None:
        self._library = library

    def all(self) -> list[Template]:
        """Every template, by name (any case), as the editor lists them."""
        rows = self._library.connection.execute(f"{_SELECT} ORDER BY name COLLATE NOCASE, id")
        return [_template(row) for row in rows]

    def get(self, template_id: int) -> Template | None:
        return find(self._library.connection, template_id)

    def by_name(self, name: str) -> Template | None:
        """The template called ``name``, in any case (the same rule that keeps names unique)."""
        return find_by_name(self._library.connection, name)

    def save(self, template: Template) -> int:
        """Insert ``template`` (id None) or update it; return its id.

        A new template is stored with its ``built_in`` flag as given (so copy a
        built-in with ``built_in=False``); an update keeps the stored flag.
        Raises :class:`TemplateError` for an empty or taken name, a built-in
        renamed, or a template deleted meanwhile.
        """
        name = template.name.strip()
        if not name:
            raise TemplateError(translate("templates", "A template needs a name."))
        with self._library.transaction() as connection:
            taken = find_by_name(connection, name)
            if taken is not None and taken.id != template.id:
                raise TemplateError(
                    translate(
                        "templates",
                        "There is already a template called “{name}”: pick another name.",
                    ).format(name=taken.name)
                )
            if template.id is None:
                return insert(connection, template)
            stored = find(connection, template.id)
            if stored is None:
                raise TemplateError(
                    translate(
                        "templates",
                        "The template “{name}” was deleted meanwhile, "
                        "so the changes were not saved.",
                    ).format(name=name)
                )
            if stored.built_in and name != stored.name:
                raise TemplateError(
                    translate(
                        "templates",
                        "“{name}” is a built-in template and keeps its name: "
                        "duplicate it to make one of your own.",
                    ).format(name=stored.name)
                )
            connection.execute(
                "UPDATE templates SET name = ?, subject = ?, body = ?, updated_at = ? WHERE id = ?",
                (name, template.subject, template.body, now_text(), template.id),
            )
            return template.id

    def delete(self, template_id: int) -> None:
        """Delete a template of the user's; steps and follow-ups using it keep going without one.

        Deleting one that is already gone does nothing.
        """
        with self._library.transaction() as connection:
            stored = find(connection, template_id)
            if stored is not None and stored.built_in:
                raise TemplateError(
                    translate(
                        "templates",
                        "“{name}” is a built-in template and cannot be deleted; "
                        "change its text instead, or restore it.",
                    ).format(name=stored.name)
                )
            connection.execute("DELETE FROM templates WHERE id = ?", (template_id,))


def find(connection: sqlite3.Connection, template_id: int) -> Template | None:
    row = connection.execute(f"{_SELECT} WHERE id = ?", (template_id,)).fetchone()
    return _template(row) if row else None


def find_by_name(connection: sqlite3.Connection, name: str) -> Template | None:
    row = connection.execute(f"{_SELECT} WHERE name = ? COLLATE NOCASE", (name.strip(),)).fetchone()
    return _template(row) if row else None


def insert(connection: sqlite3.Connection, template: Template) -> int:
    """Add a template inside the caller's transaction; the name must be free."""
    now = now_text()
    cursor = connection.execute(
        "INSERT INTO templates (name, subject, body, built_in, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (template.name.strip(), template.subject, template.body, int(template.built_in), now, now),
    )
    return inserted_id(cursor)


def rewrite_text(connection: sqlite3.Connection, template_id: int, subject: str, body: str) -> None:
    """Put a template's subject and body back to ``subject`` and ``body`` (restoring a built-in)."""
    connection.execute(
        "UPDATE templates SET subject = ?, body = ?, updated_at = ? WHERE id = ?",
        (subject, body, now_text(), template_id),
    )


def _template(row: tuple[Any, ...]) -> Template:
    return Template(name=row[1], subject=row[2], body=row[3], built_in=bool(row[4]), id=row[0])

"""A contact's display name in SQL, for queries that list people by name in one statement."""

from __future__ import annotations

DISPLAY_NAME = """CASE
    WHEN c.full_name <> '' THEN c.full_name
    WHEN c.given_name <> '' AND c.family_name <> '' THEN c.given_name || ' ' || c.family_name
    ELSE c.given_name || c.family_name
END"""
"""The :attr:`~cardkeeper.domain.Contact.display_name` of the contact aliased ``c``."""

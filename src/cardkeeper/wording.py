"""Small pieces of the sentences CardKeeper says, shared by every layer and the windows."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """'1 contact', '3 contacts': English plurals of the nouns the app counts (all regular)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def one_line(text: str) -> str:
    """``text`` with every run of whitespace, line breaks included, as one space.

    A name or company read off a card may hold line breaks; a table row, a
    header or a calendar summary must not.
    """
    return " ".join(text.split())

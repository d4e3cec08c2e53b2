"""Small pieces of the sentences CardKeeper says, shared by every layer and the windows.

The sentences a lower layer says that reach the window go through :func:`translate`:
these layers import no Qt, so the window hands it Qt's translation at start
(:func:`use_translation`); until then, and in the commands, it says the English source.
``pyside6-lupdate`` finds the calls by their name, as it finds ``QCoreApplication.translate``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translation = Callable[[str, str, str | None, int], str]
"""Qt's ``QCoreApplication.translate(context, source, disambiguation, n)``."""

_PLURAL_S = re.compile(r"\(s\)")


def _english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source itself, with ``%n`` filled in, as Qt says an untranslated one."""
    return source.replace("%n", str(n)) if n >= 0 else source


_translation: Translation = _english


def use_translation(translation: Translation) -> None:
    """Say every sentence from now on through ``translation`` (the window's Qt translators)."""
    global _translation  # noqa: PLW0603 - one hook, set once at start by the window
    _translation = translation


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the user's language; ``n`` picks its plural form and fills ``%n``.

    English plurals are written ``%n contact(s)``; where no translation has one,
    the ``(s)`` becomes the English ending for ``n``.
    """
    text = _translation(context, source, disambiguation, n)
    return _PLURAL_S.sub("" if n == 1 else "s", text) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate finds
    """Mark ``source`` for translation where it is written, to be translated where it is shown.

    For the words a module holds in a table, shown with
    ``QCoreApplication.translate(context, TABLE[key])`` (or :func:`translate`).
    """
    return source


def counted(count: int, noun: str) -> str:
    """'1 contact', '3 contacts', in the user's language: the nouns the app counts."""
    return _COUNTED[noun](count)


_COUNTED: dict[str, Callable[[int], str]] = {
    "contact": lambda n: translate("counted", "%n contact(s)", None, n),
    "Contact": lambda n: translate("counted", "%n Contact(s)", None, n),
    "card image": lambda n: translate("counted", "%n card image(s)", None, n),
    "follow-up": lambda n: translate("counted", "%n follow-up(s)", None, n),
    "day": lambda n: translate("counted", "%n day(s)", None, n),
}


def one_line(text: str) -> str:
    """``text`` with every run of whitespace, line breaks included, as one space.

    A name or company read off a card may hold line breaks; a table row, a
    header or a calendar summary must not.
    """
    return " ".join(text.split())

"""Text from contacts made safe to print on a terminal, and JSON made safe the same way.

The commands (``cli/``) and the ``--verbose`` log lines (:mod:`cardkeeper.logs`) print through it.

A name, company or note comes from a card, a vCard or a CSV someone sent:
printed as is, ``ESC]0;…`` retitles the terminal, ``ESC[31m`` recolours it,
``ESC]52;c;…`` writes the clipboard, and a carriage return or line break
splits one line of output into two that say something else. Every command
prints such text through :func:`shown`, which writes each control character
as its Python escape (``\\x1b``, ``\\r``, ``\\n``) so it is seen, not obeyed.
"""

from __future__ import annotations

import re

_OTHER_CONTROLS = "\x7f-\x9f\u202a-\u202e\u2066-\u2069"
"""DEL and C1 (a UTF-8 terminal obeys ``\\x9b`` as it does ``ESC[``), and the bidi
overrides and isolates that make a line show in another order than it reads."""

_UNSAFE = re.compile(f"[\x00-\x1f{_OTHER_CONTROLS}]")
_UNSAFE_BUT_LINES = re.compile(f"[\x00-\x08\x0b-\x1f{_OTHER_CONTROLS}]")
_UNSAFE_IN_JSON = re.compile(f"[{_OTHER_CONTROLS}]")


def shown(text: object, *, lines: bool = False) -> str:
    """``text`` with every control character escaped; with ``lines``, line breaks and tabs kept.

    ``lines`` is for a text meant to span lines, such as a draft's body;
    a carriage return is escaped even then, as it can overwrite what a line said.
    """
    value = str(text)
    if lines:
        return _UNSAFE_BUT_LINES.sub(_escape, value.replace("\r\n", "\n"))
    return _UNSAFE.sub(_escape, value)


def json_shown(text: str) -> str:
    """JSON text with the controls JSON leaves raw (DEL, C1, bidi) written as ``\\uXXXX``.

    ``json.dumps`` escapes C0 controls only; the same data parses back from
    either form, so a program reading the output sees no difference.
    """
    return _UNSAFE_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _escape(found: re.Match[str]) -> str:
    return repr(found.group())[1:-1]

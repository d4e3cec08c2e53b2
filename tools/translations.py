"""CardKeeper's translations: the .ts files brought up to date with the source, and built.

``src/cardkeeper/resources/translations/cardkeeper_<language>.ts`` is what a
translator edits (Qt Linguist opens it); the ``.qm`` beside it is its build,
committed like the icons, so neither installing nor starting the app needs Qt's
tools. Run it after changing a sentence of the window:

    python -m tools.translations

``pyside6-lupdate`` finds the messages (``self.tr``, ``QCoreApplication.translate``,
``cardkeeper.wording.translate``, ``QT_TRANSLATE_NOOP``); its Python reader does
not see that a ``translate(context, text, None, n)`` call counts, so a message
with ``%n`` is taken as a plural here. Kept translations are matched by context
and source text; messages no longer in the source are dropped, new ones are left
unfinished for the translator. ``pyside6-lrelease`` then builds each ``.qm``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "cardkeeper"
FOLDER = SOURCE / "resources" / "translations"
PLURAL = "%n"


@dataclass
class Message:
    """One sentence to translate: a plural has one form per plural form of the language."""

    context: str
    source: str
    forms: list[str] = field(default_factory=list)
    finished: bool = False

    @property
    def numerus(self) -> bool:
        return PLURAL in self.source

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def tool(name: str) -> str | None:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def source_files() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def extract() -> list[Message]:
    """The messages the source holds now, in lupdate's order, none translated."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate was not found: install PySide6 (pip install PySide6).")
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        files = [str(path) for path in source_files()]
        subprocess.run(
            [lupdate, "-silent", "-no-obsolete", "-locations", "none", *files, "-ts", str(fresh)],
            check=True,
        )
        return read_ts(fresh)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms, kind = [], "unfinished"
            else:
                numerus = translation.findall("numerusform")
                texts = [form.text or "" for form in numerus] if numerus else [translation.text]
                forms, kind = [text or "" for text in texts], translation.get("type", "")
            messages.append(Message(name, message.findtext("source", ""), forms, finished=not kind))
    return messages


def merged(fresh: list[Message], kept: list[Message]) -> list[Message]:
    """``fresh``'s messages, with the translations ``kept`` has for them."""
    translated = {message.key: message for message in kept}
    result = []
    for message in fresh:
        old = translated.get(message.key)
        if old is not None:
            message.forms, message.finished = old.forms, old.finished
        result.append(message)
    return result


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """The .ts as lupdate writes it, contexts in order of their name."""
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in by_context[context]:
            state = "" if message.finished else ' type="unfinished"'
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.numerus:
                lines.append(f"        <translation{state}>")
                lines += [
                    f"            <numerusform>{escape(form)}</numerusform>"
                    for form in message.forms or [""]
                ]
                lines.append("        </translation>")
            else:
                text = message.forms[0] if message.forms else ""
                lines.append(f"        <translation{state}>{escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(ts: Path) -> Path:
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        raise SystemExit("pyside6-lrelease was not found: install PySide6 (pip install PySide6).")
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    fresh = extract()
    for ts in sorted(FOLDER.glob("cardkeeper_*.ts")):
        language = ts.stem.partition("_")[2]
        messages = merged([Message(m.context, m.source) for m in fresh], read_ts(ts))
        write_ts(ts, language, messages)
        build(ts)
        left = sum(1 for message in messages if not message.finished)
        print(f"{ts.name}: {len(messages)} messages, {left} to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

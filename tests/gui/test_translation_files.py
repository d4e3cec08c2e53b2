"""The German translation is whole, up to date with the source, and what the app loads.

``python -m tools.translations`` brings the .ts up to date and builds the .qm;
these tests fail when someone changed a sentence of the window and did not run
it, or left a message untranslated.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

from tools import translations
from tools.translations import FOLDER, Message, read_ts

GERMAN = FOLDER / "cardkeeper_de.ts"
GERMAN_PLURAL_FORMS = 2
PLACEHOLDER = re.compile(r"\{\{\s*\w+|\{\w*(?=[}:!])|%n|%v|%m")
"""A value filled in (its name), or a template placeholder (its name), or a count."""


@pytest.fixture(scope="module")
def german() -> list[Message]:
    return read_ts(GERMAN)


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def test_every_message_is_translated(german: list[Message]) -> None:
    assert len(german) > 500
    unfinished = [m.key for m in german if not m.finished or not all(f.strip() for f in m.forms)]
    assert not unfinished


def test_plurals_have_both_german_forms(german: list[Message]) -> None:
    plurals = [m for m in german if m.numerus]
    assert plurals
    wrong = [m.key for m in plurals if len(m.forms) != GERMAN_PLURAL_FORMS]
    assert not wrong
    english = [m.key for m in german if any("(s)" in form for form in m.forms)]
    assert not english


def test_translations_keep_placeholders_and_one_accelerator(german: list[Message]) -> None:
    for message in german:
        for form in message.forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(
                PLACEHOLDER.findall(message.source)
            ), message.key
            assert _accelerators(form) == _accelerators(message.source), message.key


def test_the_translation_is_up_to_date_with_the_source(german: list[Message]) -> None:
    if translations.tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    in_source = {(m.key, m.numerus) for m in translations.extract()}
    in_file = {(m.key, m.numerus) for m in german}
    assert not sorted(in_source - in_file), "new messages: run python -m tools.translations"
    assert not sorted(in_file - in_source), "gone messages: run python -m tools.translations"


def test_the_compiled_translation_says_what_the_ts_says(german: list[Message]) -> None:
    translator = QTranslator()
    assert translator.load(str(GERMAN.with_suffix(".qm")))
    for message in german:
        if message.numerus:
            for n, form in ((1, message.forms[0]), (5, message.forms[1])):
                said = translator.translate(message.context, message.source, None, n)
                assert said == form, message.key
        else:
            assert translator.translate(message.context, message.source) == message.forms[0]

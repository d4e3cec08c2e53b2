"""Every text the app shows greyed or pale still meets WCAG AA (4.5:1) in light and dark.

Hints, placeholders, the sidebar's empty headings and the template editor's
``{% %}`` logic are grey on purpose, to step back; too pale and a user at a
laptop in daylight cannot read them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardkeeper.gui.common.palette import COLOR_SCHEME_ENV, apply_palette
from cardkeeper.gui.library.sidebar import Sidebar
from cardkeeper.gui.templates.highlighter import TemplateHighlighter

AA = 4.5
Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@pytest.fixture(params=["light", "dark"])
def scheme(
    request: pytest.FixtureRequest, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The app in this scheme, given back to later tests with the palette it had."""
    saved = QPalette(qapp.palette())
    monkeypatch.setenv(COLOR_SCHEME_ENV, request.param)
    apply_palette(qapp)
    yield request.param
    qapp.setPalette(saved)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(text: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio; a translucent text colour is blended over the background first."""
    alpha = text.alphaF()
    pairs = zip(text.getRgbF()[:3], background.getRgbF()[:3], strict=True)
    blended = QColor.fromRgbF(*(t * alpha + b * (1 - alpha) for t, b in pairs))
    light, dark = sorted((_luminance(blended), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_greyed_texts_meet_aa_on_their_backgrounds(scheme: str) -> None:
    palette = QApplication.palette()
    pairs = [
        # Disabled labels, fields and buttons, on an enabled or a disabled background.
        (Group.Disabled, Role.WindowText, Role.Window),
        (Group.Disabled, Role.Text, Role.Base),
        (Group.Disabled, Role.ButtonText, Role.Button),
        # Placeholders in fields; hint labels drawn in the placeholder colour on the window.
        (Group.Active, Role.PlaceholderText, Role.Base),
        (Group.Active, Role.PlaceholderText, Role.Window),
    ]
    low = [
        f"{group.name} {text.name} on {background.name}: {ratio:.2f}"
        for group, text, background in pairs
        for background_group in (Group.Active, Group.Disabled)
        if (
            ratio := contrast(
                palette.color(group, text), palette.color(background_group, background)
            )
        )
        < AA
    ]
    assert low == [], scheme


def test_the_sidebars_empty_tags_heading_is_readable(scheme: str, qtbot: QtBot) -> None:
    sidebar = Sidebar()
    qtbot.add_widget(sidebar)
    sidebar.set_tags([])
    tags = sidebar._tags.index()
    enabled = bool(tags.flags() & Qt.ItemFlag.ItemIsEnabled)
    palette = sidebar.palette()
    text = palette.color(Group.Active if enabled else Group.Disabled, Role.Text)
    ratio = contrast(text, palette.color(Group.Active, Role.Base))
    assert ratio >= AA, f"{scheme}: {ratio:.2f}"


def test_template_logic_and_placeholders_are_readable(scheme: str) -> None:
    document = QTextDocument()
    highlighter = TemplateHighlighter(document)
    document.setPlainText("{% if company %}Hello {{ first_name }}{% endif %}")
    highlighter.rehighlight()
    base = QApplication.palette().color(Role.Base)
    formats = document.firstBlock().layout().formats()
    assert len(formats) == 3
    for span in formats:
        ratio = contrast(span.format.foreground().color(), base)
        assert ratio >= AA, f"{scheme}: {span.start}: {ratio:.2f}"

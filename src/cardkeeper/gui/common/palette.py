"""Light or dark colours that follow the desktop, on every platform the same way.

Qt's native styles follow the system's dark mode on some desktops and not on
others, and Fusion on its own is always light. So the app uses Fusion everywhere
and chooses the palette itself from the colour scheme the platform reports,
changing it live when the user flips their desktop's setting.
``CARDKEEPER_COLOR_SCHEME=dark|light`` forces one, for screenshots and for
desktops that do not report a scheme.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

COLOR_SCHEME_ENV = "CARDKEEPER_COLOR_SCHEME"

_DARK_ACTIVE = {
    QPalette.ColorRole.Window: "#2b2e33",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#373a40",
    QPalette.ColorRole.AlternateBase: "#32353a",
    QPalette.ColorRole.ToolTipBase: "#40444a",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#a0a5ac",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#40444a",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#50545b",
    QPalette.ColorRole.Midlight: "#464a51",
    QPalette.ColorRole.Mid: "#303338",
    QPalette.ColorRole.Dark: "#1f2125",
    QPalette.ColorRole.Shadow: "#111214",
    QPalette.ColorRole.Highlight: "#2f74b5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6cb4f5",
    QPalette.ColorRole.LinkVisited: "#b49af0",
    QPalette.ColorRole.Accent: "#2f74b5",
}
"""Fields a step lighter than the window, as in GNOME, Windows and macOS dark modes: Fusion
outlines check boxes in a darkened window colour, which vanishes on a darker field.
Text has 8:1 contrast or more, hints and disabled text 4.6:1 (WCAG AA asks 4.5:1), and white
on the highlight 4.9:1."""

_GREYED = "#696969"
"""Light mode's disabled and placeholder text: Fusion's own are #bebebe (1.9:1 on white) and
half-transparent black (3.9:1 on the window); this is 5.5:1 on white, 4.8:1 on the window,
above WCAG AA's 4.5:1 and still plainly lighter than the black of text."""
_LIGHT_GREYED = (
    (QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    (QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
    (QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    (QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText),
    (QPalette.ColorGroup.Inactive, QPalette.ColorRole.PlaceholderText),
    (QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText),
)

_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#aeb2b8",
    QPalette.ColorRole.Text: "#aeb2b8",
    QPalette.ColorRole.ButtonText: "#aeb2b8",
    QPalette.ColorRole.Highlight: "#4a4f57",
    QPalette.ColorRole.HighlightedText: "#b0b4ba",
    QPalette.ColorRole.Base: "#303338",
    QPalette.ColorRole.Button: "#35383d",
}


def dark_palette() -> QPalette:
    """The palette used when the scheme is dark."""
    palette = QPalette()
    for role, colour in _DARK_ACTIVE.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette(style_palette: QPalette) -> QPalette:
    """Fusion's light palette (``style_palette``) with greyed texts that can still be read."""
    palette = QPalette(style_palette)
    for group, role in _LIGHT_GREYED:
        palette.setColor(group, role, QColor(_GREYED))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether text is light on dark, for the few places that draw their own colours."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_palette(app: QApplication) -> None:
    """Use Fusion with the palette for the current scheme, and keep it in step with the desktop.

    Safe to call again: the app keeps one listener for scheme changes.
    """
    app.setStyle("Fusion")
    if app.findChild(_SchemeFollower) is None:
        follower = _SchemeFollower(app)
        app.styleHints().colorSchemeChanged.connect(follower.follow)
    _set_palette(app, app.styleHints().colorScheme())


def _forced_scheme() -> Qt.ColorScheme | None:
    forced = os.environ.get(COLOR_SCHEME_ENV, "").strip().lower()
    return {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}.get(forced)


def _set_palette(app: QApplication, reported: Qt.ColorScheme) -> None:
    scheme = _forced_scheme() or reported
    if scheme == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
    else:
        app.setPalette(light_palette(app.style().standardPalette()))


class _SchemeFollower(QObject):
    """Receives the desktop's scheme changes; a child of the app so it lives as long."""

    @Slot(Qt.ColorScheme)
    def follow(self, scheme: Qt.ColorScheme) -> None:
        app = self.parent()
        if isinstance(app, QApplication):
            _set_palette(app, scheme)

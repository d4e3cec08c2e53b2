"""Icons: the desktop theme's when it has one, else CardKeeper's own SVGs from resources/.

Windows, macOS and a bare X session have no freedesktop icon theme, so every
icon the window uses ships as a scalable SVG (sharp at any DPI) under the
theme's name.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The theme icon ``name`` (freedesktop naming), or our SVG of that name, or an empty icon."""
    bundled = files("cardkeeper") / "resources" / "icons" / f"{name}.svg"
    fallback = QIcon(str(bundled)) if bundled.is_file() else QIcon()
    return QIcon.fromTheme(name, fallback)

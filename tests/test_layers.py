"""The layers of DESIGN.md hold: nothing outside ``cardkeeper.gui`` imports Qt, and
inside ``gui/`` the feature packages lean only on ``common`` and the few arrows
its map allows (``src/cardkeeper/gui/README.md``).

ruff's banned-api rule says the Qt part at lint time; this test keeps it true even
if someone widens ruff's per-file exemptions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import cardkeeper

PACKAGE_ROOT = Path(cardkeeper.__file__).parent
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_gui_imports_qt() -> None:
    offenders = []
    checked = 0
    for source in PACKAGE_ROOT.rglob("*.py"):
        relative = source.relative_to(PACKAGE_ROOT)
        if relative.parts[0] == "gui":
            continue
        checked += 1
        for module in _imported_modules(source):
            if module.split(".")[0] in QT_MODULES:
                offenders.append(f"{relative} imports {module}")
    assert checked > 10
    assert offenders == []


def test_gui_is_not_imported_by_lower_layers() -> None:
    offenders = []
    for source in PACKAGE_ROOT.rglob("*.py"):
        relative = source.relative_to(PACKAGE_ROOT)
        if relative.parts[0] in ("gui", "cli"):
            continue
        for module in _imported_modules(source):
            if module.startswith("cardkeeper.gui"):
                offenders.append(f"{relative} imports {module}")
    assert offenders == []


GUI_ROOT = PACKAGE_ROOT / "gui"
FEATURE_ARROWS = {
    "common": set(),
    "library": {"common"},
    "contact": {"common"},
    "review": {"common", "contact"},
    "importing": {"common"},
    "scanner": {"common"},
    "follow_up": {"common"},
    "templates": {"common"},
    "exchange": {"common"},
    "settings": {"common", "exchange"},
}
"""Which ``gui/`` packages each package may import, as the map in gui/README.md draws them.

Only the modules at the top of ``gui/`` (the main window, start-up) put features
together; a feature reaching into another would tie two rooms that change apart.
"""


def test_every_gui_package_is_on_the_map() -> None:
    packages = {path.parent.name for path in GUI_ROOT.glob("*/__init__.py")}
    assert packages == set(FEATURE_ARROWS)


def test_gui_features_import_only_what_the_map_allows() -> None:
    offenders = []
    for package, allowed in FEATURE_ARROWS.items():
        for source in (GUI_ROOT / package).rglob("*.py"):
            for module in _imported_modules(source):
                parts = module.split(".")
                if parts[:2] != ["cardkeeper", "gui"] or len(parts) < 3:
                    continue
                if parts[2] != package and parts[2] not in allowed:
                    offenders.append(f"gui/{package}/{source.name} imports {module}")
    assert offenders == []

"""The layers of DESIGN.md hold: nothing outside ``cardkeeper.gui`` imports Qt.

ruff's banned-api rule says the same at lint time; this test keeps it true even
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

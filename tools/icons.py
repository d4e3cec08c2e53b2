"""The app icon in every size and format a desktop asks for, made from one SVG.

``resources/cardkeeper.svg`` is the only drawing; everything else is generated
from it and committed, so that packaging needs neither Qt nor this script:

- ``resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png``: the freedesktop icon
  theme layout, installed as it is by ``scripts/install_desktop.sh``;
- ``resources/icons/cardkeeper.ico`` (Windows) and ``cardkeeper.icns``
  (macOS), which the PyInstaller spec names;
- ``src/cardkeeper/resources/cardkeeper.svg``, the copy the running app shows
  as its window icon (a package cannot reach outside itself).

Qt's own SVG renderer draws the pixels, the same one that draws the window
icon, so the PNGs look like the app; Pillow writes the .ico and .icns. Run it
after changing the SVG:

    python -m tools.icons
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "cardkeeper.svg"
PACKAGE_COPY = ROOT / "src" / "cardkeeper" / "resources" / "cardkeeper.svg"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.cardkeeper.CardKeeper"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""Windows shows up to 256 px; 24 is the taskbar's size at 150% scaling."""
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
"""What Pillow's .icns writer stores (1024 is 512 at Retina density); Finder scales 32 to 16."""


def png_path(folder: Path, size: int) -> Path:
    """Where the icon theme looks for the app's icon of this size."""
    return folder / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(source: Path, size: int) -> Image.Image:
    """The SVG drawn into a transparent square of ``size`` pixels, as an RGBA image.

    Needs a QGuiApplication (or QApplication) to exist: Qt's painting looks up
    the platform's settings through it.
    """
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not an SVG drawing Qt can read.")
    canvas = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(0)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    straight = canvas.convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = bytes(straight.constBits())
    return Image.frombuffer(
        "RGBA", (size, size), pixels, "raw", "RGBA", straight.bytesPerLine(), 1
    ).copy()


def generate(source: Path, folder: Path) -> list[Path]:
    """Write every PNG, the .ico and the .icns drawn from ``source`` under ``folder``.

    Returns the files written, in a fixed order, for the caller to report.
    """
    drawn = {size: render(source, size) for size in sorted({*PNG_SIZES, *ICNS_SIZES})}
    written = []
    for size in PNG_SIZES:
        path = png_path(folder, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        drawn[size].save(path, optimize=True)
        written.append(path)
    ico = folder / "cardkeeper.ico"
    largest_ico = max(ICO_SIZES)
    drawn[largest_ico].save(
        ico,
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[drawn[size] for size in ICO_SIZES if size != largest_ico],
    )
    written.append(ico)
    icns = folder / "cardkeeper.icns"
    largest_icns = max(ICNS_SIZES)
    drawn[largest_icns].save(
        icns, append_images=[drawn[size] for size in ICNS_SIZES if size != largest_icns]
    )
    written.append(icns)
    return written


def main() -> None:
    """Regenerate the committed icons and the package's copy of the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # alive until the drawing is done
    for path in generate(SOURCE, ICONS):
        print(path.relative_to(ROOT))
    shutil.copyfile(SOURCE, PACKAGE_COPY)
    print(PACKAGE_COPY.relative_to(ROOT))


if __name__ == "__main__":
    main()

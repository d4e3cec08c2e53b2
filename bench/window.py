"""How the main window feels: start-up, search as you type, and staying responsive in imports.

1. Start-up: from launching ``cardkeeper`` to its window shown on screen, with
   a 10,000-contact library, against an empty library (same run).
2. Search: each keystroke of typing real names and companies into the search
   box of a window holding 100,000 contacts, until the list is repainted.
3. Stalls: the longest gap in the GUI event loop while 50 desk photos are
   imported, against the same window idle for as long.

Needs a display (run under ``xvfb-run -a`` on a headless machine):

    python -m bench.window [--out bench/out]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.accuracy import ensure_cards
from bench.fake_library import fake_library

STARTUP_RUNS = 5
QUERIES = ("Müller", "anna koch", "Fraser Consulting", "+49 30", "lisbon", "sebastien@")
TICK_MS = 2
SETTLE_MS = 1000


def startup_seconds(data_dir: Path) -> float:
    """Launch the app as a user does; the probe reports when the window is exposed."""
    probe = (
        "import sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "def check():\n"
        "    for w in app.topLevelWidgets():\n"
        "        h = w.windowHandle()\n"
        "        if type(w).__name__ == 'MainWindow' and h is not None and h.isExposed():\n"
        "            print(time.time(), flush=True); w.close(); return\n"
        "    QTimer.singleShot(1, check)\n"
        "QTimer.singleShot(0, check)\n"
        "from cardkeeper.gui.app import run_app\n"
        "sys.exit(run_app(sys.argv[1]))\n"
    )
    start = time.time()
    shown = subprocess.run(
        [sys.executable, "-c", probe, str(data_dir)], capture_output=True, text=True, check=True
    ).stdout.split()[0]
    return float(shown) - start


def search_keystrokes(data_dir: Path) -> list[float]:
    """Seconds from each keystroke to the repainted list, over every prefix of QUERIES."""
    from PySide6.QtWidgets import QApplication

    from cardkeeper.gui.main_window import MainWindow
    from cardkeeper.settings import Settings
    from cardkeeper.store.database import open_library

    app = QApplication.instance()
    times = []
    with open_library(data_dir) as library:
        window = MainWindow(library, Settings())
        window.show()
        app.processEvents()
        for query in QUERIES:
            for length in range(1, len(query) + 1):
                start = time.perf_counter()
                window.search.setText(query[:length])
                app.processEvents()  # runs the list's pending repaint
                times.append(time.perf_counter() - start)
            window.search.clear()
            app.processEvents()
        window.close()
    return times


def longest_stall(photos: list[Path] | None, seconds: float | None = None) -> tuple[float, float]:
    """(longest gap between timer ticks in ms, seconds run): importing, or idle ``seconds``."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from cardkeeper.gui.main_window import MainWindow
    from cardkeeper.settings import Settings
    from cardkeeper.store.database import open_library

    with tempfile.TemporaryDirectory() as folder, open_library(Path(folder)) as library:
        window = MainWindow(library, Settings())
        window.show()
        # A user takes a moment to drop files on a window that just opened; the window
        # uses it to find Tesseract in the background.
        settle = QEventLoop()
        QTimer.singleShot(SETTLE_MS, settle.quit)
        settle.exec()
        clock = QElapsedTimer()
        gaps: list[int] = []
        last = [0]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        loop = QEventLoop()
        if photos is not None:
            window.start_import(photos)
            job = window.current_import()
            if job is None:
                raise SystemExit("the import did not start")
            job.finished.connect(loop.quit)
        else:
            QTimer.singleShot(round((seconds or 1.0) * 1000), loop.quit)
        loop.exec()
        timer.stop()
        ran = clock.elapsed() / 1000
        count = window.model.all_count()
        window.close()
        if photos is not None and count < len(photos) * 0.9:
            raise SystemExit(f"only {count} of {len(photos)} photos were imported")
    return float(max(gaps) if gaps else 0), ran


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args()
    os.environ.setdefault("CARDKEEPER_COLOR_SCHEME", "light")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)  # one for the in-process measures, kept to the end
    with tempfile.TemporaryDirectory() as config:
        os.environ["XDG_CONFIG_HOME"] = config  # window state and settings of the bench's own

        big = fake_library(args.out / "library-10k", 10_000)
        huge = fake_library(args.out / "library-100k", 100_000)
        with tempfile.TemporaryDirectory() as empty:
            startup_runs = [
                (startup_seconds(Path(empty)), startup_seconds(big)) for _ in range(STARTUP_RUNS)
            ]
        empty_start = statistics.median(r[0] for r in startup_runs)
        big_start = statistics.median(r[1] for r in startup_runs)

        keystrokes = search_keystrokes(huge)

        folder = args.out / "speed-cards-11"
        entries = ensure_cards(folder, 11, {"scan": 0, "desk": args.photos, "turned": 0, "hard": 0})
        photos = [folder / entry["file"] for entry in entries]
        import_stall, ran = longest_stall(photos)
        idle_stall, _ = longest_stall(None, seconds=ran)

    p95 = statistics.quantiles(keystrokes, n=20)[-1]
    lines = [
        f"cores: {os.cpu_count()}, platform: {os.environ.get('QT_QPA_PLATFORM', 'xcb')}",
        "",
        "| measure | baseline | CardKeeper | ratio | target |",
        "|---|---|---|---|---|",
        f"| start-up to window shown, median of {STARTUP_RUNS} (s) | empty library "
        f"{empty_start:.2f} | 10,000 contacts {big_start:.2f} | {big_start / empty_start:.2f} "
        "| < 1.5 s |",
        f"| search, per keystroke on 100,000 contacts, {len(keystrokes)} keystrokes (ms) "
        f"| — | median {statistics.median(keystrokes) * 1000:.1f}, p95 {p95 * 1000:.1f}, "
        f"max {max(keystrokes) * 1000:.1f} | — | < 30 ms |",
        f"| longest event-loop stall (ms) | idle {ran:.0f} s: {idle_stall:.0f} "
        f"| importing {len(photos)} photos: {import_stall:.0f} "
        f"| {import_stall / max(idle_stall, 1):.1f} | < 100 ms |",
    ]
    text = "\n".join(lines)
    app.quit()
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "window.md").write_text(text + "\n")


if __name__ == "__main__":
    main()

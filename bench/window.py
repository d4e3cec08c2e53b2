"""How the main window feels: start-up, search as you type, and staying responsive in imports.

1. Start-up: from launching ``cardkeeper`` to its window shown on screen, with
   a 10,000-contact library, against an empty library (same run).
2. Search: each keystroke of typing real names and companies into the search
   box of a window holding 100,000 contacts, until the list is repainted.
3. Stalls: the longest gap in the GUI event loop while 50 desk photos are
   imported, against the same window idle for as long.

With ``--before REV`` start-up and search are measured for the code at REV
too (a temporary git worktree, removed afterwards), alternating with this
checkout's code in the same run, to show a change costs no time.

Needs a display (run under ``xvfb-run -a`` on a headless machine):

    python -m bench.window [--out bench/out] [--before REV]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
"""The checkout this bench is part of: its ``src`` is the code measured as "after"."""
STARTUP_RUNS = 5
QUERIES = ("Müller", "anna koch", "Fraser Consulting", "+49 30", "lisbon", "sebastien@")
TICK_MS = 2
SETTLE_MS = 1000


@contextmanager
def checkout(rev: str) -> Iterator[Path]:
    """A throwaway worktree of ``rev``: the code before a change runs beside this one, untouched."""
    with tempfile.TemporaryDirectory() as parent:
        tree = Path(parent) / "before"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--quiet", "--detach", str(tree), rev], check=True)
        try:
            yield tree
        finally:
            subprocess.run([*git, "remove", "--force", str(tree)], check=True)


def describe(tree: Path) -> str:
    """The commit a tree holds (``-dirty`` with changes on top), to name it in the table."""
    command = ["git", "-C", str(tree), "describe", "--always", "--dirty"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def run_in_tree(tree: Path, program: str, *args: str) -> list[str]:
    """Run ``program`` with cardkeeper imported from ``tree``; its output lines after the first.

    The venv's cardkeeper is an editable install of one checkout, which a child
    would load if ``PYTHONPATH`` missed: so the program's first line names the
    ``cardkeeper`` it loaded, and a child that loaded another tree stops the bench.
    ``ROOT`` comes second so that the bench's own modules are the same for every tree.
    """
    src = tree / "src"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(ROOT)])}
    command = [sys.executable, "-c", program, *args]
    loaded, *lines = subprocess.run(
        command, env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    if not Path(loaded).is_relative_to(src):
        raise SystemExit(f"measuring {tree} imported {loaded}")
    return lines


def startup_seconds(tree: Path, data_dir: Path) -> float:
    """Launch the app as a user does; the probe reports when the window is exposed."""
    probe = (
        "import sys, time, cardkeeper\n"
        "print(cardkeeper.__file__, flush=True)\n"
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
    shown = run_in_tree(tree, probe, str(data_dir))[0]
    return float(shown) - start


def search_keystrokes(tree: Path, data_dir: Path) -> list[float]:
    """Seconds per keystroke (see ``type_queries``), typed in a process of its own for ``tree``."""
    program = (
        "import sys, cardkeeper\n"
        "print(cardkeeper.__file__)\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from bench.window import type_queries\n"
        "app = QApplication(sys.argv)\n"
        "print(*type_queries(Path(sys.argv[1])), sep='\\n')\n"
    )
    return [float(line) for line in run_in_tree(tree, program, str(data_dir))]


def type_queries(data_dir: Path) -> list[float]:
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


@dataclass
class Timings:
    """One tree's start-ups (empty and 10,000-contact library) and keystrokes, over all rounds."""

    empty: list[float] = field(default_factory=list)
    big: list[float] = field(default_factory=list)
    keystrokes: list[float] = field(default_factory=list)


def measure(trees: Sequence[Path], big: Path, huge: Path, search_rounds: int) -> list[Timings]:
    """Start-up and search of each tree, taking turns tree by tree in every round.

    This machine's speed drifts by a third within the hour; taking turns lets
    the drift hit every tree alike, so their ratio shows the code, not the hour.
    """
    timings = [Timings() for _ in trees]
    with tempfile.TemporaryDirectory() as empty:
        for round_ in range(STARTUP_RUNS):
            for tree, timing in zip(trees, timings, strict=True):
                timing.empty.append(startup_seconds(tree, Path(empty)))
                timing.big.append(startup_seconds(tree, big))
                if round_ < search_rounds:
                    timing.keystrokes += search_keystrokes(tree, huge)
    return timings


def row(*cells: str) -> str:
    """One line of the Markdown table."""
    return "| " + " | ".join(cells) + " |"


def spread(median: float, p95: float, most: float, digits: int) -> str:
    """How keystrokes spread, the same words for times and for ratios of times."""
    return f"median {median:.{digits}f}, p95 {p95:.{digits}f}, max {most:.{digits}f}"


def compared(labels: Sequence[str], timings: Sequence[Timings]) -> list[str]:
    """Start-up and search rows, a row per tree, then after / before when there are two."""
    starts = [(statistics.median(t.empty), statistics.median(t.big)) for t in timings]
    keys = [
        (statistics.median(k), statistics.quantiles(k, n=20)[-1], max(k))
        for k in (t.keystrokes for t in timings)
    ]
    lines = [
        row(
            f"start-up to window shown, median of {STARTUP_RUNS} (s){label}",
            f"empty library {empty:.2f}",
            f"10,000 contacts {big:.2f}",
            f"{big / empty:.2f}",
            "< 1.5 s",
        )
        for label, (empty, big) in zip(labels, starts, strict=True)
    ]
    lines += [
        row(
            f"search, per keystroke on 100,000 contacts, {len(t.keystrokes)} keystrokes (ms)"
            + label,
            "—",
            spread(*(seconds * 1000 for seconds in key), digits=1),
            "—",
            "< 30 ms",
        )
        for label, t, key in zip(labels, timings, keys, strict=True)
    ]
    if len(timings) == 2:
        (empty_0, big_0), (empty_1, big_1) = starts
        lines += [
            row(
                "start-up, after / before",
                f"empty library {empty_1 / empty_0:.2f}",
                f"10,000 contacts {big_1 / big_0:.2f}",
                "—",
                "≈ 1",
            ),
            row(
                "search, after / before",
                "—",
                spread(*(a / b for a, b in zip(keys[1], keys[0], strict=True)), digits=2),
                "—",
                "≈ 1",
            ),
        ]
    return lines


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
            window.importing.start_import(photos)
            job = window.importing.current_import()
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
    parser.add_argument("--before", metavar="REV", help="git revision to compare this code with")
    args = parser.parse_args()
    os.environ.setdefault("CARDKEEPER_COLOR_SCHEME", "light")
    from PySide6.QtWidgets import QApplication

    # Here, not at the top: a child typing queries for another tree imports this
    # module, and needs none of what only the parent uses.
    from bench.accuracy import ensure_cards
    from bench.fake_library import fake_library

    app = QApplication(sys.argv)  # one for the in-process measure, kept to the end
    with tempfile.TemporaryDirectory() as config:
        os.environ["XDG_CONFIG_HOME"] = config  # window state and settings of the bench's own

        big = fake_library(args.out / "library-10k", 10_000)
        huge = fake_library(args.out / "library-100k", 100_000)
        with ExitStack() as stack:
            trees, labels = [ROOT], [""]
            if args.before:
                trees.insert(0, stack.enter_context(checkout(args.before)))
                labels = [f", before {describe(trees[0])}", f", after {describe(ROOT)}"]
            # One pass of typing is the measure alone; a comparison types in every
            # round, so each tree's keystrokes meet the same drift.
            timings = measure(trees, big, huge, STARTUP_RUNS if args.before else 1)

        folder = args.out / "speed-cards-11"
        entries = ensure_cards(folder, 11, {"scan": 0, "desk": args.photos, "turned": 0, "hard": 0})
        photos = [folder / entry["file"] for entry in entries]
        import_stall, ran = longest_stall(photos)
        idle_stall, _ = longest_stall(None, seconds=ran)

    lines = [
        f"cores: {os.cpu_count()}, platform: {os.environ.get('QT_QPA_PLATFORM', 'xcb')}",
        "",
        row("measure", "baseline", "CardKeeper", "ratio", "target"),
        row(*["---"] * 5),
        *compared(labels, timings),
        row(
            f"longest event-loop stall (ms){labels[-1]}{' only' if args.before else ''}",
            f"idle {ran:.0f} s: {idle_stall:.0f}",
            f"importing {len(photos)} photos: {import_stall:.0f}",
            f"{import_stall / max(idle_stall, 1):.1f}",
            "< 100 ms",
        ),
    ]
    text = "\n".join(lines)
    app.quit()
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "window.md").write_text(text + "\n")


if __name__ == "__main__":
    main()

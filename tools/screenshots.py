"""The README's screenshots, taken of the real windows over real libraries.

Generates a dozen desk photos of cards, imports them with the real reader
(Tesseract), accepts most of them as a user would, and grabs the main window
and the review pane, then the scanner window playing a generated desk-camera
video. The follow-up queue and the template editor are taken over a library
of people met at three events, with follow-ups in every section of the queue.
The CSV import is shown with a visitor list as a trade-fair stand keeps it.
Needs a display (``xvfb-run -a`` on a headless machine):

    python -m tools.screenshots [--size WIDTHxHEIGHT] [docs [SHOT...]]

SHOT is one of main-window, review, scanner, follow-ups, template-editor,
csv-import; without any, all are made. Each window is shot at its own size
(the main window at 1600×1000) into ``SHOT.png``; ``--size 1024x700`` shoots
every one at that size instead, into ``SHOT-1024.png``, to see the window as a
small laptop screen shows it. ``CARDKEEPER_COLOR_SCHEME=dark`` shoots dark.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cardkeeper.gui.common.clock import Clock
    from cardkeeper.store.database import Library

CARDS = 12
TO_REVIEW = 3
SHOTS = ("main-window", "review", "scanner", "follow-ups", "template-editor", "csv-import")
MET_DAYS_AGO = 3
"""The imported cards were collected this many days ago: their thank-you emails are due today."""


class _Shots:
    """Where the pictures go and at which size the windows are shot."""

    def __init__(self, out: Path, size: tuple[int, int] | None) -> None:
        self.out = out
        self.size = size
        """Every window's size, or None for each its own."""

    def place(self, window: QWidget, width: int, height: int) -> None:
        """Size ``window`` as asked, or to its own ``width`` × ``height``."""
        window.resize(*(self.size or (width, height)))

    def save(self, window: QWidget, shot: str) -> None:
        suffix = f"-{self.size[0]}" if self.size else ""
        window.grab().save(str(self.out / f"{shot}{suffix}.png"))


def main() -> None:
    arguments = sys.argv[1:]
    size = None
    if arguments[:1] == ["--size"]:
        if len(arguments) < 2:
            raise SystemExit("--size needs WIDTHxHEIGHT, e.g. --size 1024x700")
        size = _parse_size(arguments[1])
        arguments = arguments[2:]
    out = Path(arguments[0] if arguments else "docs")
    wanted = set(arguments[1:]) or set(SHOTS)
    if wanted - set(SHOTS):
        raise SystemExit(f"unknown shots {sorted(wanted - set(SHOTS))}; choose from {SHOTS}")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        os.environ["XDG_CONFIG_HOME"] = str(Path(work) / "config")
        os.environ.setdefault("CARDKEEPER_COLOR_SCHEME", "light")
        _shoot(Path(work), _Shots(out, size), wanted)


def _parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise SystemExit(f"--size {text!r}: write it as WIDTHxHEIGHT, e.g. 1024x700")
    return int(width), int(height)


def _shoot(work: Path, shots: _Shots, wanted: set[str]) -> None:
    from PySide6.QtWidgets import QApplication

    from cardkeeper.gui.common.palette import apply_palette

    app = QApplication(sys.argv)
    app.setApplicationName("CardKeeper")
    apply_palette(app)
    # Windows are kept until the end: their work may still run in the background after
    # they closed (thumbnails, cards being read), and deleting them then, from Python,
    # crashed Qt in a later event loop now and then.
    kept: list[QWidget] = []
    if wanted & {"main-window", "review"}:
        kept.append(_shoot_main_window(work, shots, wanted))
    if "scanner" in wanted:
        kept.append(_shoot_scanner(work, shots))
    if wanted & {"follow-ups", "template-editor"}:
        _shoot_follow_ups(work, shots, wanted)
    if "csv-import" in wanted:
        _shoot_csv_import(work, shots)


def _shoot_main_window(work: Path, shots: _Shots, wanted: set[str]) -> QWidget:
    """The list after an import, most cards accepted (their thank-yous due today), and review."""
    from dataclasses import replace
    from datetime import timedelta

    from PySide6.QtCore import QEventLoop

    from cardkeeper.app.review import accept
    from cardkeeper.gui.common.clock import Clock
    from cardkeeper.gui.library.sidebar import ALL, REVIEW
    from cardkeeper.gui.main_window import MainWindow
    from cardkeeper.settings import Settings
    from cardkeeper.store.contacts import Contacts
    from cardkeeper.store.database import open_library
    from tests.card_files import write_desk_photo

    photos = [write_desk_photo(work / "photos", seed)[0] for seed in range(CARDS)]
    clock = Clock()
    with open_library(work / "library") as library:
        window = MainWindow(library, Settings(current_event="Web Summit 2026, Lisbon"))
        shots.place(window, 1600, 1000)
        window.show()
        window.importing.start_import(photos)
        job = window.importing.current_import()
        if job is None:
            raise SystemExit("the import did not start")
        loop = QEventLoop()
        job.finished.connect(loop.quit)
        loop.exec()
        contacts = Contacts(library)
        met_on = clock.today() - timedelta(days=MET_DAYS_AGO)
        for contact in contacts.list_contacts()[TO_REVIEW:]:
            accept(library, replace(contact, met_on=met_on), today=clock.today(), now=clock.now())
        window.follow_ups.due.check()

        window.browser.sidebar.choose(REVIEW)
        window.browser.sidebar.choose(ALL)
        window.select_contact(contacts.list_contacts()[TO_REVIEW + 1].id or 0)
        _settle()
        if "main-window" in wanted:
            shots.save(window, "main-window")

        window.browser.sidebar.choose(REVIEW)
        window.pane.form.setFocus()
        _settle()
        if "review" in wanted:
            shots.save(window, "review")
        window.close()
    return window


def _shoot_scanner(work: Path, shots: _Shots) -> QWidget:
    """The scanner playing the generated 20-card desk video: three read, the fourth held still."""
    from PySide6.QtCore import QEventLoop, QTimer

    from cardkeeper.gui.scanner.camera_view import HOLD_STILL
    from cardkeeper.gui.scanner.window import ScannerWindow
    from cardkeeper.reading.pipeline import ReadingOptions
    from tools.camgen import stack, write_video

    video = work / "desk.avi"
    write_video(stack(20, 1), video, fps=30)  # the 20-card stack of the tests and bench
    scanner = ScannerWindow(
        work / "scanner-library",
        ReadingOptions(),
        event="Web Summit 2026, Lisbon",
        source=str(video),
    )
    shots.place(scanner, 1200, 900)
    scanner.show()
    loop = QEventLoop()
    saved: list[int] = []
    scanner.contact_saved.connect(saved.append)

    def frame(_image: object, _outline: object, state: str, share: float) -> None:
        if len(saved) >= 3 and state == HOLD_STILL and share > 0.5:
            loop.quit()

    feed = scanner._feed
    if feed is None:
        raise SystemExit("the scanner did not start")
    feed.frame.connect(frame)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    shots.save(scanner, "scanner")
    scanner.close()
    return scanner


def _shoot_follow_ups(work: Path, shots: _Shots, wanted: set[str]) -> None:
    """The queue with follow-ups in every section, and a built-in template with its preview."""
    from cardkeeper.gui.common.clock import Clock
    from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow
    from cardkeeper.gui.templates.window import TemplatesWindow
    from cardkeeper.settings import Settings, sender
    from cardkeeper.store.database import open_library

    clock = Clock()
    settings = Settings(
        my_name="Maria Schneider",
        my_title="Head of Partnerships",
        my_company="Elbtal Software KG",
        my_email="maria.schneider@elbtal.example",
    )
    folder = work / "follow-ups"
    with open_library(folder) as library:
        _fill_follow_ups(library, clock)
    if "follow-ups" in wanted:
        queue = FollowUpQueueWindow(folder, lambda: sender(settings), clock)
        shots.place(queue, 1320, 560)
        queue.show()
        _settle()
        shots.save(queue, "follow-ups")
        queue.close()
    if "template-editor" in wanted:
        editor = TemplatesWindow(folder, lambda: sender(settings), clock)
        shots.place(editor, 1320, 760)
        editor.show()
        _settle()
        templates = editor.templates
        row = next(
            row
            for row in range(templates.list_model.rowCount())
            if templates.list_model.index(row).data().startswith("Thank you")
        )
        templates.list.setCurrentIndex(templates.list_model.index(row))
        templates.preview.person_box.setCurrentIndex(
            templates.preview.person_box.findText("Sofia Almeida")
        )
        templates.preview.person_box.activated.emit(templates.preview.person_box.currentIndex())
        templates.body_field.setFocus()
        _settle()
        shots.save(editor, "template-editor")
        editor.close()


_PEOPLE = (
    # name, title, company, event, days since met, interest, step, due in days, channel
    ("Sofia Almeida", "Head of Procurement", "Lusitania Logistics", "web", 4,
     "cold-chain route planning", 1, -2, "email"),
    ("Daniel Okafor", "Plant Manager", "Brightwave Energy", "messe", 24,
     "predictive maintenance for turbines", 2, -1, "email"),
    ("Mei Tanaka", "CTO", "Kumo Robotics", "web", 2,
     "robots for warehouse picking", 1, 0, "email"),
    ("Lukas Berger", "Operations Lead", "Alpenrad GmbH", "messe", 16,
     "reading delivery notes automatically", 2, 0, "email"),
    ("Claire Dubois", "Design Director", "Atelier Nord", "web", 3,
     "design systems for B2B apps", 1, 1, "email"),
    ("Rahul Mehta", "Head of Risk", "Finlytics", "data", 22,
     "anomaly detection in card payments", 3, 3, "call"),
    ("Ana Costa", "Founder", "Mar Azul Seafood", "web", 9,
     "traceability from boat to shelf", 2, 5, "email"),
    ("Jonas Lindqvist", "Product Owner", "Nordic Grid", "messe", 20,
     "smart-meter data platforms", 3, 12, "email"),
    ("Priya Nair", "VP Clinical Data", "Saffron Health", "data", 15,
     "dashboards for clinical trials", 3, 18, "meeting"),
)  # fmt: skip
_EVENTS = {
    "web": ("Web Summit 2026, Lisbon", 4),
    "messe": ("Hannover Messe 2026", 24),
    "data": ("Data Council, Berlin", 22),
}
"""Event key -> (name, days ago)."""


def _fill_follow_ups(library: Library, clock: Clock) -> None:
    """People met at three events, each at a step of "Met at an event" due around today."""
    from datetime import timedelta

    from cardkeeper.app.built_ins import MET_AT_AN_EVENT, ensure_built_ins
    from cardkeeper.domain import Channel, Contact, FollowUp
    from cardkeeper.store.contacts import Contacts
    from cardkeeper.store.events import Events
    from cardkeeper.store.follow_ups import FollowUps
    from cardkeeper.store.sequences import Sequences

    today = clock.today()
    ensure_built_ins(library)
    sequence = Sequences(library).by_name(MET_AT_AN_EVENT)
    assert sequence is not None
    events = {
        key: Events(library).get_or_create(name, day=today - timedelta(days=ago))
        for key, (name, ago) in _EVENTS.items()
    }
    for name, title, company, event, met, interest, step, due, channel in _PEOPLE:
        given, family = name.split(" ", 1)
        domain = company.split()[0].lower()
        contact_id = Contacts(library).save_new_contact(
            Contact(
                given_name=given,
                family_name=family,
                title=title,
                company=company,
                emails=[f"{given.lower()}.{family.lower()}@{domain}.example"],
                interested_in=interest,
                event_id=events[event].id,
                met_on=today - timedelta(days=met),
                needs_review=False,
            )
        )
        chosen = sequence.steps[step - 1]
        FollowUps(library).add(
            FollowUp(
                contact_id=contact_id,
                due=today + timedelta(days=due),
                channel=Channel(channel),
                step=step,
                reason=chosen.reason,
                template_id=chosen.template_id,
                sequence_id=sequence.id,
            )
        )


VISITORS = "\n".join(
    ";".join(row)
    for row in (
        (
            "Anrede",
            "Vorname",
            "Nachname",
            "Firma",
            "Position",
            "E-Mail",
            "Telefon",
            "Handy",
            "Interesse",
            "Bemerkung",
        ),
        (
            "Frau",
            "Anna",
            "Koch",
            "Elbtal Software KG",
            "Head of Logistics",
            "anna@elbtal.example",
            "040 1234567",
            "0171 2345678",
            "Lagerroboter",
            "Demo im März",
        ),
        (
            "Herr",
            "Jürgen",
            "Müller",
            "Nordlicht Systeme GmbH",
            "CTO",
            "jm@nordlicht.example",
            "0511 987654",
            "",
            "FTS",
            "Rückruf erbeten",
        ),
        (
            "Dr.",
            "Sara",
            "Greco",
            "Greco Automazione S.r.l.",
            "Direttrice",
            "sara@greco.example",
            "+39 02 123456",
            "",
            "Pick-by-Light",
            "",
        ),
    )
)
"""A stand's visitor list as a spreadsheet saves it: German headers, semicolons."""


def _shoot_csv_import(work: Path, shots: _Shots) -> None:
    """The column-mapping step of File > Import Contacts, as it guesses the columns."""
    from cardkeeper.gui.exchange.csv_mapping_dialog import CsvMappingDialog, read_sample

    path = work / "messe-besucher.csv"
    path.write_text(VISITORS, encoding="utf-8")
    dialog = CsvMappingDialog(read_sample(path))
    dialog.show()
    _settle()
    shots.save(dialog, "csv-import")
    dialog.close()


def _settle() -> None:
    """Let thumbnails load and the window repaint before it is grabbed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(600, loop.quit)
    loop.exec()


if __name__ == "__main__":
    main()

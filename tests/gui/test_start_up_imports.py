"""What opening the window imports: the heavy parts of features a user may never open
wait until they are opened (gui/README.md, "Adding to a feature"), so start-up does not
pay for them. Checked in a fresh interpreter, as a launch is."""

from __future__ import annotations

import subprocess
import sys

LATER = (
    "cardkeeper.app.reread_card",  # Crop and Rotate's reading
    "cardkeeper.interop.carddav",  # Sync
    "cardkeeper.interop.imap",  # Save to Drafts, replies noticed
    "jinja2",  # templates and drafts
    "phonenumbers.geocoder",  # the country a typed number was taken in
    "tesserocr",  # the reader itself
    "vobject",  # vCard import and export
)


def test_opening_the_window_imports_none_of_what_waits_to_be_used() -> None:
    program = (
        "import sys\n"
        "import cardkeeper.gui.app, cardkeeper.gui.main_window\n"
        f"print(*sorted(m for m in {LATER!r} if m in sys.modules), sep='\\n')\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    ).stdout.split()
    assert found == []

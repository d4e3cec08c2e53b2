"""Large libraries for the window benchmarks: realistic contacts, no card images.

Contacts come from the card generator's people (names, companies, emails,
phones and addresses of nine locales), saved through the store's own API so
the search index and every table are filled as an import fills them. Made
once per size and seed, then reused: 100,000 contacts take about a minute.
"""

from __future__ import annotations

import json
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.events import Events
from tools.cardgen.locales import LOCALES
from tools.cardgen.people import make_truth

EVENTS = ("Web Summit 2026, Lisbon", "CES 2026", "Hannover Messe", "Local meetup", "VivaTech")
INTERESTS = ("pricing", "API access", "a demo", "the Berlin office", "partnership", "hiring")


def fake_library(folder: Path, count: int, seed: int = 1) -> Path:
    """A library of ``count`` contacts in ``folder`` (reused when it was made with these)."""
    stamp = folder / "made-with.json"
    wanted = {"count": count, "seed": seed}
    if stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    rng = random.Random(seed)
    with open_library(folder) as library:
        # Only for filling a throwaway bench library: skipping fsync makes 100,000
        # single-contact transactions take a minute instead of an hour.
        library.connection.execute("PRAGMA synchronous = OFF")
        event_ids = [Events(library).get_or_create(name).id for name in EVENTS]
        contacts = Contacts(library)
        locales = sorted(LOCALES)
        for number in range(count):
            truth = make_truth(rng, rng.choice(locales), "left", dark=False)
            contacts.save_new_contact(
                Contact(
                    full_name=truth.name,
                    given_name=truth.given_name,
                    family_name=truth.family_name,
                    title=truth.title,
                    company=truth.company,
                    address=truth.address,
                    emails=list(truth.emails),
                    phones=[Phone(PhoneKind(p.kind), p.e164, p.printed) for p in truth.phones],
                    websites=list(truth.websites),
                    interested_in=rng.choice(INTERESTS),
                    event_id=rng.choice(event_ids),
                    met_on=date(2026, 1, 1) + timedelta(days=number % 300),
                    needs_review=rng.random() < 0.02,
                ),
                card_text="\n".join([truth.name, truth.title, truth.company, truth.tagline]),
            )
    stamp.write_text(json.dumps(wanted))
    return folder

"""User preferences, each declared once with its type and default.

Kept as a small JSON file in the platform's config folder, apart from the
library, so a library folder can be moved or synced without someone's OCR or
region preferences coming along.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from cardkeeper import paths
from cardkeeper.domain import Sender

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    ocr_languages: str = ""
    """Tesseract language codes joined by '+', e.g. 'eng+deu'; empty picks the best installed."""
    default_phone_region: str = "US"
    """ISO country used for numbers printed without a country code when the card gives no hint."""
    tesseract_cmd: str = ""
    """Full path to the tesseract program; empty means find its language data by itself."""
    current_event: str = ""
    """Prefilled as 'where met' for every card imported while it is set."""
    camera: int = 0
    """The scanner's camera, as OpenCV numbers them; the last one chosen."""
    camera_size: str = "1280x720"
    """The scanner's resolution, width x height; 1920x1080 when the camera has it."""
    auto_capture: bool = True
    """The scanner captures a card by itself once it lies still; off, Space captures."""
    my_name: str = ""
    """The user's name, as drafts sign off and as the sender of a saved .eml."""
    my_company: str = ""
    """The user's company, for drafts that say where they work."""
    my_title: str = ""
    """The user's job title, under their name when they have written no signature."""
    my_email: str = ""
    """The From address of a saved .eml draft."""
    my_signature: str = ""
    """Lines under "Best regards,"; empty signs with name, title and company instead."""
    sync_minutes: int = 15
    """Minutes between automatic syncs with the CardDAV server once one is set up; 0: by hand."""
    mail_host: str = ""
    """The IMAP server of the user's mailbox, where drafts go; "" while mail is not set up."""
    mail_port: int = 993
    mail_security: str = "tls"
    """"tls" (encrypted from the start) or "starttls"; never in the clear."""
    mail_user: str = ""
    """The mailbox's user name; its password is in the system keyring."""
    mail_cafile: str = ""
    """A certificate file to trust for a server with a certificate of its own; "" for none."""
    mail_drafts_folder: str = ""
    """The Drafts folder, as the server names it: found by its special-use flag, or chosen."""
    notice_replies: bool = False
    """Look in the mailbox for replies from contacts with open follow-ups (the user's consent)."""
    task_sync: bool = False
    """Each sync also puts the open follow-ups as tasks in a task list on the same server."""
    task_calendar_url: str = ""
    """The CalDAV address where the task list is, for providers that keep calendars on another
    server than contacts (Fastmail, iCloud); "" looks on the contacts server."""
    start_in_tray: bool = False
    """CardKeeper starts with the desktop session, in the tray only, to announce due follow-ups."""


def sender(settings: Settings) -> Sender:
    """The user as their drafts know them, read from the settings with stray spaces trimmed."""
    return Sender(
        name=settings.my_name.strip(),
        company=settings.my_company.strip(),
        title=settings.my_title.strip(),
        email=settings.my_email.strip(),
        signature=settings.my_signature.strip("\n"),
    )


def load_settings(config_dir: Path | None = None) -> Settings:
    """Read the settings; a missing, damaged or foreign file gives the defaults, never an error."""
    file = (config_dir or paths.config_dir()) / SETTINGS_FILE
    try:
        stored = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(stored, dict):
        return Settings()
    settings = Settings()
    for declared in fields(Settings):
        value = stored.get(declared.name)
        if isinstance(value, type(getattr(settings, declared.name))):
            setattr(settings, declared.name, value)
    return settings


def save_settings(settings: Settings, config_dir: Path | None = None) -> None:
    folder = config_dir or paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / (SETTINGS_FILE + ".tmp")
    temp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    temp.replace(folder / SETTINGS_FILE)

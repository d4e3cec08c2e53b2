"""Preferences survive a restart; a damaged file never stops the app."""

from __future__ import annotations

from pathlib import Path

from cardkeeper.domain import Sender
from cardkeeper.settings import SETTINGS_FILE, Settings, load_settings, save_settings, sender


def test_saved_settings_come_back(tmp_path: Path) -> None:
    chosen = Settings(ocr_languages="eng+deu", default_phone_region="DE", current_event="CeBIT")
    save_settings(chosen, tmp_path)
    assert load_settings(tmp_path) == chosen
    assert not list(tmp_path.glob("*.tmp"))


def test_damaged_or_foreign_settings_give_the_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_FILE).write_text("{not json")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_FILE).write_text('["a list"]')
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_FILE).write_text('{"default_phone_region": 49, "ocr_languages": "fra"}')
    assert load_settings(tmp_path) == Settings(ocr_languages="fra")


def test_your_details_are_kept_and_become_the_sender(tmp_path: Path) -> None:
    chosen = Settings(
        my_name=" Tom Becker ",
        my_company="Acme Routing",
        my_title="Sales Engineer",
        my_email="tom@acme.example ",
        my_signature="\nTom\n-- \nAcme Routing · +49 30 1234567\n",
    )
    save_settings(chosen, tmp_path)
    loaded = load_settings(tmp_path)
    assert loaded == chosen
    assert sender(loaded) == Sender(
        name="Tom Becker",
        company="Acme Routing",
        title="Sales Engineer",
        email="tom@acme.example",
        signature="Tom\n-- \nAcme Routing · +49 30 1234567",
    )


def test_no_details_give_an_empty_sender(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text('{"my_name": ["not", "text"], "my_email": "a@b.de"}')
    assert sender(load_settings(tmp_path)) == Sender(email="a@b.de")

"""Preferences survive a restart; a damaged file never stops the app."""

from __future__ import annotations

from pathlib import Path

from cardkeeper.settings import SETTINGS_FILE, Settings, load_settings, save_settings


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

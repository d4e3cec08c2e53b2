"""Generated card images written to real files, for tests that read them end to end."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import numpy as np

from tools.cardgen import CardTruth, desk_photo, make_card, scan
from tools.cardgen.postal import make_postal_card
from tools.cardgen.render import render


def write_scan(folder: Path, seed: int, name: str | None = None) -> tuple[Path, CardTruth]:
    card, truth = make_card(seed)
    photo = scan(card, np.random.default_rng(seed))
    path = folder / (name or f"scan-{seed}.png")
    path.parent.mkdir(parents=True, exist_ok=True)
    photo.image.save(path)
    return path, truth


def write_postal_scan(folder: Path, country: str, seed: int) -> tuple[Path, CardTruth]:
    """A scanned card from ``country`` whose truth holds its address in parts."""
    card, truth = make_postal_card(seed, country)
    path = folder / f"postal-{country}-{seed}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    scan(card, np.random.default_rng(seed)).image.save(path)
    return path, truth


def write_desk_photo(folder: Path, seed: int, name: str | None = None) -> tuple[Path, CardTruth]:
    card, truth = make_card(seed)
    photo = desk_photo(card, np.random.default_rng(seed))
    path = folder / (name or f"desk-{seed}.jpg")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(photo.jpeg)
    return path, truth


def write_scan_without_email_or_phone(folder: Path, seed: int) -> Path:
    """A card printing no email and no phone: nothing to know it again by but itself."""
    _, truth = make_card(seed)
    card = render(replace(truth, emails=[], phones=[]), random.Random(seed))
    path = folder / f"no-email-{seed}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    scan(card, np.random.default_rng(seed)).image.save(path)
    return path

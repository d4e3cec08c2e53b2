"""Synthetic business cards with known truth, for CardKeeper's tests and accuracy bench.

``make_card(seed)`` gives one flat card and its :class:`CardTruth`; ``scan``,
``desk_photo`` and ``hard_photo`` turn a flat card into what a user would feed the app;
``dataset.generate`` writes a whole labelled set (``python -m tools.cardgen OUT``), with
the wider kinds of ``wide`` (bands, saturated and photo-backed cards, logos, printed paper,
cut and portrait photos) after the classic ones.
"""

from tools.cardgen.card import make_card
from tools.cardgen.dataset import Sample, generate, load
from tools.cardgen.locales import LOCALES
from tools.cardgen.photograph import Photo, desk_photo, hard_photo, scan
from tools.cardgen.render import LAYOUTS
from tools.cardgen.truth import CardTruth, TruthPhone

__all__ = [
    "LAYOUTS",
    "LOCALES",
    "CardTruth",
    "Photo",
    "Sample",
    "TruthPhone",
    "desk_photo",
    "generate",
    "hard_photo",
    "load",
    "make_card",
    "scan",
]

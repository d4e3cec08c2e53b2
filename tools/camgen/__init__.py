"""Generated desk-webcam videos of business cards, with known truth, for the webcam scanner.

A script (``stack``, ``hard_cases`` or ``plan_script``) says which cards visit the desk,
where they rest and what happens meanwhile; ``write_video`` / ``write_frames`` render it
as a camera would see it and write ``manifest.json`` with the frame numbers and corners a
scanner test checks against (``python -m tools.camgen OUT``).
"""

from tools.camgen.cards import Card, alike_card, draw_card
from tools.camgen.manifest import describe
from tools.camgen.plan import hard_cases, plan_script, stack
from tools.camgen.scene import render_frames
from tools.camgen.script import EVENTS, Script, Visit
from tools.camgen.video import write_frames, write_video

__all__ = [
    "EVENTS",
    "Card",
    "Script",
    "Visit",
    "alike_card",
    "describe",
    "draw_card",
    "hard_cases",
    "plan_script",
    "render_frames",
    "stack",
    "write_frames",
    "write_video",
]

"""A QR code on a generated card, the way cards carry one: a contact in a corner, dark on white.

The QR tests and the video generator use it. The code is drawn with OpenCV's own encoder, so
testing CardKeeper's decoder needs no second QR library.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from tools.cardgen.truth import CardTruth, TruthPhone

CORNERS = ("top_left", "top_right", "bottom_left", "bottom_right")
SIZE_SHARE = 0.25
"""The code's side (without its quiet zone) as a share of the card height: 22-28% on real cards."""
QUIET_MODULES = 4
"""The light border a reader needs around the code, in modules (ISO/IEC 18004)."""
EDGE_SHARE = 0.03
"""Gap between the quiet zone and the card's edges, as a share of the card's long side."""
_ENCODER_BORDER = 2
"""Light modules OpenCV's encoder already puts around the code."""
_OVERSAMPLE = 8
"""Pixels a module is drawn with before the code is scaled to its size on the card."""
_TEL_TYPES = {"work": "WORK,VOICE", "mobile": "CELL,VOICE", "fax": "WORK,FAX", "other": "VOICE"}


def with_qr_code(card: Image.Image, payload: str, corner: str = "bottom_right") -> Image.Image:
    """A copy of ``card`` with ``payload`` as a QR code in ``corner`` (one of ``CORNERS``).

    The code is pasted over whatever is there, so pick a corner the layout left free.
    Raises ``ValueError`` for an unknown corner.
    """
    if corner not in CORNERS:
        raise ValueError(f"corner must be one of {', '.join(CORNERS)}, not {corner!r}")
    code = _code_image(payload, round(SIZE_SHARE * card.height))
    gap = round(EDGE_SHARE * max(card.size))
    x = gap if corner.endswith("left") else card.width - gap - code.width
    y = gap if corner.startswith("top") else card.height - gap - code.height
    result = card.convert("RGB")
    result.paste(code, (x, y))
    return result


def _code_image(payload: str, symbol_side: int) -> Image.Image:
    """The code with its quiet zone, its symbol ``symbol_side`` pixels wide, as crisp as print."""
    params = cv2.QRCodeEncoder.Params()
    params.correction_level = cv2.QRCodeEncoder_CORRECT_LEVEL_M
    modules = cv2.QRCodeEncoder.create(params).encode(payload)
    symbol = modules[_ENCODER_BORDER:-_ENCODER_BORDER, _ENCODER_BORDER:-_ENCODER_BORDER]
    # Blown up crisp first, then averaged down: modules keep their true, fractional width
    # (a nearest-neighbour resize alone would make them 2 or 3 pixels wide, unlike print).
    crisp = np.kron(symbol, np.ones((_OVERSAMPLE, _OVERSAMPLE), dtype=np.uint8))
    scaled = cv2.resize(crisp, (symbol_side, symbol_side), interpolation=cv2.INTER_AREA)
    quiet = round(QUIET_MODULES * symbol_side / symbol.shape[0])
    padded = np.pad(scaled, quiet, constant_values=255)
    return Image.fromarray(padded).convert("RGB")


def vcard_for(truth: CardTruth) -> str:
    """A vCard 3.0 of what the card prints, as a QR code on such a card would hold it.

    The name is typed in natural case (see :func:`typed_name`); phones keep their printed
    form; the address lines go, one per line, into the street part (as Apple's Contacts
    writes a multi-line street), since the truth does not split them into parts.
    """
    parts = (truth.family_name, truth.given_name, truth.middle_name, truth.prefix, truth.suffix)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{';'.join(map(_escape, parts))}",
        f"FN:{_escape(typed_name(truth))}",
    ]
    if truth.company:
        lines.append(f"ORG:{_escape(truth.company)}")
    if truth.title:
        lines.append(f"TITLE:{_escape(truth.title)}")
    lines += [_tel(phone) for phone in truth.phones]
    lines += [f"EMAIL;TYPE=INTERNET:{email}" for email in truth.emails]
    lines += [f"URL:{website}" for website in truth.websites]
    if truth.address_lines:
        street = _escape("\n".join(truth.address_lines))
        lines.append(f"ADR;TYPE=WORK:;;{street};;;;")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def typed_name(truth: CardTruth) -> str:
    """The name as its owner would type it into a contact: as printed, unless in ALL CAPS."""
    if not truth.name.isupper():
        return truth.name
    parts = (truth.prefix, truth.given_name, truth.middle_name, truth.family_name, truth.suffix)
    return " ".join(part for part in parts if part)


def _tel(phone: TruthPhone) -> str:
    return f"TEL;TYPE={_TEL_TYPES[phone.kind]}:{phone.printed}"


def _escape(text: str) -> str:
    """vCard 3.0 text escaping (RFC 2426 section 4): backslash, comma, semicolon, newline."""
    for plain, escaped in (("\\", "\\\\"), (",", "\\,"), (";", "\\;"), ("\n", "\\n")):
        text = text.replace(plain, escaped)
    return text

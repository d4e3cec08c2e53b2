"""Record the OCR fixtures: render cards with Pillow, read them with real Tesseract.

Run from the repository root when a card is added or Tesseract changes:
``OMP_THREAD_LIMIT=1 .venv/bin/python tests/reading/parse/record_fixtures.py``.
The parser tests then run on the saved words, fast and without Tesseract.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytesseract
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).parent / "ocr_output"
FONTS = Path("/usr/share/fonts/truetype")
SANS = FONTS / "dejavu/DejaVuSans.ttf"
BOLD = FONTS / "dejavu/DejaVuSans-Bold.ttf"
SERIF = FONTS / "liberation/LiberationSerif-Regular.ttf"
SERIF_BOLD = FONTS / "liberation/LiberationSerif-Bold.ttf"
ARIAL = FONTS / "liberation/LiberationSans-Regular.ttf"
ARIAL_BOLD = FONTS / "liberation/LiberationSans-Bold.ttf"

# Each card: (x, y, text, font, size); dark cards print light on dark.
CARDS: dict[str, dict[str, object]] = {
    "us_classic": {
        "lines": [
            (60, 40, "Brightline Analytics Inc.", BOLD, 30),
            (60, 140, "Jonathan Reyes", BOLD, 50),
            (60, 205, "Senior Data Engineer", SANS, 28),
            (60, 320, "T +1 (512) 555-0147", SANS, 24),
            (60, 355, "M +1 512 555 0199", SANS, 24),
            (60, 390, "jonathan.reyes@brightline.com", SANS, 24),
            (60, 425, "www.brightline.com", SANS, 24),
            (60, 490, "401 Congress Ave, Suite 1500", SANS, 24),
            (60, 525, "Austin, TX 78701", SANS, 24),
        ]
    },
    "uk_labels": {
        "lines": [
            (60, 50, "Sophie Clarke", SERIF_BOLD, 54),
            (60, 115, "Head of Procurement", SERIF, 30),
            (60, 160, "Harbour & Finch Ltd", SERIF, 30),
            (60, 260, "Tel: 020 7946 0321", SERIF, 26),
            (60, 295, "Mobile: 07700 900456", SERIF, 26),
            (60, 330, "Fax: 020 7946 0322", SERIF, 26),
            (60, 365, "sophie.clarke@harbourfinch.co.uk", SERIF, 26),
            (60, 400, "harbourfinch.co.uk", SERIF, 26),
            (60, 460, "12 Bishopsgate", SERIF, 26),
            (60, 495, "London EC2N 4AJ", SERIF, 26),
            (60, 530, "United Kingdom", SERIF, 26),
        ]
    },
    "de_gmbh": {
        "lines": [
            (60, 40, "Nordwind Logistik GmbH", ARIAL_BOLD, 34),
            (60, 150, "Dr. Anna Müller", ARIAL_BOLD, 50),
            (60, 215, "Leiterin Einkauf", ARIAL, 28),
            (60, 310, "Tel.: 030 12345678", ARIAL, 24),
            (60, 345, "Mobil: 0151 23456789", ARIAL, 24),
            (60, 380, "Fax: 030 12345679", ARIAL, 24),
            (60, 415, "anna.mueller@nordwind-logistik.de", ARIAL, 24),
            (60, 450, "www.nordwind-logistik.de", ARIAL, 24),
            (60, 500, "Hauptstraße 5", ARIAL, 24),
            (60, 535, "10115 Berlin", ARIAL, 24),
        ]
    },
    "fr_two_columns": {
        "lines": [
            (50, 180, "Élodie Fournier", BOLD, 40),
            (50, 240, "Directrice Commerciale", SANS, 24),
            (50, 280, "Lumière Conseil SAS", SANS, 24),
            (600, 180, "Tél. 01 42 68 53 00", SANS, 22),
            (600, 215, "Portable 06 12 34 56 78", SANS, 22),
            (600, 250, "e.fournier@lumiere-conseil.fr", SANS, 22),
            (600, 320, "12 Rue de Rivoli", SANS, 22),
            (600, 355, "75004 Paris", SANS, 22),
        ]
    },
    "es_card": {
        "lines": [
            (60, 50, "José María García López", BOLD, 42),
            (60, 110, "Director de Operaciones", SANS, 26),
            (60, 150, "Grupo Alba Soluciones S.L.", SANS, 26),
            (60, 270, "Tfno. +34 912 345 678", SANS, 24),
            (60, 305, "Móvil +34 612 345 678", SANS, 24),
            (60, 340, "jmgarcia@grupoalba.es", SANS, 24),
            (60, 375, "www.grupoalba.es", SANS, 24),
            (60, 460, "Calle Mayor 12, 28013 Madrid", SANS, 24),
        ]
    },
    "it_card": {
        "lines": [
            (60, 50, "Ferro & Vetro S.r.l.", SERIF_BOLD, 34),
            (60, 160, "Giulia Rossi", SERIF_BOLD, 52),
            (60, 225, "Responsabile Marketing", SERIF, 28),
            (60, 330, "Tel. +39 02 1234 5678", SERIF, 24),
            (60, 365, "Cell. +39 347 123 4567", SERIF, 24),
            (60, 400, "giulia.rossi@ferrovetro.it", SERIF, 24),
            (60, 480, "Via Roma 21", SERIF, 24),
            (60, 515, "20121 Milano MI", SERIF, 24),
        ]
    },
    "nl_card": {
        "lines": [
            (60, 50, "Isabella van Waas", ARIAL_BOLD, 48),
            (60, 112, "Senior Adviseur", ARIAL, 28),
            (60, 155, "Delta Water B.V.", ARIAL, 28),
            (60, 260, "T 020 123 4567", ARIAL, 24),
            (60, 295, "M 06 12345678", ARIAL, 24),
            (60, 330, "i.vanwaas@deltawater.nl", ARIAL, 24),
            (60, 365, "www.deltawater.nl", ARIAL, 24),
            (60, 460, "Herengracht 500", ARIAL, 24),
            (60, 495, "1017 CB Amsterdam", ARIAL, 24),
        ]
    },
    "au_name_at_bottom": {
        "lines": [
            (60, 40, "KOALA CREATIVE", BOLD, 44),
            (60, 100, "Design that moves people", SANS, 22),
            (600, 190, "P (02) 9876 5432", SANS, 22),
            (600, 225, "M 0412 345 678", SANS, 22),
            (600, 260, "liam@koalacreative.com.au", SANS, 22),
            (600, 330, "Level 12, 1 Martin Place", SANS, 22),
            (600, 365, "Sydney NSW 2000", SANS, 22),
            (60, 460, "Liam O'Connor", BOLD, 44),
            (60, 520, "Creative Director", SANS, 26),
        ]
    },
    "ca_socials": {
        "lines": [
            (60, 50, "Marie-Claire Tremblay", BOLD, 44),
            (60, 110, "Software Engineer", SANS, 26),
            (60, 150, "Northern Pixel Corp.", SANS, 26),
            (60, 240, "Cell 416-555-0182", SANS, 22),
            (60, 275, "Office 416-555-0100", SANS, 22),
            (60, 310, "marie.tremblay@northernpixel.ca", SANS, 22),
            (60, 345, "linkedin.com/in/mctremblay", SANS, 22),
            (60, 380, "@mctremblay", SANS, 22),
            (60, 460, "100 King St W", SANS, 22),
            (60, 495, "Toronto, ON M5V 2T6", SANS, 22),
        ]
    },
    "us_all_caps": {
        "lines": [
            (60, 60, "ROBERT J. MCALLISTER JR.", SERIF_BOLD, 44),
            (60, 120, "CHIEF FINANCIAL OFFICER", SERIF, 26),
            (60, 200, "Summit Ridge Capital LLC", SERIF_BOLD, 30),
            (60, 320, "(212) 555-0134", SERIF, 26),
            (60, 360, "rmcallister@summitridge.com", SERIF, 26),
            (60, 450, "350 Fifth Avenue", SERIF, 26),
            (60, 490, "New York, NY 10118", SERIF, 26),
        ]
    },
    "fr_dark": {
        "dark": True,
        "lines": [
            (60, 60, "Atelier Dubois", SERIF_BOLD, 40),
            (60, 200, "Chloé Dubois", BOLD, 48),
            (60, 265, "Fondatrice", SANS, 28),
            (60, 380, "+33 6 12 34 56 78", SANS, 24),
            (60, 420, "chloe@atelierdubois.fr", SANS, 24),
            (60, 460, "atelierdubois.fr", SANS, 24),
        ],
    },
    "de_name_pipe_title": {
        "lines": [
            (60, 60, "Tom Becker | Managing Partner", BOLD, 36),
            (60, 130, "Becker & Klein Rechtsanwälte GmbH", SANS, 26),
            (60, 300, "T: +49 89 2345 6789", SANS, 24),
            (60, 340, "E: tom.becker@becker-klein.de", SANS, 24),
            (60, 420, "Maximilianstraße 10, 80539 München", SANS, 24),
        ]
    },
    "us_no_labels_tagline": {
        "lines": [
            (60, 50, "Cobalt Labs", BOLD, 34),
            (60, 100, "Building tomorrow's tools today", SANS, 22),
            (60, 200, "Priya Natarajan", BOLD, 46),
            (60, 262, "Product Manager", SANS, 26),
            (60, 360, "priya@cobaltlabs.io", SANS, 24),
            (60, 395, "+1 415 555 0123", SANS, 24),
            (60, 430, "+1 415 555 0188", SANS, 24),
        ]
    },
}


def render(card: dict[str, object]) -> Image.Image:
    dark = bool(card.get("dark"))
    image = Image.new("RGB", (1050, 600), (20, 30, 60) if dark else (255, 255, 255))
    draw = ImageDraw.Draw(image)
    ink = (240, 240, 240) if dark else (20, 20, 20)
    for x, y, text, font, size in card["lines"]:  # type: ignore[attr-defined]
        draw.text((x, y), text, font=ImageFont.truetype(str(font), size), fill=ink)
    return image


def record(image: Image.Image) -> list[dict[str, object]]:
    data = pytesseract.image_to_data(image, config="--psm 3", output_type=pytesseract.Output.DICT)
    words = []
    for i, text in enumerate(data["text"]):
        if not text.strip():
            continue
        words.append(
            {
                "text": text,
                "left": data["left"][i],
                "top": data["top"][i],
                "width": data["width"][i],
                "height": data["height"][i],
                "conf": round(max(float(data["conf"][i]), 0.0) / 100, 3),
                "block_num": data["block_num"][i],
                "par_num": data["par_num"][i],
                "line_num": data["line_num"][i],
            }
        )
    return words


def main() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    OUT.mkdir(exist_ok=True)
    for name, card in CARDS.items():
        words = record(render(card))
        (OUT / f"{name}.json").write_text(json.dumps(words, ensure_ascii=False, indent=1) + "\n")
        print(name, " / ".join(w["text"] for w in words))  # type: ignore[misc]


if __name__ == "__main__":
    main()

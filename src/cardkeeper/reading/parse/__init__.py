"""Parsers that turn OCR words into contact fields.

``parse_card`` (in ``card``) is the entry point; the other modules each know
one kind of field or one kind of evidence (labels, layout, OCR damage).
"""

from cardkeeper.reading.parse.card import parse_card

__all__ = ["parse_card"]

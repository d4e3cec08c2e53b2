"""CardKeeper: business cards in, contacts and follow-ups out."""

__version__ = "0.1.0"

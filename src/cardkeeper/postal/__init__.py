"""Postal addresses in parts, by the conventions of the country they are from.

Pure standard library, so the reader, the store (splitting an older library's
addresses once) and the file formats can all use it.
"""

from cardkeeper.postal.split import split_address

__all__ = ["split_address"]

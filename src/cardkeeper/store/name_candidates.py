"""Contacts that might be the same person as another: narrowed down by the search index.

Scoring a name against every contact of a big library costs more than a card
may take, so the index picks the few worth scoring: those with a name word and
a company word that begin with the same two letters as one of the other's.
Two letters, accents and case ignored, so "Juergen Mueller" still finds
"Jürgen Müller" and a misread letter later in a word does not hide anyone.
"Soren" finds "Søren" too, though the index does not take "ø" for an "o".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from cardkeeper.store.database import Library

_WORD = re.compile(r"[^\W_]+")
"""Runs of letters and digits, as FTS5's unicode61 tokenizer splits text."""

PREFIX_LENGTH = 2

_SPELLED_EITHER_WAY = {
    "a": "aæ",
    "æ": "aæ",
    "d": "dđð",
    "đ": "dđ",
    "ð": "dð",
    "h": "hħ",
    "ħ": "hħ",
    "i": "iı",
    "ı": "iı",
    "l": "lł",
    "ł": "lł",
    "o": "oøœ",
    "ø": "oø",
    "œ": "oœ",
    "t": "tþ",
    "þ": "tþ",
}
"""Letters the index keeps apart from their plain twin (accents it folds: "ü" is "u"), which
one card prints and another card, or the reader, spells plain: "Søren", "Soren"."""


_LEGAL_FORMS = frozenset(
    "ab ag aps as bv co corp eg ev gbr gmbh inc kg kgaa llc llp lp ltd mbh nv oy"  # noqa: SIM905
    " plc pty sa sarl sas se spa sl srl ug".split()
)
"""Words of company names that say what kind of firm it is, not which one."""


@dataclass(frozen=True)
class NamedContact:
    id: int
    full_name: str
    given_name: str
    family_name: str
    company: str


def contacts_named_like(library: Library, name: str, company: str) -> list[NamedContact]:
    """Contacts not in the trash whose name and company each share a word start with these.

    Empty when ``name`` or ``company`` has no word: there is nothing to go by.
    """
    name_words, company_words = _word_starts(name), _word_starts(company, _LEGAL_FORMS)
    if not name_words or not company_words:
        return []
    rows = library.connection.execute(
        "SELECT c.id, c.full_name, c.given_name, c.family_name, c.company"
        " FROM contact_search AS s JOIN contacts AS c ON c.id = s.rowid"
        " WHERE contact_search MATCH ? ORDER BY c.id",
        (f"name : ({name_words}) AND company : ({company_words})",),
    )
    return [NamedContact(*row) for row in rows]


def _word_starts(text: str, skipped: frozenset[str] = frozenset()) -> str:
    """An FTS5 query matching any word that starts as one of ``text``'s words; "" if none.

    Initials and ``skipped`` words are left out, unless they are all there is:
    "J." or "GmbH" would let in most of the library. Each start is quoted, so
    nothing in the text is taken as FTS syntax.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    telling = [w for w in words if len(w) >= PREFIX_LENGTH and w not in skipped] or words
    starts = dict.fromkeys(s for word in telling for s in _spellings(word[:PREFIX_LENGTH]))
    return " OR ".join(f'"{start}"*' for start in starts)


def _spellings(start: str) -> list[str]:
    """``start`` and its other spellings: "so" is also "sø" and "sœ"."""
    letters = (_SPELLED_EITHER_WAY.get(letter, letter) for letter in start)
    return ["".join(spelling) for spelling in itertools.product(*letters)]

"""Repairs that check one contact value against another printed on the same card.

An e-mail, a website and a name on one card nearly always spell the same
things: the e-mail's domain is the website's host, its local part is made of
the person's name. When OCR was unsure of one of them and it is one letter
away from what the others spell, the others are believed. Values read with
confidence are never changed: ``jon.smith@`` on John Smith's card is his.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from cardkeeper.reading.fields import Field
from cardkeeper.reading.parse.domains import (
    COUNTRY_CODES,
    KNOWN_TLDS,
    SECOND_LEVEL,
    fold,
    host_of,
    registrable_of,
    stem_of,
)
from cardkeeper.reading.parse.text import MappedText, one_changed, one_edit, shared_start
from cardkeeper.reading.words import Word

DOUBTFUL_OCR = 0.6
"""Below this OCR confidence a word may be repaired from the rest of the card."""
_STROKES = "il1"
"""Letters (lower-cased) of one stroke that OCR takes for one another."""
_LOOK_ALIKES = (_STROKES, "ceo")
"""Letters OCR takes for one another even where it feels sure: the one-stroke letters, and
the round ones of small print (``maroos`` read for ``marcos`` at confidence 1.0)."""
_LONG_STEM = 10
"""Letters from which two misread in a domain leave it the website's and no other name."""
_SIBLING_LENGTH = 8
"""Least length of a domain another address may spell for one a letter off: ``ab.de`` and
``ab.at`` are as likely two firms."""
_GLUED_HOST = re.compile(r"(?<![\w.+-])([a-z0-9][a-z0-9._%+'-]*)@([a-z0-9-]{3,})(?![\w.@-])", re.I)


def name_spellings(texts: Sequence[MappedText], *, whole_names: bool = False) -> set[str]:
    """The ways a local part is made of a name printed on one line, folded, no separators.

    Given name alone, given and family name, initial and family name (a hyphenated given
    name also gives the initials of its parts: ``bkpark`` for ``Byung-Keun Park``), given
    name and family initial, family name and initial, and the initial of the
    second word before the first (``oayina`` for ``AYINA OHANDJA``, a family name
    printed first); the family name may be two or three words (``perezfernandez``,
    ``vandenberg``). ``whole_names``: no single words.
    """
    spellings: set[str] = set()
    for text in texts:
        printed = [word for word in text.text.split() if fold(word).isalpha()]
        names = [fold(word) for word in printed]
        for first, given in enumerate(names):
            if not whole_names:
                spellings.add(given)
            initials = {given[0], _initials(printed[first])}
            for last in range(first + 1, len(names)):
                family = names[last]
                surnames = {"".join(names[last : last + count]) for count in (1, 2, 3)}
                for surname in surnames:
                    spellings |= {given + surname, surname + given[0]}
                    spellings |= {initial + surname for initial in initials}
                spellings |= {given + family[0], family[0] + given}
    return spellings


def _initials(word: str) -> str:
    """The initial of each part of a hyphenated given name, folded: ``bk`` for ``Byung-Keun``
    (``bk.park@``), ``jp`` for ``Jean-Pierre``; the one initial of a name of one part."""
    return "".join(fold(part)[:1] for part in word.split("-"))


def with_site_domains(emails: list[Field], websites: list[Field]) -> list[Field]:
    """``chloer@esilverline.com`` beside ``www.silverline.com``: one stray letter in the domain.

    A card's email and website almost always share the domain, so an email
    domain one letter away from a website's printed on the same card (same
    top-level domain, or the website's cut short by its last letter:
    ``sales@bnk-kunststoff.co`` beside ``www.bnk-kunststoff.com``, or a dot of
    the website's registered name read as a hyphen: ``bits-pilani-ac.in`` beside
    ``bits-pilani.ac.in``) takes the website's spelling when OCR was surer of the
    website; any other domain is left alone.
    """
    repaired = []
    for email in emails:
        local, domain = email.value.rsplit("@", 1)
        sites = {host_of(site.value) for site in websites if site.confidence > email.confidence}
        near = {fixed for site in sites if (fixed := _domain_spelled_by(domain, site))}
        value = f"{local}@{near.pop()}" if len(near) == 1 else email.value
        repaired.append(Field(value, email.confidence, email.word_indexes))
    return repaired


def with_mail_domains(websites: list[Field], emails: list[Field]) -> list[Field]:
    """``www.prolndia.net`` beside ``trina@proindia.net``: the same check the other way.

    A website host one letter away from the domain of an e-mail OCR was surer
    of (same top-level domain) takes the e-mail's spelling.
    """
    repaired = []
    for site in websites:
        host = host_of(site.value)
        domains = {e.value.rsplit("@", 1)[1] for e in emails if e.confidence > site.confidence}
        near = [domain for domain in domains if _one_letter_apart(host, domain)]
        value = site.value.replace(host, near[0], 1) if len(near) == 1 else site.value
        repaired.append(Field(value, site.confidence, site.word_indexes))
    return repaired


def with_names_spelled(
    emails: list[Field], texts: Sequence[MappedText], words: Sequence[Word]
) -> list[Field]:
    """``olivia.yan@`` on Olivia Ryan's card, read unsure: the letter OCR lost is put back.

    Only when exactly one way of spelling a whole printed name (not one word of
    it: ``vandenberg`` is not ``l.vandenberg`` minus a letter) is one letter
    away from the local part, and no name spells it as read. A name alone on
    its line (``Youmans``) is whole, but gives only a changed letter: a family
    name printed on its own line is also one letter short of ``lsingh``. The
    names that spell the repair must be read surely themselves: a name as
    unsure as the address (``jJoong-Gyum``) is no better evidence. One printed word (six
    letters or more) gives a letter added inside it (``muellier`` for ``Müller``), never at
    either end, where an initial goes. Where two spellings are one letter away, the one
    reached by dropping a letter read twice (``ll.johnson``, not ``le.johnson``, for
    Lauren E. Johnson) is taken.
    """
    spelled = name_spellings(texts)
    sure = _surely_read(texts, words)
    spellings = name_spellings(sure, whole_names=True)
    alone = {fold(text.text) for text in sure if fold(text.text).isalpha() and " " not in text.text}
    single = {fold(word) for text in sure for word in text.text.split()}
    single = {word for word in single if len(word) >= 6 and word.isalpha()}
    repaired = []
    for email in emails:
        local, domain = email.value.split("@", 1)
        value = email.value
        if _ocr_confidence(email, words) < DOUBTFUL_OCR and fold(local) not in spelled:
            near = [s for s in spellings if len(s) >= 4 and one_edit(fold(local), s)]
            near += [s for s in alone - spellings if one_changed(fold(local), s, 4)]
            near += [s for s in single - spellings if _inner_letter_added(fold(local), s)]
            near = _undoubled(fold(local), near) if len(near) > 1 else near
            if len(near) == 1 and (fixed := _apply_spelling(local, near[0])) is not None:
                value = f"{fixed}@{domain}"
        repaired.append(Field(value, email.confidence, email.word_indexes))
    return repaired


def _inner_letter_added(local: str, word: str) -> bool:
    """``local`` is ``word`` with one letter added, not first nor last."""
    return len(local) == len(word) + 1 and any(
        local[:at] + local[at + 1 :] == word for at in range(1, len(local) - 1)
    )


def _undoubled(local: str, near: list[str]) -> list[str]:
    """The spellings in ``near`` that ``local`` makes when one of two same letters goes."""
    return [
        spelling
        for spelling in near
        if any(
            x == y and local[:at] + local[at + 1 :] == spelling
            for at, (x, y) in enumerate(pairwise(local))
        )
    ]


def with_strokes_spelled(emails: list[Field], texts: Sequence[MappedText]) -> list[Field]:
    """``greenearthpolymerslip@`` under ``GREEN EARTH`` / ``POLYMERS LLP``: ``l`` read ``i``.

    OCR swaps the one-stroke letters ``l``, ``i`` and ``1``, and the round ``c``, ``e`` and
    ``o`` (``maroos.dumas@`` on Marcos Dumas's card), even where it feels
    sure. One of them in a local part is put right when the swap makes exactly
    what a printed name, or the words of one line or two lines in a row (a
    company's name), spell, and nothing printed spells the local part as read.
    """
    runs = _line_runs(texts)
    printed = runs | name_spellings(texts, whole_names=True)
    spelled = runs | name_spellings(texts)
    repaired = []
    for email in emails:
        local, domain = email.value.split("@", 1)
        folded = fold(local)
        swaps = {
            folded[:at] + other + folded[at + 1 :]
            for at, char in enumerate(folded)
            for alike in _LOOK_ALIKES
            if char in alike
            for other in alike
            if other != char
        }
        near = [] if folded in spelled else sorted(swaps & printed)
        fixed = _apply_spelling(local, near[0]) if len(near) == 1 else None
        value = f"{fixed}@{domain}" if fixed is not None else email.value
        repaired.append(Field(value, email.confidence, email.word_indexes))
    return repaired


def with_printed_domains(
    emails: list[Field], websites: list[Field], texts: Sequence[MappedText], words: Sequence[Word]
) -> list[Field]:
    """``isabelle@brightwater-abs.com`` under ``BRIGHTWATER LABS LTD.``: a letter lost from an
    unsure domain is put back from the firm's printed name.

    A domain's name is the company's words run together, so when OCR was unsure
    of an address whose domain name no line and no website spells, and exactly
    one run of words read surely in one line (six letters or more) spells it with
    one letter added, dropped or changed, the run's spelling is taken. Sure
    addresses are never changed, nor one a website vouches for against a misread
    logo (``ELEGFREAKS`` over ``www.elecfreaks.com``).
    """
    sure = _surely_read(texts, words)
    runs = _word_runs(sure)
    spelled = _word_runs(texts) | {fold(stem_of(host_of(site.value))) for site in websites}
    repaired = []
    for email in emails:
        local, domain = email.value.split("@", 1)
        stem = stem_of(domain)
        value = email.value
        if _ocr_confidence(email, words) < DOUBTFUL_OCR and fold(stem) not in spelled:
            near = [run for run in runs if one_edit(fold(stem), run)]
            if len(near) == 1 and (fixed := _apply_spelling(stem, near[0])) is not None:
                head, _, tail = domain.partition(stem)
                value = f"{local}@{head}{fixed}{tail}"
        repaired.append(Field(value, email.confidence, email.word_indexes))
    return repaired


def with_sibling_domains(emails: list[Field]) -> list[Field]:
    """``ldejong@smittechniek.ni`` beside ``info@smittechniek.nl``: one letter of a domain the
    card's other address spells misread.

    The addresses on one card are its people's and its firm's mailboxes at one domain (a firm
    with a second domain spells it quite differently), so an address whose domain is one
    letter away from that of an address OCR was surer of takes that domain. The top-level
    domain is compared too: OCR's ``l`` for ``i`` makes a real one (``.ni``, Nicaragua), which
    ``with_site_domains`` cannot tell from a misreading without a website read surely.
    """
    repaired = []
    for email in emails:
        local, _, domain = email.value.rpartition("@")
        surer = {
            other.value.rpartition("@")[2]
            for other in emails
            if other.confidence > email.confidence
        }
        near = [
            other for other in surer if len(other) >= _SIBLING_LENGTH and one_edit(domain, other)
        ]
        value = f"{local}@{near[0]}" if len(near) == 1 else email.value
        repaired.append(Field(value, email.confidence, email.word_indexes))
    return repaired


def _word_runs(texts: Sequence[MappedText]) -> set[str]:
    """The letters of every run of words in a line in a row, folded: six or more."""
    runs = set()
    for text in texts:
        folded = [fold(word) for word in text.text.split()]
        for start in range(len(folded)):
            for end in range(start + 1, len(folded) + 1):
                runs.add("".join(folded[start:end]))
    return {run for run in runs if len(run) >= 6}


def _line_runs(texts: Sequence[MappedText]) -> set[str]:
    """The letters of each line, and of each two lines in a row, folded: five or more."""
    lines = [fold(text.text) for text in texts]
    runs = set(lines) | {a + b for a, b in pairwise(lines)}
    return {run for run in runs if len(run) >= 5}


def without_misread_twins(emails: list[Field], texts: Sequence[MappedText]) -> list[Field]:
    """``jmahon@marshall.yk.com`` and ``jmabong@marshall.yk.com`` on one card: one address
    printed twice (front and back, or two columns), one copy misread.

    Two addresses of one domain whose local parts are a letter or two apart are one
    address; the copy a printed name spells is kept, else the one OCR was surer of.
    Different people at one firm differ by more than that (``anna@``, ``ben@``).
    """
    spelled = name_spellings(texts)
    return _one_of_copies(emails, lambda e: _twin_rank(e, spelled), _mail_twins)


def _mail_twins(a: Field, b: Field) -> bool:
    (local_a, _, domain_a), (local_b, _, domain_b) = a.value.partition("@"), b.value.partition("@")
    return domain_a == domain_b and _few_edits(fold(local_a), fold(local_b))


def without_misread_sites(websites: list[Field], emails: list[Field]) -> list[Field]:
    """``eeltainstallaties.nl`` beside ``deltainstallaties.nl``: one site printed twice, one
    copy misread.

    Two hosts a letter apart before one top-level domain, of six letters or more, are one
    site; the copy an e-mail's domain spells is kept, else the one OCR was surer of.
    """
    domains = {host_of(email.value) for email in emails}
    return _one_of_copies(
        websites, lambda s: (host_of(s.value) in domains) + s.confidence, _site_twins
    )


_TWIN_NAME = 6
"""Letters of a host's name from which two a letter apart are one site: short names
(``abcd.de``, ``abce.de``) may be two."""


def _site_twins(a: Field, b: Field) -> bool:
    host_a, host_b = host_of(a.value), host_of(b.value)
    names = (host_a.rpartition(".")[0], host_b.rpartition(".")[0])
    return min(len(n) for n in names) >= _TWIN_NAME and _one_letter_apart(host_a, host_b)


def _one_of_copies(
    fields: list[Field], rank: Callable[[Field], float], copies: Callable[[Field, Field], bool]
) -> list[Field]:
    """``fields`` in their order without the copies of one value: of those ``copies`` pairs,
    only the best ranked is kept (ties: the first)."""
    kept: list[Field] = []
    for field in sorted(fields, key=lambda f: -rank(f)):
        if not any(copies(other, field) for other in kept):
            kept.append(field)
    return [field for field in fields if field in kept]


def _twin_rank(email: Field, spelled: set[str]) -> float:
    return (fold(email.value.partition("@")[0]) in spelled) + email.confidence


def _few_edits(a: str, b: str) -> bool:
    """One or two letters added, dropped or changed, between locals of five letters or more."""
    if min(len(a), len(b)) < 5 or a == b:
        return False
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1] <= 2


def glued_hosts(
    texts: Sequence[MappedText], websites: list[Field], spans: dict[int, list[tuple[int, int]]]
) -> list[tuple[int, int, int, str]]:
    """``jmcallister@harborco™`` beside ``www.harbor.com``: the dot lost, the end garbled.

    An address with no dot in its domain whose letters begin the website's host
    written without dots (``harborcom``) takes that host; so does one whose domain is the
    host's name without its top-level domain (``makinok@ntidate-strategy cory`` beside
    ``www.nttdata-strategy.com``), up to two letters off where it is long. Returns (line, start,
    end, address) for each, for the caller to add as an e-mail.
    """
    hosts = {host_of(site.value) for site in websites}
    found = []
    for line, text in enumerate(texts):
        for match in _GLUED_HOST.finditer(text.text):
            taken = spans.get(line, [])
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            near = [host for host in hosts if _glued_into(match[2].lower(), host)]
            if len(near) == 1:
                found.append((line, match.start(), match.end(), f"{match[1].lower()}@{near[0]}"))
    return found


def _glued_into(stem: str, host: str) -> bool:
    """``stem`` (a domain with no dot) begins ``host`` written without dots, or is its name
    without the top-level domain, read with up to two letters wrong where it is long."""
    flat = host.replace(".", "")
    if 0 < len(flat) - len(stem) <= 2 and flat.startswith(stem):
        return True
    name = host.rpartition(".")[0]
    return stem == name or (len(stem) >= _LONG_STEM and _few_edits(stem, name))


def _domain_spelled_by(domain: str, site: str) -> str | None:
    """The spelling of ``domain`` that ``site`` vouches for (see ``with_site_domains``)."""
    if _one_letter_apart(domain, site) or _tld_cut_short(domain, site):
        return site
    if _tld_misread(domain, site) or _country_cut(domain, site):
        return site
    return _hyphen_for_dot(domain, site)


def _hyphen_for_dot(domain: str, site: str) -> str | None:
    """``hyderabad.bits-pilani-ac.in`` -> ``hyderabad.bits-pilani.ac.in`` beside a site
    registered as ``bits-pilani.ac.in``: a hyphen inside the registered name that the
    site prints as a dot. The e-mail keeps its own subdomain."""
    registered = registrable_of(site)
    for at, char in enumerate(domain):
        dotted = domain[:at] + "." + domain[at + 1 :]
        inside = at >= len(domain) - len(registered)
        if char == "-" and inside and (dotted == registered or dotted.endswith("." + registered)):
            return dotted
    return None


def _one_letter_apart(domain: str, site: str) -> bool:
    """One letter added, dropped or changed before the same top-level domain."""
    (name, _, tld), (site_name, _, site_tld) = domain.rpartition("."), site.rpartition(".")
    if tld != site_tld or min(len(name), len(site_name)) < 4:
        return False
    return one_edit(name, site_name)


def _tld_cut_short(domain: str, site: str) -> bool:
    """The same name before a top-level domain that lost its last letter (``.co`` of ``.com``)."""
    (name, _, tld), (site_name, _, site_tld) = domain.rpartition("."), site.rpartition(".")
    return name == site_name and len(tld) >= 2 and site_tld[:-1] == tld


def _tld_misread(domain: str, site: str) -> bool:
    """The same name before a top-level domain no one registers, one letter off the site's
    (``tessutitoscani.con`` beside ``www.tessutitoscani.com``)."""
    (name, _, tld), (site_name, _, site_tld) = domain.rpartition("."), site.rpartition(".")
    return name == site_name and tld not in KNOWN_TLDS and one_changed(tld, site_tld, 2)


def _country_cut(domain: str, site: str) -> bool:
    """``oakhurst.com`` beside ``oakhurst.com.au``: the country code ending the address lost
    (``oakhurst.com-ati`` as read), leaving a second-level label that ends no domain here."""
    head, _, country = site.rpartition(".")
    return head == domain and country in COUNTRY_CODES and domain.rpartition(".")[2] in SECOND_LEVEL


def _apply_spelling(local: str, spelling: str) -> str | None:
    """``local`` with its letters replaced by ``spelling``'s, keeping its separators.

    ``olivia.yan`` + ``oliviaryan`` -> ``olivia.ryan``. None if the local part
    has characters ``fold`` would change (accents), where positions do not map.
    """
    letters = [i for i, c in enumerate(local) if c.isascii() and c.isalnum()]
    if len(letters) != len(fold(local)):
        return None
    folded = fold(local)
    start = shared_start(folded, spelling)  # past the shorter's end when one adds a last letter
    if len(spelling) == len(folded):
        at = letters[start]
        return local[:at] + spelling[start] + local[at + 1 :]
    if len(spelling) > len(folded):
        at = letters[start] if start < len(letters) else len(local)
        return local[:at] + spelling[start] + local[at:]
    at = letters[start]
    return local[:at] + local[at + 1 :]


def _ocr_confidence(found: Field, words: Sequence[Word]) -> float:
    return _ocr_confidence_of(found.word_indexes, words)


def _surely_read(texts: Sequence[MappedText], words: Sequence[Word]) -> list[MappedText]:
    """The lines OCR was sure of, word for word: the only ones that may repair a value."""
    return [text for text in texts if _ocr_confidence_of(text.indexes(), words) >= DOUBTFUL_OCR]


def _ocr_confidence_of(indexes: Sequence[int], words: Sequence[Word]) -> float:
    if not indexes:
        return 0.0
    return min(words[i].confidence for i in indexes)

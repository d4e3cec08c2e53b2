"""Websites and social profiles in cleaned line text.

LinkedIn (and other network) URLs and ``@handles`` are socials, not websites,
so a contact's website list holds only the company's or person's own site. A
website that merely repeats the e-mail's domain is still a website when it is
printed: the card says it, so we keep it.
"""

from __future__ import annotations

import re

from cardkeeper.reading.parse.domains import KNOWN_TLDS, SECOND_LEVEL, host_of, with_lost_dot
from cardkeeper.reading.parse.emails import Found
from cardkeeper.reading.parse.text import one_edit

SOCIAL_HOSTS = (
    "linkedin.com", "xing.com", "twitter.com", "x.com", "instagram.com", "facebook.com",
    "fb.com", "github.com", "youtube.com", "tiktok.com", "threads.net", "mastodon.social",
    "behance.net", "dribbble.com",
)  # fmt: skip

_URL = re.compile(
    r"(?<![\w@.-])(?<!\w/)((?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.([a-z]{2,})\b"
    r"(?:/[\w\-./%~#?=&]*)?)(?![\w@-]|\.\d)",
    re.IGNORECASE,
)
"""A host, maybe with scheme, ``www.`` and path. Not one behind a word and a slash
(``com/ucard.co``: a path's piece), nor one a dot and a number follow (``St.No.5``,
``Rd.No.3``: abbreviations of an address, each with its dot, and a number)."""
_MISREAD_SOCIAL = 11
"""Social hosts this long (``linkedin.com``, ``facebook.com``) are told apart by one letter:
shorter ones (``xing.com``, ``x.com``) are one letter off ordinary names."""
_LONG_SOCIAL_HOSTS = tuple(host for host in SOCIAL_HOSTS if len(host) >= _MISREAD_SOCIAL)
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?![\w@])")


def _is_social(url: str) -> bool:
    """A social host, or a long one OCR misread by a letter (``inkedin.com/in/rhys``) or
    glued to its path (``linkedin.comAn/noah``): no firm registers a name that near a
    network's to print on its card."""
    host = host_of(url)
    if any(host == s or host.endswith("." + s) for s in SOCIAL_HOSTS):
        return True
    return any(one_edit(host, s) or host.startswith(s) for s in _LONG_SOCIAL_HOSTS)


def _urls(text: str) -> list[Found]:
    found = []
    for match in _URL.finditer(text):
        printed = match.group(1).rstrip("./").lower()
        url = _with_host_repaired(printed)
        explicit = url.startswith(("www.", "http"))
        host = host_of(url)
        if "." not in host or (host.rsplit(".", 1)[-1] not in KNOWN_TLDS and not explicit):
            continue
        if host.count(".") == 1 and host.split(".")[0] in SECOND_LEVEL:
            continue
        evidence = 0.95 if explicit or "/" in url else 0.85
        found.append(Found(url, match.start(1), match.start(1) + len(printed), evidence))
    return found


def _with_host_repaired(url: str) -> str:
    host_start = url.find("://") + 3 if "://" in url else 0
    host_end = url.find("/", host_start)
    host_end = len(url) if host_end < 0 else host_end
    return url[:host_start] + with_lost_dot(url[host_start:host_end]) + url[host_end:]


def find_websites(text: str) -> list[Found]:
    """Websites (as printed, lower-case, without a trailing slash); socials excluded.

    A host needs a dot after any ``www.``: ``www.Aoa`` is what OCR kept of a longer one;
    and a name: ``co.uk`` alone is the end of a host whose dot OCR read as a space.
    """
    return [url for url in _urls(text) if not _is_social(url.value)]


def find_socials(text: str) -> list[Found]:
    """Social profile URLs and ``@handles`` (a handle never includes an e-mail)."""
    socials = [url for url in _urls(text) if _is_social(url.value)]
    socials += [Found(m.group(0), m.start(), m.end(), 0.8) for m in _HANDLE.finditer(text)]
    return sorted(socials, key=lambda found: found.start)

"""A small CalDAV client (RFC 4791) for one task list, on the CardDAV client's plumbing.

The follow-up tasks need what the contacts need (discovery, etags, PUT and
DELETE guarded by etags, one sentence per failure, the same limits against a
broken or hostile server), so :class:`CalDavClient` is a
:class:`~cardkeeper.interop.carddav.CardDavClient` that differs only where
CalDAV does: the well-known address, the calendar-home-set, calendars that take
VTODOs, MKCALENDAR and calendar-multiget. The ``caldav`` package would bring
``requests``, ``lxml`` and a recurrence engine to do the same few requests
(see bench/tasks.py for what the requests themselves cost).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin
from xml.sax.saxutils import escape

from cardkeeper.interop.carddav import (
    DAV,
    MULTIGET_BATCH,
    CardDavClient,
    RemoteCard,
    _members,
    _responses,
    _tag,
    _xml_headers,
    same_account_origin,
)

CALDAV = "urn:ietf:params:xml:ns:caldav"


@dataclass(frozen=True)
class TaskList:
    url: str
    name: str


class CalDavClient(CardDavClient):
    """One account on one CalDAV server; :meth:`put` and :meth:`delete` work on tasks."""

    content_type = "text/calendar; charset=utf-8"
    well_known_path = "/.well-known/caldav"

    def calendar_home(self) -> str:
        """The account's calendar-home-set, found from the server address the user gave."""
        context = self._well_known() or self.url
        principal = self._href_of(context, "d:current-user-principal", DAV) or context
        return self._href_of(principal, "cal:calendar-home-set", CALDAV) or principal

    def task_lists(self, home_url: str) -> list[TaskList]:
        """The calendars in the home that take to-dos (a calendar that names no components
        takes every kind, RFC 4791 5.2.3)."""
        props = (
            f'<d:resourcetype/><d:displayname/><cal:supported-calendar-component-set xmlns:cal="'
            f'{CALDAV}"/>'
        )
        lists = []
        for href, prop in self._propfind(home_url, props, depth="1"):
            kind = prop.find(_tag(DAV, "resourcetype"))
            if kind is None or kind.find(_tag(CALDAV, "calendar")) is None:
                continue
            components = prop.find(_tag(CALDAV, "supported-calendar-component-set"))
            names = (
                {c.get("name", "").upper() for c in components.iter(_tag(CALDAV, "comp"))}
                if components is not None
                else set()
            )
            if names and "VTODO" not in names:
                continue
            url = urljoin(home_url, href)
            slug = unquote(href.rstrip("/").rsplit("/", 1)[-1])
            name = (prop.findtext(_tag(DAV, "displayname")) or "").strip()
            if same_account_origin(self.url, url):
                lists.append(TaskList(url, name or slug))
        return lists

    def create_task_list(self, home_url: str, slug: str, name: str) -> TaskList:
        """Make a calendar for to-dos only (MKCALENDAR): the follow-ups stay apart from events."""
        url = urljoin(home_url if home_url.endswith("/") else home_url + "/", quote(slug) + "/")
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<cal:mkcalendar xmlns:d="DAV:" xmlns:cal="{CALDAV}"><d:set><d:prop>'
            f"<d:displayname>{escape(name)}</d:displayname>"
            '<cal:supported-calendar-component-set><cal:comp name="VTODO"/>'
            "</cal:supported-calendar-component-set></d:prop></d:set></cal:mkcalendar>"
        )
        self._checked("MKCALENDAR", url, body.encode(), {"Content-Type": "application/xml"})
        return TaskList(url, name)

    def fetch_batches(self, book_url: str, hrefs: Sequence[str]) -> Iterator[list[RemoteCard]]:
        """The tasks at these hrefs as they come (calendar-multiget), hrefs gone left out."""
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            yield self._calendar_multiget(book_url, hrefs[start : start + MULTIGET_BATCH])

    def _calendar_multiget(self, list_url: str, hrefs: Sequence[str]) -> list[RemoteCard]:
        batch = "".join(f"<d:href>{escape(h)}</d:href>" for h in hrefs)
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<cal:calendar-multiget xmlns:d="DAV:" xmlns:cal="{CALDAV}">'
            f"<d:prop><d:getetag/><cal:calendar-data/></d:prop>{batch}</cal:calendar-multiget>"
        )
        response = self._checked("REPORT", list_url, body.encode(), _xml_headers("1"))
        tasks = []
        root = self._book_multistatus(list_url, response)
        for href, element in _members(list_url, _responses(root)):
            etag = element.findtext(f".//{_tag(DAV, 'getetag')}")
            data = element.findtext(f".//{_tag(CALDAV, 'calendar-data')}")
            if etag and data is not None:
                tasks.append(RemoteCard(href, etag, data.encode("utf-8")))
        return tasks

    def _href_of(self, url: str, prop: str, namespace: str) -> str | None:
        """The first href inside property ``prop`` (prefixed ``d:`` or ``cal:``) of ``url``."""
        local = prop.split(":", 1)[1]
        props = f'<{prop} xmlns:cal="{CALDAV}"/>'
        for _href, found in self._propfind(url, props, depth="0"):
            element: ET.Element | None = found.find(_tag(namespace, local))
            href = element.findtext(_tag(DAV, "href")) if element is not None else None
            if href:
                return urljoin(url, href.strip())
        return None

"""The library: contacts and follow-ups in SQLite, card images as files beside it.

Open one with :func:`cardkeeper.store.database.open_library`, then use the
repositories (:class:`~cardkeeper.store.contacts.Contacts`,
:class:`~cardkeeper.store.events.Events`) on it.
"""

"""Typed errors whose message is one sentence a user can act on.

Core code raises these; the CLI and the GUI show ``str(error)`` as it is and
never a traceback, so the sentence must make sense on its own.
"""


class CardKeeperError(Exception):
    """Base of every error whose message is meant for the user."""


class UnreadableImageError(CardKeeperError):
    """The file is not an image we can read (missing, empty, truncated, too big, not a picture)."""


class TesseractMissingError(CardKeeperError):
    """Tesseract is not installed or not where the settings say."""


class LibraryError(CardKeeperError):
    """The library folder or its database cannot be used (read-only, full, newer version)."""


class CameraError(CardKeeperError):
    """No camera, a busy or forbidden one, or a video or frame folder that cannot be read."""


class TemplateError(CardKeeperError):
    """A template that cannot be saved or rendered: a typo, an unknown placeholder, a taken name."""


class DraftError(CardKeeperError):
    """A draft that cannot go out this way: no address, too long for a mail link, a bad file."""


class FollowUpError(CardKeeperError):
    """A follow-up or sequence that cannot change so: gone, in the trash, done, a past day."""


class SyncError(CardKeeperError):
    """A CardDAV sync that could not go on: a wrong password, no rights, a server down or slow."""


class ExchangeError(CardKeeperError):
    """Contacts that cannot go out or come in: a file that cannot be written, read or understood."""


class BackupError(CardKeeperError):
    """A backup could not be written, or an archive is not a backup that can be restored."""


class ReviewError(CardKeeperError):
    """Cards that cannot be accepted or discarded: none named, none waiting, not in the inbox."""


class MailError(CardKeeperError):
    """The user's mailbox could not be used: a wrong password, no Drafts folder, offline, a bad
    certificate, a server that went away."""

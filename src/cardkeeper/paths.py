"""Where CardKeeper keeps its files.

One place decides the data folder so that tests and the ``--data-dir`` flag can
point the whole app at a throwaway library and never touch the user's real one.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CardKeeper"
DATA_DIR_ENV = "CARDKEEPER_DATA_DIR"
LOG_DIR_ENV = "CARDKEEPER_LOG_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The library folder: the override, else ``$CARDKEEPER_DATA_DIR``, else the platform's.

    Raises :class:`~cardkeeper.errors.LibraryError` when a file stands where the
    folder should be, so that every command (restore too, which does not open
    the library first) says so in one sentence.
    """
    if override:
        folder = Path(override).expanduser()
    elif from_env := os.environ.get(DATA_DIR_ENV):
        folder = Path(from_env).expanduser()
    else:
        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    _refuse_a_file(folder)
    return folder


def _refuse_a_file(folder: Path) -> None:
    from cardkeeper.store.failures import not_a_folder

    try:
        folder.stat()
    except NotADirectoryError as error:  # a file stands in its path
        raise not_a_folder(folder) from error
    except OSError:
        return  # not made yet, or unreachable: opening the library says why
    if not folder.is_dir():
        raise not_a_folder(folder)


def config_dir() -> Path:
    """Preferences live apart from the library so a library can be moved or synced alone."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The log folder: ``$CARDKEEPER_LOG_DIR``, else the platform's.

    One for the app, whatever the library: the log tells what the program did,
    and a test run points it at a folder of its own.
    """
    from_env = os.environ.get(LOG_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))

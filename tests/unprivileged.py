"""Run a block as an ordinary user, so that file permissions apply even when tests run as root."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

NOBODY = 65534


@contextmanager
def unprivileged() -> Iterator[None]:
    """Run the block as a user that file permissions apply to.

    Tests run as root in CI, and root writes to a chmod 0o500 folder anyway;
    there the block runs with the effective uid of ``nobody`` instead, which is
    how the kernel would treat an ordinary user. Skips when that is not allowed.
    """
    if os.geteuid() != 0:
        yield
        return
    try:
        os.seteuid(NOBODY)
    except PermissionError:
        pytest.skip("running as root without the right to become another user")
    try:
        yield
    finally:
        os.seteuid(0)

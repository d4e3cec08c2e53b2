"""``python -m cardkeeper`` behaves like the ``cardkeeper`` command."""

import sys

from cardkeeper.cli import main

# Guarded: a worker process started with "spawn" imports this module again.
if __name__ == "__main__":
    sys.exit(main())

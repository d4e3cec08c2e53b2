"""``python -m cardkeeper`` behaves like the ``cardkeeper`` command."""

import sys

from cardkeeper.cli import main

sys.exit(main())

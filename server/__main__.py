"""``python -m server``: see :mod:`server.admin_cli`."""

from __future__ import annotations

import sys

from server.admin_cli import main

if __name__ == "__main__":
    sys.exit(main())

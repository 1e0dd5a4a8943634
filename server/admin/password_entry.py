"""Getting a new password from the administrator: a file, standard input, or typed twice.

The password is never echoed, logged or put in an audit record; it exists only long
enough to be checked against the policy and hashed.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TextIO

from server.admin.accounts import check_new_password
from server.admin.errors import AdminError


def read_new_password(
    *,
    username: str,
    password_file: Path | None = None,
    from_stdin: bool = False,
    stdin: TextIO | None = None,
) -> str:
    """The new password, already checked against the passphrase policy."""
    if password_file is not None:
        password = _first_line_of_file(password_file)
    elif from_stdin:
        line = (stdin or sys.stdin).readline()
        password = line.rstrip("\r\n")
        if not password:
            raise AdminError("no password on standard input (one line expected)")
    else:
        password = _prompt_twice(username)
    check_new_password(password, username=username)
    return password


def _first_line_of_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise AdminError(f"the password file {path} is not UTF-8 text") from None
    except OSError as exc:
        raise AdminError(f"cannot read the password file {path} ({exc.strerror})") from None
    # Only line endings are dropped: spaces at either end may be part of a passphrase.
    lines = text.splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise AdminError(f"the password file {path} is empty (the first line is the password)")
    return password


def _prompt_twice(username: str) -> str:
    try:
        first = getpass.getpass(f"New password for {username}: ")
        check_new_password(first, username=username)  # say so before asking again
        second = getpass.getpass("Type it again: ")
    except EOFError:
        raise AdminError(
            "no password typed; use --password-file FILE or --password-stdin when not at a terminal"
        ) from None
    if first != second:
        raise AdminError("the two passwords differ; nothing was changed")
    return first

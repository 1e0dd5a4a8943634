"""The one error the admin operations raise: a readable line for the administrator."""

from __future__ import annotations


class AdminError(Exception):
    """Bad input or a state the command cannot act on; ``str()`` is shown as it is.

    Messages name organisations, teams, columns and row numbers, never a password or a
    participant's data.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

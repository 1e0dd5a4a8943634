"""Errors a coach (or an administrator) can read.

Services raise these; the UI shows ``str(error)`` as it is. Messages never carry
participant data: they name fields and records by role, not by content.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


class CoachAppError(Exception):
    """Base of every error the app expects and can explain."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CoachAppError):
    """Input that cannot be saved. ``fields`` maps field name → what is wrong with it."""

    def __init__(self, fields: Mapping[str, str], message: str | None = None) -> None:
        self.fields: dict[str, str] = dict(fields)
        if message is None:
            if len(self.fields) == 1:
                message = next(iter(self.fields.values()))
            else:
                message = "Please correct the highlighted fields: " + ", ".join(
                    name.replace("_", " ") for name in self.fields
                )
        super().__init__(message)


class NotFound(CoachAppError):
    """The record asked for does not exist (or is not visible to this coach)."""


class Conflict(CoachAppError):
    """The change cannot be applied to the record as it stands now."""


class PolicyRefused(CoachAppError):
    """A program rule refuses the action (for example a referral with no consent on file)."""


class Locked(CoachAppError):
    """The store is locked; unlock first."""


class SyncError(CoachAppError):
    """Something went wrong talking to the program's server."""


# --- store and vault -------------------------------------------------------------------------


class StoreError(CoachAppError):
    """The local database cannot be used as it is. The file has been left untouched."""


class StoreWriteFailed(StoreError):
    """The disk refused a write (an I/O error, a file-size limit): that save was not kept."""


class StoreFull(StoreWriteFailed):
    """The disk is full: that save was not kept; everything saved before it is intact."""


class StoreReadOnly(StoreError):
    """The data folder (or a file in it) cannot be written: nothing was changed."""


class StoreDamaged(StoreError):
    """A file in the data folder is damaged or is not this laptop's. It is never repaired in
    place: it is moved to ``kept_in`` (a ``damaged-…`` folder beside it) and the laptop is set
    up again from the server."""

    def __init__(self, message: str, *, kept_in: Path | None = None) -> None:
        super().__init__(message)
        self.kept_in = kept_in


class DatabaseDamaged(StoreDamaged):
    """The database file (or its write-ahead log) is damaged, cut short or missing."""


class PlaintextDatabase(StoreDamaged):
    """The file is an ordinary, unencrypted SQLite database: refuse to use it."""


class WrongDatabaseKey(StoreDamaged):
    """The file is not a database this laptop's key opens (another device's, or damaged)."""


class ProfileDamaged(StoreDamaged):
    """``profile.json`` (who this laptop belongs to) is damaged or not a CoachApp profile."""


class NewerDatabase(StoreError):
    """The database was written by a newer CoachApp than this one."""


class VaultError(CoachAppError):
    """The key vault file is missing, damaged or not a CoachApp vault; it was not changed."""


class VaultDamaged(VaultError):
    """The key vault file is damaged or not this laptop's. The database is intact: signing in
    online fetches the data key escrowed on the server, and no local work is lost."""


class WrongPassphrase(VaultError):
    """The passphrase does not unlock the vault."""

    def __init__(self, message: str = "That password is not correct.") -> None:
        super().__init__(message)


class WeakPassphrase(ValidationError):
    """The new passphrase breaks the passphrase policy."""

    def __init__(self, reason: str) -> None:
        super().__init__({"passphrase": reason}, reason)

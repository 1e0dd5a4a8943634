"""A coach's data folder on this laptop: who they are, the key vault and the encrypted database.

``profile.json`` holds only what the lock screen needs before unlock (device id, username,
the server address): no participant data. Everything else is inside the database.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from coachapp.atomic import fsync_directory, write_atomic
from coachapp.errors import (
    DatabaseDamaged,
    ProfileDamaged,
    StoreDamaged,
    StoreError,
    StoreReadOnly,
    VaultDamaged,
)
from coachapp.store import integrity
from coachapp.store.changes import Actor
from coachapp.store.local import LocalStore
from coachapp.store.unlock_guard import FILE_NAME as GUARD_FILE
from coachapp.store.vault import KdfParams, Vault

PROFILE_FILE = "profile.json"
VAULT_FILE = "vault.json"
DATABASE_FILE = "coachapp.db"
PROFILE_FORMAT = "coachapp-profile"
PROFILE_VERSION = 1
#: Damaged or foreign files are moved into ``damaged-<date>-<time>`` in the data folder.
DAMAGED_PREFIX = "damaged-"

SET_UP_AGAIN = (
    "To carry on, set this laptop up again from the server: sign in online and your caseload "
    "comes back. Changes made on this laptop that had not been synced are not on the server "
    "and cannot be brought back from it."
)


@dataclass(frozen=True)
class Identity:
    """The signed-in coach on this laptop, as the server registered them."""

    org_id: str
    coach_id: str
    device_id: str
    username: str
    display_name: str
    server_url: str | None = None
    #: The program's code the coach signs in with (needed to sign in again online).
    org_code: str | None = None

    @property
    def actor(self) -> Actor:
        return Actor(org_id=self.org_id, coach_id=self.coach_id, device_id=self.device_id)


class DataFolder:
    """Paths inside one data folder, and the operations on it as a whole."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @property
    def profile_path(self) -> Path:
        return self.path / PROFILE_FILE

    @property
    def vault_path(self) -> Path:
        return self.path / VAULT_FILE

    @property
    def database_path(self) -> Path:
        return self.path / DATABASE_FILE

    @property
    def logs_path(self) -> Path:
        return self.path / "logs"

    def is_provisioned(self) -> bool:
        return self.profile_path.exists() and self.vault_path.exists()

    def identity(self) -> Identity:
        """Who this laptop belongs to; ``StoreError`` if the profile is missing or damaged."""
        try:
            raw = json.loads(self.profile_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise StoreError("This laptop has not been set up yet: sign in to start.") from None
        except (OSError, ValueError):
            raise ProfileDamaged(
                f"The profile file in {self.path} (who this laptop belongs to) is damaged."
            ) from None
        if not isinstance(raw, dict) or raw.get("format") != PROFILE_FORMAT:
            raise ProfileDamaged(f"{self.profile_path.name} is not a CoachApp profile.")
        if type(raw.get("version")) is int and raw["version"] > PROFILE_VERSION:
            raise StoreError(
                "This profile was written by a newer CoachApp; install it to continue."
            )
        try:
            identity = Identity(**{k: raw[k] for k in Identity.__dataclass_fields__ if k in raw})
        except TypeError:
            identity = None
        if (
            raw.get("version") != PROFILE_VERSION
            or identity is None
            or not all(isinstance(v, str) for v in (identity.org_id, identity.device_id))
        ):
            raise ProfileDamaged(f"The profile file in {self.path} is incomplete.")
        return identity

    def create(
        self,
        *,
        identity: Identity,
        passphrase: str,
        kdf: KdfParams | None = None,
        data_key: bytes | None = None,
        check_policy: bool = True,
    ) -> tuple[LocalStore, bytes]:
        """Set up a new data folder: vault, profile, empty database at the newest schema.

        Returns the open store and the data key (for escrow with the server).
        """
        if self.vault_path.exists() or self.database_path.exists():
            raise StoreError(f"{self.path} already holds CoachApp data; it has not been touched.")
        self.check_writable()
        self.path.mkdir(parents=True, exist_ok=True, mode=0o700)
        _ensure_private(self.path)
        _vault, key = Vault.create(
            self.vault_path,
            passphrase=passphrase,
            device_id=identity.device_id,
            kdf=kdf or KdfParams(),
            data_key=data_key,
            check_policy=check_policy,
            username=identity.username,
        )
        self.write_identity(identity)
        return LocalStore.open(self.database_path, key=key, actor=identity.actor), key

    def write_identity(self, identity: Identity) -> None:
        body = {"format": PROFILE_FORMAT, "version": PROFILE_VERSION, **asdict(identity)}
        write_atomic(self.profile_path, json.dumps(body, indent=2).encode("utf-8"))

    def unlock(self, passphrase: str) -> LocalStore:
        """Unwrap the data key with the passphrase and open the database (migrating it)."""
        return self.unlock_with_key(passphrase)[0]

    def unlock_with_key(self, passphrase: str) -> tuple[LocalStore, bytes]:
        """As ``unlock``, also returning the data key (to escrow it if that is still owed).

        A wrong passphrase is ``WrongPassphrase``; a damaged or foreign vault ``VaultDamaged``
        (left in place: the server's copy of the key recovers it); a damaged or foreign
        database ``StoreDamaged``, after it was moved aside (see ``open_database``).
        """
        self.check_writable()
        identity = self.identity()
        vault = Vault.load(self.vault_path)
        if vault.device_id != identity.device_id:
            raise VaultDamaged(
                "The key vault in this folder belongs to another laptop; it was not used."
            )
        key = vault.unlock(passphrase)
        return self.open_database(key, identity), key

    def open_database(self, key: bytes, identity: Identity | None = None) -> LocalStore:
        """Open the database with the data key once it is checked whole and this laptop's.

        Damage is never repaired in place: the database, its log, the vault and the profile
        are moved to a ``damaged-…`` folder (``keep_aside``) and ``StoreDamaged`` says where.
        """
        identity = identity or self.identity()
        marker = self.path / integrity.CHECK_MARKER
        try:
            wal = integrity.check_files(self.database_path)
            every_page = (
                marker.exists()
                or self.database_path.stat().st_size <= integrity.FULL_CHECK_MAX_BYTES
            )
            integrity.verify_pages(self.database_path, key, wal, every_page=every_page)
        except StoreDamaged as exc:
            raise self.set_aside(exc) from None
        marker.unlink(missing_ok=True)
        return LocalStore.open(self.database_path, key=key, actor=identity.actor)

    # --- when the folder cannot be used as it is ---

    def write_problem(self) -> str | None:
        """Why nothing can be saved in this folder (a read-only disk, no permission), or None."""
        existing = self.path
        while not existing.exists() and existing.parent != existing:
            existing = existing.parent
        if existing != self.path:
            return None if os.access(existing, os.W_OK) else f"{existing} cannot be written to"
        probe = self.path / f".write-test-{secrets.token_hex(4)}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            return exc.strerror or type(exc).__name__
        for path in (*self.database_files(), self.vault_path, self.profile_path):
            if path.exists() and not os.access(path, os.W_OK):
                return f"{path.name} is read-only"
        return None

    def check_writable(self) -> None:
        """``StoreReadOnly`` with a message for the coach when nothing can be saved here."""
        problem = self.write_problem()
        if problem is not None:
            raise StoreReadOnly(
                f"CoachApp cannot save anything in its data folder {self.path} ({problem}). "
                "Nothing was changed. Ask your administrator to make this folder writable, "
                "then start CoachApp again."
            )

    def database_files(self) -> tuple[Path, Path, Path]:
        db = self.database_path
        return db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")

    def set_aside_without_vault(self) -> StoreDamaged | None:
        """A database left without its key vault (deleted, lost in a crash or a copy) can be
        opened by nobody, and would stop the folder being set up again: it is damage, set
        aside like any other (``set_aside``). The error says so; None if that is not the case."""
        if self.vault_path.exists() or not any(p.exists() for p in self.database_files()):
            return None
        return self.set_aside(
            DatabaseDamaged(
                "CoachApp's database on this laptop has lost its key vault (the file that opens "
                "it), so it cannot be opened: work in it that had not been synced could not be "
                "opened."
            )
        )

    def set_aside(self, damage: StoreDamaged) -> StoreDamaged:
        """Keep the damaged files aside (``keep_aside``); the same error, saying where they
        went and how to carry on (or, if they could not be moved, that they were left)."""
        try:
            kept = self.keep_aside(damage.message)
        except OSError as move:
            return type(damage)(
                f"{damage.message} It was left as it is (it could not be moved aside: "
                f"{move.strerror or type(move).__name__})."
            )
        return type(damage)(f"{damage.message} {_kept_sentence(kept)} {SET_UP_AGAIN}", kept_in=kept)

    def keep_aside(self, reason: str) -> Path:
        """Move the database (with its log), the vault and the profile into a new
        ``damaged-<date>-<time>`` folder here; return it. Nothing is deleted or overwritten,
        and the set stays together (that vault opens that database) for an administrator.
        The data folder is then free to be set up again."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path / f"{DAMAGED_PREFIX}{stamp}"
        number = 1
        while target.exists():
            number += 1
            target = self.path / f"{DAMAGED_PREFIX}{stamp}-{number}"
        target.mkdir(mode=0o700)
        # The database first: a folder left with a vault but no database is reported as
        # damaged again, never opened as a new empty database.
        for path in (*self.database_files(), self.vault_path, self.profile_path):
            if path.exists():
                os.replace(path, target / path.name)
        note = (
            f"CoachApp moved these files here on {datetime.now().isoformat(timespec='seconds')} "
            f"because: {reason}\nThey are encrypted. Keep them until your administrator says "
            "they are no longer needed.\n"
        )
        write_atomic(target / "README.txt", note.encode("utf-8"))
        (self.path / integrity.CHECK_MARKER).unlink(missing_ok=True)
        fsync_directory(self.path)
        return target

    def wipe(self) -> None:
        """Delete everything CoachApp keeps here: database, vault, profile, the unlock
        throttle's count, temp files an interrupted write left behind, logs.

        Used when the administrator revoked this laptop. Without the vault the database
        cannot be opened even if its blocks survive on disk.
        """
        ours = (self.vault_path, self.profile_path, self.path / GUARD_FILE)
        for path in (
            *ours,
            self.database_path,
            Path(f"{self.database_path}-wal"),
            Path(f"{self.database_path}-shm"),
            Path(f"{self.database_path}-journal"),
        ):
            path.unlink(missing_ok=True)
        for path in ours:  # write_atomic's temp files (see coachapp.atomic)
            for temp in self.path.glob(f".{path.name}.*.tmp"):
                temp.unlink(missing_ok=True)
        if self.logs_path.exists():
            for log_file in self.logs_path.iterdir():
                log_file.unlink(missing_ok=True)
            self.logs_path.rmdir()
        # Files set aside as damaged hold the same caseload (and the key that opens it).
        for kept in self.path.glob(f"{DAMAGED_PREFIX}*"):
            if kept.is_dir():
                for path in kept.iterdir():
                    path.unlink(missing_ok=True)
                kept.rmdir()


def _kept_sentence(kept: Path) -> str:
    return f"The files were moved, unchanged, to {kept}; nothing was deleted."


def _ensure_private(path: Path) -> None:
    if os.name != "nt":
        path.chmod(0o700)

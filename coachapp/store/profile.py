"""A coach's data folder on this laptop: who they are, the key vault and the encrypted database.

``profile.json`` holds only what the lock screen needs before unlock (device id, username,
the server address): no participant data. Everything else is inside the database.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from coachapp.atomic import write_atomic
from coachapp.errors import StoreError, VaultError
from coachapp.store.changes import Actor
from coachapp.store.local import LocalStore
from coachapp.store.vault import KdfParams, Vault

PROFILE_FILE = "profile.json"
VAULT_FILE = "vault.json"
DATABASE_FILE = "coachapp.db"
PROFILE_FORMAT = "coachapp-profile"
PROFILE_VERSION = 1


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
            raise StoreError(
                f"The profile file in {self.path} is damaged. Sign in again to repair it."
            ) from None
        if not isinstance(raw, dict) or raw.get("format") != PROFILE_FORMAT:
            raise StoreError(f"{self.profile_path.name} is not a CoachApp profile.")
        if raw.get("version") != PROFILE_VERSION:
            raise StoreError(
                "This profile was written by a newer CoachApp; install it to continue."
            )
        try:
            return Identity(**{k: raw[k] for k in Identity.__dataclass_fields__ if k in raw})
        except TypeError:
            raise StoreError(f"The profile file in {self.path} is incomplete.") from None

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
        """As ``unlock``, also returning the data key (to escrow it if that is still owed)."""
        identity = self.identity()
        vault = Vault.load(self.vault_path)
        if vault.device_id != identity.device_id:
            raise VaultError(
                "The key vault in this folder belongs to another laptop; it was not used."
            )
        key = vault.unlock(passphrase)
        return LocalStore.open(self.database_path, key=key, actor=identity.actor), key

    def wipe(self) -> None:
        """Delete everything CoachApp keeps here: database, vault, profile, logs.

        Used when the administrator revoked this laptop. Without the vault the database
        cannot be opened even if its blocks survive on disk.
        """
        for path in (
            self.vault_path,
            self.database_path,
            Path(f"{self.database_path}-wal"),
            Path(f"{self.database_path}-shm"),
            self.profile_path,
        ):
            path.unlink(missing_ok=True)
        if self.logs_path.exists():
            for log_file in self.logs_path.iterdir():
                log_file.unlink(missing_ok=True)
            self.logs_path.rmdir()


def _ensure_private(path: Path) -> None:
    if os.name != "nt":
        path.chmod(0o700)

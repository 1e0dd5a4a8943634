"""The key vault: the local database's data key, wrapped under the coach's passphrase.

The database is encrypted with a random 256-bit data key (DEK). The vault file keeps that
key wrapped with AES-256-GCM under a key-encryption key derived from the passphrase with
Argon2id, so changing the passphrase re-wraps the same DEK and never touches the database,
and a forgotten passphrase is recovered by re-wrapping a DEK escrowed on the server.

The file is versioned JSON. Every header field (format, version, device id, KDF name,
parameters and salt) is bound as AES-GCM associated data, so an edited header fails to
unlock exactly like a wrong passphrase does. Version 2 adds a SHA-256 checksum of the rest
of the file, so a file damaged on disk (a flipped bit, a cut) is told apart from a wrong
passphrase before the KDF runs: ``VaultDamaged``, which the server's copy of the key repairs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from coachapp.atomic import write_atomic
from coachapp.errors import VaultDamaged, VaultError, WrongPassphrase
from coachapp.store.passphrase import check_passphrase, normalise_passphrase

FORMAT = "coachapp-vault"
VERSION = 2  # 2: + "checksum"; version 1 files (no checksum) are still read
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
_WRAPPED_BYTES = KEY_BYTES + 16  # ciphertext + GCM tag
_MAX_SALT_BYTES = 64
_MAX_DEVICE_ID = 200
# A real vault is well under 1 KiB; refusing big files keeps a hostile one from eating memory.
_MAX_FILE_BYTES = 64 * 1024
_FIELDS = {"format", "version", "device_id", "kdf", "nonce", "wrapped_key"}
_KDF_FIELDS = {"name", "memory_kib", "iterations", "lanes", "salt"}


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Bounds are checked here so a vault file cannot ask for 1 TiB of RAM."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("memory_kib", self.memory_kib, 8 * 1024, 4 * 1024 * 1024),
            ("iterations", self.iterations, 1, 100),
            ("lanes", self.lanes, 1, 64),
        ):
            # bool is an int; a JSON true must not pass as 1.
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"KDF {name} must be a whole number from {low} to {high}")


@dataclass(frozen=True)
class _Wrapped:
    """One wrapping of the DEK: everything in the vault file except the path."""

    device_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    #: The file format it was read from or will be written in (part of the AEAD header).
    version: int = VERSION

    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "device_id": self.device_id,
            "kdf": {
                "name": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
                "salt": _b64(self.salt),
            },
        }

    def associated_data(self) -> bytes:
        # Canonical JSON of the header: any edit to it changes these bytes.
        return json.dumps(self.header(), sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        record = self.header() | {"nonce": _b64(self.nonce), "wrapped_key": _b64(self.wrapped_key)}
        record["checksum"] = checksum_of(record)
        return (json.dumps(record, indent=2) + "\n").encode("utf-8")


class Vault:
    """A vault file on disk. Holds no secret: unlock derives the key each time."""

    def __init__(self, path: Path, wrapped: _Wrapped) -> None:
        self.path = path
        self._wrapped = wrapped

    @property
    def device_id(self) -> str:
        return self._wrapped.device_id

    @property
    def kdf(self) -> KdfParams:
        return self._wrapped.kdf

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        passphrase: str,
        device_id: str,
        kdf: KdfParams = KdfParams(),
        data_key: bytes | None = None,
        check_policy: bool = True,
        username: str | None = None,
    ) -> tuple[Vault, bytes]:
        """Make a new vault (and a new DEK unless one is given); refuse to replace a file."""
        path = Path(path)
        if path.exists():
            raise VaultError("A key vault already exists here; it was not replaced.")
        if check_policy:
            check_passphrase(passphrase, username=username)
        key = os.urandom(KEY_BYTES) if data_key is None else data_key
        wrapped = _wrap(key, passphrase, device_id=device_id, kdf=kdf)
        _write_atomic(path, wrapped.to_bytes())
        return cls(path, wrapped), key

    @classmethod
    def load(cls, path: Path) -> Vault:
        """Read and check the file's structure (not the passphrase); never changes it."""
        path = Path(path)
        try:
            with path.open("rb") as f:
                raw = f.read(_MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise VaultError("The key vault file is missing.") from None
        except OSError as e:
            raise VaultError(f"The key vault file cannot be read ({e.strerror}).") from None
        if len(raw) > _MAX_FILE_BYTES:
            raise VaultError("The key vault file is too large to be a CoachApp vault.")
        return cls(path, _parse(raw))

    def unlock(self, passphrase: str) -> bytes:
        """The DEK, or :class:`WrongPassphrase` (also raised when the header was edited)."""
        w = self._wrapped
        kek = _derive(passphrase, w.salt, w.kdf)
        try:
            return AESGCM(kek).decrypt(w.nonce, w.wrapped_key, w.associated_data())
        except InvalidTag:
            raise WrongPassphrase() from None

    def change_passphrase(
        self, *, old: str, new: str, kdf: KdfParams | None = None, username: str | None = None
    ) -> None:
        """Re-wrap the same DEK under ``new`` with a fresh salt and nonce."""
        key = self.unlock(old)
        check_passphrase(new, username=username)
        wrapped = _wrap(key, new, device_id=self.device_id, kdf=kdf or self.kdf)
        _write_atomic(self.path, wrapped.to_bytes())
        self._wrapped = wrapped

    def export_key_for_escrow(self, passphrase: str) -> bytes:
        """The DEK, for the sync layer to escrow on the program's server over TLS."""
        return self.unlock(passphrase)

    @classmethod
    def rewrap_from_escrow(
        cls,
        path: Path,
        *,
        data_key: bytes,
        new_passphrase: str,
        device_id: str,
        kdf: KdfParams = KdfParams(),
        username: str | None = None,
    ) -> Vault:
        """Replace the vault with the escrowed DEK under a new passphrase (forgotten password)."""
        check_passphrase(new_passphrase, username=username)
        wrapped = _wrap(data_key, new_passphrase, device_id=device_id, kdf=kdf)
        path = Path(path)
        _write_atomic(path, wrapped.to_bytes())
        return cls(path, wrapped)

    def needs_rehash(self, target: KdfParams) -> bool:
        """True when the stored cost is below ``target`` (lanes change speed, not strength)."""
        return self.kdf.memory_kib < target.memory_kib or self.kdf.iterations < target.iterations


def checksum_of(record: dict[str, Any]) -> str:
    """SHA-256 of every field but the checksum itself, in canonical JSON. Not a secret and no
    defence against a deliberate edit (the AEAD is): it tells damage from a wrong passphrase.
    Later versions keep it, so a flipped version number reads as damage, not as "newer"."""
    body = {k: v for k, v in record.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    # surrogatepass: a stray lone surrogate from a clipboard must give a key, not a crash.
    secret = normalise_passphrase(passphrase).encode("utf-8", "surrogatepass")
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(secret)


def _wrap(key: bytes, passphrase: str, *, device_id: str, kdf: KdfParams) -> _Wrapped:
    if len(key) != KEY_BYTES:
        raise ValueError(f"the data key must be {KEY_BYTES} bytes")
    if not device_id or len(device_id) > _MAX_DEVICE_ID:
        raise ValueError("the device id must be 1 to 200 characters")
    # A fresh salt and nonce on every wrap: a (key, nonce) pair is never reused.
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    draft = _Wrapped(device_id, kdf, salt, nonce, b"")
    kek = _derive(passphrase, salt, kdf)
    sealed = AESGCM(kek).encrypt(nonce, key, draft.associated_data())
    return _Wrapped(device_id, kdf, salt, nonce, sealed)


def _parse(raw: bytes) -> _Wrapped:
    not_ours = VaultDamaged("This file is not a CoachApp key vault.")
    damaged = VaultDamaged("The key vault file is damaged; it was left unchanged.")
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        # Empty or cut-off JSON is a vault that was damaged; anything else is a foreign file.
        looks_like_ours = not raw.strip() or raw.lstrip().startswith(b"{")
        raise (damaged if looks_like_ours else not_ours) from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise not_ours
    version = record.get("version")
    if type(version) is int and version > VERSION:
        if "checksum" in record and record["checksum"] != checksum_of(record):
            raise damaged  # a bit flipped in the version number, not a newer file
        raise VaultError("The key vault was written by a newer CoachApp; please update.")
    if version == VERSION and record.get("checksum") != checksum_of(record):
        raise damaged
    fields = _FIELDS | {"checksum"} if version == VERSION else _FIELDS
    kdf = record.get("kdf")
    if (
        type(version) is not int
        or version not in (1, VERSION)
        or set(record) != fields
        or not isinstance(kdf, dict)
        or set(kdf) != _KDF_FIELDS
        or kdf["name"] != "argon2id"
    ):
        raise damaged
    device_id = record["device_id"]
    if not isinstance(device_id, str) or not 0 < len(device_id) <= _MAX_DEVICE_ID:
        raise damaged
    try:
        params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
    except ValueError as e:
        raise VaultDamaged(f"The key vault file is damaged: {e}.") from None
    salt = _unb64(kdf["salt"], damaged)
    nonce = _unb64(record["nonce"], damaged)
    wrapped_key = _unb64(record["wrapped_key"], damaged)
    if not (SALT_BYTES <= len(salt) <= _MAX_SALT_BYTES) or len(nonce) != NONCE_BYTES:
        raise damaged
    if len(wrapped_key) != _WRAPPED_BYTES:
        raise damaged
    return _Wrapped(device_id, params, salt, nonce, wrapped_key, version)


def _unb64(value: object, error: VaultError) -> bytes:
    if not isinstance(value, str):
        raise error
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise error from None


def _write_atomic(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data, mode=0o600)
    except OSError as e:
        raise VaultError(f"The key vault could not be saved ({e.strerror}).") from e

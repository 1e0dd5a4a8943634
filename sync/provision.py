"""A laptop joining the program, reopening online after a password reset, and leaving it.

- ``provision``: first sign-in — the laptop is registered, its vault is made under the
  coach's account password, the data key is escrowed with the server, and the caseload and
  reference data are pulled.
- ``connect``: later starts — unlock; when the vault refuses the password because an
  administrator reset it, sign in online with the new one, fetch the escrowed key and re-wrap
  it. The database is never re-encrypted, so unsynced work survives.
- ``Connection.sync``: one cycle; if the server says this laptop was revoked or the account
  disabled, everything in the data folder is wiped before the error is raised. An unlock that
  signs in online (a password reset, a damaged vault) wipes on that answer too.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from coachapp.atomic import write_atomic
from coachapp.errors import (
    StoreDamaged,
    StoreError,
    SyncError,
    VaultDamaged,
    WrongPassphrase,
)
from coachapp.store.local import LocalStore
from coachapp.store.profile import DAMAGED_PREFIX, DataFolder, Identity
from coachapp.store.vault import KdfParams, Vault
from sync.engine import (
    Progress,
    StoreTokens,
    SyncEngine,
    SyncReport,
    read_setting,
    write_setting,
)
from sync.errors import (
    AccessWithdrawn,
    BadCredentials,
    Offline,
    PasswordNotConfirmed,
    ServerRefused,
)
from sync.protocol import ErrorCode
from sync.transport import Transport

log = logging.getLogger(__name__)

KEY_ESCROWED = "sync.key_escrowed"


class MemoryTokens:
    """Holds the refresh token until the store it belongs in exists."""

    def __init__(self) -> None:
        self._token: str | None = None

    def refresh_token(self) -> str | None:
        return self._token

    def save_refresh_token(self, token: str | None) -> None:
        self._token = token


@dataclass
class Connection:
    """An unlocked laptop that can sync."""

    folder: DataFolder
    identity: Identity
    store: LocalStore
    transport: Transport
    engine: SyncEngine
    #: The data key, held while unlocked (the open database holds it anyway) so a sign-in
    #: with a password changed on the server can re-wrap the vault under it.
    key: bytes = b""

    def sync(
        self,
        *,
        progress: Callable[[Progress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> SyncReport:
        try:
            return self.engine.sync(progress=progress, cancel=cancel)
        except AccessWithdrawn:
            log.warning(
                "server withdrew access; wiping the data folder device=%s", self.identity.device_id
            )
            self.close()
            self.folder.wipe()
            raise

    def sign_in(self, password: str) -> None:
        """Sign in again online (the server asked for it). If the password was changed on the
        server, the vault is re-wrapped under it, so the lock screen takes the new one too."""
        if not self.identity.org_code:
            raise StoreError("This laptop does not know its program code; sign in again.")
        self.transport.login(
            org=self.identity.org_code,
            username=self.identity.username,
            password=password,
            device_name=socket.gethostname()[:120] or "laptop",
        )
        vault = Vault.load(self.folder.vault_path)
        try:
            vault.unlock(password)
        except WrongPassphrase:
            Vault.rewrap_from_escrow(
                self.folder.vault_path,
                data_key=self.key,
                new_passphrase=password,
                device_id=self.identity.device_id,
                kdf=vault.kdf,
                username=self.identity.username,
            )

    def close(self) -> None:
        self.transport.close()
        self.store.close()


def provision(
    folder: DataFolder,
    *,
    server_url: str,
    org: str,
    username: str,
    password: str,
    device_name: str | None = None,
    ca_bundle: str | None = None,
    kdf: KdfParams | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> Connection:
    """Set this laptop up for the coach and bring down their caseload."""
    if folder.is_provisioned():
        raise StoreError(f"{folder.path} is already set up for {folder.identity().username}.")
    pending = MemoryTokens()
    transport = Transport(server_url, device_id=None, tokens=pending, ca_bundle=ca_bundle)
    try:
        login = transport.login(
            org=org,
            username=username,
            password=password,
            device_name=device_name or socket.gethostname()[:120] or "laptop",
        )
    except BaseException:
        transport.close()
        raise
    identity = Identity(
        org_id=login.coach.org_id,
        coach_id=login.coach.coach_id,
        device_id=login.device_id,
        username=login.coach.username,
        display_name=login.coach.display_name,
        server_url=server_url,
        org_code=org,
    )
    # The account password was checked against the policy when it was set on the server.
    store, key = folder.create(identity=identity, passphrase=password, kdf=kdf, check_policy=False)
    tokens = StoreTokens(store)
    tokens.save_refresh_token(pending.refresh_token())
    transport.tokens = tokens
    connection = Connection(
        folder, identity, store, transport, SyncEngine(store, transport), key=key
    )
    try:
        _escrow_if_owed(connection, key)
        connection.sync(progress=progress)
    except BaseException:
        # The folder stays set up (the next unlock syncs and escrows what is owed); only the
        # open database and HTTP session are released, so nothing is left holding the key.
        if connection.store.is_open:
            connection.close()
        raise
    return connection


def connect(folder: DataFolder, password: str, *, ca_bundle: str | None = None) -> Connection:
    """Unlock this laptop; after an administrator's password reset, or when the key vault is
    damaged, recover the key online (the database is never re-encrypted: local work stays)."""
    identity = folder.identity()
    try:
        store, key = folder.unlock_with_key(password)
        transport = _transport(identity, store, ca_bundle)
    except WrongPassphrase:
        with _wiped_if_withdrawn(folder, identity):
            store, key, transport = _recover_online(folder, identity, password, ca_bundle)
    except VaultDamaged as damaged:
        with _wiped_if_withdrawn(folder, identity):
            store, key, transport = _repair_vault(folder, identity, password, ca_bundle, damaged)
    connection = Connection(
        folder, identity, store, transport, SyncEngine(store, transport), key=key
    )
    _escrow_if_owed(connection, key)
    return connection


@contextmanager
def _wiped_if_withdrawn(folder: DataFolder, identity: Identity) -> Iterator[None]:
    """An unlock that had to ask the server: if the server answers that this laptop was
    revoked (or the account disabled), that contact wipes the folder, as a sync would."""
    try:
        yield
    except AccessWithdrawn:
        log.warning(
            "server withdrew access at unlock; wiping the data folder device=%s",
            identity.device_id,
        )
        folder.wipe()
        raise


def _transport(identity: Identity, store: LocalStore, ca_bundle: str | None) -> Transport:
    if not identity.server_url:
        raise StoreError("This laptop has no server address; ask your administrator.")
    return Transport(
        identity.server_url,
        device_id=identity.device_id,
        tokens=StoreTokens(store),
        ca_bundle=ca_bundle,
    )


def _repair_vault(
    folder: DataFolder,
    identity: Identity,
    password: str,
    ca_bundle: str | None,
    damaged: VaultDamaged,
) -> tuple[LocalStore, bytes, Transport]:
    """The vault file is damaged: the server's copy of the key, fetched after an online
    sign-in, opens the database again. The damaged vault is moved aside, never overwritten."""
    if not identity.server_url or not identity.org_code:
        raise damaged
    try:
        return _recover_online(folder, identity, password, ca_bundle, damaged=damaged)
    except Offline:
        raise VaultDamaged(
            f"{damaged} Connect this laptop to the network and unlock again: CoachApp will get "
            "your key back from the program's server, and nothing recorded on this laptop "
            "will be lost."
        ) from None
    except ServerRefused as exc:
        if exc.code != ErrorCode.NOT_FOUND:
            raise
        # No copy of the key on the server (it was never escrowed): the database cannot be
        # opened by anyone, so it is set aside with the vault and the laptop set up again.
        log.warning("no escrowed key for a damaged vault device=%s", identity.device_id)
        no_copy = StoreDamaged(
            f"{damaged} The program's server holds no copy of this laptop's key, so the "
            "database cannot be opened."
        )
        raise folder.set_aside(no_copy) from None


def _recover_online(
    folder: DataFolder,
    identity: Identity,
    password: str,
    ca_bundle: str | None,
    *,
    damaged: VaultDamaged | None = None,
) -> tuple[LocalStore, bytes, Transport]:
    """The vault refused the password (maybe it was reset on the server) or is damaged: ask
    the server for the escrowed key and wrap it under the password again."""
    if not identity.server_url or not identity.org_code:
        raise WrongPassphrase()
    pending = MemoryTokens()
    transport = Transport(
        identity.server_url, device_id=identity.device_id, tokens=pending, ca_bundle=ca_bundle
    )
    try:
        # A wrong password here is BadCredentials from the server: the coach reads it the
        # same way as a wrong password at the lock screen.
        try:
            transport.login(
                org=identity.org_code,
                username=identity.username,
                password=password,
                device_name=socket.gethostname()[:120] or "laptop",
            )
        except (BadCredentials, Offline, AccessWithdrawn):
            raise
        except SyncError as exc:
            if damaged is not None:
                raise
            # The vault refused the password and the server did not say it is right: for
            # the lock screen's throttle a wrong one, with the server's reason shown.
            raise PasswordNotConfirmed(exc) from None
        key = transport.fetch_key()
    except BaseException:
        transport.close()
        raise
    if damaged is None:
        kdf = Vault.load(folder.vault_path).kdf
    else:
        kdf = KdfParams()
        _set_vault_aside(folder, str(damaged))
    try:
        Vault.rewrap_from_escrow(
            folder.vault_path,
            data_key=key,
            new_passphrase=password,
            device_id=identity.device_id,
            kdf=kdf,
            username=identity.username,
        )
        store = folder.open_database(key, identity)
    except BaseException:
        transport.close()
        raise
    tokens = StoreTokens(store)
    tokens.save_refresh_token(pending.refresh_token())
    transport.tokens = tokens
    log.info("vault re-wrapped from escrow after a password change device=%s", identity.device_id)
    return store, key, transport


def _set_vault_aside(folder: DataFolder, reason: str) -> None:
    """Move only the damaged vault into a ``damaged-…`` folder (the database stays in use)."""
    name = f"{DAMAGED_PREFIX}vault-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    target, number = folder.path / name, 1
    while target.exists():
        number += 1
        target = folder.path / f"{name}-{number}"
    target.mkdir(mode=0o700)
    os.replace(folder.vault_path, target / folder.vault_path.name)
    note = (
        f"CoachApp moved this key vault here because: {reason}\n"
        "A new one was made from the copy of the key kept on the program's server.\n"
    )
    write_atomic(target / "README.txt", note.encode("utf-8"))  # 0600, like every file here
    log.info("damaged vault set aside device=%s", folder.identity().device_id)


def _escrow_if_owed(connection: Connection, key: bytes) -> None:
    """Deposit the data key once; if the network is down, try again at the next start."""
    if read_setting(connection.store, KEY_ESCROWED) == "yes":
        return
    try:
        connection.transport.deposit_key(key)
    except Exception as exc:  # offline or refused: the laptop works; escrow is retried later
        log.warning("key escrow deferred: %s", type(exc).__name__)
        return
    with connection.store.write(remote=True) as session:
        write_setting(session, KEY_ESCROWED, "yes")

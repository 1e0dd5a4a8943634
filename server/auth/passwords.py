"""Sign-in password hashing: Argon2id PHC strings (``$argon2id$v=19$m=…,t=…,p=…$salt$hash``)."""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from functools import cache

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from coachapp.store.passphrase import normalise_passphrase


@dataclass(frozen=True)
class PasswordParams:
    memory_kib: int
    iterations: int
    lanes: int


# OWASP Password Storage Cheat Sheet, Argon2id option "m=19 MiB, t=2, p=1". The server's
# CPU and memory are shared by every sign-in, so we take the smallest configuration OWASP
# lists as equivalent rather than the laptop vault's heavier one: about 40 ms on one core.
# One lane: the parallelism would only let one sign-in take several cores from the others.
DEFAULT_PARAMS = PasswordParams(memory_kib=19 * 1024, iterations=2, lanes=1)

SALT_BYTES = 16
HASH_BYTES = 32

# Stored hashes past these are treated as corrupt rather than computed: a damaged row must
# not make one sign-in take gigabytes or minutes.
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = 20
_MAX_LANES = 16

# At most this many hashes at once per process: each holds ``memory_kib`` of RAM, and a
# burst of sign-ins (a whole office at 8:00) must not exhaust the server's memory. The
# rest wait their turn for a few tens of milliseconds.
_HASH_SLOTS = threading.BoundedSemaphore(4)

_PHC = re.compile(
    r"^\$argon2id\$v=19\$m=(\d{1,8}),t=(\d{1,3}),p=(\d{1,3})"
    r"\$[A-Za-z0-9+/]{11,88}\$[A-Za-z0-9+/]{22,171}$"
)


def hash_password(password: str, *, params: PasswordParams = DEFAULT_PARAMS) -> str:
    """A new PHC string for ``password`` with a fresh random salt."""
    kdf = Argon2id(
        salt=os.urandom(SALT_BYTES),
        length=HASH_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    with _HASH_SLOTS:
        return kdf.derive_phc_encoded(_secret(password))


def verify_password(password: str, phc: str) -> bool:
    """Whether ``password`` matches ``phc``; False (never an exception) for a malformed hash.

    The comparison inside ``cryptography`` is constant-time; a malformed hash still costs
    one full hash so that its timing looks like any other refusal.
    """
    params = _parse(phc)
    if params is None:
        verify_dummy(password)
        return False
    try:
        with _HASH_SLOTS:
            Argon2id.verify_phc_encoded(_secret(password), phc)
    except (InvalidKey, ValueError, TypeError, OverflowError):
        return False
    return True


def verify_dummy(password: str) -> None:
    """Spend the time a real check takes, for a username that does not exist.

    Without it an unknown username would be answered ~40 ms sooner than a wrong password,
    which tells an attacker which usernames are real.
    """
    dummy = _dummy_hash()  # outside the slot: making it takes a slot of its own
    try:
        with _HASH_SLOTS:
            Argon2id.verify_phc_encoded(_secret(password), dummy)
    except InvalidKey:
        pass


def needs_rehash(phc: str, *, params: PasswordParams = DEFAULT_PARAMS) -> bool:
    """True when ``phc`` was made with other parameters than today's (rehash at sign-in)."""
    return _parse(phc) != params


def _parse(phc: str) -> PasswordParams | None:
    match = _PHC.match(phc) if isinstance(phc, str) else None
    if match is None:
        return None
    params = PasswordParams(memory_kib=int(match[1]), iterations=int(match[2]), lanes=int(match[3]))
    if not (
        1 <= params.lanes <= _MAX_LANES
        and 1 <= params.iterations <= _MAX_ITERATIONS
        and 8 * params.lanes <= params.memory_kib <= _MAX_MEMORY_KIB
    ):
        return None
    return params


def _secret(password: str) -> bytes:
    # The same normalisation as the laptop's vault, so the one password a coach types
    # works in both places whatever keyboard produced its accents.
    return normalise_passphrase(password).encode("utf-8", "surrogatepass")


@cache
def _dummy_hash() -> str:
    return hash_password(os.urandom(16).hex())

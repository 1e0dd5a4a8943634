"""Passphrase policy for the key vault, after NIST SP 800-63B (section 5.1.1.2).

Length matters, composition rules do not: a passphrase needs 10 to 256 characters
(Unicode code points after NFC normalisation), must not be a well-known password, the
coach's username or one character repeated. Everything else is allowed, spaces and
emoji included.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from coachapp.errors import WeakPassphrase
from coachapp.resources import resources_dir

MIN_LENGTH = 10
# SP 800-63B asks that verifiers accept at least 64 characters; 256 is well above that
# and still keeps a pasted novel from reaching the KDF.
MAX_LENGTH = 256

COMMON_PASSWORDS_FILE = "common-passwords.txt"


def normalise_passphrase(passphrase: str) -> str:
    """The form of ``passphrase`` that is counted, compared and fed to the KDF.

    NFC, so that "é" typed as one code point or as "e" + combining accent unlocks the
    same vault whichever keyboard or operating system produced it.
    """
    return unicodedata.normalize("NFC", passphrase)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The bundled list of well-known passwords, case-folded (loaded once)."""
    text = (resources_dir() / COMMON_PASSWORDS_FILE).read_text(encoding="utf-8")
    return frozenset(
        normalise_passphrase(line.strip()).casefold() for line in text.splitlines() if line.strip()
    )


def check_passphrase(passphrase: str, *, username: str | None = None) -> None:
    """Raise :class:`WeakPassphrase` with a reason the coach can act on, or return None."""
    candidate = normalise_passphrase(passphrase)
    length = len(candidate)
    if length < MIN_LENGTH:
        raise WeakPassphrase(
            f"Use at least {MIN_LENGTH} characters (this one has {length}). "
            "A few unrelated words make a good, memorable password."
        )
    if length > MAX_LENGTH:
        raise WeakPassphrase(f"Use at most {MAX_LENGTH} characters (this one has {length}).")
    if len(set(candidate)) == 1:
        raise WeakPassphrase("Don't use one character repeated; choose something harder to guess.")
    folded = candidate.casefold()
    if username and folded == normalise_passphrase(username).strip().casefold():
        raise WeakPassphrase("Don't use your username as your password.")
    if folded in common_passwords():
        raise WeakPassphrase(
            "That password is on a list of commonly used passwords; choose another."
        )

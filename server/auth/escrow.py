"""Laptop data keys held in escrow: AES-256-GCM under the server's master key.

Sealed form: ``version (1 byte) ‖ nonce (12) ‖ ciphertext+tag``. The version byte and the
device id are authenticated, so a sealed key copied onto another device's row, or read
by a later format, fails to open instead of opening wrongly.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
NONCE_BYTES = 12
DATA_KEY_BYTES = 32


class EscrowError(Exception):
    """A sealed key did not open: wrong master key, another device's, or damaged."""


def seal_data_key(data_key: bytes, *, device_id: str, master_key: bytes) -> bytes:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    nonce = os.urandom(NONCE_BYTES)  # random 96-bit nonces: safe far beyond our key count
    header = bytes([FORMAT_VERSION])
    sealed = AESGCM(master_key).encrypt(nonce, data_key, _associated(header, device_id))
    return header + nonce + sealed


def open_data_key(sealed: bytes, *, device_id: str, master_key: bytes) -> bytes:
    header, nonce, body = sealed[:1], sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
    if header != bytes([FORMAT_VERSION]) or len(nonce) != NONCE_BYTES or not body:
        raise EscrowError("escrowed key has an unknown format")
    try:
        return AESGCM(master_key).decrypt(nonce, body, _associated(header, device_id))
    except InvalidTag:
        raise EscrowError("escrowed key does not open with this master key and device") from None


def _associated(header: bytes, device_id: str) -> bytes:
    return header + b"coachapp-escrow:" + device_id.encode("ascii")

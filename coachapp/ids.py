"""Record ids: UUIDv7 made on the device (RFC 9562), monotonic within one process."""

from __future__ import annotations

import os
import random
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0
#: Seeds the per-millisecond counter. Not a secret (the 62 random bits come from
#: ``os.urandom``), only a starting point: drawn without a system call, so the lock is never
#: held across one. ``os.urandom`` under the lock let go of the GIL there, and under load the
#: threads of a server worker queued behind whichever had it (a fifth of them at a time).
_seeds = random.Random(os.urandom(16))  # noqa: S311 - a counter start, not a secret


def uuid7() -> str:
    """A new UUIDv7 as canonical text.

    The 12-bit ``rand_a`` field is used as a counter seeded at random each millisecond
    (RFC 9562 §6.2 method 1), so ids made in one process sort in creation order.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms = ms
            _counter = _seeds.getrandbits(11)  # leave headroom
        else:
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        counter = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


def is_uuid(text: object) -> bool:
    """True when ``text`` is a canonical lower-case UUID string."""
    if not isinstance(text, str) or len(text) != 36:
        return False
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False

"""Is the database whole, and this laptop's? Checks made at unlock, before any work touches it.

SQLCipher authenticates every page it reads (an HMAC per page), so a damaged page fails the
moment it is read. What that leaves unseen or misread is checked here, without writing:

- a damaged frame in the write-ahead log (WAL). SQLite takes a checksum mismatch for the end of
  the log and silently drops that commit *and every commit after it* — saves the coach was told
  were kept. ``read_wal`` looks past the first bad frame for later commits that are intact;
- a file cut short: missing pages read as "malformed", or are never read at all;
- "this key does not open page 1": another device's database, or page 1 damaged. The other
  pages' HMACs tell the two apart (with the wrong key none of them verifies).

SQLite's own damage (SQLITE_CORRUPT, SQLITE_NOTADB) met while working is turned into
``DatabaseDamaged`` by the store, which leaves a marker so the next unlock checks every page.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachapp.errors import DatabaseDamaged, PlaintextDatabase, WrongDatabaseKey
from coachapp.store.engine import file_is_plaintext_sqlite
from coachapp.store.local import CHECK_MARKER as CHECK_MARKER

#: SQLCipher 4's page size, which every CoachApp database uses.
PAGE_SIZE = 4096
#: Every page's HMAC is checked at unlock up to this size (about 3 ms per MiB); a bigger
#: database is checked as its pages are read, and in full at the unlock after any damage seen.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024

_WAL_HEADER = 32
_FRAME_HEADER = 24
_BYTE_ORDER = {0x377F0682: "<", 0x377F0683: ">"}  # WAL magic → byte order of its checksums
_MASK = 0xFFFFFFFF

Checksum = tuple[int, int]


def damaged(message: str) -> DatabaseDamaged:
    return DatabaseDamaged(f"The database file on this laptop is damaged: {message}.")


# --- the write-ahead log -------------------------------------------------------------------


@dataclass(frozen=True)
class WalReport:
    """What SQLite will replay from the WAL, and what it would silently drop."""

    frames: int = 0
    #: Frames up to the last intact commit: what SQLite replays.
    replayed: int = 0
    #: Pages those frames hold, and the database size (pages) they leave.
    pages: frozenset[int] = field(default_factory=frozenset)
    database_pages: int = 0
    #: Intact commits after a damaged frame: SQLite would drop them without a word.
    lost_commits: int = 0


def _checksum(data: bytes, seed: Checksum, order: str) -> Checksum:
    """SQLite's WAL checksum (two running 32-bit sums over pairs of words)."""
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    s0, s1 = seed
    for x0, x1 in zip(words[0::2], words[1::2], strict=True):
        s0 = (s0 + x0 + s1) & _MASK
        s1 = (s1 + x1 + s0) & _MASK
    return s0, s1


def read_wal(path: Path) -> WalReport:
    """The WAL beside a database, read twice: a log being written meanwhile is not judged."""
    first = _read(path)
    for _ in range(3):
        second = _read(path)
        if second == first:
            return _judge(first)
        first = second
    # Someone is writing it right now: their SQLite owns it; nothing to judge from outside.
    return WalReport()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


@dataclass(frozen=True)
class _Frame:
    page: int
    commit: int
    salts: tuple[int, int]
    stored: Checksum
    start: int  # offset of the frame header in the file


def _judge(data: bytes) -> WalReport:
    if len(data) < _WAL_HEADER:
        return WalReport()
    magic, _version, page_size, _seq, salt1, salt2, h1, h2 = struct.unpack(">8I", data[:32])
    order = _BYTE_ORDER.get(magic)
    header_ok = (
        order is not None
        and _valid_page_size(page_size)
        and _checksum(data[:24], (0, 0), order) == (h1, h2)
    )
    if not header_ok:
        page_size = PAGE_SIZE
    size = _FRAME_HEADER + page_size
    frames = [
        _Frame(p, c, (s1, s2), (c1, c2), start)
        for start in range(_WAL_HEADER, len(data) - size + 1, size)
        for p, c, s1, s2, c1, c2 in [struct.unpack(">6I", data[start : start + _FRAME_HEADER])]
    ]

    def frame_sum(frame: _Frame, seed: Checksum, byte_order: str) -> Checksum:
        head = data[frame.start : frame.start + 8]
        body = data[frame.start + _FRAME_HEADER : frame.start + size]
        return _checksum(body, _checksum(head, seed, byte_order), byte_order)

    # The chain SQLite replays: salts match the header, each checksum continues the last.
    replayed, db_pages, pages, pending = 0, 0, set[int](), set[int]()
    broken: int | None = None  # index of the first bad frame; -1: the header itself
    computed_at_break: list[tuple[Checksum, str]] = []
    if header_ok and order is not None:
        seed: Checksum = (h1, h2)
        for index, frame in enumerate(frames):
            if frame.salts != (salt1, salt2):
                broken = index
                break
            got = frame_sum(frame, seed, order)
            if got != frame.stored:
                broken = index
                computed_at_break = [(got, order)]
                break
            seed = got
            pending.add(frame.page)
            if frame.commit:
                replayed, db_pages = index + 1, frame.commit
                pages |= pending
                pending = set()
    else:
        broken = -1
        orders = ["<", ">"]  # a hit on the magic's last bit turns it into the other order
        # Frame 0 continues the header's sum: the stored one, or the one its bytes give.
        computed_at_break = [(_checksum(data[:24], (0, 0), o), o) for o in orders]
        computed_at_break += [((h1, h2), o) for o in orders]
    salts = (salt1, salt2)
    if broken == -1 and frames and not any(f.salts == salts for f in frames):
        # The header's own salt was hit: the frames of this log still agree among themselves.
        salts = max({f.salts for f in frames}, key=lambda s: sum(f.salts == s for f in frames))
    lost = 0
    if broken is not None:
        lost = _later_commits(frames, broken, salts, computed_at_break, frame_sum)
    if broken == -1:
        return WalReport(frames=len(frames), lost_commits=lost)
    return WalReport(len(frames), replayed, frozenset(pages), db_pages, lost)


def _later_commits(
    frames: Sequence[_Frame],
    broken: int,
    salts: tuple[int, int],
    computed_at_break: list[tuple[Checksum, str]],
    frame_sum: Callable[[_Frame, Checksum, str], Checksum],
) -> int:
    """Intact commit frames written after the transaction holding the bad frame had ended.

    Under ``synchronous = FULL`` a commit is on disk before the next transaction starts, so an
    intact later commit proves the bad frame was damaged afterwards, not torn by a crash (a
    torn write can only hit the last transaction, which was never confirmed to the coach). The
    header is likewise on disk before any frame: when it is bad, every intact commit counts.
    """
    if broken == -1:
        end = -1
    else:
        # The broken transaction ends at its own commit frame (a stale frame left from an
        # earlier log, with other salts, ends nothing; a frame whose salt was hit does).
        ends = [
            i
            for i in range(broken, len(frames))
            if frames[i].commit
            and (frames[i].salts == salts or (i == broken and _one_salt(frames[i].salts, salts)))
        ]
        if not ends:
            return 0
        end = ends[0]
    orders = sorted({o for _, o in computed_at_break}) or ["<", ">"]
    lost = 0
    for index in range(end + 1, len(frames)):
        frame = frames[index]
        if not frame.commit or frame.salts != salts:
            continue
        # Each checksum continues the previous frame's: a frame is intact on its own when it
        # continues the stored sum before it (or, right after the bad one, the recomputed sum).
        seeds = [(frames[index - 1].stored, o) for o in orders] if index > 0 else []
        if index - 1 == broken or (broken == -1 and index == 0):
            seeds += computed_at_break
        if any(frame_sum(frame, seed, o) == frame.stored for seed, o in seeds):
            lost += 1
    return lost


def _one_salt(seen: tuple[int, int], salts: tuple[int, int]) -> bool:
    """One salt of two matches: this log's frame with a damaged salt. A frame left from an
    earlier log differs in both (the first is counted up, the second is random)."""
    return (seen[0] == salts[0]) != (seen[1] == salts[1])


def _valid_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


# --- the database file ---------------------------------------------------------------------


def check_files(path: Path) -> WalReport:
    """Before opening: the file is there, encrypted, whole pages long; its log drops nothing."""
    if not path.exists():
        raise damaged("the file is missing")
    if file_is_plaintext_sqlite(path):
        raise PlaintextDatabase(
            "The database file on this laptop is an unencrypted SQLite file, not one CoachApp "
            "wrote; CoachApp will not keep participant data in it."
        )
    wal = read_wal(Path(f"{path}-wal"))
    if wal.lost_commits:
        raise damaged(
            f"its write-ahead log is damaged, and {wal.lost_commits} saved change(s) written "
            "after the damage could not be read back"
        )
    file_size = path.stat().st_size
    if file_size % PAGE_SIZE:
        raise damaged("it has been cut short")
    if file_size == 0 and not wal.replayed:
        raise damaged("it is empty")
    return wal


def verify_pages(path: Path, key: bytes, wal: WalReport, *, every_page: bool) -> None:
    """With the data key: page 1 opens, no page is missing, and (``every_page``) every page's
    HMAC verifies. Read through a read-only connection, so a damaged file is never written
    (a read-write connection would fold the log into it when it closed)."""
    import sqlcipher3

    on_disk = path.stat().st_size // PAGE_SIZE
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            size = int(conn.execute("PRAGMA page_count").fetchone()[0])
        except sqlcipher3.Error:
            raise _unreadable(conn, on_disk) from None
        missing = sum(1 for p in range(on_disk + 1, size + 1) if p not in wal.pages)
        if missing:
            raise damaged(f"it has been cut short ({missing} page(s) missing)")
        if every_page:
            failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if failures:
                raise damaged(f"{len(failures)} page(s) failed their integrity check")
    finally:
        conn.close()


def _unreadable(conn: Any, pages: int) -> DatabaseDamaged | WrongDatabaseKey:
    """Page 1 did not open with this laptop's key: is the file damaged, or someone else's?
    With the right key every undamaged page verifies; with another device's key none does."""
    import sqlcipher3

    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        failed = sum("HMAC" in str(row[0]) for row in rows)
    except sqlcipher3.Error:
        failed = pages  # a file SQLCipher cannot even scan is unreadable through and through
    if pages > 1 and failed == 0:
        # Every page there is intact, yet it does not hold together: pages are missing.
        return damaged("it has been cut short, or its structure is damaged")
    if pages > 1 and failed < pages:
        return damaged(f"{failed} of its {pages} pages failed their integrity check")
    return WrongDatabaseKey(
        "This laptop's key does not open the database file: it belongs to another device or "
        "profile, or its first page is damaged."
    )

"""Find marker strings in files on disk: every byte read, in every encoding the app's parts
could use to write text, inside compressed streams, and in the text of PDFs.

A marker counts as found in a file when any of these holds (letters compared case-folded):
- its UTF-8 (or ASCII) bytes;
- UTF-16-LE (Qt and Windows APIs) or UTF-16-BE (QDataStream, as in QSettings' ``@ByteArray``
  blobs), and UTF-16-BE the way QSettings' INI writer escapes it (``\\0Z\\0q…``);
- any of those inside a gzip member or a zlib stream found anywhere in the file (PDF page
  streams, compressed caches), or inside a zip archive's members;
- the text of a PDF page (Qt's PDF writer draws glyph numbers, so the bytes never hold the
  letters: the text is read back through QtPdf);
- the file's own name, or a folder's.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: A zlib stream starts with one of these two-byte headers (deflate, 32 KiB window).
_ZLIB_HEADER = re.compile(rb"\x78[\x01\x5e\x9c\xda]")
_GZIP_HEADER = re.compile(rb"\x1f\x8b\x08")
#: Decompress no more than this per file (a scan must not be turned into a zip bomb).
_MAX_INFLATED = 256 * 2**20
#: Larger files are listed as skipped, never silently passed over.
MAX_FILE_BYTES = 512 * 2**20


@dataclass(frozen=True)
class Hit:
    root: str
    path: str  # relative to the root
    marker: str  # the marker's name, never its value
    how: str  # utf-8, utf-16-le, utf-16-be, ini-utf-16-be, zlib+utf-8, pdf-text, file name…


@dataclass
class RootScan:
    name: str
    files: int = 0
    bytes: int = 0
    skipped: list[str] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)

    def markers(self) -> set[str]:
        return {h.marker for h in self.hits}


class Needles:
    """Every byte form of every marker, lower-cased (``bytes.lower`` folds ASCII only, and
    the markers are ASCII, so a lowered file matches a lowered needle exactly when the
    original matched in any case)."""

    def __init__(self, markers: dict[str, str]) -> None:
        self.markers = {name: value.lower() for name, value in markers.items()}
        self.forms: list[tuple[str, str, bytes]] = []
        for name, value in self.markers.items():
            assert value.isascii() and len(value) >= 6, f"marker {name} must be ASCII, 6+ long"
            self.forms.append((name, "utf-8", value.encode()))
            self.forms.append((name, "utf-16-le", value.encode("utf-16-le")))
            self.forms.append((name, "utf-16-be", value.encode("utf-16-be")))
            escaped = "".join("\\0" + ch for ch in value)
            self.forms.append((name, "ini-utf-16-be", escaped.encode()))

    def in_bytes(self, data: bytes) -> Iterator[tuple[str, str]]:
        low = data.lower()
        for name, how, needle in self.forms:
            if needle in low:
                yield name, how

    def in_text(self, text: str) -> Iterator[str]:
        low = text.lower()
        for name, value in self.markers.items():
            if value in low:
                yield name


def _inflate_at(view: memoryview, start: int, wbits: int, budget: int) -> bytes:
    """What a stream starting at ``start`` inflates to, fed in chunks so random bytes that
    merely look like a header cost a few bytes, and a stream cut short (a journal, a torn
    write) still gives what it held before the cut."""
    inflater = zlib.decompressobj(wbits)
    out = bytearray()
    at = start
    try:
        while at < len(view) and not inflater.eof and len(out) < budget:
            out += inflater.decompress(view[at : at + _CHUNK], budget - len(out))
            at += _CHUNK
            while inflater.unconsumed_tail and len(out) < budget:  # output was capped
                out += inflater.decompress(inflater.unconsumed_tail, budget - len(out))
    except zlib.error:
        pass  # random bytes that looked like a header, or the end of a cut stream
    return bytes(out)


_CHUNK = 16 * 1024


def _inflated(data: bytes) -> Iterator[tuple[str, bytes]]:
    """Every gzip member and zlib stream that decompresses, wherever it starts."""
    budget = _MAX_INFLATED
    view = memoryview(data)
    for kind, pattern, wbits in (("gzip", _GZIP_HEADER, 31), ("zlib", _ZLIB_HEADER, 15)):
        for match in pattern.finditer(data):
            if budget <= 0:
                return
            out = _inflate_at(view, match.start(), wbits, budget)
            if len(out) >= 6:
                budget -= len(out)
                yield kind, out


def _zip_members(data: bytes) -> Iterator[tuple[str, bytes]]:
    if not data.startswith(b"PK\x03\x04"):
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if info.file_size <= _MAX_INFLATED:
                    yield "zip", archive.read(info)
    except (zipfile.BadZipFile, OSError, EOFError, gzip.BadGzipFile):
        return


def pdf_text(path: Path) -> str:
    """The text of every page, as a PDF reader shows it (needs a Qt application object)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(QCoreApplication.instance())
    try:
        document.load(str(path))
        return "\f".join(document.getAllText(p).text() for p in range(document.pageCount()))
    finally:
        document.close()
        document.deleteLater()


def scan_file(path: Path, needles: Needles) -> tuple[int, set[tuple[str, str]]]:
    """(bytes read, {(marker, how)}) for one file."""
    data = path.read_bytes()
    found = set(needles.in_bytes(data))
    for kind, inner in [*_inflated(data), *_zip_members(data)]:
        found |= {(name, f"{kind}+{how}") for name, how in needles.in_bytes(inner)}
    if data.startswith(b"%PDF"):
        found |= {(name, "pdf-text") for name in needles.in_text(pdf_text(path))}
    return len(data), found


def walk_files(root: Path, *, skip: Iterable[Path] = ()) -> Iterator[Path]:
    """Every regular file under ``root`` (symlinks are not followed), ``skip`` left out."""
    skipped = [s.resolve() for s in skip]
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        dirs[:] = [d for d in dirs if (here / d).resolve() not in skipped]
        for name in files:
            path = here / name
            if path.resolve() in skipped or path.is_symlink() or not path.is_file():
                continue
            yield path


def scan(
    name: str,
    root: Path,
    needles: Needles,
    *,
    files: Iterable[Path] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> RootScan:
    """Scan ``files`` (default: every file under ``root``) and every folder name on the way;
    a file larger than ``max_bytes`` is listed in ``skipped``."""
    result = RootScan(name)
    chosen = list(walk_files(root) if files is None else files)
    names: set[Path] = set()
    for path in chosen:
        rel = path.relative_to(root) if path.is_relative_to(root) else path
        names.update(rel.parents)
        names.add(rel)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                result.skipped.append(f"{rel} ({size} bytes: too large)")
                continue
            read, found = scan_file(path, needles)
        except OSError as exc:  # vanished or unreadable: listed, never passed over quietly
            result.skipped.append(f"{rel} ({type(exc).__name__})")
            continue
        result.files += 1
        result.bytes += read
        result.hits.extend(Hit(name, str(rel), marker, how) for marker, how in sorted(found))
    for rel in sorted(names):
        for marker in needles.in_text(str(rel)):
            result.hits.append(Hit(name, str(rel), marker, "file name"))
    return result

"""Small and read-only filesystems made by a test, to fill up or to refuse every write.

``small_disk`` mounts a size-limited tmpfs where the machine lets the test mount (it runs as
root in CI); else a loop-mounted ext4 image; else it hands back a plain folder and says so
(``method == "rlimit"``): the caller then limits the file size of a child process
(``RLIMIT_FSIZE``) instead. ``read_only`` remounts the disk read-only (or, for an ordinary
user, takes the write permission away). Every mount is unmounted on the way out.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class SmallDisk:
    path: Path
    #: How the space limit is made: "tmpfs", "loop" (ext4 image) or "rlimit" (no mount).
    method: str
    size_bytes: int

    @property
    def mounted(self) -> bool:
        return self.method in ("tmpfs", "loop")

    def free_bytes(self) -> int:
        stats = os.statvfs(self.path)
        return stats.f_bavail * stats.f_frsize


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def small_disk(root: Path, size_bytes: int) -> Iterator[SmallDisk]:
    """A folder on a filesystem of ``size_bytes`` (see the module docstring)."""
    mount_point = root / "disk"
    mount_point.mkdir(parents=True, exist_ok=True)
    disk: SmallDisk | None = None
    image = root / "disk.img"
    if shutil.which("mount") and _run(
        "mount", "-t", "tmpfs", "-o", f"size={size_bytes},mode=0700", "tmpfs", str(mount_point)
    ):
        disk = SmallDisk(mount_point, "tmpfs", size_bytes)
    elif shutil.which("mkfs.ext4") and shutil.which("mount"):
        with image.open("wb") as fh:
            fh.truncate(max(size_bytes, 2 * 1024 * 1024))
        if _run("mkfs.ext4", "-q", "-F", "-m", "0", str(image)) and _run(
            "mount", "-o", "loop", str(image), str(mount_point)
        ):
            disk = SmallDisk(mount_point, "loop", size_bytes)
    if disk is None:
        disk = SmallDisk(mount_point, "rlimit", size_bytes)
    try:
        yield disk
    finally:
        if disk.mounted and not _run("umount", str(mount_point)):
            _run("umount", "-l", str(mount_point))
        image.unlink(missing_ok=True)


def read_only(disk: SmallDisk) -> str:
    """Make everything on ``disk`` unwritable; returns how ("remount" or "permissions")."""
    if disk.mounted and _run("mount", "-o", "remount,ro", str(disk.path)):
        return "remount"
    if os.geteuid() == 0:
        raise RuntimeError(
            f"cannot make {disk.path} read-only: remounting is not permitted here, and file "
            "permissions do not stop root"
        )
    for path in sorted(disk.path.rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else 0o444)
    disk.path.chmod(0o555)
    return "permissions"


def writable_again(disk: SmallDisk, how: str) -> None:
    if how == "remount":
        subprocess.run(["mount", "-o", "remount,rw", str(disk.path)], check=True)
        return
    disk.path.chmod(0o700)
    for path in disk.path.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)


def fill(disk: SmallDisk) -> Path:
    """Write a filler file until the disk has no room left; returns it."""
    assert disk.mounted, f"a size-limited disk could not be mounted here ({disk.method})"
    filler = disk.path / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler

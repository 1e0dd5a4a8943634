"""The unlock count when the disk says no: a full disk or a read-only data folder gives the
store's plain sentence, and the try is refused before the password is checked, so no wrong
password goes uncounted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coachapp.errors import StoreFull, StoreReadOnly
from coachapp.store.unlock_guard import UnlockGuard
from tests.store.small_disks import SmallDisk, fill, read_only, small_disk, writable_again


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "small", 1024 * 1024) as made:
        yield made


def test_a_full_disk_refuses_the_try_with_the_stores_sentence_and_keeps_the_count(
    disk: SmallDisk,
) -> None:
    guard = UnlockGuard(disk.path / "laptop")
    guard.failed()  # a mistyped password earlier
    filler = fill(disk)
    with pytest.raises(StoreFull) as refused:
        guard.attempt()
    assert str(refused.value).startswith("The disk is full:")
    assert "did not check the password" in str(refused.value)
    assert "nothing saved earlier was lost" in str(refused.value)
    assert guard.failures() == 1
    assert [p.name for p in guard.path.parent.iterdir()] == [guard.path.name]  # no temp file

    filler.unlink()  # space freed: the try is counted, then taken back when it proves right
    guard.attempt()
    assert guard.failures() == 2
    guard.succeeded()
    assert guard.failures() == 0


def test_a_read_only_folder_refuses_the_try_with_the_stores_sentence(disk: SmallDisk) -> None:
    guard = UnlockGuard(disk.path / "laptop")
    guard.failed()
    how = read_only(disk)
    try:
        with pytest.raises(StoreReadOnly) as refused:
            guard.attempt()
        assert "cannot save anything in its data folder" in str(refused.value)
        assert "did not check the password" in str(refused.value)
        assert guard.failures() == 1
    finally:
        writable_again(disk, how)


def test_a_try_that_ended_before_the_password_was_judged_does_not_count(tmp_path: Path) -> None:
    guard = UnlockGuard(tmp_path)
    guard.failed()
    before = guard.attempt()
    assert guard.failures() == 2  # counted while the password is checked
    guard.not_judged(before)  # e.g. the database was found damaged
    assert guard.failures() == 1

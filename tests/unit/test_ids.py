"""Record ids: UUIDv7, unique across threads, in creation order within a process."""

from __future__ import annotations

import threading
import uuid

from coachapp.ids import is_uuid, uuid7


def test_ids_made_by_many_threads_at_once_are_all_different_version_7_uuids() -> None:
    made: list[list[str]] = [[] for _ in range(8)]

    def make(into: list[str]) -> None:
        into.extend(uuid7() for _ in range(5000))

    threads = [threading.Thread(target=make, args=(into,)) for into in made]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [i for ids in made for i in ids]
    assert len(set(every)) == len(every) == 40_000
    assert all(is_uuid(i) and uuid.UUID(i).version == 7 for i in every)
    # Each thread's ids sort in the order it made them (records sort by creation).
    assert all(ids == sorted(ids) for ids in made)

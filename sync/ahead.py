"""Fetching the next pulled page while this one is written to the store.

A pull is two kinds of work: the server's (find, load, encode and compress a page) and the
laptop's (parse it and write it). Done in turn, each waits for the other; with the next
page asked for before this one is written, they overlap. One request in flight at a time,
so the transport is still used by one thread at a time, and at most two pages are held.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")


class Ahead(Generic[T]):
    """``fetch(f)`` starts ``f`` in a background thread; ``result()`` waits for it and gives
    its value, or raises what it raised. Leaving the ``with`` block waits for a fetch still
    under way (its page is dropped), so nothing uses the transport after it."""

    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._next: Future[T] | None = None

    def fetch(self, work: Callable[[], T]) -> None:
        if self._next is not None:
            raise RuntimeError("take the fetched result before fetching again")
        self._next = self._pool.submit(work)

    def result(self) -> T:
        if self._next is None:
            raise RuntimeError("nothing is being fetched")
        future, self._next = self._next, None
        return future.result()

    def __enter__(self) -> Ahead[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._pool.shutdown(wait=True)

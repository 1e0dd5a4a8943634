"""What the fault proxy does to each request: the faults, and schedules that choose them.

A schedule is a plain function of the request (its number, connection, method and path),
so a scripted or seeded one replays exactly.
"""

from __future__ import annotations

import enum
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


class Action(enum.StrEnum):
    PASS = "pass"
    DELAY = "delay"  # hold the request or the answer back for ``ms``
    DROP = "drop"  # the server answered (and committed); the laptop never hears it
    TRUNCATE = "truncate"  # the first ``keep_bytes`` of the answer, then the connection closes
    RESET = "reset"  # TCP RST, before the request reaches the server or after it answered
    REFUSE = "refuse"  # RST now, and no connection is accepted for ``ms``
    ABANDON = "abandon"  # the request reaches the server; ``ms`` later, RST while it works


@dataclass(frozen=True)
class Fault:
    """What happens to one request. Build with the class methods."""

    action: Action = Action.PASS
    ms: int = 0
    keep_bytes: int = 0
    #: DELAY and RESET: act before the server sees the request (else after it answered).
    before_server: bool = False
    #: Called once the request has been handed to the server (e.g. to kill the server).
    hook: Callable[[], None] | None = field(default=None, compare=False)

    @classmethod
    def passes(cls) -> Fault:
        return cls()

    @classmethod
    def delay(cls, ms: int, *, before_server: bool = False) -> Fault:
        return cls(Action.DELAY, ms=ms, before_server=before_server)

    @classmethod
    def drop(cls) -> Fault:
        return cls(Action.DROP)

    @classmethod
    def truncate(cls, keep_bytes: int) -> Fault:
        return cls(Action.TRUNCATE, keep_bytes=keep_bytes)

    @classmethod
    def reset(cls, *, before_server: bool = False) -> Fault:
        return cls(Action.RESET, before_server=before_server)

    @classmethod
    def refuse(cls, ms: int) -> Fault:
        return cls(Action.REFUSE, ms=ms)

    @classmethod
    def abandon(cls, ms: int) -> Fault:
        return cls(Action.ABANDON, ms=ms)

    @property
    def reaches_server(self) -> bool:
        """Whether the server gets to handle the request at all."""
        if self.action is Action.REFUSE:
            return False
        return not (self.before_server and self.action is Action.RESET)


@dataclass(frozen=True)
class Exchange:
    """One request relayed by the proxy: its number (from 1, in arrival order) and route."""

    number: int
    connection: int
    method: str
    path: str


Schedule = Callable[[Exchange], Fault]


def passthrough(_exchange: Exchange) -> Fault:
    return Fault()


@dataclass
class Rule:
    """``fault`` for the next ``times`` requests matching method and path prefix (after
    letting ``skip`` matching ones through)."""

    fault: Fault
    method: str | None = None
    path: str | None = None
    times: int = 1
    skip: int = 0

    def matches(self, exchange: Exchange) -> bool:
        if self.method is not None and exchange.method != self.method:
            return False
        return self.path is None or exchange.path.startswith(self.path)


class Scripted:
    """A schedule of rules: the first rule that is due gives the fault.

    Every matching rule counts the request towards its ``skip``, whichever rule fires, so
    "the fourth push" means the fourth push. A rule is spent after ``times`` uses.
    """

    def __init__(self, *rules: Rule) -> None:
        self.rules = list(rules)
        self._lock = threading.Lock()

    def __call__(self, exchange: Exchange) -> Fault:
        chosen: Fault | None = None
        with self._lock:
            for rule in self.rules:
                if rule.times <= 0 or not rule.matches(exchange):
                    continue
                if rule.skip > 0:
                    rule.skip -= 1
                elif chosen is None:
                    rule.times -= 1
                    chosen = rule.fault
        return chosen or Fault()

    @property
    def spent(self) -> bool:
        return all(rule.times <= 0 for rule in self.rules)


class Chaos:
    """A seeded random schedule: each request meets a fault from ``menu`` with ``rate``.

    Draws happen in request order, so the same seed and the same sequence of requests give
    the same faults. ``paths`` limits the chaos to requests whose path starts with one of them.
    """

    def __init__(
        self,
        seed: int,
        *,
        rate: float,
        menu: Sequence[Fault],
        paths: Sequence[str] = ("/",),
    ) -> None:
        if not 0 <= rate <= 1 or not menu:
            raise ValueError("rate must be within 0..1 and the menu must not be empty")
        self.rng = random.Random(seed)
        self.rate = rate
        self.menu = list(menu)
        self.paths = tuple(paths)
        self.enabled = True
        self._lock = threading.Lock()

    def __call__(self, exchange: Exchange) -> Fault:
        with self._lock:
            if not self.enabled or not exchange.path.startswith(self.paths):
                return Fault()
            if self.rng.random() >= self.rate:
                return Fault()
            return self.rng.choice(self.menu)

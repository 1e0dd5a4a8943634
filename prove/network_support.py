"""The network-fault storm: three laptops syncing through one fault proxy to a server process
that is killed (SIGKILL) and started again every so often.

Parts reused from the sync tests: ``FaultProxy`` (the faults themselves), ``laptop_via``
(laptops signed in through the proxy), and ``prove.network_servers`` (a server process that
can be killed and restarted quickly). This module adds a seeded plan that mixes every fault
the issue names and says which is which, and the loop of cycles that counts what failed and
why.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from coachapp.errors import CoachAppError
from coachapp.models.enums import CoachRole
from prove.network_casework import Casework, Ledger
from prove.network_servers import ForkedServer
from sync.engine import StoreTokens, SyncEngine
from sync.errors import Offline, ServerUnavailable
from sync.transport import Transport
from tests.server.live import LiveServer
from tests.sync.fault_plans import Action, Exchange, Fault
from tests.sync.fault_proxy import FaultProxy, Relayed
from tests.sync.fleet import coach_id, laptop_via
from tests.sync.laptops import Laptop

#: The fleet: two coaches of the North team and their supervisor (the demo program has one
#: North coach; the second is added to the server for this check).
FLEET = (("dana", "demo.coach"), ("kim", "kim.coach"), ("sam", "sam.supervisor"))
#: How long a stormy laptop waits for an answer; the long delays outlast it.
READ_TIMEOUT = 1.0
LONG_DELAY_MS = int(READ_TIMEOUT * 1000) + 400

KILLED_MID_PUSH = "server killed mid-push (SIGKILL, restarted)"


def kind_of(fault: Fault) -> str:
    """The name of a fault in the report."""
    if fault.hook is not None:
        return KILLED_MID_PUSH
    action = fault.action
    if action is Action.DROP:
        return "answer dropped after the server committed"
    if action is Action.RESET:
        if fault.before_server:
            return "request dropped before the server (RST)"
        return "connection reset after the server answered"
    if action is Action.DELAY:
        where = "request held" if fault.before_server else "answer held"
        if fault.ms > READ_TIMEOUT * 1000:
            return f"{where} past the read timeout"
        return "short delay"
    if action is Action.TRUNCATE:
        return "answer truncated"
    if action is Action.REFUSE:
        return "connections refused for a while"
    if action is Action.ABANDON:
        return "connection cut while the server works"
    return str(action)


class FaultPlan:
    """A seeded schedule over the sync traffic: each request meets a fault with ``rate``.

    The first faults go once through the whole menu (in a seeded order), so even a short run
    meets every kind; after that each fault is drawn at random. ``arm_kill`` makes the next
    push kill the server while it handles it.
    """

    PATHS = ("/v1/sync", "/v1/reference")

    def __init__(self, seed: int, *, rate: float) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - a seeded test schedule
        self.rate = rate
        self.enabled = False
        self._lock = threading.Lock()
        self._kill_next_push: Fault | None = None
        self._menu = self._builders()
        self._owed = list(range(len(self._menu)))
        self.rng.shuffle(self._owed)

    def _builders(self) -> list[Callable[[], Fault]]:
        rng = self.rng
        return [  # the lost answer after a commit, the riskiest, twice as often
            lambda: Fault.drop(),
            lambda: Fault.drop(),
            lambda: Fault.reset(before_server=True),
            lambda: Fault.reset(),
            lambda: Fault.delay(LONG_DELAY_MS, before_server=True),
            lambda: Fault.delay(LONG_DELAY_MS),
            lambda: Fault.truncate(rng.choice((20, 60, 150, 400, 900))),
            lambda: Fault.delay(rng.randint(10, 80), before_server=rng.random() < 0.5),
            lambda: Fault.refuse(rng.randint(100, 400)),
        ]

    def arm_kill(self, hook: Fault) -> None:
        with self._lock:
            self._kill_next_push = hook

    @property
    def kill_armed(self) -> bool:
        with self._lock:
            return self._kill_next_push is not None

    def __call__(self, exchange: Exchange) -> Fault:
        with self._lock:
            if not self.enabled or not exchange.path.startswith(self.PATHS):
                return Fault()
            if self._kill_next_push is not None and exchange.path == "/v1/sync/push":
                chosen, self._kill_next_push = self._kill_next_push, None
                return chosen
            if self.rng.random() >= self.rate:
                return Fault()
            index = self._owed.pop() if self._owed else self.rng.randrange(len(self._menu))
            return self._menu[index]()


def stormy_transport(url: str, device_id: str, machine: Laptop, *, stormy: bool) -> Transport:
    """During the storm: two tries, a short read timeout. After it: a patient laptop."""
    transport = Transport(
        url,
        device_id=device_id,
        tokens=StoreTokens(machine.store),
        connect_timeout=2,
        read_timeout=READ_TIMEOUT if stormy else 30,
        max_attempts=2 if stormy else 5,
        backoff_base=0.05,
        backoff_cap=0.3 if stormy else 1.0,
    )
    return transport


def use_transport(machine: Laptop, url: str, *, stormy: bool) -> None:
    """Reopen the laptop's connection (the access token lived in memory: it refreshes)."""
    actor = machine.store.actor
    assert actor is not None
    machine.transport.close()
    machine.transport = stormy_transport(url, actor.device_id, machine, stormy=stormy)
    machine.engine = SyncEngine(machine.store, machine.transport)


@dataclass
class StormResult:
    cycles: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    kills_planned: int = 0
    restarts_between: int = 0
    restarts_mid_push: int = 0
    faults: list[Relayed] = field(default_factory=list)
    requests: int = 0
    #: The server's answers by status (None: it never answered — a fault or a kill).
    statuses: Counter[int | None] = field(default_factory=Counter)
    seconds: float = 0.0
    #: Per cycle: the laptop, what the proxy did to each request, how the cycle ended.
    timeline: list[str] = field(default_factory=list)

    def faults_by_kind(self) -> Counter[str]:
        return Counter(kind_of(r.fault) for r in self.faults)


def failure_kind(error: CoachAppError) -> str:
    if isinstance(error, ServerUnavailable):
        return f"server unavailable (HTTP {error.status})"
    if isinstance(error, Offline):
        return "offline (every try failed)"
    return f"{type(error).__name__}: {error}"


@dataclass
class Storm:
    """The running parts: server processes, proxy, laptops, plan, ledger."""

    live: LiveServer
    server: ForkedServer
    proxy: FaultProxy
    plan: FaultPlan
    machines: dict[str, Laptop]
    ledger: Ledger
    casework: Casework
    rng: random.Random = field(default_factory=lambda: random.Random(0))  # noqa: S311

    def kill_mid_push(self) -> Fault:
        outage = self.rng.uniform(0.2, 1.5)

        def crash() -> None:
            time.sleep(self.rng.uniform(0, 0.03))  # somewhere inside the push's handling
            self.server.kill_and_restart(outage=outage)

        return Fault(hook=crash)

    def run(self, cycles: int, *, restart_every: int) -> StormResult:
        """``cycles`` sync cycles, each after a stretch of casework on the laptop syncing.

        The laptops take turns in a shuffled order each round. Every ``restart_every`` cycles
        the server is killed: alternately in the middle of a push and between cycles.
        """
        result = StormResult()
        started = time.perf_counter()
        names = list(self.machines)
        order: list[str] = []
        self.plan.enabled = True
        kills = 0
        for cycle in range(1, cycles + 1):
            if not order:
                order = names[:]
                self.rng.shuffle(order)
            name = order.pop()
            machine = self.machines[name]
            if cycle % restart_every == restart_every // 2:
                kills += 1
                result.kills_planned += 1
                if kills % 2:
                    self.plan.arm_kill(self.kill_mid_push())
                else:
                    self.server.kill_and_restart()
                    self.server.ready()
                    result.restarts_between += 1
            self.casework.day(machine, name, cycle)
            before, seen = self.server.kills, len(self.proxy.log)
            outcome = "ok"
            try:
                machine.sync()
            except CoachAppError as error:
                outcome = failure_kind(error)
                result.failed[outcome] += 1
            relayed = [
                f"{r.exchange.method} {r.exchange.path} {r.status} {kind_of(r.fault)}"
                for r in self.proxy.log[seen:]
            ]
            result.timeline.append(f"c{cycle} {name}: {outcome}; {relayed}")
            result.restarts_mid_push += self.server.kills - before
            self.server.ready()
            result.cycles += 1
        self.plan.enabled = False
        result.faults = self.proxy.faults()
        result.requests = len(self.proxy.log)
        result.statuses = Counter(r.status for r in self.proxy.log)
        result.seconds = time.perf_counter() - started
        return result


@contextmanager
def storm(live: LiveServer, root: Path, *, seed: int, rate: float) -> Iterator[Storm]:
    """Start the server process, the proxy and three laptops signed in through it."""
    north = live.program.teams[0].id
    if "kim.coach" not in live.accounts:
        live.add_account("kim.coach", role=CoachRole.COACH, team_id=north)
    server = ForkedServer(live.app.state.settings, log=root / "server.log")
    plan = FaultPlan(seed, rate=rate)
    proxy: FaultProxy | None = None
    machines: dict[str, Laptop] = {}
    try:
        # Signed in (and synced once) directly with the in-test server on the same database
        # while the server process imports; from then on, only through the proxy.
        for name, username in FLEET:
            machines[name] = laptop_via(live.url, username, root)
        server.start()
        proxy = FaultProxy(server.port, schedule=plan)
        for machine in machines.values():
            use_transport(machine, proxy.url, stormy=True)
        ledger = Ledger()
        coaches = {name: coach_id(m) for name, m in machines.items()}
        yield Storm(
            live=live,
            server=server,
            proxy=proxy,
            plan=plan,
            machines=machines,
            ledger=ledger,
            casework=Casework(seed, ledger, coaches),
            rng=random.Random(seed + 1),  # noqa: S311 - a seeded test schedule
        )
    finally:
        for machine in machines.values():
            machine.close()
        if proxy is not None:
            proxy.stop()
        server.stop()

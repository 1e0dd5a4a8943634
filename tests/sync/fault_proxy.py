"""A fault-injecting HTTP/1.1 proxy for sync tests, between a laptop and the live server.

It listens on 127.0.0.1 (port chosen by the system), forwards to a loopback server, and
asks a *schedule* (``tests.sync.fault_plans``) what to do with every request it relays:
pass it, hold it or its answer back, drop the answer after the server has committed, cut
the answer short, reset the connection (RST), abandon a request the server is still working
on, or refuse connections for a while. Bounded (connections, header and body sizes, socket
timeouts) and stoppable: ``stop()`` closes every socket and joins every thread.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tests.sync.fault_plans import Action, Exchange, Fault, Schedule, passthrough
from tests.sync.http_frames import Message, ProtocolViolation, Reader

_CLIENT_IDLE_SECONDS = 30.0
_SERVER_SECONDS = 120.0


@dataclass(frozen=True)
class Relayed:
    """What the proxy did with one request (for assertions and the test's report)."""

    exchange: Exchange
    fault: Fault
    status: int | None  # the server's status, or None if it never answered


class FaultProxy:
    """A loopback TCP proxy that applies ``schedule`` to every request it relays."""

    def __init__(
        self,
        upstream_port: int,
        *,
        schedule: Schedule = passthrough,
        upstream_host: str = "127.0.0.1",
        max_connections: int = 32,
    ) -> None:
        if not ipaddress.ip_address(upstream_host).is_loopback:
            raise ValueError("the fault proxy only forwards to this machine")
        self.upstream = (upstream_host, upstream_port)
        self.schedule = schedule
        self.log: list[Relayed] = []
        self._max_connections = max_connections
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._accepting = threading.Event()
        self._accepting.set()
        self._sockets: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        self._connections = 0
        self._requests = 0
        self._refused_until = 0.0
        self._listener: socket.socket | None = self._listen(0)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)
        self._acceptor.start()

    # --- control ------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def retarget(self, upstream_port: int) -> None:
        """Send new connections to another port (a restarted server)."""
        with self._lock:
            self.upstream = (self.upstream[0], upstream_port)

    @contextlib.contextmanager
    def refusing(self) -> Iterator[None]:
        """No listener while inside: connecting fails with "connection refused"."""
        self._close_listener()
        try:
            yield
        finally:
            self._reopen_listener()

    def faults(self) -> list[Relayed]:
        """The requests that met a fault (anything but a plain pass)."""
        with self._lock:
            return [
                r for r in self.log if r.fault.action is not Action.PASS or r.fault.hook is not None
            ]

    def stop(self) -> None:
        self._stopping.set()
        self._accepting.set()
        self._close_listener()
        with self._lock:
            doomed = list(self._sockets)
        for sock in doomed:
            _close(sock)
        self._acceptor.join(timeout=10)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=10)
        assert not any(t.is_alive() for t in threads), "a proxy thread did not stop"

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- accepting ------------------------------------------------------------------------------

    def _listen(self, port: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(64)
        listener.settimeout(0.1)
        return listener

    def _close_listener(self) -> None:
        self._accepting.clear()
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is not None:
            _close(listener)

    def _reopen_listener(self) -> None:
        if self._stopping.is_set():
            return
        deadline = time.monotonic() + 5
        while True:
            try:
                listener = self._listen(self.port)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)
        with self._lock:
            self._listener = listener
        self._accepting.set()

    def _refuse_for(self, ms: int) -> None:
        until = time.monotonic() + ms / 1000
        with self._lock:
            self._refused_until = max(self._refused_until, until)

        def later() -> None:
            self._stopping.wait(max(0.0, until - time.monotonic()))
            with self._lock:
                # Overlapping refusals (a request on a kept-alive connection meets one while
                # the listener is closed): the one ending last reopens, once.
                if self._listener is not None or until < self._refused_until:
                    return
            self._reopen_listener()

        self._close_listener()
        self._spawn(later, "fault-proxy-refusal")

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            if not self._accepting.wait(timeout=0.1):
                continue
            with self._lock:
                listener = self._listener
            if listener is None:
                continue
            try:
                client, _addr = listener.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self._connections += 1
                number = self._connections
                busy = sum(1 for t in self._threads if t.is_alive()) >= self._max_connections
            if busy:
                _reset(client)
                continue
            self._track(client)
            self._spawn(functools.partial(self._serve, client, number), "fault-proxy-conn")

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        with self._lock:
            self._threads = {t for t in self._threads if t.is_alive()}
            self._threads.add(thread)
        thread.start()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _forget(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(sock)

    # --- relaying -------------------------------------------------------------------------------

    def _serve(self, client: socket.socket, connection: int) -> None:
        client.settimeout(_CLIENT_IDLE_SECONDS)
        reader = Reader(client)
        try:
            while not self._stopping.is_set():
                request = reader.message(is_response=False)
                if request is None:
                    return  # the laptop closed its end
                with self._lock:
                    self._requests += 1
                    exchange = Exchange(
                        self._requests, connection, request.method, request.path.split("?")[0]
                    )
                if not self._relay(client, request, exchange, self.schedule(exchange)):
                    return
        except (OSError, ProtocolViolation):
            _reset(client)
        finally:
            self._forget(client)
            _close(client)

    def _relay(
        self, client: socket.socket, request: Message, exchange: Exchange, fault: Fault
    ) -> bool:
        """Apply ``fault`` to one request; True if the laptop's connection stays open."""
        if fault.action is Action.REFUSE:
            self._record(exchange, fault, None)
            self._refuse_for(fault.ms)  # first, so a reconnect after the RST is refused
            _reset(client)
            return False
        if fault.action is Action.ABANDON:

            def abandon() -> None:
                self._stopping.wait(fault.ms / 1000)
                _reset(client)

            answer = self._ask_server(request, fault, after_send=abandon)
            self._record(exchange, fault, answer.status if answer else None)
            return False
        if fault.before_server and fault.action is Action.RESET:
            self._record(exchange, fault, None)
            _reset(client)
            return False
        if fault.before_server and fault.action is Action.DELAY:
            self._stopping.wait(fault.ms / 1000)
        response = self._ask_server(request, fault)
        if response is None:  # the server went away mid-request (a crash, a restart)
            self._record(exchange, fault, None)
            _reset(client)
            return False
        self._record(exchange, fault, response.status)
        if fault.action is Action.DROP:
            _close(client)  # FIN without an answer: the laptop sees the connection end
            return False
        if fault.action is Action.RESET:
            _reset(client)
            return False
        if fault.action is Action.TRUNCATE:
            client.sendall(response.raw[: fault.keep_bytes])
            _close(client)
            return False
        if fault.action is Action.DELAY and not fault.before_server:
            self._stopping.wait(fault.ms / 1000)
        client.sendall(response.raw)
        return not response.closes

    def _ask_server(
        self, request: Message, fault: Fault, after_send: Callable[[], None] | None = None
    ) -> Message | None:
        """Forward one request on a fresh connection and read the whole answer.

        A fresh connection per request: a pooled one the server closed while idle would look
        like a crash and inject a fault nobody scheduled.
        """
        with self._lock:
            upstream = self.upstream
        try:
            server = socket.create_connection(upstream, timeout=_SERVER_SECONDS)
        except OSError:
            return None
        self._track(server)
        try:
            server.sendall(request.raw)
            if fault.hook is not None:
                fault.hook()
            if after_send is not None:
                after_send()
            return Reader(server).message(is_response=True, request_method=request.method)
        except (OSError, ProtocolViolation):
            return None
        finally:
            self._forget(server)
            _close(server)

    def _record(self, exchange: Exchange, fault: Fault, status: int | None) -> None:
        with self._lock:
            self.log.append(Relayed(exchange, fault, status))


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0) rather than FIN: no shutdown first, which would send FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()

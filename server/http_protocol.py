"""uvicorn's HTTP/1.1 protocol with Nagle's algorithm switched off on every connection.

asyncio turns ``TCP_NODELAY`` on only for sockets whose protocol number says TCP. A listening
socket bound by gunicorn, or by uvicorn itself when it runs several workers, is made with
protocol 0, and so are the connections it accepts: the answer's body then waits for the
laptop's delayed acknowledgement of its headers — about 40 ms on every request after the
first on a kept-alive connection (a no-op sync of three requests took 120 ms instead of 20).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            # A socket already closed under us has nothing to speed up.
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)


#: What ``uvicorn --http`` and ``Config(http=…)`` take.
HTTP_PROTOCOL = "server.http_protocol:NoDelayH11Protocol"

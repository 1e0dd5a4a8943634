"""Every connection the production server accepts answers without Nagle's delay.

gunicorn (and uvicorn with several workers) bind the listening socket with protocol number 0,
so asyncio leaves ``TCP_NODELAY`` off on the connections it accepts, and each answer after
the first on a kept-alive connection waited about 40 ms for the laptop's delayed ACK. The
server's own HTTP protocol turns it on; both the gunicorn worker and ``python -m server
serve`` use it.
"""

from __future__ import annotations

import asyncio
import socket

import pytest
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

from server.http_protocol import HTTP_PROTOCOL, NoDelayH11Protocol


async def _app(scope: object, receive: object, send: object) -> None:  # pragma: no cover
    raise AssertionError("no request is sent")


def _nodelay_of_accepted(protocol: type[asyncio.Protocol]) -> int:
    """Accept a loopback connection on a socket bound as gunicorn binds it (protocol 0),
    hand it to ``protocol`` as uvicorn does, and read the connection's TCP_NODELAY."""
    config = Config(app=_app, http=protocol)
    config.load()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    assert listener.proto == 0
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()

    async def serve() -> int:
        loop = asyncio.get_running_loop()
        state = ServerState()
        transport, _ = await loop.connect_accepted_socket(
            lambda: config.http_protocol_class(  # type: ignore[call-arg]
                config=config, server_state=state, app_state={}
            ),
            accepted,
        )
        try:
            return int(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        finally:
            transport.close()

    try:
        return asyncio.run(serve())
    finally:
        client.close()
        listener.close()


def test_connections_accepted_on_a_gunicorn_style_socket_have_nagle_off() -> None:
    assert _nodelay_of_accepted(H11Protocol) == 0  # the stall this protocol exists for
    assert _nodelay_of_accepted(NoDelayH11Protocol) != 0


def test_the_gunicorn_worker_and_the_serve_command_use_it() -> None:
    pytest.importorskip("gunicorn")  # production's worker needs gunicorn itself
    from server.gunicorn_worker import UvicornWorker

    assert UvicornWorker.CONFIG_KWARGS["http"] == HTTP_PROTOCOL
    config = Config(app=_app, http=HTTP_PROTOCOL)
    config.load()
    assert config.http_protocol_class is NoDelayH11Protocol

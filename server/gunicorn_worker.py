"""The gunicorn worker for production: ``gunicorn -k server.gunicorn_worker.UvicornWorker``.

uvicorn's own worker class, answering with ``server.http_protocol`` (no 40 ms stall on
kept-alive connections). Imported by gunicorn only; the rest of the server never needs it.
"""

from __future__ import annotations

import warnings
from typing import Any

from server.http_protocol import HTTP_PROTOCOL

with warnings.catch_warnings():
    # uvicorn points at its separate uvicorn-worker package; this class is the same worker.
    warnings.simplefilter("ignore", DeprecationWarning)
    from uvicorn.workers import UvicornWorker as _UvicornWorker


class UvicornWorker(_UvicornWorker):
    CONFIG_KWARGS: dict[str, Any] = {**_UvicornWorker.CONFIG_KWARGS, "http": HTTP_PROTOCOL}

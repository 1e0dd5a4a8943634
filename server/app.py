"""The FastAPI application: ``create_app()`` builds it from settings; ``create_worker_app()``
is the factory for a process that does nothing but serve it (uvicorn/gunicorn workers).

The app keeps no state outside the database, so any number of these can run behind a
load balancer on one PostgreSQL.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from coachapp import __version__
from server import logs
from server.api import auth, duplicates, health, reports, sync
from server.api.bodies import BodyLimitMiddleware
from server.api.errors import install_error_handlers
from server.db import Database, make_engine
from server.settings import Settings, load_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = (settings or load_settings()).check()
    logs.configure(settings.log_dir)
    db = Database(make_engine(settings.database_url, connections=settings.db_connections))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Routes that use the database run on worker threads: at most as many at once as
        # there are connections. Further requests wait their turn in the event loop instead
        # of on a thread for a connection. With anyio's 40 threads contending for the pool
        # and the interpreter lock, a push cost a fifth more CPU under 200 laptops at once.
        to_thread.current_default_thread_limiter().total_tokens = settings.db_connections
        yield
        db.dispose()

    app = FastAPI(
        title="CoachApp sync server",
        version=__version__,
        description="Sync protocol v1 for CoachApp laptops (see docs/sync-protocol.md).",
        lifespan=lifespan,
        # FastAPI's own OpenTelemetry: off, whatever the machine has set up. It would trace
        # every request and hand an unhandled exception's message and stack, where a value
        # from a participant's record may stand, to any exporter an agent or
        # FASTAPI_OTEL_AUTO_CONFIGURE configured. The server's logs (``server.logs``) say
        # what happened by ids only.
        telemetry={
            "tracing": False,
            "metrics": False,
            "logs": False,
            "operation_spans": False,
            "auto_configure": False,
        },
    )
    app.state.settings = settings
    app.state.db = db
    # Level 3, not Starlette's 9: a pulled page of 525 rows takes 0.9 ms instead of 4.8 (6:
    # 2.0 ms) for 43 bytes a row instead of 35 — the server's CPU is what 200 laptops
    # syncing at once wait for; the bytes stay far under the 250 a row the wire may cost.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=3)
    app.add_middleware(BodyLimitMiddleware)
    # Last, so its catch-all wraps every other middleware too: nothing escapes as a bare 500.
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(auth.router)
    app.include_router(sync.router)
    app.include_router(duplicates.router)
    app.include_router(reports.router)
    return app


def create_worker_app() -> FastAPI:
    """The app for a server worker process (``python -m server serve``, gunicorn).

    Start-up is over once the app is built: the modules, classes and schemas made so far live
    as long as the worker. Moved out of the collector's reach (``gc.freeze``), a full
    collection scans only what came after — before, each one walked the whole heap, 90-150 ms
    at a time, several times a minute under load. Not in ``create_app``: a process that builds
    apps again and again (the tests) would keep every earlier one's garbage."""
    app = create_app()
    gc.freeze()
    return app

"""Alembic environment for the server's schema (run by ``python -m server init-db``)."""

from __future__ import annotations

from alembic import context

from server.db import metadata


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("server migrations run on a connection given by server.db.upgrade")
    context.configure(connection=connection, target_metadata=metadata(), compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run()

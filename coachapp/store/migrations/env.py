"""Alembic environment for the local store: runs on the connection the store hands it."""

from __future__ import annotations

from alembic import context

from coachapp.store.migrate import include_object, target_metadata


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("the local store's migrations run only on a connection it provides")
    context.configure(
        connection=connection,
        target_metadata=target_metadata(),
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run()

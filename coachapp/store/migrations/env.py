"""Alembic environment for the local store: runs on the connection the store hands it."""

from __future__ import annotations

from typing import Any

from alembic import context

from coachapp.models import Base
from coachapp.store.outbox import LocalBase
from coachapp.store.search import TABLE as SEARCH_TABLE

target_metadata = [Base.metadata, LocalBase.metadata]


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The FTS5 search index and its shadow tables are made by hand in a revision.
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("the local store's migrations run only on a connection it provides")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run()

"""Sync tests use the server's database fixtures (SQLite, and PostgreSQL when CI has it)."""

from tests.server.conftest import server_db_url  # noqa: F401 - a fixture, used by name

"""The server's settings: one typed object from the environment and an optional TOML file.

Environment variables (``COACHAPP_SERVER_*``) win over the file named by
``COACHAPP_SERVER_CONFIG``; both win over the defaults. Nothing else reads the environment.
"""

from __future__ import annotations

import base64
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "COACHAPP_SERVER_"
#: ``Settings.db_connections`` unless set.
DEFAULT_DB_CONNECTIONS = 2


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


@dataclass(frozen=True)
class Settings:
    #: SQLAlchemy URL. PostgreSQL in production (postgresql+psycopg://…); SQLite embedded.
    database_url: str = "sqlite:///coachapp-server.db"
    #: Signs access tokens. Shared by every app server behind the load balancer.
    token_secret: str = ""
    #: 32 bytes, base64: encrypts escrowed laptop data keys at rest.
    master_key: str = ""
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    #: Failed logins allowed per account (and per client address) in the window before 429.
    login_failures_allowed: int = 5
    login_window_seconds: int = 900
    login_block_seconds: int = 300
    host: str = "127.0.0.1"
    port: int = 8700
    workers: int = 1
    #: Connections each server process keeps open to the database, and so the requests it
    #: works on at once (more wait their turn in the process). Few are faster: on two cores,
    #: 40 connections busy at once (4 workers x 10) cost PostgreSQL 35-60 % more CPU per push
    #: than 8 (docs/benchmarks.md). Workers x this: about two to four per database core.
    db_connections: int = DEFAULT_DB_CONNECTIONS
    log_dir: str | None = None
    #: Trust X-Forwarded-For from these proxy addresses (for per-address throttling).
    trusted_proxies: tuple[str, ...] = field(default_factory=tuple)

    def master_key_bytes(self) -> bytes:
        try:
            key = base64.b64decode(self.master_key, validate=True)
        except ValueError:
            key = b""
        if len(key) != 32:
            raise SettingsError(
                f"{ENV_PREFIX}MASTER_KEY must be 32 random bytes in base64 "
                "(make one with: python -m server generate-secrets)"
            )
        return key

    def check(self) -> Settings:
        """Refuse to run without the secrets the server cannot work safely without."""
        if len(self.token_secret) < 32:
            raise SettingsError(
                f"{ENV_PREFIX}TOKEN_SECRET must be at least 32 characters "
                "(make one with: python -m server generate-secrets)"
            )
        self.master_key_bytes()
        if not 1 <= self.access_token_minutes <= 120:
            raise SettingsError("access_token_minutes must be between 1 and 120")
        if not 1 <= self.refresh_token_days <= 365:
            raise SettingsError("refresh_token_days must be between 1 and 365")
        if not 1 <= self.db_connections <= 100:
            raise SettingsError("db_connections must be between 1 and 100")
        return self


def load_settings(
    environ: Mapping[str, str] | None = None, *, overrides: Mapping[str, Any] | None = None
) -> Settings:
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    config_path = env.get(f"{ENV_PREFIX}CONFIG")
    if config_path:
        values.update(_read_file(Path(config_path)))
    known = {f.name: f for f in fields(Settings)}
    for name in known:
        raw = env.get(ENV_PREFIX + name.upper())
        if raw is not None:
            values[name] = raw
    if overrides:
        values.update(overrides)
    return replace(Settings(), **{k: _coerce(k, v, known[k].type) for k, v in values.items()})


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path} is not valid TOML: {exc}") from None
    section = data.get("server", data)
    if not isinstance(section, dict):
        raise SettingsError(f"{path}: [server] must be a table")
    unknown = set(section) - {f.name for f in fields(Settings)}
    if unknown:
        raise SettingsError(f"{path}: unknown setting(s): {', '.join(sorted(unknown))}")
    return dict(section)


def _coerce(name: str, value: Any, annotation: Any) -> Any:
    kind = str(annotation)
    try:
        if kind == "int":
            if isinstance(value, bool):
                raise ValueError
            return int(value)
        if kind.startswith("tuple"):
            if isinstance(value, str):
                return tuple(v.strip() for v in value.split(",") if v.strip())
            return tuple(str(v) for v in value)
        if value is None:
            return None
        return str(value)
    except (TypeError, ValueError):
        raise SettingsError(f"setting {name} has a bad value") from None

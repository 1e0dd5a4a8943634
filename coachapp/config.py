"""Layered settings: built-in defaults < the administrator's machine-wide file < the coach's own.

The installer writes the machine-wide file (``/etc/coachapp/config.toml`` on Linux); an
administrator can list keys in ``locked = [...]`` that coaches may not change. A file that
cannot be read never stops the app: it starts on safe defaults and says which line is wrong.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from coachapp.atomic import write_atomic

#: Only this module reads the environment: tests and packagers point at another machine file.
MACHINE_CONFIG_ENV = "COACHAPP_MACHINE_CONFIG"

LANGUAGES = {"en": "English", "es": "Español"}
USER_KEYS = ("language", "auto_lock_minutes", "sync_interval_minutes", "server_url")
MAX_AUTO_LOCK_MINUTES = 60
MAX_SYNC_INTERVAL_MINUTES = 24 * 60


@dataclass(frozen=True)
class Settings:
    """What the app runs with. ``locked`` keys come from the administrator and win."""

    server_url: str | None = None
    ca_bundle: str | None = None
    org: str | None = None
    auto_lock_minutes: int = 5
    #: 0 turns automatic sync off (the coach syncs with the button).
    sync_interval_minutes: int = 30
    language: str = "en"
    locked: frozenset[str] = frozenset()
    #: What was wrong with the files read, one readable line each.
    problems: tuple[str, ...] = ()

    def is_locked(self, key: str) -> bool:
        return key in self.locked


@dataclass
class _Layer:
    values: dict[str, Any] = field(default_factory=dict)
    locked: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def machine_config_path() -> Path:
    """Where the installer writes the machine-wide file on this platform."""
    override = os.environ.get(MACHINE_CONFIG_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "CoachApp" / "config.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/CoachApp/config.toml")
    return Path("/etc/coachapp/config.toml")


def user_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("CoachApp", appauthor=False)) / "settings.toml"


def load_settings(*, machine_path: Path | None = None, user_path: Path | None = None) -> Settings:
    """Defaults, then the machine file, then the coach's choices for keys not locked."""
    machine = _read_layer(machine_path or machine_config_path(), who="administrator's", admin=True)
    user = _read_layer(user_path or user_config_path(), who="your", admin=False)
    values: dict[str, Any] = {}
    # An unreadable file leaves the safe defaults (auto-lock on, no server) until it is
    # fixed; a single bad value is skipped and the rest of the file is used.
    values.update(machine.values)
    for key, value in user.values.items():
        if key in USER_KEYS and key not in machine.locked:
            values[key] = value
    return Settings(
        **values,
        locked=frozenset(machine.locked),
        problems=tuple(machine.problems + user.problems),
    )


def save_user_choice(
    key: str, value: str | int, *, settings: Settings, path: Path | None = None
) -> Settings:
    """Remember one of the coach's choices; refused for keys the administrator locked."""
    if key not in USER_KEYS:
        raise ValueError(f"{key} is not a setting a coach can change")
    if settings.is_locked(key):
        raise PermissionError(f"Your administrator has set {key.replace('_', ' ')}.")
    clean, problem = _check(key, value)
    if problem:
        raise ValueError(problem)
    target = path or user_config_path()
    current = _read_layer(target, who="your", admin=False).values
    current[key] = clean
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, _dump(current).encode("utf-8"))
    return replace(settings, **{key: clean})


def check_setting(key: str, value: object) -> tuple[Any, str | None]:
    """``(clean value, None)`` or ``(None, what is wrong)``: the rule the file reader applies.

    The installers' writer of the machine-wide file (``coachapp.machine_settings``) uses it
    so a value is refused at install time for the same reason it would be skipped at start.
    """
    return _check(key, value)


def _read_layer(path: Path, *, who: str, admin: bool) -> _Layer:
    layer = _Layer()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return layer
    except (OSError, UnicodeDecodeError) as exc:
        layer.problems.append(
            f"The {who} settings file {path} cannot be read ({type(exc).__name__})."
        )
        return layer
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"line (\d+)", str(exc))
        line = f" on line {where.group(1)}" if where else ""
        layer.problems.append(f"The {who} settings file {path} is not valid{line}: {_reason(exc)}.")
        return layer
    allowed = set(Settings.__dataclass_fields__) - {"problems", "locked"}
    for key, value in raw.items():
        if key == "locked" and admin:
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                layer.locked = {v for v in value if v in allowed}
            else:
                layer.problems.append(
                    f"The {who} settings file {path}, line {_line_of(text, key)}: "
                    "locked must be a list of setting names."
                )
            continue
        if key not in allowed:
            layer.problems.append(
                f"The {who} settings file {path}, line {_line_of(text, key)}: "
                f"unknown setting {key!r} (ignored)."
            )
            continue
        clean, problem = _check(key, value)
        if problem:
            layer.problems.append(
                f"The {who} settings file {path}, line {_line_of(text, key)}: {problem}"
            )
        else:
            layer.values[key] = clean
    return layer


def _check(key: str, value: object) -> tuple[Any, str | None]:
    if key in ("auto_lock_minutes", "sync_interval_minutes"):
        limit = MAX_AUTO_LOCK_MINUTES if key == "auto_lock_minutes" else MAX_SYNC_INTERVAL_MINUTES
        low = 1 if key == "auto_lock_minutes" else 0
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= limit:
            return None, f"{key} must be a whole number from {low} to {limit}."
        return value, None
    if key == "language":
        if value not in LANGUAGES:
            return None, "language must be one of " + ", ".join(sorted(LANGUAGES)) + "."
        return value, None
    if not isinstance(value, str) or not value.strip():
        return None, f"{key} must be text."
    value = value.strip()
    if key == "server_url" and not re.match(r"^https?://[^\s/]+", value):
        return None, "server_url must start with https:// (or http:// for this computer only)."
    return value, None


def _line_of(text: str, key: str) -> int:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return 1


def _reason(exc: tomllib.TOMLDecodeError) -> str:
    return re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)).rstrip(".")


def _dump(values: Mapping[str, Any]) -> str:
    lines = ["# CoachApp: your own settings (the app writes this file)."]
    for key in sorted(values):
        value = values[key]
        if isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{key} = "{escaped}"')
    return "\n".join(lines) + "\n"

"""Write the administrator's machine-wide settings file, as the installers do.

The Linux package's postinst and the Windows installer run ``coachapp --write-machine-config``
with the values an administrator preset; this sets those keys and keeps every other line
(comments and the administrator's own edits) as it was. Values are checked by the same rules
``coachapp.config`` applies when it reads the file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coachapp.atomic import write_atomic
from coachapp.config import check_setting
from coachapp.resources import resources_dir

#: Every key the machine-wide file may hold, in the order the template lists them.
KEYS = (
    "server_url",
    "ca_bundle",
    "org",
    "auto_lock_minutes",
    "sync_interval_minutes",
    "language",
    "locked",
)
_INT_KEYS = ("auto_lock_minutes", "sync_interval_minutes")
_HEADER = "# CoachApp: machine-wide settings (docs/admin.md lists every key).\n"


def template_path() -> Path:
    """The commented template: ``installer/`` in the repository and inside the bundle."""
    return resources_dir().parent / "installer" / "config.toml.template"


def parse_assignments(assignments: list[str]) -> dict[str, Any]:
    """``["server_url=https://…", "locked=server_url,org"]`` → checked values.

    An empty value means "not given" (an installer property left blank) and is skipped.
    Raises ``ValueError`` naming the key and what is wrong.
    """
    values: dict[str, Any] = {}
    for item in assignments:
        key, sep, raw = item.partition("=")
        key, raw = key.strip(), raw.strip()
        if not sep or key not in KEYS:
            raise ValueError(f"{item!r}: expected KEY=VALUE with KEY one of {', '.join(KEYS)}.")
        if not raw:
            continue
        values[key] = _clean(key, raw)
    return values


def _clean(key: str, raw: str) -> Any:
    if any(ord(ch) < 32 for ch in raw):
        raise ValueError(f"{key}: the value holds a control character.")
    if key == "locked":
        names = [name.strip() for name in raw.split(",") if name.strip()]
        unknown = [name for name in names if name not in KEYS or name == "locked"]
        if unknown:
            raise ValueError(f"locked: {', '.join(unknown)} is not a setting.")
        return names
    value: object = raw
    if key in _INT_KEYS:
        try:
            value = int(raw)
        except ValueError:
            raise ValueError(f"{key} must be a whole number.") from None
    clean, problem = check_setting(key, value)
    if problem:
        raise ValueError(problem)
    return clean


def write_machine_settings(
    path: Path, values: Mapping[str, Any], *, template: Path | None = None
) -> None:
    """Set ``values`` in the file at ``path``; create it from the template when missing.

    Lines for other keys, comments and blank lines are kept byte for byte. A key already
    set is replaced in place; a key only present as a commented example (``# key = …``) is
    set on that line; any other key is added at the end. The result is checked to read back
    as the same values before it replaces the old file (atomically, mode 0644: the file holds
    no secret and every coach's app must read it).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        source = template or template_path()
        try:
            text = source.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = _HEADER
    for key in KEYS:
        if key in values:
            text = _set_line(text, key, _render(values[key]))
    raw = tomllib.loads(text)
    for key, value in values.items():
        if raw.get(key) != value:  # pragma: no cover - a bug here must not ship a wrong file
            raise RuntimeError(f"{key} did not read back as written")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"), mode=0o644)


def _set_line(text: str, key: str, rendered: str) -> str:
    lines = text.splitlines(keepends=True)
    line = f"{key} = {rendered}\n"
    active = re.compile(rf"^\s*{re.escape(key)}\s*=")
    example = re.compile(rf"^#\s?{re.escape(key)}\s*=")
    for index, current in enumerate(lines):
        if active.match(current):
            end = index + 1
            # A multi-line array (locked = [ … ]) ends at its closing bracket.
            value = current.split("=", 1)[1].split("#", 1)[0]
            if "[" in value and "]" not in value:
                while end < len(lines):
                    closing = "]" in lines[end].split("#", 1)[0]
                    end += 1
                    if closing:
                        break
            lines[index:end] = [line]
            return "".join(lines)
    for index, current in enumerate(lines):
        if example.match(current):
            lines[index] = line
            return "".join(lines)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return "".join(lines) + line


def _render(value: Any) -> str:
    if isinstance(value, bool):  # pragma: no cover - no boolean settings yet
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_string(str(item)) for item in value) + "]"
    return _string(str(value))


def _string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

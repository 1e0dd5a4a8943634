"""Layered settings: what the administrator sets wins where locked; a bad file never stops
the app — it starts on safe defaults and says which line is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachapp.config import Settings, load_settings, save_user_choice


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_nothing_written_anywhere_gives_the_safe_defaults(tmp_path: Path) -> None:
    settings = load_settings(machine_path=tmp_path / "none.toml", user_path=tmp_path / "u.toml")
    assert settings == Settings()
    assert settings.auto_lock_minutes == 5
    assert settings.server_url is None


def test_the_administrators_file_presets_the_server_and_locks_what_coaches_may_not_change(
    tmp_path: Path,
) -> None:
    machine = write(
        tmp_path / "config.toml",
        'server_url = "https://sync.example.org"\norg = "OH-HPOG"\nauto_lock_minutes = 3\n'
        'locked = ["server_url", "auto_lock_minutes"]\n',
    )
    user = write(tmp_path / "user.toml", 'auto_lock_minutes = 30\nlanguage = "es"\n')
    settings = load_settings(machine_path=machine, user_path=user)
    assert settings.server_url == "https://sync.example.org"
    assert settings.auto_lock_minutes == 3  # locked: the coach's 30 is ignored
    assert settings.language == "es"  # not locked: the coach's choice stands
    assert settings.is_locked("server_url")
    with pytest.raises(PermissionError, match="administrator"):
        save_user_choice("auto_lock_minutes", 20, settings=settings, path=user)


def test_a_malformed_machine_file_names_its_line_and_falls_back_to_no_server(
    tmp_path: Path,
) -> None:
    machine = write(
        tmp_path / "config.toml",
        'server_url = "https://sync.example.org"\norg = "OH-HPOG\nauto_lock_minutes = 3\n',
    )
    settings = load_settings(machine_path=machine, user_path=tmp_path / "u.toml")
    assert settings.server_url is None
    assert settings.auto_lock_minutes == 5
    assert len(settings.problems) == 1
    assert "line 2" in settings.problems[0]
    assert str(machine) in settings.problems[0]


def test_a_bad_value_is_ignored_with_a_message_naming_key_and_line(tmp_path: Path) -> None:
    machine = write(
        tmp_path / "config.toml",
        'server_url = "https://sync.example.org"\n\nauto_lock_minutes = "soon"\ncolour = "red"\n',
    )
    settings = load_settings(machine_path=machine, user_path=tmp_path / "u.toml")
    assert settings.auto_lock_minutes == 5
    assert settings.server_url == "https://sync.example.org"  # the good lines still count
    assert any("line 3" in p and "auto_lock_minutes" in p for p in settings.problems)
    assert any("line 4" in p and "colour" in p for p in settings.problems)


def test_a_coachs_choice_is_saved_and_read_back(tmp_path: Path) -> None:
    user = tmp_path / "deep" / "settings.toml"
    settings = load_settings(machine_path=tmp_path / "none.toml", user_path=user)
    changed = save_user_choice("auto_lock_minutes", 10, settings=settings, path=user)
    assert changed.auto_lock_minutes == 10
    again = load_settings(machine_path=tmp_path / "none.toml", user_path=user)
    assert again.auto_lock_minutes == 10
    with pytest.raises(ValueError, match="from 1 to 60"):
        save_user_choice("auto_lock_minutes", 0, settings=again, path=user)

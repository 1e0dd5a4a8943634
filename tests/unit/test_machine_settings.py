"""The installers' writer of the machine-wide settings: presets land, edits survive."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest

from coachapp.config import Settings, load_settings
from coachapp.machine_settings import KEYS, parse_assignments, template_path, write_machine_settings
from ui.__main__ import main


def test_every_setting_an_administrator_can_set_is_in_the_template_and_the_writer() -> None:
    settable = set(Settings.__dataclass_fields__) - {"problems"}
    assert set(KEYS) == settable
    template = template_path().read_text(encoding="utf-8")
    for key in KEYS:
        assert f"\n# {key} = " in template, f"{key} has no commented example in the template"
    # The template as shipped changes nothing: every value is commented out.
    assert tomllib.loads(template) == {}


def test_silent_install_writes_the_preset_into_the_commented_template(tmp_path: Path) -> None:
    conf = tmp_path / "etc" / "coachapp" / "config.toml"
    code = main(
        [
            "--write-machine-config",
            str(conf),
            "--set",
            "server_url=https://coachapp.example.org",
            "--set",
            "org=hpog-county",
            "--set",
            "locked=server_url,org",
            "--set",
            "ca_bundle=",  # an installer property left blank changes nothing
        ]
    )
    assert code == 0
    text = conf.read_text(encoding="utf-8")
    assert 'server_url = "https://coachapp.example.org"\n' in text
    assert "# Minutes without keyboard or mouse" in text  # the explanations stay
    assert stat.S_IMODE(conf.stat().st_mode) == 0o644
    settings = load_settings(machine_path=conf, user_path=tmp_path / "none.toml")
    assert settings.server_url == "https://coachapp.example.org"
    assert settings.org == "hpog-county"
    assert settings.ca_bundle is None
    assert settings.locked == {"server_url", "org"}
    assert settings.problems == ()


def test_an_upgrade_with_a_new_preset_keeps_the_administrators_own_edits(
    tmp_path: Path,
) -> None:
    conf = tmp_path / "config.toml"
    write_machine_settings(conf, parse_assignments(["server_url=https://old.example.org"]))
    edited = conf.read_text(encoding="utf-8").replace(
        "# auto_lock_minutes = 5", "auto_lock_minutes = 2  # our policy"
    )
    edited += 'locked = [\n  "auto_lock_minutes",\n]\n'
    conf.write_text(edited, encoding="utf-8")

    write_machine_settings(
        conf,
        parse_assignments(["server_url=https://new.example.org", "locked=auto_lock_minutes,org"]),
    )

    settings = load_settings(machine_path=conf, user_path=tmp_path / "none.toml")
    assert settings.server_url == "https://new.example.org"
    assert settings.auto_lock_minutes == 2
    assert settings.locked == {"auto_lock_minutes", "org"}
    assert "auto_lock_minutes = 2  # our policy\n" in conf.read_text(encoding="utf-8")
    assert conf.read_text(encoding="utf-8").count("server_url = ") == 1


def test_nothing_preset_and_no_file_yet_gives_the_commented_template(tmp_path: Path) -> None:
    conf = tmp_path / "config.toml"
    write_machine_settings(conf, {})
    assert conf.read_text(encoding="utf-8") == template_path().read_text(encoding="utf-8")
    write_machine_settings(conf, {})  # a reinstall with nothing preset changes nothing
    assert conf.read_text(encoding="utf-8") == template_path().read_text(encoding="utf-8")


def test_windows_paths_and_quotes_are_written_so_they_read_back_the_same(tmp_path: Path) -> None:
    conf = tmp_path / "config.toml"
    path = r'C:\ProgramData\CoachApp\agency "root" CA.pem'
    write_machine_settings(conf, parse_assignments([f"ca_bundle={path}"]))
    assert load_settings(machine_path=conf, user_path=tmp_path / "u.toml").ca_bundle == path


@pytest.mark.parametrize(
    ("assignment", "reason"),
    [
        ("server_url=ftp://files.example.org", "must start with https://"),
        ("auto_lock_minutes=0", "from 1 to 60"),
        ("auto_lock_minutes=five", "whole number"),
        ("language=fr", "language must be one of"),
        ("locked=server_url,colour", "colour is not a setting"),
        ("colour=blue", "KEY one of"),
        ("org=line\nbreak", "control character"),
    ],
)
def test_a_bad_preset_is_refused_with_its_reason_and_nothing_is_written(
    tmp_path: Path, assignment: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    conf = tmp_path / "config.toml"
    conf.write_text('org = "kept"\n', encoding="utf-8")
    assert main(["--write-machine-config", str(conf), "--set", assignment]) == 2
    assert reason in capsys.readouterr().err
    assert conf.read_text(encoding="utf-8") == 'org = "kept"\n'

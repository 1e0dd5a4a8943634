"""Passphrase policy (NIST SP 800-63B): what a coach is told when choosing a password."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from coachapp.errors import ValidationError, WeakPassphrase
from coachapp.resources import resources_dir
from coachapp.store.passphrase import check_passphrase, common_passwords, normalise_passphrase


def test_nine_characters_are_refused_with_a_reason_the_coach_can_act_on() -> None:
    with pytest.raises(WeakPassphrase) as caught:
        check_passphrase("tangerine")  # 9 characters
    assert "at least 10 characters" in str(caught.value)
    assert caught.value.fields == {"passphrase": str(caught.value)}


def test_ten_characters_without_digits_or_symbols_are_accepted() -> None:
    check_passphrase("tangerines")  # no composition rules


def test_a_64_character_passphrase_is_accepted() -> None:
    long_one = "correct horse battery staple " * 2 + "lamp!!"
    assert len(long_one) == 64
    check_passphrase(long_one)


def test_a_256_character_passphrase_is_accepted_but_257_is_refused() -> None:
    check_passphrase("ab" * 128)
    with pytest.raises(WeakPassphrase, match="at most 256"):
        check_passphrase("ab" * 128 + "c")


@pytest.mark.parametrize("common", ["password123", "1234567890", "qwertyuiop", "iloveyou123"])
def test_common_password_is_refused(common: str) -> None:
    with pytest.raises(WeakPassphrase, match="commonly used"):
        check_passphrase(common)


def test_common_password_is_refused_whatever_its_capitals() -> None:
    with pytest.raises(WeakPassphrase, match="commonly used"):
        check_passphrase("PassWord1234")


def test_password_equal_to_username_is_refused() -> None:
    with pytest.raises(WeakPassphrase, match="username"):
        check_passphrase("Maria.Lopez.77", username="maria.lopez.77")


def test_password_that_merely_contains_the_username_is_accepted() -> None:
    check_passphrase("maria.lopez.77 likes tea", username="maria.lopez.77")


def test_one_character_repeated_is_refused() -> None:
    with pytest.raises(WeakPassphrase, match="repeated"):
        check_passphrase("zzzzzzzzzzzz")


def test_spaces_and_emoji_are_allowed() -> None:
    check_passphrase("tea at 4 🫖 with mum")


def test_length_counts_characters_not_bytes_after_normalising() -> None:
    # "é" typed as e + combining accent is one character once normalised (NFC).
    decomposed = "cafe\u0301" * 2 + "x"  # 11 code points raw, 9 after NFC
    assert len(normalise_passphrase(decomposed)) == 9
    with pytest.raises(WeakPassphrase, match="at least 10"):
        check_passphrase(decomposed)
    check_passphrase("日本語のパスワードです")  # 11 characters, 33 UTF-8 bytes


def test_normalised_forms_are_identical_so_either_keyboard_unlocks() -> None:
    composed = unicodedata.normalize("NFC", "Crème brûlée!")
    decomposed = unicodedata.normalize("NFD", "Crème brûlée!")
    assert composed != decomposed
    assert normalise_passphrase(composed) == normalise_passphrase(decomposed)


def test_weak_passphrase_is_a_validation_error_the_ui_can_highlight() -> None:
    with pytest.raises(ValidationError) as caught:
        check_passphrase("short")
    assert set(caught.value.fields) == {"passphrase"}


def test_bundled_list_is_loaded_from_resources_and_has_hundreds_of_entries() -> None:
    listed = common_passwords()
    assert 300 <= len(listed) <= 2000
    assert "password1234" in listed
    text = (resources_dir() / "common-passwords.txt").read_text(encoding="utf-8")
    assert text == text.lower()


def test_resources_are_found_inside_a_frozen_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_resources_are_found_in_the_repository_when_not_frozen() -> None:
    assert (resources_dir() / "common-passwords.txt").is_file()

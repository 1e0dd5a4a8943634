"""In Spanish: the translation is loaded the way the app loads it at start, and the lock screen,
the sign-in screen, the navigation and the intake wizard speak Spanish."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from coachapp.config import Settings
from coachapp.store.profile import DataFolder
from tests.ui.conftest import open_window, sign_in
from tests.ui.test_intake import shot
from ui.dialogs.intake import IntakeWizard
from ui.launch import install_translation, make_app, translations_dir
from ui.screens.lock import LockScreen
from ui.screens.signin import SignInScreen


def built_qm(language: str) -> Path:
    """The compiled translation, built here when ``make translations`` has not run yet."""
    source = translations_dir() / f"coachapp_{language}.ts"
    compiled = source.with_suffix(".qm")
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run(
            [str(lrelease), "-nounfinished", "-silent", str(source), "-qm", str(compiled)],
            check=True,
        )
    return compiled


@pytest.fixture
def spanish() -> Iterator[None]:
    built_qm("es")
    app = make_app()
    locale = QLocale()
    translator = install_translation(app, "es")
    assert translator is not None, "coachapp_es.qm did not load"
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_a_spanish_speaking_coach_signs_in_sees_hoy_and_unlocks_with_desbloquear(
    qtbot: QtBot, spanish: None, tmp_path: Path, settings: Settings
) -> None:
    window = open_window(qtbot, DataFolder(tmp_path / "laptop"), settings)
    signin = window.stack.currentWidget()
    assert isinstance(signin, SignInScreen)
    assert signin.button.text() == "&Iniciar sesión"

    workspace = sign_in(qtbot, window)
    labels = [workspace.nav.item(i).text().split("\t")[0] for i in range(workspace.nav.count())]
    assert labels[:3] == ["Hoy", "Participantes", "Referidos"]
    assert "Configuración" in labels

    qtbot.keyClick(workspace, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.findChild(IntakeWizard) is not None)
    wizard = workspace.findChild(IntakeWizard)
    assert wizard.windowTitle() == "Nuevo participante"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Siguiente >"
    assert wizard.person.title() == "La persona"
    qtbot.waitUntil(lambda: wizard.ready, timeout=10_000)
    shot(wizard, "intake_es_person")
    wizard.household.add_member()
    wizard.next()
    shot(wizard, "intake_es_family")
    wizard.close()

    # (Locking while the first sync is still running is the sync's own story; wait for it.)
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    window.lock()
    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    assert lock.button.text() == "&Desbloquear"
    assert lock.forgot.text() == "¿&Olvidó su contraseña?"
    shot(window, "lock_es")
    window.close()


def test_without_the_translation_the_app_speaks_english(qtbot: QtBot) -> None:
    make_app()
    assert QApplication.translate("Navigation", "Today") == "Today"
    assert QApplication.translate("LockScreen", "&Unlock") == "&Unlock"

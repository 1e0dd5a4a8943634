"""In Spanish, and in English with its plurals: the translations are loaded the way the app
loads them at start; the Spanish file is complete for the screens the program promised in
Spanish; a coach who switches to Spanish sees Today and the participant header in Spanish;
English counts read "1 change", "3 changes", never "change(s)"."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from coachapp.config import Settings, load_settings
from coachapp.services import barriers, participants
from coachapp.store.profile import DataFolder
from tests.server.live import PASSWORD
from tests.ui.conftest import built_qm, open_window, sign_in
from tests.ui.people import add_person
from tests.ui.test_intake import shot
from tests.ui.test_participant_page import family_through_intake, open_page
from ui.changes import changes
from ui.dialogs.intake import IntakeWizard
from ui.launch import install_translation, make_app, translations_dir
from ui.pages.settings import SettingsPage
from ui.pages.today import TodayPage
from ui.screens.lock import LockScreen
from ui.screens.signin import SignInScreen
from ui.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

#: The screens the program promised in Spanish first (issue 5, item 12): the lock screen,
#: the navigation, the intake wizard and the participant header (with the words it shows).
PROMISED_IN_SPANISH = (
    "ui/screens/lock.py",
    "ui/pages/registry.py",
    "ui/workspace.py",
    "ui/widgets/status_row.py",
    "ui/widgets/search_box.py",
    "ui/dialogs/intake.py",
    "ui/dialogs/intake_*.py",
    "ui/dialogs/possible_duplicate.py",
    "ui/widgets/date_field.py",
    "ui/pages/participant_header.py",
    "ui/pages/participant.py",
    "ui/widgets/person_words.py",
    "ui/widgets/casework_words.py",
)


@pytest.fixture
def spanish() -> Iterator[None]:
    built_qm("es")
    app = make_app()
    locale = QLocale()
    installed = install_translation(app, "es")
    assert installed, "coachapp_es.qm did not load"
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)


def as_the_code_stands(language: str, tmp_path: Path, *, plurals_only: bool = False) -> ET.Element:
    """The committed .ts brought up to date with the code (lupdate on a copy): a string used
    in the code but missing from the file, changed in the code, or kept only as obsolete, comes
    out unfinished here."""
    copy = tmp_path / f"coachapp_{language}.ts"
    shutil.copy(translations_dir() / f"coachapp_{language}.ts", copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    only = ["-pluralonly"] if plurals_only else []
    command = [str(lupdate), "-extensions", "py", "-locations", "absolute", "-silent", *only]
    subprocess.run(
        [*command, "ui", "-ts", str(copy)],
        cwd=ROOT,
        check=True,
    )
    return ET.parse(copy).getroot()


def untranslated(root: ET.Element, files: tuple[str, ...] | None, *, ts_folder: Path) -> list[str]:
    """Messages used in ``files`` (all when None) that would show in English.

    lupdate writes each location relative to the .ts file's own folder, so that is where a
    location is resolved from (not the working directory)."""
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            used_in = {
                (ts_folder / loc.get("filename", ""))
                .resolve()
                .relative_to(ROOT.resolve())
                .as_posix()
                for loc in message.iter("location")
                if loc.get("filename")
            }
            if not used_in:
                continue  # obsolete and not used anywhere: harmless
            if files is not None and not any(fnmatch(f, p) for f in used_in for p in files):
                continue
            translation = message.find("translation")
            assert translation is not None
            texts = [translation.text or ""] + [
                f.text or "" for f in translation.iter("numerusform")
            ]
            if translation.get("type") or not any(t.strip() for t in texts):
                found.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return found


def test_the_spanish_file_is_finished_for_the_lock_screen_navigation_intake_and_header(
    tmp_path: Path,
) -> None:
    root = as_the_code_stands("es", tmp_path)
    assert untranslated(root, PROMISED_IN_SPANISH, ts_folder=tmp_path) == []


def test_every_english_plural_has_its_one_and_many_forms(tmp_path: Path) -> None:
    root = as_the_code_stands("en", tmp_path, plurals_only=True)
    assert untranslated(root, None, ts_folder=tmp_path) == []
    for form in root.iter("numerusform"):
        assert "(s)" not in (form.text or ""), form.text


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


def test_a_coach_who_switches_to_spanish_sees_today_and_the_participant_header_in_spanish(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    from tests.conftest import FAST_KDF, TODAY
    from ui.launch import build_window

    # In English: Settings → Language → Español, saved for the next start.
    make_app()
    folder = DataFolder(tmp_path / "laptop")
    user_file = tmp_path / "user-settings.toml"
    window = build_window(
        folder=folder, settings=settings, kdf=FAST_KDF, today=TODAY, user_settings=user_file
    )
    qtbot.addWidget(window)
    window.show()
    workspace = sign_in(qtbot, window)
    pid = family_through_intake(workspace)
    qtbot.keyClick(workspace, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = workspace.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    page.language.setCurrentIndex(page.language.findData("es"))
    qtbot.waitUntil(lambda: page.saved.text() == "Saved.", timeout=5_000)
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    window.close()

    # The next start reads the choice and loads Spanish before any window is built.
    chosen = load_settings(machine_path=tmp_path / "none.toml", user_path=user_file)
    assert chosen.language == "es"
    app = make_app()
    locale = QLocale()
    installed = install_translation(app, chosen.language)
    try:
        window = build_window(
            folder=folder,
            settings=replace(settings, language=chosen.language),
            kdf=FAST_KDF,
            today=TODAY,
            user_settings=user_file,
        )
        qtbot.addWidget(window)
        window.show()
        lock = window.stack.currentWidget()
        assert isinstance(lock, LockScreen)
        qtbot.keyClicks(lock.password, PASSWORD)
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
        workspace = window.workspace
        assert isinstance(workspace, Workspace)

        today = workspace.stack.currentWidget()
        assert isinstance(today, TodayPage)
        qtbot.waitUntil(lambda: today.loaded_once, timeout=10_000)
        assert today.heading.text() == "Hoy: lunes, 16 de marzo de 2026"
        assert today.summary.text().startswith("Tareas vencidas: 0 · Vencen hoy: 0")
        assert today.how.text().startswith("Haga clic en una tarea")
        shot(window, "today_es")

        header = open_page(qtbot, workspace, pid).header
        assert header.name.text() == "Mari Ortiz"
        assert header.also.text() == "Nombre legal Maria Ortiz · prefiere Mari"
        assert header.status.text() == "Solicitante desde 03/16/2026"
        assert header.tanf.text() == "N.º de caso de TANF: TC-4411"
        assert header.ivd.text() == "N.º de caso de manutención (IV-D): CS-88123"
        assert header.coach.text().startswith("Coach: ")
        assert header.consent.text().startswith("Consentimiento vigente con: ")
        assert header.status_button.text() == "Cambiar &estado…"
        assert header.sync_state.text() in (
            "✓ Todo lo de este participante está sincronizado.",
            "● Cambios sin sincronizar: se enviarán al servidor en la próxima sincronización (F5).",
        )
        page = workspace.stack.currentWidget()
        titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        assert titles[:3] == ["Perfil", "Hogar", "Elegibilidad"]
        assert "Cursos y empleos" in titles
        shot(window, "participant_es")
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_the_status_row_says_1_change_and_3_changes_waiting_to_sync(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    pid = add_person(store, "Rosa", "Delgado")
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=60_000)
    with qtbot.waitSignal(workspace.sync.finished, timeout=60_000):
        workspace.sync.sync_now()
    pending = workspace.status.pending
    qtbot.waitUntil(lambda: pending.text() == "Everything is synced", timeout=10_000)

    barriers.open_restricted(store, pid)  # one record waits: the audit of the opening
    workspace.ctx.bus.announce(changes("outbox", participant_ids=[pid]))
    qtbot.waitUntil(lambda: pending.text() == "1 change waiting to sync", timeout=10_000)

    participants.update_participant(store, pid, changes={"phone": "614-555-0101"})
    workspace.ctx.bus.announce(changes("participant", ids=[pid], participant_ids=[pid]))
    # The person and the audit of the change join the waiting one.
    qtbot.waitUntil(lambda: pending.text() == "3 changes waiting to sync", timeout=10_000)


def test_without_the_translation_the_app_speaks_english(qtbot: QtBot) -> None:
    make_app()
    assert QApplication.translate("Navigation", "Today") == "Today"
    assert QApplication.translate("LockScreen", "&Unlock") == "&Unlock"
    assert QApplication.translate("StatusRow", "%n change(s) waiting to sync", None, 1) == (
        "1 change waiting to sync"
    )

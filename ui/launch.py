"""Start the Qt application: settings, logs, translations, style, and the window."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from coachapp import logs
from coachapp.config import Settings, load_settings
from coachapp.resources import resources_dir
from coachapp.store.profile import DataFolder
from coachapp.store.vault import KdfParams
from ui.app import MainWindow, Options, data_folder_default
from ui.errors import install_excepthook
from ui.style import STYLE_SHEET

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Load ``coachapp_<language>.qm`` when the language is not English."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(translations_dir() / f"coachapp_{language}.qm")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        return translator
    log.warning("no translation for language=%s", language)
    return None


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("CoachApp")
    app.setOrganizationName("CoachApp")
    app.setStyleSheet(STYLE_SHEET)
    font = app.font()
    if font.pointSize() < 10:
        font = QFont(font.family(), 10)
        app.setFont(font)
    return app


def build_window(
    *,
    folder: DataFolder,
    settings: Settings,
    kdf: KdfParams | None = None,
    today: date | None = None,
) -> MainWindow:
    return MainWindow(Options(folder=folder, settings=settings, kdf=kdf, today=today))


def launch(*, data_dir: Path | None, user_settings: Path | None, today: date | None = None) -> int:
    folder = DataFolder(data_dir or data_folder_default())
    settings = load_settings(user_path=user_settings)
    try:
        logs.configure(folder.logs_path)
    except OSError as exc:
        print(f"CoachApp cannot write to its data folder {folder.path}: {exc.strerror}.")
        return 1
    app = make_app()
    install_translation(app, settings.language)
    install_excepthook()
    window = build_window(folder=folder, settings=settings, today=today)
    window.show()
    return app.exec()

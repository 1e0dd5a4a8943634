"""Start the Qt application: settings, logs, translations, style, and the window."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
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


def _load(app: QApplication, path: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(str(path)):
        app.installTranslator(translator)
        return translator
    translator.deleteLater()
    return None


def install_english_plurals(app: QApplication) -> None:
    """English is the source language, but its plural forms live in ``coachapp_en.qm``:
    without it "%n change(s)" reads "1 change(s)". Installed once per process, first, so any
    other language installed later is searched before it."""
    if app.property("coachappEnglishPlurals"):
        return
    if _load(app, translations_dir() / "coachapp_en.qm") is None:
        log.warning("no English plural forms (coachapp_en.qm); run `make translations`")
        return
    app.setProperty("coachappEnglishPlurals", True)


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """The English plural forms always, and for another language ``coachapp_<language>.qm``
    (with Qt's own ``qtbase_<language>.qm`` for standard buttons) on top of them.

    Returns the translators installed for the language, so they can be removed again."""
    install_english_plurals(app)
    if language == "en":
        return []
    ours = _load(app, translations_dir() / f"coachapp_{language}.qm")
    if ours is None:
        log.warning("no translation for language=%s", language)
        return []
    installed = [ours]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_own = _load(app, qt_dir / f"qtbase_{language}.qm")
    if qt_own is not None:
        # Installed last so it is searched first; it only knows Qt's own contexts.
        installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return installed


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("CoachApp")
    app.setOrganizationName("CoachApp")
    # Wayland's app id and X11's window class: ties the window to coachapp.desktop and its icon.
    app.setDesktopFileName("coachapp")
    app.setStyleSheet(STYLE_SHEET)
    icon = resources_dir() / "icons" / "coachapp.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    font = app.font()
    if font.pointSize() < 10:
        font = QFont(font.family(), 10)
        app.setFont(font)
    install_english_plurals(app)
    return app


def build_window(
    *,
    folder: DataFolder,
    settings: Settings,
    kdf: KdfParams | None = None,
    today: date | None = None,
    user_settings: Path | None = None,
) -> MainWindow:
    return MainWindow(
        Options(folder=folder, settings=settings, kdf=kdf, today=today, user_settings=user_settings)
    )


def launch(
    *,
    data_dir: Path | None,
    user_settings: Path | None,
    today: date | None = None,
    quit_after_start: bool = False,
) -> int:
    """Open the window; ``quit_after_start`` (start-up timing) quits once it has been shown."""
    folder = DataFolder(data_dir or data_folder_default())
    settings = load_settings(user_path=user_settings)
    try:
        logs.configure(folder.logs_path)
    except OSError as exc:
        # A read-only data folder: the window opens anyway and says so on its first screen
        # (a message on a terminal the coach never sees would leave them with nothing).
        print(f"CoachApp cannot write to its data folder {folder.path}: {exc.strerror}.")
        logs.configure(None)
    app = make_app()
    install_translation(app, settings.language)
    install_excepthook()
    window = build_window(
        folder=folder, settings=settings, today=today, user_settings=user_settings
    )
    window.show()
    if quit_after_start:
        # Queued behind the show and first paint: the event loop draws the screen, then quits.
        QTimer.singleShot(0, app.quit)
    return app.exec()

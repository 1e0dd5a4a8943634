"""Qt's "save as" dialog, without the memory of it Qt keeps on disk.

When the dialog closes, Qt writes the folders it visited (``history``, ``lastVisited``) and its
side bar (``shortcuts``) to the user's ``QtProject`` settings (``~/.config/QtProject.conf`` on
Linux, the registry on Windows), where they outlive the app. A coach may name a folder after a
participant, so those keys are put back as they were before the dialog opened: other Qt
programs' own entries stay, CoachApp's are not kept.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_GROUP = "FileDialog"
#: The keys of Qt's file dialog settings that can hold a folder's path.
_PATH_KEYS = ("history", "lastVisited", "shortcuts")


def save_file_name(parent: QWidget, caption: str, suggested: str, kinds: str) -> str:
    """The path the coach chose ("" if they cancelled), as ``QFileDialog.getSaveFileName``."""
    before = _remembered()
    try:
        picked, _kind = QFileDialog.getSaveFileName(parent, caption, suggested, kinds)
    finally:
        _put_back(before)
    return picked


def _qt_settings() -> QSettings:
    # The same file the dialog writes (QFileDialogPrivate::saveSettings).
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _remembered() -> dict[str, object] | None:
    """The path keys as they are now; None when Qt's dialog settings do not exist yet."""
    settings = _qt_settings()
    if _GROUP not in settings.childGroups():
        return None
    settings.beginGroup(_GROUP)
    return {key: settings.value(key) for key in _PATH_KEYS if settings.contains(key)}


def _put_back(before: dict[str, object] | None) -> None:
    settings = _qt_settings()
    if before is None:
        settings.remove(_GROUP)  # nothing was there: nothing of ours stays either
    else:
        settings.beginGroup(_GROUP)
        for key in _PATH_KEYS:
            if key in before:
                settings.setValue(key, before[key])
            else:
                settings.remove(key)
        settings.endGroup()
    settings.sync()

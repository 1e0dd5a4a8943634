"""What every page in the workspace is: a widget with a key, a title and a place to return to."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from ui.changes import Changes
from ui.context import AppContext


class Page(QWidget):
    """A page builds its layout, wires signals and loads its data through ``ui.workers``.

    It refreshes itself from ``ctx.bus.changed`` when what changed concerns it. ``place()``
    and ``restore()`` let the app return the coach to the same spot after a lock.
    """

    key: ClassVar[str] = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")
        ctx.bus.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.key

    def activate(self) -> None:
        """Called each time the page is shown."""

    def on_changed(self, what: Changes) -> None:
        """Data changed somewhere; refresh if it concerns this page."""

    def place(self) -> dict[str, Any]:
        return {}

    def restore(self, place: dict[str, Any]) -> None:
        """Return to a place saved by ``place()`` (after unlocking)."""

    def _on_changed(self, what: Changes) -> None:
        self.on_changed(what)

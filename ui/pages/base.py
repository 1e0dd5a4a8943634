"""What every page in the workspace is: a widget with a key, a title and a place to return to."""

from __future__ import annotations

from collections.abc import Callable
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
        #: What the page shows is out of date: reload it when the coach next opens the page.
        self.stale = True
        ctx.bus.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.key

    def activate(self) -> None:
        """Called each time the page is shown."""

    def on_changed(self, what: Changes) -> None:
        """Data changed somewhere; refresh if it concerns this page."""

    def reload_when_seen(self, reload: Callable[[], None]) -> None:
        """Data the page shows changed: reload now if the coach can see the page, otherwise
        mark it stale so ``activate`` reloads it when it is shown (no work for hidden pages)."""
        if self.isVisible():
            reload()
        else:
            self.stale = True

    def place(self) -> dict[str, Any]:
        return {}

    def restore(self, place: dict[str, Any]) -> None:
        """Return to a place saved by ``place()`` (after unlocking)."""

    def _on_changed(self, what: Changes) -> None:
        self.on_changed(what)

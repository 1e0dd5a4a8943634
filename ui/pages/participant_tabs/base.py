"""What every tab of the participant page is: built for one participant, loaded through
``ui.workers``, refreshed from the change broadcast when the change concerns that person."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from ui.changes import Changes
from ui.context import AppContext


class ParticipantTab(QWidget):
    #: Stable key used in navigation ("notes", "services"…) and to return after a lock.
    key: ClassVar[str] = ""
    #: Kinds of change that make this tab reload (see ``ui.changes.KINDS``).
    kinds: ClassVar[tuple[str, ...]] = ()

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.setObjectName(f"tab_{self.key}")
        self._loaded = False

    def title(self) -> str:
        return self.key

    def ensure_loaded(self) -> None:
        """Called when the tab is first shown: tabs load lazily."""
        if not self._loaded:
            self._loaded = True
            self.load()

    def load(self) -> None:
        """Read what the tab shows (through ``ui.workers.run``) and fill the widgets."""

    def shown_again(self) -> None:
        """The coach came back to this tab after looking at another one (it is loaded, and
        kept fresh by ``on_changed``; a tab whose opening is audited records it again)."""

    def on_changed(self, what: Changes) -> None:
        if self._loaded and what.touches(*self.kinds) and what.concerns(self.participant_id):
            self.load()

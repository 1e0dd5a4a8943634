"""Barriers: what stands between the participant and training or work, open ones first.

Restricted information lives here (disability, substance use, mental health, domestic
violence): the tab says so at the top, and opening it is recorded in the participant's
history through the core before anything is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coachapp.services import barriers
from coachapp.services.barriers import BarrierView
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.models.record_table import Column, RecordTableModel
from ui.pages.participant_tabs.base import ParticipantTab
from ui.pages.participant_tabs.listing import Listing
from ui.widgets import casework_words as words
from ui.widgets import person_words


class BarriersTab(ParticipantTab):
    key = "barriers"
    kinds = ("barrier",)

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        self._opened = False
        self.banner = QLabel(
            self.tr(
                "Restricted information — opening this tab is recorded in the participant's history"
            )
        )
        self.banner.setObjectName("restrictedBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Restricted information notice"))
        model: RecordTableModel[BarrierView] = RecordTableModel(
            [
                Column(self.tr("Barrier"), lambda b: person_words.barrier(b.category), chars=18),
                Column(
                    self.tr("Restricted"),
                    lambda b: self.tr("Restricted") if b.restricted else "",
                    chars=11,
                ),
                Column(
                    self.tr("Identified"),
                    lambda b: words.day(b.identified_on),
                    sort_key=lambda b: b.identified_on.isoformat(),
                    chars=11,
                ),
                Column(
                    self.tr("Resolved"),
                    lambda b: words.day(b.resolved_on) if b.resolved_on else self.tr("Still open"),
                    sort_key=lambda b: b.resolved_on.isoformat() if b.resolved_on else "9999",
                    chars=11,
                ),
                Column(
                    self.tr("Description"),
                    lambda b: " ".join((b.description or "").split()),
                    chars=None,
                ),
            ]
        )
        self.listing: Listing[BarrierView] = Listing(
            model,
            accessible_name=self.tr("Barriers"),
            empty_text=self.tr(
                "No barriers recorded. Use “Add barrier” (Alt+A) for anything in the way of "
                "training or work: transportation, childcare, housing, health…"
            ),
        )
        self.listing.add_button(
            self.tr("&Add barrier…"), self.tr("Record a barrier (Alt+A)"), self.add
        )
        self.listing.add_button(
            self.tr("Mark &resolved…"),
            self.tr("Mark the chosen barrier resolved (Alt+R)"),
            self.resolve_selected,
            needs_row=True,
        )
        self.listing.row_enables_buttons_when(lambda b: b.active)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.listing, 1)

    def title(self) -> str:
        return self.tr("Barriers")

    def load(self) -> None:
        """First showing: the coach opens the restricted part of the record (recorded). Later
        loads are refreshes after a change while the tab stays open: not recorded again."""
        if not self._opened:
            self.open_restricted()
            return
        store, pid = self.ctx.store, self.participant_id
        workers.run(self, lambda: barriers.reread_opened(store, pid), on_done=self.listing.set_rows)

    def shown_again(self) -> None:
        # Coming back from another tab is opening it again, and is recorded again.
        self.open_restricted()

    def open_restricted(self) -> None:
        self._opened = True
        store, pid = self.ctx.store, self.participant_id
        workers.run(self, lambda: barriers.open_restricted(store, pid), on_done=self._opened_now)

    def _opened_now(self, listed: list[BarrierView]) -> None:
        self.listing.set_rows(listed)
        # The opening was added to the history: let the page and the History tab know.
        self.ctx.bus.announce(changes("outbox", participant_ids=[self.participant_id]))

    def add(self) -> None:
        from ui.dialogs.barrier import BarrierDialog

        BarrierDialog(self.ctx, self.participant_id, parent=self).open()

    def resolve_selected(self) -> None:
        barrier = self.listing.selected()
        if barrier is not None and barrier.active:
            from ui.dialogs.barrier import ResolveBarrierDialog

            ResolveBarrierDialog(self.ctx, barrier, parent=self).open()

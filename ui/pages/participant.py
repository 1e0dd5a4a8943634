"""One participant: the header (who, status, case numbers, consents, coach, sync state, main
actions) over tabs for each part of their record. Tabs are built and loaded when first shown."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from coachapp.errors import NotFound
from coachapp.services import workday
from coachapp.services.participant_header import ParticipantHeader, participant_header
from ui import workers
from ui.changes import Changes
from ui.context import AppContext
from ui.errors import show_error
from ui.pages.base import Page
from ui.pages.participant_header import ParticipantHeaderBar
from ui.pages.participant_tabs.base import ParticipantTab

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabSpec:
    key: str
    module: str
    class_name: str


#: The tabs, in the order a coach reads a record.
TABS: tuple[TabSpec, ...] = (
    TabSpec("profile", "ui.pages.participant_tabs.profile", "ProfileTab"),
    TabSpec("household", "ui.pages.participant_tabs.household", "HouseholdTab"),
    TabSpec("eligibility", "ui.pages.participant_tabs.eligibility", "EligibilityTab"),
    TabSpec("services", "ui.pages.participant_tabs.services", "ServicesTab"),
    TabSpec("referrals", "ui.pages.participant_tabs.referrals", "ReferralsTab"),
    TabSpec("notes", "ui.pages.participant_tabs.notes", "NotesTab"),
    TabSpec("training", "ui.pages.participant_tabs.training", "TrainingTab"),
    TabSpec("activity", "ui.pages.participant_tabs.activity", "ActivityTab"),
    TabSpec("barriers", "ui.pages.participant_tabs.barriers", "BarriersTab"),
    TabSpec("history", "ui.pages.participant_tabs.history", "HistoryTab"),
)


def tab_title(key: str) -> str:
    return {
        "profile": QCoreApplication.translate("ParticipantPage", "Profile"),
        "household": QCoreApplication.translate("ParticipantPage", "Household"),
        "eligibility": QCoreApplication.translate("ParticipantPage", "Eligibility"),
        "services": QCoreApplication.translate("ParticipantPage", "Services"),
        "referrals": QCoreApplication.translate("ParticipantPage", "Referrals"),
        "notes": QCoreApplication.translate("ParticipantPage", "Notes"),
        "training": QCoreApplication.translate("ParticipantPage", "Training & jobs"),
        "activity": QCoreApplication.translate("ParticipantPage", "Activity hours"),
        "barriers": QCoreApplication.translate("ParticipantPage", "Barriers"),
        "history": QCoreApplication.translate("ParticipantPage", "History"),
    }[key]


def _tab_class(spec: TabSpec) -> type[ParticipantTab] | None:
    """The tab's class, or None when its module is not part of this build yet."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise
    found = getattr(module, spec.class_name, None)
    return found if isinstance(found, type) and issubclass(found, ParticipantTab) else None


class NotAvailableTab(ParticipantTab):
    """Stands in for a tab this build does not have yet."""

    key = "unavailable"

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        label = QLabel(self.tr("Not available yet."))
        label.setObjectName("hint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)


class _Slot(QWidget):
    """Where a tab goes until it is first shown (then it is built in place)."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.tab: ParticipantTab | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)


class ParticipantPage(Page):
    key = "participant"

    def __init__(self, ctx: AppContext, participant_id: str, *, tab: str | None = None) -> None:
        super().__init__(ctx)
        self.participant_id = participant_id
        self.current_header: ParticipantHeader | None = None
        self._gone = False

        self.header = ParticipantHeaderBar(self)
        self.header.change_status.connect(self.change_status)
        self.header.add_note.connect(self.add_note)
        self.header.add_task.connect(self.add_task)
        self.header.open_sync.connect(lambda: ctx.nav.open_page("sync"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("participantTabs")
        self.tabs.setAccessibleName(self.tr("Parts of the participant's record"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.slots: dict[str, _Slot] = {}
        for number, spec in enumerate(TABS, start=1):
            slot = _Slot(spec)
            self.slots[spec.key] = slot
            # "&" in a tab title would be a mnemonic ("Training & jobs"): double it.
            at = self.tabs.addTab(slot, tab_title(spec.key).replace("&", "&&"))
            if number <= 10:
                key = f"Alt+{number % 10}"
                self.tabs.setTabToolTip(
                    at, self.tr("{title} ({key})").format(title=tab_title(spec.key), key=key)
                )
                QShortcut(
                    QKeySequence(key),
                    self,
                    lambda i=at: self.tabs.setCurrentIndex(i),
                )
        hint = QLabel(self.tr("Ctrl+Tab or Ctrl+PgDown: next tab · Alt+1…Alt+0: go to a tab"))
        hint.setObjectName("hint")

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)

        for keys, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+PgUp", -1),
        ):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.cycle_tab(s))
        # Window shortcuts: active only while this page is the one shown, never in dialogs.
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_note)
        QShortcut(QKeySequence("Ctrl+T"), self, self.add_task)

        # Connected after the first tab is chosen, so that tab is shown (and loaded) once.
        self.select_tab(tab or "profile")
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())
        self.reload_header()
        store = ctx.store
        workers.run(self, lambda: workday.note_opened(store, participant_id))

    def title(self) -> str:
        h = self.current_header
        return h.display_name if h is not None else self.tr("Participant")

    # --- tabs ---

    def select_tab(self, key: str) -> None:
        slot = self.slots.get(key)
        if slot is not None:
            self.tabs.setCurrentWidget(slot)

    def current_tab_key(self) -> str:
        current = self.tabs.currentWidget()
        return current.spec.key if isinstance(current, _Slot) else "profile"

    def tab(self, key: str) -> ParticipantTab | None:
        """The tab built for ``key`` (None until it has been shown)."""
        return self.slots[key].tab

    def cycle_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _tab_shown(self, index: int) -> None:
        slot = self.tabs.widget(index)
        if not isinstance(slot, _Slot) or self._gone:
            return
        if slot.tab is None:
            tab_class = _tab_class(slot.spec) or NotAvailableTab
            slot.tab = tab_class(self.ctx, self.participant_id)
            slot.box.addWidget(slot.tab)
            slot.tab.show()
            slot.tab.ensure_loaded()
        else:
            slot.tab.shown_again()

    # --- header ---

    def reload_header(self) -> None:
        store, pid, today = self.ctx.store, self.participant_id, self.ctx.today()
        workers.run(
            self,
            lambda: participant_header(store, pid, today=today),
            on_done=self._header_loaded,
            on_failed=self._header_failed,
        )

    def _header_loaded(self, h: ParticipantHeader) -> None:
        self.current_header = h
        self.header.show_header(h)

    def _header_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            self._gone = True
            self.current_header = None
            self.header.clear(
                self.tr("This participant is no longer on this laptop (removed or merged).")
            )
            self.tabs.setEnabled(False)
            return
        show_error(self, exc)

    # --- actions ---

    def change_status(self) -> None:
        h = self.current_header
        if h is None:
            return
        from ui.dialogs.status import StatusDialog

        StatusDialog(self.ctx, h, parent=self).open()

    def add_note(self) -> None:
        h = self.current_header
        if h is None:
            return
        from ui.dialogs.note import NoteDialog

        NoteDialog(self.ctx, h.id, may_restrict=h.may_see_restricted, parent=self).open()

    def add_task(self) -> None:
        h = self.current_header
        if h is None:
            return
        from ui.dialogs.task import TaskDialog

        TaskDialog(self.ctx, h.id, participant_name=h.display_name, parent=self).open()

    # --- changes, lock and return ---

    def on_changed(self, what: Changes) -> None:
        if self._gone or not what.concerns(self.participant_id):
            return
        self.reload_header()
        for slot in self.slots.values():
            if slot.tab is not None:
                slot.tab.on_changed(what)

    def place(self) -> dict[str, Any]:
        return {"participant_id": self.participant_id, "tab": self.current_tab_key()}

    def restore(self, place: dict[str, Any]) -> None:
        if place.get("tab"):
            self.select_tab(str(place["tab"]))

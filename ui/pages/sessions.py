"""Sessions: information sessions held at DHS branches, the people who signed up at each,
and starting a sign-up's intake with what the sign-up sheet already says."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachapp.models.enums import LeadStatus
from coachapp.services import sessions
from coachapp.services.sessions import LeadView, SessionView
from ui import workers
from ui.changes import Changes, changes
from ui.context import AppContext
from ui.dialogs.info_session import RecordSessionDialog, SignUpDialog
from ui.errors import show_error
from ui.models.record_table import (
    Column,
    RecordTableModel,
    record_at,
    record_table,
    selected_record,
)
from ui.pages.base import Page
from ui.widgets.casework_words import day


def lead_status(status: LeadStatus | str) -> str:
    return {
        LeadStatus.NEW: QCoreApplication.translate("Sessions", "Not contacted yet"),
        LeadStatus.CONTACTED: QCoreApplication.translate("Sessions", "Contacted"),
        LeadStatus.CONVERTED: QCoreApplication.translate("Sessions", "Became a participant"),
        LeadStatus.NOT_INTERESTED: QCoreApplication.translate("Sessions", "Not interested"),
    }[LeadStatus(status)]


def _session_columns() -> list[Column[SessionView]]:
    return [
        Column(
            QCoreApplication.translate("Sessions", "Date"),
            lambda s: day(s.held_on),
            sort_key=lambda s: s.held_on.isoformat(),
            chars=11,
        ),
        Column(QCoreApplication.translate("Sessions", "Branch"), lambda s: s.site_name, chars=None),
        Column(
            QCoreApplication.translate("Sessions", "Came"),
            lambda s: str(s.attendance),
            sort_key=lambda s: s.attendance,
            chars=6,
            right=True,
        ),
        Column(
            QCoreApplication.translate("Sessions", "Signed up"),
            lambda s: str(s.lead_count),
            sort_key=lambda s: s.lead_count,
            chars=9,
            right=True,
        ),
    ]


def _lead_columns() -> list[Column[LeadView]]:
    return [
        Column(
            QCoreApplication.translate("Sessions", "Name"), lambda x: x.display_name, chars=None
        ),
        Column(QCoreApplication.translate("Sessions", "Phone"), lambda x: x.phone or "", chars=12),
        Column(QCoreApplication.translate("Sessions", "Email"), lambda x: x.email or "", chars=16),
        Column(
            QCoreApplication.translate("Sessions", "TANF"),
            lambda x: (
                QCoreApplication.translate("Sessions", "Yes")
                if x.tanf_recipient
                else QCoreApplication.translate("Sessions", "No")
            ),
            chars=5,
        ),
        Column(
            QCoreApplication.translate("Sessions", "Status"),
            lambda x: lead_status(x.status),
            chars=19,
        ),
    ]


class _Keys(QObject):
    """Enter or Return on a table acts on the current row."""

    def __init__(self, view: QTableView, on_enter: Any) -> None:
        super().__init__(view)
        self._view = view
        self._enter = on_enter
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._enter(self._view.currentIndex())
            return True
        return False


class SessionsPage(Page):
    key = "sessions"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.loaded_once = False
        self.current: SessionView | None = None
        self._want_session: str | None = None
        self._want_lead: str | None = None
        self._placing = False
        self.dialog: QWidget | None = None

        heading = QLabel(self.tr("Information sessions"))
        heading.setObjectName("pageTitle")
        self.record_button = QPushButton(self.tr("&Record a session…"))
        self.record_button.setObjectName("recordSession")
        self.record_button.setToolTip(self.tr("Record a session you held at a DHS branch (Alt+R)"))
        self.record_button.clicked.connect(self.record_session)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.record_button)
        intro = QLabel(
            self.tr(
                "Record each session you hold at a branch, add the people who signed up, and "
                "start a sign-up's intake when they are ready: what they wrote on the sheet is "
                "carried over."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        # --- sessions ---
        self.session_model: RecordTableModel[SessionView] = RecordTableModel(
            _session_columns(), parent=self
        )
        self.session_view, self.session_proxy = record_table(
            self.session_model, accessible_name=self.tr("Information sessions")
        )
        self.session_view.setObjectName("sessionsTable")
        self.session_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.session_view.selectionModel().currentRowChanged.connect(self._session_picked)
        self.sessions_empty = QLabel(
            self.tr(
                "No information sessions recorded yet.\n"
                "After a session at a branch, press Record a session (Alt+R)."
            )
        )
        self.sessions_empty.setObjectName("emptyState")
        self.sessions_empty.setWordWrap(True)
        self.sessions_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sessions_stack = QStackedWidget()
        self.sessions_stack.addWidget(self.session_view)
        self.sessions_stack.addWidget(self.sessions_empty)
        sessions_title = QLabel(self.tr("&Sessions"))
        sessions_title.setObjectName("sectionTitle")
        sessions_title.setBuddy(self.session_view)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(sessions_title)
        left_layout.addWidget(self.sessions_stack, 1)

        # --- sign-ups of the chosen session ---
        self.leads_title = QLabel(self.tr("Sign-&ups"))
        self.leads_title.setObjectName("sectionTitle")
        self.session_notes = QLabel()
        self.session_notes.setObjectName("hint")
        self.session_notes.setWordWrap(True)
        self.session_notes.hide()
        self.lead_model: RecordTableModel[LeadView] = RecordTableModel(_lead_columns(), parent=self)
        self.lead_view, self.lead_proxy = record_table(
            self.lead_model, accessible_name=self.tr("People who signed up")
        )
        self.lead_view.setObjectName("signUpsTable")
        self.lead_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.leads_title.setBuddy(self.lead_view)
        self.lead_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.lead_view.doubleClicked.connect(self._lead_activated)
        _Keys(self.lead_view, self._lead_activated)
        self.leads_empty = QLabel()
        self.leads_empty.setObjectName("emptyState")
        self.leads_empty.setWordWrap(True)
        self.leads_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.leads_stack = QStackedWidget()
        self.leads_stack.addWidget(self.lead_view)
        self.leads_stack.addWidget(self.leads_empty)

        self.add_button = QPushButton(self.tr("&Add sign-up…"))
        self.add_button.setToolTip(self.tr("Add someone from this session's sign-up sheet (Alt+A)"))
        self.add_button.clicked.connect(self.add_sign_up)
        self.intake_button = QPushButton(self.tr("Start &intake"))
        self.intake_button.setObjectName("startIntake")
        self.intake_button.setToolTip(
            self.tr(
                "Start the intake of the selected sign-up with their details filled in "
                "(Alt+I, or Enter)"
            )
        )
        self.intake_button.clicked.connect(self.start_intake)
        self.contacted_button = QPushButton(self.tr("Mark &contacted"))
        self.contacted_button.setToolTip(self.tr("You have reached this person (Alt+C)"))
        self.contacted_button.clicked.connect(lambda: self._mark(LeadStatus.CONTACTED))
        self.declined_button = QPushButton(self.tr("N&ot interested"))
        self.declined_button.setToolTip(self.tr("This person does not want to go on (Alt+O)"))
        self.declined_button.clicked.connect(lambda: self._mark(LeadStatus.NOT_INTERESTED))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.intake_button,
            self.contacted_button,
            self.declined_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.leads_title)
        right_layout.addWidget(self.session_notes)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.leads_stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # Wide enough for a branch's full name next to the date and the counts.
        left.setMinimumWidth(self.session_view.fontMetrics().averageCharWidth() * 58)
        splitter.setChildrenCollapsible(False)

        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setAccessibleName(self.tr("Last action"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._show_session(None)

    def title(self) -> str:
        return self.tr("Sessions")

    # --- loading ---

    def activate(self) -> None:
        if self.stale or not self.loaded_once:
            self.stale = False
            self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        if not store.is_open:
            return  # locking: the page is about to go
        workers.run(self, lambda: sessions.list_sessions(store), on_done=self._sessions_loaded)

    def _sessions_loaded(self, found: list[SessionView]) -> None:
        self.loaded_once = True
        keep = self._want_session or (self.current.id if self.current else None)
        self._want_session = None
        self._placing = True  # choosing the row below is not the coach picking a session
        self.session_model.set_rows(found)
        self.sessions_stack.setCurrentIndex(0 if found else 1)
        row = next((n for n, s in enumerate(found) if s.id == keep), -1)
        if row < 0 and found:
            # The newest session (the list's first row as sorted) when nothing was chosen.
            newest = self.session_proxy.mapToSource(self.session_proxy.index(0, 0))
            row = newest.row()
        if row >= 0:
            index = self.session_proxy.mapFromSource(self.session_model.index(row, 0))
            self.session_view.setCurrentIndex(index)
            self.session_view.selectRow(index.row())
        self._placing = False
        self._show_session(found[row] if row >= 0 else None)

    def _session_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._placing:
            return
        session = record_at(self.session_view, self.session_model, current)
        if session is not None and (self.current is None or session.id != self.current.id):
            self._show_session(session)

    def _show_session(self, session: SessionView | None) -> None:
        self.current = session
        if session is None:
            self.leads_title.setText(self.tr("Sign-&ups"))
            self.session_notes.hide()
            self.lead_model.clear()
            self.leads_empty.setText(self.tr("Choose a session to see who signed up."))
            self.leads_stack.setCurrentIndex(1)
            self._update_buttons()
            return
        self.leads_title.setText(
            self.tr("Sign-&ups at {branch}, {day}").format(
                branch=session.site_name, day=day(session.held_on)
            )
        )
        self.session_notes.setText(session.notes or "")
        self.session_notes.setVisible(bool(session.notes))
        store, session_id = self.ctx.store, session.id
        workers.run(
            self,
            lambda: sessions.list_leads(store, session_id),
            on_done=lambda leads: self._leads_loaded(session_id, leads),
        )

    def _leads_loaded(self, session_id: str, leads: list[LeadView]) -> None:
        if self.current is None or self.current.id != session_id:
            return  # the coach picked another session meanwhile
        keep = self._want_lead or (self._selected_lead().id if self._selected_lead() else None)
        self._want_lead = None
        self.lead_model.set_rows(leads)
        if leads:
            self.leads_stack.setCurrentIndex(0)
            row = next((n for n, x in enumerate(leads) if x.id == keep), 0)
            index = self.lead_proxy.mapFromSource(self.lead_model.index(row, 0))
            self.lead_view.setCurrentIndex(index)
            self.lead_view.selectRow(index.row())
        else:
            self.leads_empty.setText(
                self.tr(
                    "Nobody from this session is listed yet.\n"
                    "Press Add sign-up (Alt+A) for each name on the sign-up sheet."
                )
            )
            self.leads_stack.setCurrentIndex(1)
        self._update_buttons()

    def _selected_lead(self) -> LeadView | None:
        return selected_record(self.lead_view, self.lead_model)

    def _update_buttons(self) -> None:
        lead = self._selected_lead()
        self.add_button.setEnabled(self.current is not None)
        converted = lead is not None and lead.status is LeadStatus.CONVERTED
        self.intake_button.setEnabled(lead is not None)
        self.intake_button.setText(
            self.tr("Open &participant") if converted else self.tr("Start &intake")
        )
        open_lead = lead is not None and not converted
        self.contacted_button.setEnabled(open_lead and lead.status is not LeadStatus.CONTACTED)
        self.declined_button.setEnabled(open_lead and lead.status is not LeadStatus.NOT_INTERESTED)

    def on_changed(self, what: Changes) -> None:
        if not what.touches("info_session", "reference", "participant"):
            return
        self.reload_when_seen(self.reload)

    # --- acting ---

    def record_session(self) -> None:
        dialog = RecordSessionDialog(self.ctx, self)
        dialog.saved.connect(self._session_recorded)
        self.dialog = dialog
        dialog.open()

    def _session_recorded(self, session: SessionView) -> None:
        self._want_session = session.id
        self.message.setText(
            self.tr("Session at {branch} recorded. Now add the people who signed up.").format(
                branch=session.site_name
            )
        )

    def add_sign_up(self) -> None:
        if self.current is None:
            return
        dialog = SignUpDialog(self.ctx, self.current, self)
        dialog.saved.connect(self._sign_up_added)
        self.dialog = dialog
        dialog.open()

    def _sign_up_added(self, lead: LeadView) -> None:
        self._want_lead = lead.id
        self.message.setText(self.tr("{name} added.").format(name=lead.display_name))

    def _lead_activated(self, _index: QModelIndex | None = None) -> None:
        self.start_intake()

    def start_intake(self) -> None:
        lead = self._selected_lead()
        if lead is None:
            return
        if lead.status is LeadStatus.CONVERTED and lead.participant_id:
            self.ctx.nav.open_participant(lead.participant_id)
            return
        store, nav = self.ctx.store, self.ctx.nav
        self.intake_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            show_error(self, exc)

        def ready(draft: Any) -> None:
            self._update_buttons()
            nav.start_intake(draft)

        workers.run(
            self,
            lambda: sessions.lead_intake_draft(store, lead.id),
            on_done=ready,
            on_failed=failed,
        )

    def _mark(self, status: LeadStatus) -> None:
        lead = self._selected_lead()
        if lead is None:
            return
        store = self.ctx.store

        def done(view: LeadView) -> None:
            self._want_lead = view.id
            self.message.setText(
                self.tr("{name}: {status}.").format(
                    name=view.display_name, status=lead_status(view.status)
                )
            )
            self.ctx.bus.announce(changes("info_session", ids=[view.id]))

        workers.run(
            self,
            lambda: sessions.mark_lead(store, lead.id, status=status),
            on_done=done,
            on_failed=lambda exc: show_error(self, exc),
        )

    def place(self) -> dict[str, Any]:
        return {"session_id": self.current.id} if self.current else {}

    def restore(self, place: dict[str, Any]) -> None:
        self._want_session = place.get("session_id")
        self.reload()

"""Support services across the caseload: filter by period, type, funder and status, see the
total of what is shown, and open a participant's Services tab from a row."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from coachapp.models.enums import ServiceStatus
from coachapp.services import reference, support
from coachapp.services.support import CaseloadService
from ui import workers
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs.support_service import month_of
from ui.models.record_table import (
    Column,
    RecordTableModel,
    record_at,
    record_table,
    selected_record,
)
from ui.pages.base import Page
from ui.widgets import casework_words as words
from ui.widgets.field_form import chosen, fill_choices

#: Services nobody pays for: left out of the money totals.
INACTIVE = (ServiceStatus.DENIED, ServiceStatus.CANCELLED)


def period_choices(today: date) -> list[tuple[str, str, date | None, date | None]]:
    """(key, label, start, end) for the period filter."""
    this_start, this_end = month_of(today)
    last_start, last_end = month_of(this_start - timedelta(days=1))
    next_start, next_end = month_of(this_end + timedelta(days=1))
    return [
        (
            "this_month",
            QCoreApplication.translate("ServicesPage", "This month"),
            this_start,
            this_end,
        ),
        (
            "last_month",
            QCoreApplication.translate("ServicesPage", "Last month"),
            last_start,
            last_end,
        ),
        (
            "next_month",
            QCoreApplication.translate("ServicesPage", "Next month"),
            next_start,
            next_end,
        ),
        (
            "this_year",
            QCoreApplication.translate("ServicesPage", "This year"),
            date(today.year, 1, 1),
            date(today.year, 12, 31),
        ),
        ("any", QCoreApplication.translate("ServicesPage", "Any time"), None, None),
    ]


class ServicesPage(Page):
    key = "services"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._asked = 0

        title = QLabel(self.tr("Support services"))
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr(
                "Every support service in your caseload. Double-click a row (or press Enter) to "
                "open the participant's Services tab."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.period = QComboBox()
        self.periods = period_choices(ctx.today())
        fill_choices(self.period, [(key, label) for key, label, _s, _e in self.periods])
        self.service_type = QComboBox()
        fill_choices(self.service_type, [], blank=self.tr("All types"))
        self.funding = QComboBox()
        fill_choices(self.funding, [], blank=self.tr("All funders"))
        self.status = QComboBox()
        fill_choices(
            self.status,
            [(s, words.service_status(s)) for s in ServiceStatus],
            blank=self.tr("Any status"),
        )
        filters = QHBoxLayout()
        for text, box in (
            (self.tr("&Period"), self.period),
            (self.tr("T&ype"), self.service_type),
            (self.tr("Paid &by"), self.funding),
            (self.tr("St&atus"), self.status),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            box.setAccessibleName(text.replace("&", ""))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.load())
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open participant"))
        self.open_button.setToolTip(self.tr("Open the selected participant's Services tab (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        filters.addWidget(self.open_button)

        self.model: RecordTableModel[CaseloadService] = RecordTableModel(
            [
                Column(self.tr("Participant"), lambda r: r.participant_name, chars=22),
                Column(self.tr("Type of support"), lambda r: r.service.service_type, chars=24),
                Column(self.tr("Paid by"), lambda r: r.service.funding_source, chars=26),
                Column(
                    self.tr("Amount"),
                    lambda r: words.money(r.service.amount_cents),
                    sort_key=lambda r: r.service.amount_cents,
                    chars=11,
                    right=True,
                ),
                Column(
                    self.tr("Period"),
                    lambda r: (
                        f"{words.day(r.service.period_start)} – {words.day(r.service.period_end)}"
                    ),
                    sort_key=lambda r: r.service.period_start.isoformat(),
                    chars=25,
                ),
                Column(
                    self.tr("Status"), lambda r: words.service_status(r.service.status), chars=11
                ),
                Column(self.tr("Notes"), self._note, chars=None),
            ],
            attention=lambda r: r.service.duplicate_of_id is not None,
            parent=self,
        )
        self.table, self.proxy = record_table(
            self.model, accessible_name=self.tr("Support services in your caseload"), parent=self
        )
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.totals = QLabel()
        self.totals.setObjectName("serviceTotals")
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("Totals of the services shown"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addStretch(0)  # takes the room when the table is hidden (empty state)
        self._selection_changed()

        store = ctx.store
        workers.run(
            self,
            lambda: (reference.service_types(store), reference.funding_sources(store)),
            on_done=self._choices_loaded,
        )

    def title(self) -> str:
        return self.tr("Support services")

    def _note(self, r: CaseloadService) -> str:
        if r.service.duplicate_of_id is not None:
            return self.tr("Also paid elsewhere — reason: {reason}").format(
                reason=r.service.duplicate_reason or ""
            )
        return r.service.vendor or ""

    def _choices_loaded(self, loaded: tuple[list[Any], list[Any]]) -> None:
        types, funders = loaded
        fill_choices(
            self.service_type,
            [(t.id, t.label) for t in types],
            blank=self.tr("All types"),
            keep=chosen(self.service_type),
        )
        fill_choices(
            self.funding,
            [(f.id, f.label) for f in funders],
            blank=self.tr("All funders"),
            keep=chosen(self.funding),
        )

    # --- loading ---

    def activate(self) -> None:
        if self.stale:
            self.load()

    def on_changed(self, what: Changes) -> None:
        if what.touches("support_service", "participant", "reference"):
            self.reload_when_seen(self.load)

    def load(self) -> None:
        self.stale = False
        self._asked += 1
        ticket = self._asked
        key = chosen(self.period)
        _k, _label, start, end = next(p for p in self.periods if p[0] == key)
        store = self.ctx.store
        type_id, funder_id, status = (
            chosen(self.service_type),
            chosen(self.funding),
            chosen(self.status),
        )
        workers.run(
            self,
            lambda: support.list_caseload_services(
                store,
                period_start=start,
                period_end=end,
                service_type_id=type_id,
                funding_source_id=funder_id,
                status=status,
            ),
            on_done=lambda rows: self._show(ticket, rows),
        )

    def _show(self, ticket: int, rows: list[CaseloadService]) -> None:
        if ticket != self._asked:
            return  # the filters changed since; a newer answer is coming
        self.model.set_rows(rows)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr(
                "No support services match these filters. Try “Any time”, or record one: find "
                "the participant (Ctrl+K), open their Services tab and press Ctrl+Shift+S."
            )
        )
        self.totals.setText(self.totals_text(rows))
        self._selection_changed()

    def totals_text(self, rows: list[CaseloadService]) -> str:
        if not rows:
            return ""
        paying = [r.service for r in rows if r.service.status not in INACTIVE]
        by_funder: dict[str, int] = {}
        for s in paying:
            by_funder[s.funding_source] = by_funder.get(s.funding_source, 0) + s.amount_cents
        split = " · ".join(
            f"{name} {words.money(cents)}" for name, cents in sorted(by_funder.items())
        )
        text = self.tr(
            "%n service(s) shown · {amount} requested, approved or paid", "", len(rows)
        ).format(amount=words.money(sum(by_funder.values())))
        return f"{text} ({split})" if split else text

    # --- opening ---

    def _activated(self, index: QModelIndex) -> None:
        row = record_at(self.table, self.model, index)
        if row is not None:
            self.ctx.nav.open_participant(row.service.participant_id, "services")

    def open_selected(self) -> None:
        row = selected_record(self.table, self.model)
        if row is not None:
            self.ctx.nav.open_participant(row.service.participant_id, "services")

    def _selection_changed(self, *_args: object) -> None:
        self.open_button.setEnabled(selected_record(self.table, self.model) is not None)

    def place(self) -> dict[str, Any]:
        return {
            "period": chosen(self.period),
            "status": chosen(self.status),
        }

    def restore(self, place: dict[str, Any]) -> None:
        for box, value in ((self.period, place.get("period")), (self.status, place.get("status"))):
            if value is not None:
                at = box.findData(value)
                if at >= 0:
                    box.setCurrentIndex(at)

"""Record a support service (childcare, transport, car repair…) and who pays for it.

When another funder (usually DHS) already pays for the same support in the same period, the
dialog shows that record — who pays, what, when, how much — and asks for the reason to go on;
the reason is saved with the new service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import ValidationError
from coachapp.models.enums import ServiceStatus
from coachapp.services import reference, support
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets import casework_words as words
from ui.widgets.field_form import chosen, date_edit, fill_choices, to_date


def month_of(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


class SupportServiceDialog(FormDialog):
    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            title=self.tr("Record a support service"),
            intro=self.tr(
                "What the program pays for, who pays, and for which period. If DHS (or another "
                "funder) already pays for the same support, CoachApp shows you their record "
                "before anything is saved."
            ),
            parent=parent,
        )
        self.participant_id = participant_id
        self.duplicates: tuple[support.SupportServiceView, ...] = ()
        start, end = month_of(ctx.today())

        self.service_type = QComboBox()
        self.funding = QComboBox()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Dollars, like 450.00"))
        self.period_start = date_edit(start)
        self.period_end = date_edit(end)
        self.status = QComboBox()
        fill_choices(
            self.status,
            [
                (s, words.service_status(s))
                for s in (ServiceStatus.REQUESTED, ServiceStatus.APPROVED, ServiceStatus.PAID)
            ],
        )
        self.vendor = QLineEdit()
        self.vendor.setPlaceholderText(self.tr("Childcare center, garage, bus company…"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)

        f = self.form
        f.add("service_type_id", self.tr("&Type of support"), self.service_type)
        f.add("funding_source_id", self.tr("&Paid by"), self.funding)
        f.add("amount", self.tr("&Amount"), self.amount)
        f.add("period_start", self.tr("Period &from"), self.period_start)
        f.add("period_end", self.tr("Period t&o"), self.period_end)
        f.add("status", self.tr("Stat&us"), self.status)
        f.add("vendor", self.tr("&Vendor"), self.vendor)
        f.add("notes", self.tr("&Notes"), self.notes)

        self.warning = self._warning_panel()
        self.insert_widget(self.warning)
        self.warning.hide()

        self.save_button.setEnabled(False)
        store = ctx.store
        workers.run(
            self,
            lambda: (reference.service_types(store), reference.funding_sources(store)),
            on_done=self._choices_loaded,
        )

    def _warning_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("duplicatePanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 6, 0, 0)
        self.warning_title = QLabel()
        self.warning_title.setObjectName("warningBanner")
        self.warning_title.setWordWrap(True)
        self.existing = QLabel()
        self.existing.setObjectName("existingServices")
        self.existing.setWordWrap(True)
        self.existing.setAccessibleName(self.tr("Services already on record"))
        self.reason_label = QLabel(self.tr("&Reason to record it anyway (required)"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.reason.setAccessibleName(self.tr("Reason to record it anyway"))
        self.reason.setPlaceholderText(
            self.tr("For example: DHS covers only the mornings; HPOG pays the evening class.")
        )
        self.reason_label.setBuddy(self.reason)
        self.reason_error = QLabel()
        self.reason_error.setObjectName("formError")
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        for widget in (
            self.warning_title,
            self.existing,
            self.reason_label,
            self.reason,
            self.reason_error,
        ):
            column.addWidget(widget)
        return panel

    def _choices_loaded(self, loaded: tuple[Sequence[Any], Sequence[Any]]) -> None:
        types, funders = loaded
        fill_choices(self.service_type, [(t.id, t.label) for t in types], blank=self.tr("Choose…"))
        fill_choices(self.funding, [(f.id, f.label) for f in funders], blank=self.tr("Choose…"))
        self.save_button.setEnabled(True)
        self.service_type.setFocus()

    # --- saving ---

    def entry(self) -> support.ServiceInput:
        return support.ServiceInput(
            participant_id=self.participant_id,
            service_type_id=chosen(self.service_type) or "",
            funding_source_id=chosen(self.funding) or "",
            amount=self.amount.text(),
            period_start=to_date(self.period_start.date()),
            period_end=to_date(self.period_end.date()),
            status=chosen(self.status),
            vendor=self.vendor.text(),
            notes=self.notes.toPlainText(),
        )

    def work(self) -> Callable[[], Any] | None:
        store = self.ctx.store
        entry = self.entry()
        self.reason_error.hide()
        if self.duplicates:
            reason = self.reason.toPlainText().strip()
            if not reason:
                self._reason_problem(self.tr("Say why this service is needed as well."))
                return None
            return lambda: support.record_support_service(store, entry, duplicate_reason=reason)
        return lambda: support.record_support_service(store, entry)

    def handle_failure(self, exc: BaseException) -> bool:
        if isinstance(exc, support.DuplicateService):
            self.show_duplicates(exc.existing)
            return True
        if isinstance(exc, ValidationError) and "duplicate_reason" in exc.fields:
            self._reason_problem(exc.fields["duplicate_reason"])
            rest = {k: v for k, v in exc.fields.items() if k != "duplicate_reason"}
            self.say("\n".join(self.form.show_errors(rest).values()))
            return True
        return False

    def _reason_problem(self, message: str) -> None:
        self.reason_error.setText(message)
        self.reason_error.show()
        self.refit()
        self.reason.setFocus()

    def show_duplicates(self, existing: Sequence[support.SupportServiceView]) -> None:
        self.duplicates = tuple(existing)
        funders = sorted({e.funding_source for e in existing})
        self.warning_title.setText(
            self.tr(
                "Already paid for: {funders} already pays for this support in the same period. "
                "Check with the DHS family coach before paying twice."
            ).format(funders=", ".join(funders))
        )
        lines = [
            self.tr("• {funder} pays {type} from {start} to {end}: {amount} ({status})").format(
                funder=e.funding_source,
                type=e.service_type,
                start=words.day(e.period_start),
                end=words.day(e.period_end),
                amount=words.money(e.amount_cents),
                status=words.service_status(e.status).lower(),
            )
            for e in existing
        ]
        self.existing.setText("\n".join(lines))
        self.warning.show()
        self.intro.hide()
        self.refit()
        self.scroll_to(self.reason)
        self.save_button.setText(self.tr("Record any&way"))
        self.save_button.setToolTip(self.tr("Save with the reason given (Enter)"))
        self.reason.setFocus()

    def announce(self, result: Any) -> None:
        self.ctx.bus.announce(
            changes("support_service", ids=[result.id], participant_ids=[self.participant_id])
        )

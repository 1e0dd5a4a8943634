"""Eligibility: each assessment of household income against the HHS poverty guideline, and a
new one with the percent of the guideline shown as the numbers are typed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import CoachAppError, ValidationError
from coachapp.services import eligibility, participants
from coachapp.services.eligibility import EligibilityInput, PovertyEstimate
from coachapp.services.participants import EligibilityView, ParticipantDetail
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.errors import show_error
from ui.models.record_table import Column, RecordTableModel
from ui.pages.participant_tabs.base import ParticipantTab
from ui.pages.participant_tabs.listing import Listing
from ui.widgets import casework_words as words
from ui.widgets.field_form import FieldForm, date_edit, to_date


def percent(value: float) -> str:
    return f"{value:.0f}%"


class EligibilityTab(ParticipantTab):
    key = "eligibility"
    kinds = ("eligibility",)

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        model: RecordTableModel[EligibilityView] = RecordTableModel(
            [
                Column(
                    self.tr("Assessed on"),
                    lambda a: words.day(a.assessed_on),
                    sort_key=lambda a: a.assessed_on.isoformat(),
                    chars=11,
                ),
                Column(self.tr("People"), lambda a: str(a.household_size), chars=7, right=True),
                Column(
                    self.tr("Income a year"),
                    lambda a: words.money(a.annual_income_cents),
                    sort_key=lambda a: a.annual_income_cents,
                    chars=12,
                    right=True,
                ),
                Column(self.tr("State"), lambda a: a.state, chars=6),
                Column(self.tr("Guidelines of"), lambda a: str(a.guideline_year), chars=11),
                Column(
                    self.tr("% of guideline"),
                    lambda a: percent(a.percent_of_poverty),
                    sort_key=lambda a: a.percent_of_poverty,
                    chars=12,
                    right=True,
                ),
                Column(
                    self.tr("Result"),
                    lambda a: (
                        self.tr("Eligible (at or below {n}%)")
                        if a.eligible
                        else self.tr("Over the limit ({n}%)")
                    ).format(n=a.threshold_percent),
                    chars=None,
                ),
            ],
            attention=lambda a: not a.eligible,
        )
        self.listing: Listing[EligibilityView] = Listing(
            model,
            accessible_name=self.tr("Eligibility assessments"),
            empty_text=self.tr(
                "No eligibility assessment yet. Fill in “New assessment” below: the percent "
                "of the poverty guideline shows as you type."
            ),
        )

        self.form = FieldForm()
        self.household_size = QSpinBox()
        self.household_size.setRange(1, 30)
        self.form.add("household_size", self.tr("&Household size:"), self.household_size)
        self.income = QLineEdit()
        self.income.setPlaceholderText(self.tr("For example: 18,500"))
        self.form.add(
            "annual_income",
            self.tr("Yearly household &income ($):"),
            self.income,
            hint=self.tr("Everyone in the household, before taxes, for a whole year."),
        )
        self.state = QLineEdit()
        self.state.setMaxLength(2)
        self.form.add("state", self.tr("Stat&e:"), self.state)
        self.day = date_edit(ctx.today())
        self.form.add("assessed_on", self.tr("Assessed &on:"), self.day)
        self.threshold = QSpinBox()
        self.threshold.setRange(50, 1000)
        self.threshold.setValue(eligibility.DEFAULT_THRESHOLD_PERCENT)
        self.threshold.setSuffix("%")
        self.form.add("threshold_percent", self.tr("Program li&mit:"), self.threshold)
        self.preview_label = QLabel(self.tr("Type the income to see the percent of the guideline."))
        self.preview_label.setObjectName("eligibilityPreview")
        self.preview_label.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.save_button = QPushButton(self.tr("&Record assessment"))
        self.save_button.setToolTip(self.tr("Save this assessment (Alt+R)"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.save_button)
        self.preview_label.setMinimumWidth(280)
        side = QVBoxLayout()
        side.addWidget(self.preview_label)
        side.addStretch(1)
        side.addLayout(buttons)
        new = QGroupBox(self.tr("New assessment"))
        new_layout = QHBoxLayout(new)
        new_layout.addWidget(self.form, 3)
        new_layout.addLayout(side, 2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        self.income.textChanged.connect(self._timer.start)
        self.state.textChanged.connect(self._timer.start)
        self.household_size.valueChanged.connect(self._timer.start)
        self.threshold.valueChanged.connect(self._timer.start)
        self.day.dateChanged.connect(self._timer.start)

        column = QVBoxLayout(self)
        column.addWidget(self.listing, 1)
        column.addWidget(new)

    def title(self) -> str:
        return self.tr("Eligibility")

    def load(self) -> None:
        store, pid = self.ctx.store, self.participant_id

        def read() -> tuple[list[EligibilityView], ParticipantDetail]:
            return eligibility.list_assessments(store, pid), participants.get_participant(
                store, pid
            )

        workers.run(self, read, on_done=self._arrived)

    def _arrived(self, answer: tuple[list[EligibilityView], ParticipantDetail]) -> None:
        assessments, detail = answer
        self.listing.set_rows(assessments)
        if not self.income.text():
            # Start the new assessment from what is known: the family and their state.
            living = sum(1 for m in detail.household if m.lives_in_household)
            latest = assessments[0] if assessments else None
            self.household_size.setValue(latest.household_size if latest else 1 + living)
            self.state.setText(latest.state if latest else detail.state or "")
            if latest:
                self.threshold.setValue(latest.threshold_percent)

    def entry(self) -> EligibilityInput:
        return EligibilityInput(
            household_size=self.household_size.value(),
            annual_income=self.income.text().strip(),
            state=self.state.text().strip(),
            assessed_on=to_date(self.day.date()),
            threshold_percent=self.threshold.value(),
        )

    def update_preview(self) -> None:
        if not self.income.text().strip() or len(self.state.text().strip()) != 2:
            self.preview_label.setText(
                self.tr("Type the income and the state to see the percent of the guideline.")
            )
            return
        store, today, entry = self.ctx.store, self.ctx.today(), self.entry()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CoachAppError):
                message = exc.fields if isinstance(exc, ValidationError) else {"": str(exc)}
                self.preview_label.setText(" ".join(message.values()))
            else:
                show_error(self, exc)

        workers.run(
            self,
            lambda: eligibility.preview(store, entry, today=today),
            on_done=self._previewed,
            on_failed=failed,
        )

    def _previewed(self, estimate: PovertyEstimate) -> None:
        verdict = (
            self.tr("eligible (at or below {n}%)")
            if estimate.eligible
            else self.tr("over the program limit of {n}%")
        ).format(n=estimate.threshold_percent)
        self.preview_label.setText(
            self.tr("= {percent} of the {year} guideline (${amount:,} a year) — {verdict}").format(
                percent=percent(float(estimate.percent_of_poverty)),
                year=estimate.guideline_year,
                amount=estimate.guideline_amount,
                verdict=verdict,
            )
        )

    def save(self) -> None:
        self.form.clear_errors()
        self.problem.hide()
        store, pid, today, entry = (
            self.ctx.store,
            self.participant_id,
            self.ctx.today(),
            self.entry(),
        )
        self.save_button.setEnabled(False)
        workers.run(
            self,
            lambda: eligibility.assess(store, pid, entry, today=today),
            on_done=self._saved,
            on_failed=self._failed,
        )

    def _saved(self, view: EligibilityView) -> None:
        self.save_button.setEnabled(True)
        self.income.clear()
        self.ctx.bus.announce(
            changes("eligibility", ids=[view.id], participant_ids=[self.participant_id])
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            left = self.form.show_errors(exc.fields)
            if left:
                self._say("\n".join(left.values()))
        elif isinstance(exc, CoachAppError):
            self._say(str(exc))
        else:
            show_error(self, exc)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

"""The intake wizard's pages about eligibility (the percent of the poverty guideline, live as
the income is typed) and enrollment (status, study group, branch, coach)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from coachapp.errors import ValidationError
from coachapp.rules import poverty
from coachapp.services.eligibility import EligibilityInput, estimate_with
from coachapp.services.reference import Choice
from ui.dialogs import intake_labels as labels
from ui.dialogs.intake_fields import IntakePage, Slot, choose, chosen, fill, plain

# --- eligibility ------------------------------------------------------------------------------


class EligibilityPage(IntakePage):
    """Household size and income; the percent of the poverty guideline follows the typing.

    The guideline table is loaded once (off the GUI thread, by the wizard); the percent is
    then a pure calculation, cheap enough for every keystroke.
    """

    def __init__(
        self,
        today: date,
        *,
        default_size: Callable[[], int],
        default_state: Callable[[], str | None],
    ) -> None:
        super().__init__(
            self.tr("Income and eligibility"),
            self.tr(
                "The household's income for the last 12 months, against the HHS poverty "
                "guideline for its size. Leave the income empty to record eligibility later."
            ),
        )
        self.today = today
        self._default_size = default_size
        self._default_state = default_state
        self.guidelines: poverty.GuidelineTable | None = None
        self.size_touched = False
        self.household_size = QSpinBox()
        self.household_size.setRange(1, 30)
        self.household_size.setMaximumWidth(90)
        self.annual_income = QLineEdit()
        self.annual_income.setPlaceholderText(self.tr("for example 18,500"))
        self.annual_income.setMaximumWidth(200)
        self.state = QLineEdit()
        self.state.setMaxLength(2)
        self.state.setMaximumWidth(60)
        self.state.textEdited.connect(lambda text: self.state.setText(text.upper()))
        self.result = QLabel()
        self.result.setObjectName("povertyPercent")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Percent of the poverty guideline"))
        self.result.setMinimumHeight(48)

        form = QFormLayout()
        self.add_field(
            form,
            "eligibility.household_size",
            self.tr("&Household size"),
            self.household_size,
            hint=self.tr("Everyone living together and sharing income, the participant included."),
        )
        self.add_field(
            form,
            "eligibility.annual_income",
            self.tr("Yearly household &income ($)"),
            self.annual_income,
        )
        self.add_field(form, "eligibility.state", self.tr("&State"), self.state)
        self.add_field(form, "eligibility.assessed_on", self.tr("Result"), self.result)
        self.household_size.valueChanged.connect(self._size_changed)
        self.annual_income.textChanged.connect(self.refresh)
        self.state.textChanged.connect(self.refresh)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        self.footer(outer)
        self.refresh()

    def slot(self, key: str) -> Slot | None:
        found = self.slots.get(key)
        if found is None and key.startswith("eligibility."):
            return self.slots["eligibility.assessed_on"]
        return found

    def initializePage(self) -> None:
        if not self.size_touched:
            self.household_size.blockSignals(True)
            self.household_size.setValue(self._default_size())
            self.household_size.blockSignals(False)
        if not self.state.text():
            self.state.setText(self._default_state() or "")
        self.refresh()

    def _size_changed(self) -> None:
        self.size_touched = True
        self.refresh()

    def entry(self) -> EligibilityInput | None:
        income = self.annual_income.text().strip()
        if not income:
            return None
        return EligibilityInput(
            household_size=self.household_size.value(),
            annual_income=income,
            state=self.state.text().strip(),
            assessed_on=self.today.isoformat(),
        )

    def set_entry(self, entry: EligibilityInput | None) -> None:
        if entry is None:
            return
        try:
            size = int(str(entry.household_size))
        except ValueError:
            size = 1
        self.household_size.blockSignals(True)
        self.household_size.setValue(size)
        self.household_size.blockSignals(False)
        self.size_touched = True
        self.annual_income.setText(str(entry.annual_income or ""))
        self.state.setText(str(entry.state or ""))

    def refresh(self) -> None:
        entry = self.entry()
        if self.guidelines is None:
            self.result.setText(self.tr("Loading the poverty guidelines…"))
            return
        if entry is None:
            self.result.setText(
                self.tr("Type the yearly income to see where it falls against the guideline.")
            )
            return
        try:
            estimate = estimate_with(self.guidelines, entry, today=self.today)
        except ValidationError as exc:
            # Half-typed figures are normal while typing: say what is missing, calmly.
            self.result.setText(next(iter(exc.fields.values()), exc.message))
            return
        percent = f"{estimate.percent_of_poverty:.1f}"
        text = self.tr(
            "{percent}% of the {year} poverty guideline (${amount} a year for a household of "
            "{size})."
        ).format(
            percent=percent,
            year=estimate.guideline_year,
            amount=f"{estimate.guideline_amount:,}",
            size=self.household_size.value(),
        )
        if estimate.eligible:
            verdict = self.tr("Within the program's limit of {limit}%.")
        else:
            verdict = self.tr("Above the program's limit of {limit}%.")
        self.result.setText(text + "\n" + verdict.format(limit=estimate.threshold_percent))


# --- enrollment -------------------------------------------------------------------------------


class EnrollmentPage(IntakePage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Enrollment"),
            self.tr(
                "Where the person stands with the program, where they were recruited and who "
                "coaches them. Create the participant when you are ready."
            ),
        )
        self.status = QComboBox()
        fill(self.status, labels.statuses())
        self.study_group = QComboBox()
        fill(self.study_group, labels.study_groups())
        self.site = QComboBox()
        self.coach = QComboBox()
        self.shared = QCheckBox(self.tr("Share with my &whole team"))
        form = QFormLayout()
        self.add_field(form, "status", self.tr("S&tatus"), self.status)
        self.add_field(
            form,
            "study_group",
            self.tr("Study &group"),
            self.study_group,
            hint=self.tr("Recorded at enrollment and never changed afterwards."),
        )
        self.add_field(
            form,
            "recruitment_site_id",
            self.tr("&Recruited at (branch)"),
            self.site,
            hint=self.tr("Starts as the branch you are working at today."),
        )
        self.add_field(form, "assigned_coach_id", self.tr("&Assigned coach"), self.coach)
        self.add_field(form, "shared_with_team", self.tr("Team"), self.shared)
        self.shared.setAccessibleName(plain(self.shared.text()))
        self.status.currentIndexChanged.connect(self._status_changed)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        self.footer(outer)
        self._status_changed()

    def set_choices(self, sites: Sequence[Choice], coaches: Sequence[Choice]) -> None:
        fill(self.site, [(None, self.tr("Not recorded")), *((s.id, s.label) for s in sites)])
        fill(self.coach, [(c.id, c.label) for c in coaches])

    def _status_changed(self) -> None:
        enrolled = chosen(self.status) == "enrolled"
        self.study_group.setEnabled(enrolled)

    def values(self) -> dict[str, Any]:
        return {
            "status": chosen(self.status),
            "study_group": chosen(self.study_group) if self.study_group.isEnabled() else None,
            "recruitment_site_id": chosen(self.site),
            "assigned_coach_id": chosen(self.coach),
            "shared_with_team": self.shared.isChecked(),
        }

    def set_values(
        self,
        *,
        status: object,
        study_group: object,
        site_id: object,
        coach_id: object,
        shared: bool,
    ) -> None:
        choose(self.status, str(status) if status else "applicant")
        choose(self.study_group, str(study_group) if study_group else None)
        choose(self.site, site_id or None)
        if coach_id:
            choose(self.coach, coach_id)
        self.shared.setChecked(shared)

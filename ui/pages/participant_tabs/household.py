"""Household: the family seen whole — who is in it and in what role (custodial and
non-custodial parents, children, relative caregivers) — and the facts TANF rules look at."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import ValidationError
from coachapp.services import household
from coachapp.services.household import HouseholdView
from coachapp.services.participants import HouseholdMemberView
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.errors import show_error
from ui.models.record_table import Column, RecordTableModel
from ui.pages.participant_tabs.base import ParticipantTab
from ui.pages.participant_tabs.listing import Listing
from ui.widgets import casework_words as words
from ui.widgets import person_words


def _age(born: date | None, today: date) -> str:
    if born is None:
        return ""
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return str(max(0, years))


class HouseholdTab(ParticipantTab):
    key = "household"
    kinds = ("household", "participant")

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        self.family: HouseholdView | None = None
        today = ctx.today()
        model: RecordTableModel[HouseholdMemberView] = RecordTableModel(
            [
                Column(self.tr("Role"), lambda m: person_words.role(m.role), chars=20),
                Column(self.tr("Name"), lambda m: f"{m.first_name} {m.last_name}", chars=None),
                Column(
                    self.tr("Born"),
                    lambda m: words.day(m.date_of_birth),
                    sort_key=lambda m: m.date_of_birth.isoformat() if m.date_of_birth else "",
                    chars=11,
                ),
                Column(
                    self.tr("Age"),
                    lambda m: _age(m.date_of_birth, today),
                    sort_key=lambda m: int(_age(m.date_of_birth, today) or -1),
                    chars=5,
                    right=True,
                ),
                Column(self.tr("Relationship"), lambda m: m.relationship or "", chars=16),
                Column(
                    self.tr("Lives here"),
                    lambda m: person_words.yes_no(m.lives_in_household),
                    chars=9,
                ),
                Column(self.tr("IV-D case #"), lambda m: m.ivd_case_number or "", chars=13),
            ]
        )
        self.listing: Listing[HouseholdMemberView] = Listing(
            model,
            accessible_name=self.tr("Family members"),
            empty_text=self.tr(
                "No family members recorded yet. Use “Add family member” (Alt+A) for the "
                "children, the other parent and relatives who care for the children."
            ),
        )
        self.listing.add_button(
            self.tr("&Add family member…"), self.tr("Add someone (Alt+A)"), self.add
        )
        self.listing.add_button(
            self.tr("&Edit…"),
            self.tr("Correct the chosen person (Enter)"),
            self.edit_selected,
            needs_row=True,
        )
        self.listing.add_button(
            self.tr("&Remove…"),
            self.tr("Take the chosen person off the list (Delete)"),
            self.remove_selected,
            needs_row=True,
        )
        self.listing.on_activate(self.edit)
        self.listing.on_delete(self.remove)

        self.parents = QSpinBox()
        self.parents.setRange(0, 4)
        self.parents.setAccessibleName(self.tr("Parents in the TANF assistance unit"))
        parents_label = QLabel(self.tr("&Parents in the TANF unit:"))
        parents_label.setBuddy(self.parents)
        self.childcare = QCheckBox(self.tr("Gets federally &funded childcare"))
        self.childcare.setToolTip(self.tr("Raises a two-parent family's TANF hours to 55 a week"))
        self.save_facts = QPushButton(self.tr("Save family fa&cts"))
        self.save_facts.setToolTip(self.tr("Save the number of parents and the childcare answer"))
        self.save_facts.clicked.connect(self.save_family_facts)
        self.facts_error = QLabel()
        self.facts_error.setObjectName("formError")
        self.facts_error.hide()
        facts = QHBoxLayout()
        facts.addWidget(parents_label)
        facts.addWidget(self.parents)
        facts.addSpacing(16)
        facts.addWidget(self.childcare)
        facts.addSpacing(16)
        facts.addWidget(self.save_facts)
        facts.addWidget(self.facts_error)
        facts.addStretch(1)

        heading = QLabel(self.tr("Family members"))
        heading.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(heading)
        layout.addWidget(self.listing, 1)

    def title(self) -> str:
        return self.tr("Household")

    def load(self) -> None:
        store, pid = self.ctx.store, self.participant_id
        workers.run(self, lambda: household.household_of(store, pid), on_done=self._arrived)

    def _arrived(self, family: HouseholdView) -> None:
        self.family = family
        self.parents.setValue(family.parents_in_unit or 0)
        self.childcare.setChecked(family.federal_childcare)
        self.listing.set_rows(family.members)

    # --- actions ---

    def add(self) -> None:
        from ui.dialogs.household_member import HouseholdMemberDialog

        HouseholdMemberDialog(self.ctx, self.participant_id, parent=self).open()

    def edit_selected(self) -> None:
        member = self.listing.selected()
        if member is not None:
            self.edit(member)

    def edit(self, member: HouseholdMemberView) -> None:
        from ui.dialogs.household_member import HouseholdMemberDialog

        HouseholdMemberDialog(self.ctx, self.participant_id, member=member, parent=self).open()

    def remove_selected(self) -> None:
        member = self.listing.selected()
        if member is not None:
            self.remove(member)

    def remove(self, member: HouseholdMemberView) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove a family member"),
            self.tr("Take {name} off the family list? The history keeps a record of it.").format(
                name=f"{member.first_name} {member.last_name}"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, pid = self.ctx.store, self.participant_id
        workers.run(
            self,
            lambda: household.remove_member(store, member.id),
            on_done=lambda _none: self.ctx.bus.announce(
                changes("household", ids=[member.id], participant_ids=[pid])
            ),
        )

    def save_family_facts(self) -> None:
        store, pid = self.ctx.store, self.participant_id
        parents, childcare = self.parents.value(), self.childcare.isChecked()
        self.facts_error.hide()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.facts_error.setText("\n".join(exc.fields.values()))
                self.facts_error.show()
            else:
                show_error(self, exc)

        workers.run(
            self,
            lambda: household.set_household(
                store, pid, parents_in_unit=parents, federal_childcare=childcare
            ),
            on_done=lambda view: self.ctx.bus.announce(
                changes("household", ids=[view.household_id or pid], participant_ids=[pid])
            ),
            on_failed=failed,
        )

"""Add or correct someone in the participant's family: their role (custodial or non-custodial
parent, child, relative caregiver), name, birth date and child-support case number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from coachapp.models.enums import HouseholdRole
from coachapp.services import household
from coachapp.services.participants import HouseholdMemberView
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets import person_words
from ui.widgets.field_form import OptionalDate, choose, chosen, fill_choices


class HouseholdMemberDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: str,
        *,
        member: HouseholdMemberView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Correct a family member") if member else self.tr("Add a family member"),
            intro=self.tr(
                "Everyone in the family counts: children, the other parent (even living "
                "elsewhere) and relatives who care for the children."
            ),
            save_text=self.tr("&Save"),
            parent=parent,
        )
        self.setObjectName("householdMemberDialog")
        self.participant_id = participant_id
        self.member = member
        self.role = QComboBox()
        fill_choices(
            self.role,
            [(r, person_words.role(r)) for r in HouseholdRole],
            blank=self.tr("— choose —"),
        )
        self.form.add("role", self.tr("&Role in the family:"), self.role)
        self.first = QLineEdit(member.first_name if member else "")
        self.form.add("first_name", self.tr("&First name:"), self.first)
        self.last = QLineEdit(member.last_name if member else "")
        self.form.add("last_name", self.tr("&Last name:"), self.last)
        self.born = OptionalDate(self.tr("&Known"), ctx.today())
        self.form.add("date_of_birth", self.tr("Date of &birth:"), self.born)
        self.relationship = QLineEdit(member.relationship or "" if member else "")
        self.relationship.setPlaceholderText(self.tr("For example: daughter, grandmother"))
        self.form.add("relationship", self.tr("Relations&hip:"), self.relationship)
        self.lives_here = QCheckBox(self.tr("Li&ves in the household"))
        self.lives_here.setChecked(member.lives_in_household if member else True)
        self.form.add("lives_in_household", self.tr("Living:"), self.lives_here)
        self.ivd = QLineEdit(member.ivd_case_number or "" if member else "")
        self.form.add(
            "ivd_case_number",
            self.tr("&Child support (IV-D) case #:"),
            self.ivd,
            hint=self.tr("For a non-custodial parent with a child support case."),
        )
        if member is not None:
            choose(self.role, HouseholdRole(member.role))
            self.born.set_value(member.date_of_birth)
        self.role.setFocus()

    def work(self) -> Callable[[], HouseholdMemberView]:
        entry = household.HouseholdMemberInput(
            role=chosen(self.role) or "",
            first_name=self.first.text(),
            last_name=self.last.text(),
            date_of_birth=self.born.value(),
            relationship=self.relationship.text() or None,
            lives_in_household=self.lives_here.isChecked(),
            ivd_case_number=self.ivd.text() or None,
        )
        store, pid, today = self.ctx.store, self.participant_id, self.ctx.today()
        if self.member is None:
            return lambda: household.add_member(store, pid, entry, today=today)
        member_id = self.member.id
        return lambda: household.edit_member(store, member_id, entry, today=today)

    def announce(self, result: HouseholdMemberView) -> None:
        self.ctx.bus.announce(
            changes("household", ids=[result.id], participant_ids=[self.participant_id])
        )

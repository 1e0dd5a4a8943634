"""The intake wizard's page about the family around the person, seen whole: the other parent,
children, relative caregivers, each with their role.

A family has a handful of members: each is a small card of widgets, every field with its own
error line, rather than a table view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.intake import HouseholdMemberInput
from ui.dialogs import intake_labels as labels
from ui.dialogs.intake_fields import (
    IntakePage,
    Slot,
    cell,
    choose,
    chosen,
    error_label,
    fill,
    hint_label,
    scrolling,
    text_or_none,
)
from ui.widgets.date_field import DateField

# --- household --------------------------------------------------------------------------------

MEMBER_FIELDS = (
    "role",
    "first_name",
    "last_name",
    "date_of_birth",
    "relationship",
    "lives_in_household",
    "ivd_case_number",
)


class MemberRow(QFrame):
    """One family member: a small card with every field and its error line."""

    def __init__(self, page: HouseholdPage) -> None:
        super().__init__()
        self.setObjectName("memberCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.role = QComboBox()
        fill(self.role, labels.roles())
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.date_of_birth = DateField()
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(self.tr("for example daughter"))
        self.lives_in_household = QCheckBox(self.tr("Lives with the participant"))
        self.lives_in_household.setChecked(True)
        self.ivd_case_number = QLineEdit()
        # One button per card, so no mnemonic: Ctrl+Delete anywhere in the card removes it.
        self.remove = QPushButton(self.tr("Remove (Ctrl+Del)"))
        self.remove.setToolTip(
            self.tr("Take this person off the family list (Ctrl+Delete while in their card)")
        )
        self.remove.clicked.connect(lambda: page.remove_member(self))
        QShortcut(
            QKeySequence("Ctrl+Delete"),
            self,
            lambda: page.remove_member(self),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.slots = {name: Slot(getattr(self, name), error_label()) for name in MEMBER_FIELDS}

        captions = {
            "role": self.tr("Role in the family"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "date_of_birth": self.tr("Date of birth"),
            "relationship": self.tr("Relationship"),
            "lives_in_household": None,
            "ivd_case_number": self.tr("Child support (IV-D) case"),
        }
        self.captions = captions
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.remove)
        grid.addLayout(head, 0, 0, 1, 4)
        placed = (
            ("role", 1, 0),
            ("first_name", 1, 1),
            ("last_name", 1, 2),
            ("date_of_birth", 1, 3),
            ("relationship", 2, 0),
            ("ivd_case_number", 2, 1),
            ("lives_in_household", 2, 2),
        )
        for name, row, column in placed:
            slot = self.slots[name]
            grid.addWidget(cell(slot.widget, slot.error, captions[name]), row, column)
        for column in range(4):
            grid.setColumnStretch(column, 1)

    def renumber(self, number: int) -> None:
        self.title.setText(self.tr("Family member {n}").format(n=number))
        for name, caption in self.captions.items():
            what = caption or self.lives_in_household.text()
            self.slots[name].widget.setAccessibleName(
                self.tr("Family member {n}: {field}").format(n=number, field=what)
            )
        self.remove.setAccessibleName(self.tr("Remove family member {n}").format(n=number))

    def value(self) -> HouseholdMemberInput:
        return HouseholdMemberInput(
            role=chosen(self.role),
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            date_of_birth=self.date_of_birth.value(),
            relationship=text_or_none(self.relationship),
            lives_in_household=self.lives_in_household.isChecked(),
            ivd_case_number=text_or_none(self.ivd_case_number),
        )

    def set_value(self, member: HouseholdMemberInput) -> None:
        choose(self.role, str(member.role))
        self.first_name.setText(member.first_name or "")
        self.last_name.setText(member.last_name or "")
        self.date_of_birth.set_value(member.date_of_birth)
        self.relationship.setText(member.relationship or "")
        self.lives_in_household.setChecked(bool(member.lives_in_household))
        self.ivd_case_number.setText(member.ivd_case_number or "")


class HouseholdPage(IntakePage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("The family"),
            self.tr(
                "Everyone in the participant's family, seen whole: the other parent (even if "
                "they live elsewhere), each child, relatives who care for the children. The "
                "participant is not listed here."
            ),
        )
        self.members: list[MemberRow] = []
        self.parents_in_unit = QSpinBox()
        self.parents_in_unit.setRange(0, 4)
        self.parents_in_unit.setValue(1)
        self.parents_in_unit.setMaximumWidth(70)
        self.federal_childcare = QCheckBox(self.tr("Receives federally funded &childcare"))
        self.add_button = QPushButton(self.tr("&Add a family member"))
        self.add_button.setToolTip(self.tr("Add a family member (Alt+A)"))
        self.add_button.clicked.connect(lambda: self.add_member(focus=True))
        self.empty = hint_label(
            self.tr(
                "No family members yet. Use “Add a family member” (Alt+A) for the other "
                "parent, each child and any relative who cares for them."
            )
        )

        form = QFormLayout()
        self.add_field(
            form,
            "parents_in_unit",
            self.tr("&Parents in the TANF assistance unit"),
            self.parents_in_unit,
            hint=self.tr("1 for a single-parent family. Sets the weekly TANF work hours."),
        )
        self.add_field(form, "federal_childcare", self.tr("Childcare"), self.federal_childcare)
        self.federal_childcare.setAccessibleName(self.tr("Receives federally funded childcare"))

        self.rows = QVBoxLayout()
        self.rows.setSpacing(8)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty)
        column.addLayout(self.rows)
        column.addStretch(1)
        self.scroll = scrolling(body)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.scroll, 1)
        self.footer(outer, stretch=False)

    def add_member(
        self, member: HouseholdMemberInput | None = None, *, focus: bool = False
    ) -> MemberRow:
        row = MemberRow(self)
        if member is not None:
            row.set_value(member)
        self.members.append(row)
        self.rows.addWidget(row)
        self._renumber()
        if focus:
            row.role.setFocus()
            self.scroll.ensureWidgetVisible(row)
        return row

    def remove_member(self, row: MemberRow) -> None:
        index = self.members.index(row)
        self.members.remove(row)
        self.rows.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        if self.members:
            self.members[min(index, len(self.members) - 1)].role.setFocus()
        else:
            self.add_button.setFocus()

    def _renumber(self) -> None:
        for number, row in enumerate(self.members, start=1):
            row.renumber(number)
        self.empty.setVisible(not self.members)

    def set_members(self, members: Sequence[HouseholdMemberInput]) -> None:
        for row in list(self.members):
            self.remove_member(row)
        for member in members:
            self.add_member(member)

    def values(self) -> list[HouseholdMemberInput]:
        return [row.value() for row in self.members]

    def living_together(self) -> int:
        return sum(1 for row in self.members if row.lives_in_household.isChecked())

    def slot(self, key: str) -> Slot | None:
        parts = key.split(".")
        if len(parts) == 3 and parts[0] == "household" and parts[1].isdigit():
            index = int(parts[1])
            if index < len(self.members):
                return self.members[index].slots.get(parts[2])
            return None
        return self.slots.get(key)

    def all_slots(self) -> list[Slot]:
        return [*self.slots.values(), *(s for row in self.members for s in row.slots.values())]

    def date_problems(self) -> dict[str, str]:
        return {
            f"household.{i}.date_of_birth": problem
            for i, row in enumerate(self.members)
            if (problem := row.date_of_birth.problem())
        }

"""The intake wizard's pages about the person: who they are and their case numbers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import intake_labels as labels
from ui.dialogs.intake_fields import (
    IntakePage,
    choose,
    chosen,
    fill,
    hint_label,
    plain,
    text_or_none,
)
from ui.widgets.date_field import DateField

# --- the person -------------------------------------------------------------------------------


class PersonPage(IntakePage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("The person"),
            self.tr(
                "Who is the participant? Only the fields marked * are needed now; "
                "fill in what they choose to share today."
            ),
        )
        self.first_name = QLineEdit()
        self.middle_name = QLineEdit()
        self.last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.date_of_birth = DateField()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("for example 614-555-0142"))
        self.email = QLineEdit()
        self.address_line1 = QLineEdit()
        self.address_line2 = QLineEdit()
        self.city = QLineEdit()
        self.state = QLineEdit()
        self.state.setMaxLength(2)
        self.state.setMaximumWidth(60)
        self.state.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.state)
        )
        self.state.textEdited.connect(lambda text: self.state.setText(text.upper()))
        self.postal_code = QLineEdit()
        self.postal_code.setMaximumWidth(120)
        self.preferred_language = QComboBox()
        self.preferred_language.setEditable(True)
        self.preferred_language.addItems(["", *labels.LANGUAGES])
        self.gender = QComboBox()
        fill(self.gender, labels.genders())
        self.hispanic_latino = QComboBox()
        fill(self.hispanic_latino, labels.yes_no())
        self.race_boxes: dict[str, QCheckBox] = {}
        race_box = QWidget()
        race_column = QVBoxLayout(race_box)
        race_column.setContentsMargins(0, 0, 0, 0)
        race_column.setSpacing(1)
        for code, text in labels.races():
            box = QCheckBox(text)
            self.race_boxes[code] = box
            race_column.addWidget(box)
        self.education_level = QComboBox()
        fill(self.education_level, labels.education_levels())
        self.veteran = QComboBox()
        fill(self.veteran, labels.yes_no())

        # Alt+N and Alt+B belong to Next and Back: no field here uses those letters.
        left = QFormLayout()
        self.add_field(left, "first_name", self.tr("&First name *"), self.first_name)
        self.add_field(left, "middle_name", self.tr("&Middle name"), self.middle_name)
        self.add_field(left, "last_name", self.tr("&Last name *"), self.last_name)
        self.add_field(
            left,
            "preferred_name",
            self.tr("P&referred name"),
            self.preferred_name,
        )
        self.add_field(left, "date_of_birth", self.tr("&Date of birth"), self.date_of_birth)
        self.add_field(left, "phone", self.tr("&Phone"), self.phone)
        self.add_field(left, "email", self.tr("&Email"), self.email)
        self.add_field(left, "address_line1", self.tr("&Address"), self.address_line1)
        self.add_field(left, "address_line2", self.tr("Address line &2"), self.address_line2)
        self.add_field(left, "city", self.tr("&City"), self.city)
        self.add_field(left, "state", self.tr("&State"), self.state)
        self.add_field(left, "postal_code", self.tr("&ZIP code"), self.postal_code)

        right = QFormLayout()
        self.add_field(
            right,
            "preferred_language",
            self.tr("Preferred lang&uage"),
            self.preferred_language,
        )
        self.add_field(right, "gender", self.tr("&Gender"), self.gender)
        self.add_field(
            right, "hispanic_latino", self.tr("&Hispanic or Latino"), self.hispanic_latino
        )
        self.add_field(
            right,
            "race",
            self.tr("Race"),
            race_box,
            hint=self.tr("Tick every one the person reports."),
        )
        self.add_field(right, "education_level", self.tr("Educa&tion"), self.education_level)
        self.add_field(right, "veteran", self.tr("&Veteran"), self.veteran)
        for code, box in self.race_boxes.items():
            box.setAccessibleName(self.tr("Race: {race}").format(race=box.text()))
            box.setProperty("race", code)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        self.footer(outer)

    def values(self) -> dict[str, Any]:
        races = [code for code, box in self.race_boxes.items() if box.isChecked()]
        return {
            "first_name": self.first_name.text().strip(),
            "middle_name": text_or_none(self.middle_name),
            "last_name": self.last_name.text().strip(),
            "preferred_name": text_or_none(self.preferred_name),
            "date_of_birth": self.date_of_birth.value(),
            "phone": text_or_none(self.phone),
            "email": text_or_none(self.email),
            "address_line1": text_or_none(self.address_line1),
            "address_line2": text_or_none(self.address_line2),
            "city": text_or_none(self.city),
            "state": text_or_none(self.state),
            "postal_code": text_or_none(self.postal_code),
            "preferred_language": self.preferred_language.currentText().strip() or None,
            "gender": chosen(self.gender),
            "hispanic_latino": chosen(self.hispanic_latino),
            "race": ",".join(races) or None,
            "education_level": chosen(self.education_level),
            "veteran": chosen(self.veteran),
        }

    def set_values(self, person: Mapping[str, Any]) -> None:
        for name in (
            "first_name",
            "middle_name",
            "last_name",
            "preferred_name",
            "phone",
            "email",
            "address_line1",
            "address_line2",
            "city",
            "state",
            "postal_code",
        ):
            value = person.get(name)
            getattr(self, name).setText(str(value) if value else "")
        self.date_of_birth.set_value(person.get("date_of_birth"))
        self.preferred_language.setCurrentText(str(person.get("preferred_language") or ""))
        for name in ("gender", "hispanic_latino", "education_level", "veteran"):
            choose(getattr(self, name), person.get(name))
        reported = set(str(person.get("race") or "").split(","))
        for code, box in self.race_boxes.items():
            box.setChecked(code in reported)


# --- case numbers -----------------------------------------------------------------------------


class IdentifiersPage(IntakePage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Case numbers"),
            self.tr(
                "The numbers DHS and child support know the family by. They make the person "
                "easy to find and keep referrals and services matched with DHS."
            ),
        )
        self.tanf_recipient = QCheckBox(self.tr("Receives &TANF cash assistance"))
        self.tanf_case_number = QLineEdit()
        self.tanf_case_number.setPlaceholderText(self.tr("for example OH-2231-0087"))
        self.tanf_case_number.setMaximumWidth(320)
        self.ivd_case_number = QLineEdit()
        self.ivd_case_number.setPlaceholderText(self.tr("for example IVD-55021"))
        self.ivd_case_number.setMaximumWidth(320)
        form = QFormLayout()
        self.add_field(form, "tanf_recipient", self.tr("TANF"), self.tanf_recipient)
        self.tanf_recipient.setAccessibleName(plain(self.tanf_recipient.text()))
        self.add_field(
            form,
            "tanf_case_number",
            self.tr("TANF &case number"),
            self.tanf_case_number,
            hint=self.tr("Needed when the person receives TANF."),
        )
        self.add_field(
            form,
            "ivd_case_number",
            self.tr("Child &support (IV-D) case number"),
            self.ivd_case_number,
            hint=self.tr("If the family has a child support case."),
        )
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(
            hint_label(
                self.tr(
                    "Case numbers are 4 to 20 letters and digits, with at least one digit; "
                    "dashes are fine."
                )
            )
        )
        self.footer(outer)

    def values(self) -> dict[str, Any]:
        return {
            "tanf_recipient": self.tanf_recipient.isChecked(),
            "tanf_case_number": text_or_none(self.tanf_case_number),
            "ivd_case_number": text_or_none(self.ivd_case_number),
        }

    def set_values(self, person: Mapping[str, Any]) -> None:
        self.tanf_recipient.setChecked(bool(person.get("tanf_recipient")))
        self.tanf_case_number.setText(str(person.get("tanf_case_number") or ""))
        self.ivd_case_number.setText(str(person.get("ivd_case_number") or ""))

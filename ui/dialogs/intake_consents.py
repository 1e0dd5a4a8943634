"""The intake wizard's pages about consents per partner agency and barriers (the confidential
ones marked as restricted). A program has a handful of partners and barrier categories: rows of
widgets, each field with its own error line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.intake import BarrierInput, ConsentInput
from coachapp.services.reference import PartnerChoice
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

# --- consents ---------------------------------------------------------------------------------

CONSENT_FIELDS = ("partner_id", "scope", "signed_on", "expires_on")


class ConsentRow:
    def __init__(self, partner: PartnerChoice, today: date, accessible_name: str) -> None:
        self.partner = partner
        # An agency named "Jobs & Family Services" must not grow a mnemonic: double the "&".
        self.signed = QCheckBox(partner.label.replace("&", "&&"))
        self.signed.setAccessibleName(accessible_name)
        program = labels.programs().get(partner.program, "")
        self.about = hint_label(program)
        self.about.setIndent(24)
        self.scope = QComboBox()
        fill(self.scope, labels.scopes())
        self.signed_on = DateField()
        self.signed_on.set_value(today)
        self.expires_on = DateField()
        self.slots = {
            "partner_id": Slot(self.signed, error_label()),
            "scope": Slot(self.scope, error_label()),
            "signed_on": Slot(self.signed_on, error_label()),
            "expires_on": Slot(self.expires_on, error_label()),
        }
        self.signed.toggled.connect(self._toggled)
        self._toggled(False)

    def name_fields(self, scope: str, signed: str, expires: str) -> None:
        agency = self.partner.label
        self.scope.setAccessibleName(f"{agency}: {scope}")
        self.signed_on.setAccessibleName(f"{agency}: {signed}")
        self.expires_on.setAccessibleName(f"{agency}: {expires}")

    def _toggled(self, on: bool) -> None:
        for widget in (self.scope, self.signed_on, self.expires_on):
            widget.setEnabled(on)

    def value(self) -> ConsentInput:
        return ConsentInput(
            partner_id=self.partner.id,
            scope=chosen(self.scope),
            signed_on=self.signed_on.value(),
            expires_on=self.expires_on.value(),
        )

    def set_value(self, consent: ConsentInput) -> None:
        self.signed.setChecked(True)
        choose(self.scope, str(consent.scope))
        self.signed_on.set_value(consent.signed_on)
        self.expires_on.set_value(consent.expires_on)


class ConsentsPage(IntakePage):
    def __init__(self, today: date) -> None:
        super().__init__(
            self.tr("Consents"),
            self.tr(
                "Tick each agency the participant signed a release for. A referral to an "
                "agency that needs consent waits until one is on file."
            ),
        )
        self.today = today
        self.rows: list[ConsentRow] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.empty = hint_label(
            self.tr("No partner agencies are on this laptop yet. Sync, then add consents later.")
        )
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.grid)
        column.addWidget(self.empty)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        self.footer(outer, stretch=False)

    def set_partners(self, partners: Sequence[PartnerChoice]) -> None:
        headers = (
            self.tr("Agency"),
            self.tr("What it allows"),
            self.tr("Signed on"),
            self.tr("Expires on (if any)"),
        )
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setObjectName("sectionTitle")
            self.grid.addWidget(header, 0, column)
        for number, partner in enumerate(partners):
            row = ConsentRow(
                partner,
                self.today,
                self.tr("Signed a consent for {agency}").format(agency=partner.label),
            )
            row.name_fields(headers[1], headers[2], headers[3])
            self.rows.append(row)
            agency = QWidget()
            stack = QVBoxLayout(agency)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(0)
            stack.addWidget(row.signed)
            stack.addWidget(row.about)
            stack.addWidget(row.slots["partner_id"].error)
            self.grid.addWidget(agency, number + 1, 0)
            for column, name in enumerate(("scope", "signed_on", "expires_on"), start=1):
                slot = row.slots[name]
                self.grid.addWidget(cell(slot.widget, slot.error), number + 1, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.empty.setVisible(not partners)

    def _chosen(self) -> list[ConsentRow]:
        return [row for row in self.rows if row.signed.isChecked()]

    def values(self) -> list[ConsentInput]:
        return [row.value() for row in self._chosen()]

    def set_values(self, consents: Sequence[ConsentInput]) -> None:
        by_partner = {row.partner.id: row for row in self.rows}
        for consent in consents:
            row = by_partner.get(consent.partner_id)
            if row is not None:
                row.set_value(consent)

    def slot(self, key: str) -> Slot | None:
        parts = key.split(".")
        if len(parts) == 3 and parts[0] == "consents" and parts[1].isdigit():
            chosen_rows = self._chosen()
            index = int(parts[1])
            return chosen_rows[index].slots.get(parts[2]) if index < len(chosen_rows) else None
        return self.slots.get(key)

    def all_slots(self) -> list[Slot]:
        return list({id(s): s for row in self.rows for s in row.slots.values()}.values())

    def date_problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for i, row in enumerate(self._chosen()):
            for name in ("signed_on", "expires_on"):
                field = row.slots[name].widget
                assert isinstance(field, DateField)
                if problem := field.problem():
                    problems[f"consents.{i}.{name}"] = problem
        return problems


# --- barriers ---------------------------------------------------------------------------------


class BarrierRow:
    def __init__(self, category: str, text: str, restricted: bool, placeholder: str) -> None:
        self.category = category
        self.restricted = restricted
        self.ticked = QCheckBox(text)
        self.ticked.setAccessibleName(text)
        self.ticked.setProperty("restricted", restricted)
        self.description = QLineEdit()
        self.description.setPlaceholderText(placeholder)
        self.description.setEnabled(False)
        self.ticked.toggled.connect(self.description.setEnabled)
        ticked = Slot(self.ticked, error_label())
        self.slots = {
            "category": ticked,
            "description": Slot(self.description, error_label()),
            "identified_on": ticked,
        }

    def value(self) -> BarrierInput:
        return BarrierInput(category=self.category, description=text_or_none(self.description))


class BarriersPage(IntakePage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Barriers"),
            self.tr(
                "What stands between the participant and training or work. Tick what applies; "
                "you can add more later."
            ),
        )
        self.rows: list[BarrierRow] = []
        common = QGroupBox(self.tr("Barriers"))
        common_grid = QGridLayout(common)
        confidential = QGroupBox(self.tr("Confidential barriers (restricted)"))
        confidential.setObjectName("restrictedGroup")
        confidential_column = QVBoxLayout(confidential)
        banner = QLabel(
            self.tr(
                "Restricted: only the assigned coach and supervisors can see these, and every "
                "time someone opens them it is recorded. Refer the participant to specialised "
                "help; write no details they did not agree to share."
            )
        )
        banner.setObjectName("restrictedBanner")
        banner.setWordWrap(True)
        banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        confidential_column.addWidget(banner)
        restricted_grid = QGridLayout()
        confidential_column.addLayout(restricted_grid)
        counts = {False: 0, True: 0}
        for category, text, restricted in labels.barriers():
            shown = self.tr("{barrier} (restricted)").format(barrier=text) if restricted else text
            placeholder = (
                self.tr("Only what the participant agreed to share")
                if restricted
                else self.tr("A few words (optional)")
            )
            row = BarrierRow(str(category), shown, restricted, placeholder)
            row.description.setAccessibleName(
                self.tr("{barrier}: description").format(barrier=text)
            )
            self.rows.append(row)
            grid = restricted_grid if restricted else common_grid
            line = counts[restricted]
            counts[restricted] += 1
            left = QWidget()
            stack = QVBoxLayout(left)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(0)
            stack.addWidget(row.ticked)
            stack.addWidget(row.slots["category"].error)
            grid.addWidget(left, line, 0)
            grid.addWidget(cell(row.description, row.slots["description"].error), line, 1)
            grid.setColumnStretch(0, 2)
            grid.setColumnStretch(1, 3)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(common)
        column.addWidget(confidential)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        self.footer(outer, stretch=False)

    def _chosen(self) -> list[BarrierRow]:
        return [row for row in self.rows if row.ticked.isChecked()]

    def values(self) -> list[BarrierInput]:
        return [row.value() for row in self._chosen()]

    def set_values(self, barriers: Sequence[BarrierInput]) -> None:
        by_category = {row.category: row for row in self.rows}
        for barrier in barriers:
            row = by_category.get(str(barrier.category))
            if row is not None:
                row.ticked.setChecked(True)
                row.description.setText(barrier.description or "")

    def slot(self, key: str) -> Slot | None:
        parts = key.split(".")
        if len(parts) == 3 and parts[0] == "barriers" and parts[1].isdigit():
            chosen_rows = self._chosen()
            index = int(parts[1])
            return chosen_rows[index].slots.get(parts[2]) if index < len(chosen_rows) else None
        return self.slots.get(key)

    def all_slots(self) -> list[Slot]:
        return list({id(s): s for row in self.rows for s in row.slots.values()}.values())

"""Possibly the same person enrolled twice: both records side by side, then "Merge into this
one" (the coach picks the record that stays) or "Not the same person".

Merging happens on the program's server (it moves every service, referral, note and consent
to the record kept; nothing is deleted) and needs the network; the result is pulled at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import CoachAppError
from coachapp.services.duplicates import DuplicatePairView, DuplicateSide
from sync.errors import Offline
from ui.changes import changes
from ui.context import AppContext
from ui.errors import show_error
from ui.widgets import person_words


def reason_label(reason: str) -> str:
    return {
        "same_tanf_case": QCoreApplication.translate("DuplicateWords", "Same TANF case number"),
        "same_ivd_case": QCoreApplication.translate(
            "DuplicateWords", "Same child support (IV-D) case number"
        ),
        "same_name_and_birth_date": QCoreApplication.translate(
            "DuplicateWords", "Same name and date of birth"
        ),
    }.get(reason, reason.replace("_", " ").capitalize())


class _SideCard(QFrame):
    """One of the two records, with the button that keeps it."""

    def __init__(
        self,
        dialog: DuplicateDialog,
        side: DuplicateSide,
        number: int,
        names: Mapping[str, str],
    ) -> None:
        super().__init__()
        self.setObjectName("card")
        self.side = side
        layout = QVBoxLayout(self)
        heading = QLabel(
            QCoreApplication.translate("DuplicateDialog", "Record {n}").format(n=number)
        )
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        person = side.summary
        if person is None:
            missing = QLabel(
                QCoreApplication.translate(
                    "DuplicateDialog",
                    "This record is in another coach's caseload, so it is not on this laptop. "
                    "That coach or a supervisor can decide.",
                )
            )
            missing.setWordWrap(True)
            missing.setObjectName("hint")
            layout.addWidget(missing)
        else:
            name = QLabel(person.display_name)
            name.setObjectName("pageTitle")
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(name)
            form = QFormLayout()
            empty = QCoreApplication.translate("DuplicateDialog", "(none)")

            def add(label: str, value: str | None) -> None:
                shown = QLabel(value or empty)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setAccessibleName(f"{label} {value or empty}")
                form.addRow(label, shown)

            full = " ".join(p for p in (person.first_name, person.last_name) if p)
            add(QCoreApplication.translate("DuplicateDialog", "Full name"), full)
            born = person.date_of_birth.isoformat() if person.date_of_birth else None
            add(QCoreApplication.translate("DuplicateDialog", "Date of birth"), born)
            add(
                QCoreApplication.translate("DuplicateDialog", "Status"),
                person_words.status(person.status),
            )
            add(
                QCoreApplication.translate("DuplicateDialog", "TANF case number"),
                person.tanf_case_number,
            )
            add(
                QCoreApplication.translate("DuplicateDialog", "IV-D case number"),
                person.ivd_case_number,
            )
            add(
                QCoreApplication.translate("DuplicateDialog", "Assigned coach"),
                names.get(person.assigned_coach_id or ""),
            )
            add(
                QCoreApplication.translate("DuplicateDialog", "Recruitment branch"),
                names.get(person.recruitment_site_id or ""),
            )
            add(
                QCoreApplication.translate("DuplicateDialog", "Recorded for them"),
                QCoreApplication.translate(
                    "DuplicateDialog", "{s} services · {r} referrals · {n} notes · {c} consents"
                ).format(s=side.services, r=side.referrals, n=side.notes, c=side.consents),
            )
            layout.addLayout(form)
        layout.addStretch(1)
        self.merge_button = QPushButton(
            QCoreApplication.translate("DuplicateDialog", "&Merge into this one")
            if number == 1
            else QCoreApplication.translate("DuplicateDialog", "M&erge into this one")
        )
        self.merge_button.setObjectName(f"mergeInto{number}")
        self.merge_button.setToolTip(
            QCoreApplication.translate(
                "DuplicateDialog",
                "Keep record {n}; everything recorded for the other moves to it (Alt+{key})",
            ).format(n=number, key="M" if number == 1 else "E")
        )
        self.merge_button.setEnabled(person is not None)
        layout.addWidget(self.merge_button)


class DuplicateDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        pair: DuplicatePairView,
        *,
        names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pair = pair
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("Is this the same person?"))
        self.resize(900, 560)
        title = QLabel(self.tr("Is this the same person?"))
        title.setObjectName("pageTitle")
        why = QLabel(
            self.tr(
                "The program's server noticed two records that may be one person ({reason}), "
                "probably enrolled on two laptops before they synced. Compare them. If they "
                "are the same person, choose the record to keep: everything recorded for the "
                "other one — services, referrals, notes, consents — moves to it, and nothing "
                "is deleted. If they are two different people, say so and they will not be "
                "flagged again."
            ).format(reason=reason_label(str(pair.reason)).lower())
        )
        why.setWordWrap(True)
        why.setObjectName("hint")

        self.cards = [
            _SideCard(self, pair.first, 1, names),
            _SideCard(self, pair.second, 2, names),
        ]
        row = QHBoxLayout()
        for card in self.cards:
            row.addWidget(card, 1)
            card.merge_button.clicked.connect(lambda _c=False, c=card: self._ask_merge(c.side))

        # The inline "are you sure" (a merge cannot be undone from the laptop).
        self.confirm = QFrame()
        self.confirm.setObjectName("card")
        confirm_row = QHBoxLayout(self.confirm)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_yes = QPushButton(self.tr("&Yes, merge"))
        self.confirm_yes.setObjectName("confirmMerge")
        self.confirm_back = QPushButton(self.tr("&Back"))
        confirm_row.addWidget(self.confirm_text, 1)
        confirm_row.addWidget(self.confirm_yes)
        confirm_row.addWidget(self.confirm_back)
        self.confirm.hide()
        self.confirm_yes.clicked.connect(self._merge)
        self.confirm_back.clicked.connect(self.confirm.hide)
        self._survivor: DuplicateSide | None = None

        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        if not pair.can_decide_here:
            for card in self.cards:
                card.merge_button.setEnabled(False)
            self._say(
                self.tr(
                    "One of the two records is not on this laptop, so you cannot merge them "
                    "here. You can still say they are not the same person."
                )
            )

        self.not_same = QPushButton(self.tr("&Not the same person"))
        self.not_same.setObjectName("notSamePerson")
        self.not_same.setToolTip(self.tr("They are two different people (Alt+N)"))
        self.not_same.clicked.connect(self._reject_pair)
        close = QPushButton(self.tr("&Close"))
        close.setToolTip(self.tr("Decide later (Esc)"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.not_same)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(why)
        layout.addLayout(row, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

    # --- actions ---

    def _ask_merge(self, survivor: DuplicateSide) -> None:
        if survivor.summary is None:
            return
        other = self.pair.second if survivor is self.pair.first else self.pair.first
        other_name = other.summary.display_name if other.summary else self.tr("the other record")
        self._survivor = survivor
        self.confirm_text.setText(
            self.tr(
                "Keep {keep}'s record and move everything recorded for {other} into it? "
                "Every laptop follows at its next sync."
            ).format(keep=survivor.summary.display_name, other=other_name)
        )
        self.confirm.show()
        self.confirm_yes.setFocus()

    def _merge(self) -> None:
        survivor = self._survivor
        if survivor is None:
            return
        engine, pair_id = self.ctx.connection.engine, self.pair.id
        self._start(lambda: engine.merge_duplicate(pair_id, survivor_id=survivor.participant_id))

    def _reject_pair(self) -> None:
        engine, pair_id = self.ctx.connection.engine, self.pair.id
        self._start(lambda: engine.reject_duplicate(pair_id))

    def _start(self, work: Any) -> None:
        sync = self.ctx.extras.get("sync")
        if sync is None:
            return
        started = sync.run_online(work, on_done=self._decided, on_failed=self._failed)
        if not started:
            self._say(self.tr("A sync is running. Try again when it has finished."))
            return
        self._say(None)
        self._busy(True)

    def _decided(self, _report: object) -> None:
        self._busy(False)
        ids = [self.pair.first.participant_id, self.pair.second.participant_id]
        self.ctx.bus.announce(
            changes("duplicate", "participant", ids=[self.pair.id, *ids], participant_ids=ids)
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, Offline):
            self._say(
                self.tr(
                    "You're offline. Deciding about duplicates needs the program's server; "
                    "try again when you're back online."
                )
            )
        elif isinstance(exc, CoachAppError):
            self._say(str(exc))
        else:
            show_error(self, exc)

    def _busy(self, busy: bool) -> None:
        for card in self.cards:
            card.merge_button.setEnabled(not busy and self.pair.can_decide_here)
        self.not_same.setEnabled(not busy)
        self.confirm_yes.setEnabled(not busy)

    def _say(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))

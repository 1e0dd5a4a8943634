"""Record a barrier to training or work, or mark one resolved. Disability, substance use,
mental health and domestic violence are restricted: the form says so when one is chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from coachapp.models.enums import RESTRICTED_BARRIERS, BarrierCategory
from coachapp.services import barriers
from coachapp.services.barriers import BarrierView
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets import casework_words as words
from ui.widgets import person_words
from ui.widgets.field_form import chosen, date_edit, fill_choices, to_date


def barrier_label(category: BarrierCategory) -> str:
    name = person_words.barrier(category)
    if category in RESTRICTED_BARRIERS:
        return QCoreApplication.translate("BarrierDialog", "{name} (restricted)").format(name=name)
    return name


class BarrierDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, participant_id: str, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Add a barrier"),
            intro=self.tr("Something standing between the participant and training or work."),
            save_text=self.tr("&Add barrier"),
            parent=parent,
        )
        self.setObjectName("barrierDialog")
        self.participant_id = participant_id
        self.category = QComboBox()
        fill_choices(
            self.category,
            [(c, barrier_label(c)) for c in BarrierCategory],
            blank=self.tr("— choose —"),
        )
        self.form.add("category", self.tr("&Barrier:"), self.category)
        self.restricted_note = QLabel(
            self.tr(
                "Restricted: refer out for help, keep details brief. Only the assigned coach "
                "and supervisors see it."
            )
        )
        self.restricted_note.setObjectName("restrictedBanner")
        self.restricted_note.setWordWrap(True)
        self.restricted_note.hide()
        self.insert_widget(self.restricted_note)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.form.add("description", self.tr("&Description (optional):"), self.description)
        self.found = date_edit(ctx.today())
        self.form.add("identified_on", self.tr("&Identified on:"), self.found)
        self.category.currentIndexChanged.connect(self._fit)
        self.category.setFocus()

    def _fit(self) -> None:
        self.restricted_note.setVisible(chosen(self.category) in RESTRICTED_BARRIERS)

    def work(self) -> Callable[[], BarrierView]:
        store, pid, today = self.ctx.store, self.participant_id, self.ctx.today()
        category = chosen(self.category) or ""
        description = self.description.toPlainText() or None
        found = to_date(self.found.date())
        return lambda: barriers.add_barrier(
            store,
            participant_id=pid,
            category=category,
            description=description,
            identified_on=found,
            today=today,
        )

    def announce(self, result: BarrierView) -> None:
        self.ctx.bus.announce(
            changes("barrier", ids=[result.id], participant_ids=[self.participant_id])
        )


class ResolveBarrierDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, barrier: BarrierView, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Mark a barrier resolved"),
            intro=self.tr("{barrier}, identified {day}.").format(
                barrier=person_words.barrier(barrier.category), day=words.day(barrier.identified_on)
            ),
            save_text=self.tr("&Mark resolved"),
            parent=parent,
        )
        self.setObjectName("resolveBarrierDialog")
        self.barrier = barrier
        self.day = date_edit(ctx.today())
        self.form.add("on", self.tr("&Resolved on:"), self.day)

    def work(self) -> Callable[[], BarrierView]:
        store, today, barrier_id = self.ctx.store, self.ctx.today(), self.barrier.id
        day = to_date(self.day.date())
        return lambda: barriers.resolve_barrier(store, barrier_id, on=day, today=today)

    def announce(self, result: BarrierView) -> None:
        self.ctx.bus.announce(
            changes("barrier", ids=[result.id], participant_ids=[result.participant_id])
        )

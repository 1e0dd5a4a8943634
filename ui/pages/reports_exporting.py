"""The Reports page's exports: ask where (the coach chooses the folder), then build, write and
record the file in a worker, and say on the page where it went (or why it could not)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QLabel, QWidget

from coachapp.errors import CoachAppError
from coachapp.services.reports import ExportKind, ReportFilter
from ui import workers
from ui.errors import show_error
from ui.reports_export import csv_bytes, pdf_bytes, report_html, write_export
from ui.widgets.save_dialog import save_file_name

if TYPE_CHECKING:
    from ui.pages.reports import ReportsPage


def repolish(widget: QWidget) -> None:
    """Apply the style again after the widget's object name (its look) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ReportExports(QObject):
    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.page = page

    @property
    def message(self) -> QLabel:
        return self.page.export_message

    def export_csv(self, path: Path | None = None) -> workers.Op[Path] | None:
        page = self.page
        if page.document is None or page.answer is None:
            return None
        chosen = path or self._ask_where(
            self.tr("Save the report as a spreadsheet"), "csv", self.tr("CSV files (*.csv)")
        )
        if chosen is None:
            return None
        data = csv_bytes(page.document)
        return self._export(chosen, ExportKind.CSV, lambda: data)

    def export_pdf(self, path: Path | None = None) -> workers.Op[Path] | None:
        page = self.page
        if page.document is None or page.answer is None:
            return None
        chosen = path or self._ask_where(
            self.tr("Save the report as a PDF"), "pdf", self.tr("PDF files (*.pdf)")
        )
        if chosen is None:
            return None
        html_text = report_html(page.document)
        title = self.tr("{program} report, {period}").format(
            program=page.document.program, period=page.document.period
        )
        # Laying out and drawing the pages is the slow part: it runs in the worker.
        return self._export(chosen, ExportKind.PDF, lambda: pdf_bytes(html_text, title=title))

    def _ask_where(self, caption: str, suffix: str, kinds: str) -> Path | None:
        assert self.page.answer is not None
        f: ReportFilter = self.page.answer.reports.filter
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Report {start} to {end}").format(
            start=f.period_start.isoformat(), end=f.period_end.isoformat()
        )
        picked = save_file_name(self.page, caption, str(Path(folder) / f"{name}.{suffix}"), kinds)
        if not picked:
            return None
        target = Path(picked)
        return target if target.suffix.lower() == f".{suffix}" else target.with_suffix(f".{suffix}")

    def _export(
        self, path: Path, kind: ExportKind, content: Callable[[], bytes]
    ) -> workers.Op[Path]:
        page = self.page
        assert page.answer is not None
        store, f = page.ctx.store, page.answer.reports.filter
        self.message.hide()
        page.status.setText(self.tr("Saving the report…"))

        def work() -> Path:
            return write_export(store, path, content(), kind=kind, report_filter=f)

        return workers.run(page, work, on_done=self._exported, on_failed=self._failed)

    def _exported(self, path: Path) -> None:
        self.page.status.setText("")
        self.message.setObjectName("okBanner")
        self.message.setText(
            self.tr("Saved {name} in {folder}. The export is recorded in the audit trail.").format(
                name=path.name, folder=str(path.parent)
            )
        )
        repolish(self.message)
        self.message.show()

    def _failed(self, exc: BaseException) -> None:
        self.page.status.setText("")
        if not isinstance(exc, CoachAppError):
            show_error(self.page, exc)
            return
        self.message.setObjectName("warningBanner")
        self.message.setText(str(exc))
        repolish(self.message)
        self.message.show()

"""Exports of the Reports page: a CSV of every table, and a PDF with a one-page summary (program,
period, headline figures, the HPOG indicators) followed by the other tables.

Both are built in memory and written only where the coach chose, atomically (a temp file in
that same folder, fsync, rename), so no copy is ever left in the system's temp folder. Each
export is then recorded in the audit trail through the core.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from coachapp.atomic import write_atomic
from coachapp.errors import CoachAppError
from coachapp.services.reports import ExportKind, ReportFilter, record_export
from coachapp.store.local import LocalStore
from ui.report_document import Line, ReportDocument, Table

#: Spreadsheets run a cell starting with one of these as a formula; names typed by people
#: (a partner's contact, a branch) are kept as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: str) -> str:
    if cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def _label(table: Table, line: Line, parent: str) -> str:
    """A detail line's label carries its indicator's, so each CSV row reads on its own."""
    return f"{parent} — {line.cells[0]}" if line.level and parent else line.cells[0]


def csv_bytes(doc: ReportDocument) -> bytes:
    """Every table one after the other, each under its title, with a header block first.

    UTF-8 with a byte-order mark, so spreadsheet programs show "—" and "–" as they are.
    """
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([QCoreApplication.translate("ReportExport", "Program"), doc.program])
    w.writerow([QCoreApplication.translate("ReportExport", "Reporting period"), doc.period])
    w.writerow([QCoreApplication.translate("ReportExport", "Who is counted"), doc.filters])
    w.writerow([QCoreApplication.translate("ReportExport", "As of"), doc.as_of])
    w.writerow(
        [
            QCoreApplication.translate("ReportExport", "Worked out"),
            doc.computed_at.strftime("%Y-%m-%d %H:%M"),
        ]
    )
    w.writerow([])
    w.writerow([QCoreApplication.translate("ReportExport", "Headline figures")])
    for h in doc.headlines:
        w.writerow([_safe(h.label), h.value, _safe(h.detail)])
    for section in doc.sections:
        for table in section.tables:
            w.writerow([])
            w.writerow([_safe(table.title)])
            w.writerow([_safe(c) for c in table.columns])
            parent = ""
            for line in table.lines:
                if not line.level:
                    parent = line.cells[0]
                label = _label(table, line, parent)
                w.writerow([_safe(label), *(_safe(c) for c in line.cells[1:])])
            if not table.lines and table.empty:
                w.writerow([_safe(table.empty)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# --- PDF ------------------------------------------------------------------------------------------

_CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8.5pt; color: #1b1f24; }
h1 { font-size: 15pt; color: #1f3a5f; margin: 0; }
h2 { font-size: 11pt; color: #1f3a5f; margin-top: 12px; margin-bottom: 4px; }
h3 { font-size: 9.5pt; color: #1f3a5f; margin-top: 10px; margin-bottom: 3px; }
p.meta { color: #3c4a5c; margin: 1px 0; }
p.note { color: #555; font-size: 7.5pt; margin-top: 2px; }
td.num { text-align: right; }
th { background-color: #dfe6ef; font-weight: 600; }
td.tanf { background-color: #eef3fa; }
td.detail { color: #4a5563; padding-left: 14px; }
tr.total td { font-weight: 700; }
tr.attention td { color: #7a1c12; background-color: #fde2df; }
td.headvalue { font-size: 15pt; font-weight: 700; color: #1f3a5f; }
td.headlabel { color: #3c4a5c; }
"""


def report_html(doc: ReportDocument) -> str:
    """The PDF's content: page one is the summary, then a new page for the other tables."""
    e = html.escape
    title = QCoreApplication.translate("ReportExport", "Program report")
    period = QCoreApplication.translate("ReportExport", "Reporting period")
    who = QCoreApplication.translate("ReportExport", "Who is counted")
    worked = QCoreApplication.translate(
        "ReportExport", "Worked out {when} from the records on this laptop."
    ).format(when=doc.computed_at.strftime("%Y-%m-%d %H:%M"))
    parts = [
        f"<html><head><style>{_CSS}</style></head><body>",
        f"<h1>{e(doc.program)} — {e(title)}</h1>",
        f"<p class='meta'><b>{e(period)}:</b> {e(doc.period)}</p>",
        f"<p class='meta'><b>{e(who)}:</b> {e(doc.filters)}</p>",
        f"<p class='meta'>{e(doc.as_of)}. {e(worked)}</p>",
    ]
    parts.append(_headlines_html(doc))
    first, *rest = doc.sections
    parts.append(f"<h2>{e(first.title)}</h2>")
    parts.extend(_table_html(t, heading=False) for t in first.tables)
    parts.append("<div style='page-break-before: always'></div>")
    for section in rest:
        parts.append(f"<h2>{e(section.title)}</h2>")
        parts.extend(_table_html(t, heading=len(section.tables) > 1) for t in section.tables)
    parts.append(_definitions_html(first.tables[0]))
    parts.append("</body></html>")
    return "".join(parts)


def _definitions_html(table: Table) -> str:
    """What each HPOG indicator counts, at the end: the tooltips of the screen, on paper."""
    e = html.escape
    items = [
        f"<p class='note'><b>{e(line.cells[0])}</b> — {e(line.definition)}</p>"
        for line in table.lines
        if line.definition and not line.level
    ]
    heading = QCoreApplication.translate("ReportExport", "What the HPOG indicators count")
    return f"<h2>{e(heading)}</h2>" + "".join(items)


def _headlines_html(doc: ReportDocument) -> str:
    e = html.escape
    cells = [
        f"<td width='33%'><span class='headlabel'>{e(h.label)}</span><br/>"
        f"<span style='font-size: 15pt; font-weight: 700; color: #1f3a5f'>{e(h.value)}</span><br/>"
        f"<span class='headlabel'>{e(h.detail)}</span></td>"
        for h in doc.headlines
    ]
    rows = ["<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, len(cells), 3)]
    return (
        "<table width='100%' cellspacing='4' cellpadding='6' "
        "style='margin-top: 8px; border-collapse: separate' border='0' bgcolor='#f3f6fa'>"
        + "".join(rows)
        + "</table>"
    )


def _table_html(table: Table, *, heading: bool) -> str:
    e = html.escape
    out = [f"<h3>{e(table.title)}</h3>"] if heading else []
    if not table.lines:
        out.append(f"<p class='note'>{e(table.empty)}</p>")
        return "".join(out)
    # Wide tables (referrals: ten figures a line) in a smaller type, so no word is split.
    size = "7pt" if len(table.columns) > 8 else "8.5pt"
    out.append(
        "<table width='100%' cellspacing='0' cellpadding='3' border='1' "
        f"style='border-color: #c9d1db; border-collapse: collapse; font-size: {size}'>"
    )
    head = "".join(
        f"<th align='{_align(table, i)}'{_width(table, i)}>"
        f"{'<br/>'.join(e(part) for part in table.header(i).split(chr(10)))}</th>"
        for i in range(len(table.columns))
    )
    out.append(f"<thead><tr>{head}</tr></thead>")
    for line in table.lines:
        kind = "attention" if line.attention else "total" if line.total else ""
        cells = []
        for i, cell in enumerate(line.cells):
            classes = []
            if i == 0 and line.level:
                classes.append("detail")
            if i >= table.text_columns:
                classes.append("num")
            tanf_column = table.tanf_from is not None and i >= table.tanf_from
            if (line.tanf or tanf_column) and not line.attention:
                classes.append("tanf")
            text = e(cell)
            if i in line.alert_cells:
                text = f"<span style='color: #b00020; font-weight: 700'>{text}</span>"
            if line.total:
                text = f"<b>{text}</b>"
            if i == 0 and line.level:
                text = "&nbsp;&nbsp;&nbsp;" + text
            cells.append(f"<td class='{' '.join(classes)}' align='{_align(table, i)}'>{text}</td>")
        out.append(f"<tr class='{kind}'>{''.join(cells)}</tr>")
    out.append("</table>")
    if table.note:
        out.append(f"<p class='note'>{e(table.note)}</p>")
    return "".join(out)


def _align(table: Table, column: int) -> str:
    return "left" if column < table.text_columns else "right"


def _width(table: Table, column: int) -> str:
    """The label column takes a good share of the page so labels do not wrap word by word."""
    if column != 0:
        return ""
    share = 20 if len(table.columns) > 8 else 34 if len(table.columns) > 4 else 50
    return f" width='{share}%'"


def pdf_bytes(report_html_text: str, *, title: str) -> bytes:
    """Lay the report out on US Letter pages in memory. Qt adds 2 cm margins and page
    numbers at the foot of each page when it lays a document out for printing."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("CoachApp")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(2, 2, 2, 2),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(report_html_text)
    document.print_(writer)
    del writer  # finishes the file
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


# --- writing ------------------------------------------------------------------------------------


def write_export(
    store: LocalStore, path: Path, data: bytes, *, kind: ExportKind, report_filter: ReportFilter
) -> Path:
    """Write ``data`` to ``path`` atomically, then record the export in the audit trail.

    If the audit event cannot be written, the file is removed again: an export nobody can
    account for is not left behind.
    """
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise CoachAppError(
            QCoreApplication.translate(
                "ReportExport",
                "CoachApp could not save the report in {folder}: {reason}. Choose another folder.",
            )
            .replace("{folder}", str(path.parent))
            .replace("{reason}", exc.strerror or type(exc).__name__)
        ) from None
    try:
        record_export(store, kind=kind, report_filter=report_filter)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return path

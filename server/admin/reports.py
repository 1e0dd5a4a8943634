"""``python -m server report``: an organisation's reports for a period, as CSV or JSON.

Teams and sites are named by their codes and coaches by username, as in the rest of the
command line; the numbers are the same as ``GET /v1/reports/{name}`` gives an administrator.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachapp.models import Coach, Site
from coachapp.models.enums import StudyGroup
from server.admin.audit import record_admin_action
from server.admin.errors import AdminError
from server.admin.orgs import find_org, find_team
from server.report_formats import csv_text, report_document
from server.storage import reports as storage

FORMATS = ("csv", "json")

NOTES = """
The numbers are those GET /v1/reports/NAME gives an administrator (definitions:
docs/indicators.md), for the whole organisation unless --team, --site, --coach or
--study-group narrow it. CSV has one row a figure: report, figure, all, tanf (the
same figure for TANF recipients only), after rows naming the filter. The --output
file is written whole or not at all, readable by its owner only.
"""

#: The option an administrator typed, for each field the report's checks may name.
_OPTION_FOR_FIELD = {
    "period_start": "--from",
    "period_end": "--to",
    "as_of": "--as-of",
    "team": "--team",
    "site": "--site",
    "coach": "--coach",
    "study_group": "--study-group",
}


@dataclass(frozen=True)
class ReportRequest:
    name: str
    org_code: str
    period_start: date
    period_end: date
    output_format: str = "json"
    as_of: date | None = None
    team_code: str | None = None
    site_code: str | None = None
    coach_username: str | None = None
    study_group: StudyGroup | None = None


def add_options(cmd: argparse.ArgumentParser) -> None:
    """The command line of ``report`` (its ``--org`` is added with every other command's)."""
    names = storage.NAMES
    cmd.add_argument("name", metavar="NAME", choices=names, help="one of: " + ", ".join(names))
    day = "YYYY-MM-DD"
    cmd.add_argument(
        "--from", dest="period_start", type=iso_day, metavar=day, required=True, help="first day"
    )
    cmd.add_argument(
        "--to", dest="period_end", type=iso_day, metavar=day, required=True, help="last day"
    )
    cmd.add_argument(
        "--as-of", type=iso_day, metavar=day, help="the day taken as today (default: today)"
    )
    cmd.add_argument("--team", metavar="TEAMCODE", help="only this team's participants")
    cmd.add_argument("--site", metavar="SITECODE", help="only those recruited at this site")
    cmd.add_argument("--coach", metavar="USERNAME", help="only this coach's participants")
    groups = [g.value for g in StudyGroup]
    cmd.add_argument("--study-group", choices=groups, help="only this study group")
    cmd.add_argument(
        "--format", dest="output_format", choices=FORMATS, default="json", help="default: json"
    )
    cmd.add_argument("--output", metavar="FILE", help="write to FILE (default: standard output)")
    cmd.epilog = (cmd.epilog or "") + NOTES


_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def iso_day(text: str) -> date:
    """A YYYY-MM-DD day for argparse (which turns the error into the command's one line)."""
    try:
        if _DAY.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a day; write it as YYYY-MM-DD")


def program_report(session: Session, request: ReportRequest) -> str:
    """The report as the text of a CSV or JSON file (JSON ends with a newline)."""
    if request.output_format not in FORMATS:
        raise AdminError(f"--format must be one of: {', '.join(FORMATS)}")
    storage.one_snapshot(session)  # before the first statement of the transaction
    org = find_org(session, request.org_code)
    team_id = find_team(session, org, request.team_code).id if request.team_code else None
    ask = storage.ReportAsk(
        period_start=request.period_start,
        period_end=request.period_end,
        as_of=request.as_of,
        coach_id=_coach_id(session, org.id, org.code, request.coach_username),
        team_id=team_id,
        site_id=_site_id(session, org.id, org.code, request.site_code),
        study_group=request.study_group,
    )
    try:
        f = storage.report_filter(session, storage.ReportScope(org_id=org.id), ask)
        result = storage.run_report(session, request.name, f)
    except storage.ReportRefused as refused:
        option = _OPTION_FOR_FIELD.get(refused.field or "", "")
        raise AdminError(f"{option}: {refused.message}" if option else refused.message) from None
    if request.output_format == "csv":
        text = csv_text(request.name, f, result)
    else:
        document = report_document(request.name, f, result)
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    record_admin_action(
        session,
        action="report",
        org_id=org.id,
        counts={
            "report": request.name,
            "format": request.output_format,
            "period_start": f.period_start,
            "period_end": f.period_end,
            "team_id": f.team_id,
            "site_id": f.site_id,
            "coach_id": f.coach_id,
        },
    )
    return text


def _site_id(session: Session, org_id: str, org_code: str, code: str | None) -> str | None:
    if code is None:
        return None
    found = session.scalar(
        select(Site.id).where(
            Site.org_id == org_id,
            Site.deleted.is_(False),
            func.lower(Site.code) == code.strip().lower(),
        )
    )
    if found is None:
        raise AdminError(f"organisation {org_code} has no site with code {code.strip()!r}")
    return found


def _coach_id(session: Session, org_id: str, org_code: str, username: str | None) -> str | None:
    if username is None:
        return None
    found = session.scalar(
        select(Coach.id).where(
            Coach.org_id == org_id,
            Coach.deleted.is_(False),
            func.lower(Coach.username) == username.strip().lower(),
        )
    )
    if found is None:
        raise AdminError(f"organisation {org_code} has no coach {username.strip()!r}")
    return found

"""Caseload by status, and recruits by DHS branch with the team that adopted it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from coachapp.models import Participant, Site, Team
from coachapp.models.enums import ParticipantStatus, SiteKind
from coachapp.services.reports.figures import Split
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.sql import count_if, no_index


@dataclass(frozen=True)
class SiteRecruits:
    """One DHS branch (or TANF office): who was recruited there in the period."""

    site_id: str | None  # None: no recruitment site recorded
    site_name: str
    site_kind: SiteKind | None
    adopted_by_team_id: str | None
    adopted_by_team: str | None
    recruited: Split[int]  # first contact (application, or record made) in the period
    enrolled: Split[int]  # enrolled in the period, whenever first seen


@dataclass(frozen=True)
class Caseload:
    #: On the caseload in the period (first seen by its end, not exited before its start),
    #: by their status today, in program order.
    by_status: tuple[tuple[ParticipantStatus, Split[int]], ...]
    total: Split[int]
    by_site: tuple[SiteRecruits, ...]  # most recruits first; adopted branches with none too


def caseload_summary(session: Session, f: ReportFilter) -> Caseload:
    f = ReportFilter.given(f)
    p = Participant
    start, end = f.period_start, f.period_end
    start_at = datetime.combine(start, time.min, UTC)
    after_end = datetime.combine(end + timedelta(days=1), time.min, UTC)
    # Leads have no application date; the day their record was made stands in for it.
    first_seen_by_end = or_(
        p.applied_on <= end, and_(p.applied_on.is_(None), p.created_at < after_end)
    )
    on_caseload = and_(first_seen_by_end, or_(p.exited_on.is_(None), p.exited_on >= start))
    recruited = or_(
        p.applied_on.between(start, end),
        and_(p.applied_on.is_(None), p.created_at >= start_at, p.created_at < after_end),
    )
    enrolled = p.enrolled_on.between(start, end)
    tanf = p.tanf_recipient.is_(True)
    # By status: a count for each status side by side in one row (there are five), so the
    # participants need no sorting into groups.
    statuses = list(ParticipantStatus)
    counts = session.execute(
        select(
            *(count_if(p.status == s) for s in statuses),
            *(count_if(and_(p.status == s, tanf)) for s in statuses),
        ).where(*f.participant_conditions(), on_caseload)
    ).one()
    n = len(statuses)
    by_status = tuple(
        (s, Split(all=int(counts[i]), tanf=int(counts[n + i]))) for i, s in enumerate(statuses)
    )
    total = Split(all=sum(n.all for _, n in by_status), tanf=sum(n.tanf for _, n in by_status))
    # By site: only those recruited or enrolled in the period are counted there.
    measures = (recruited, enrolled)
    # Grouped as the report index is read (SQLite would otherwise go through the site's own
    # index to have the rows in site order, and read every whole row: see ``no_index``).
    site = no_index(p.recruitment_site_id)
    rows = session.execute(
        select(
            site,
            *(count_if(m) for m in measures),
            *(count_if(and_(m, tanf)) for m in measures),
        )
        .where(*f.participant_conditions(), or_(*measures))
        .group_by(site)
    ).all()
    shown: dict[str | None, list[int]] = {}
    for row in rows:
        # Recruits and enrollees, then the TANF recipients among each.
        shown[row[0]] = [int(row[1]), int(row[3]), int(row[2]), int(row[4])]
    return Caseload(by_status=by_status, total=total, by_site=_sites(session, f, shown))


def _sites(
    session: Session, f: ReportFilter, counts: dict[str | None, list[int]]
) -> tuple[SiteRecruits, ...]:
    s, t = Site, Team
    shown: list[ColumnElement[bool]] = [s.id.in_([k for k in counts if k is not None])]
    if f.site_id is None:
        # Every adopted branch shows, recruits or not: an adopted office with none is news.
        adopted: ColumnElement[bool] = (
            s.adopted_by_team_id.is_not(None)
            if f.team_id is None
            else s.adopted_by_team_id == f.team_id
        )
        shown.append(and_(adopted, s.deleted.is_(False), s.active.is_(True)))
    where: list[ColumnElement[bool]] = [or_(*shown)]
    if f.org_id is not None:
        where.append(s.org_id == f.org_id)
    sites = session.execute(
        select(s.id, s.name, s.kind, s.adopted_by_team_id, t.name)
        .outerjoin(t, t.id == s.adopted_by_team_id)
        .where(*where)
    ).all()
    lines = [
        _line(site_id, name, SiteKind(kind), team_id, team, counts.get(site_id))
        for site_id, name, kind, team_id, team in sites
    ]
    if None in counts:
        lines.append(_line(None, "No site recorded", None, None, None, counts[None]))
    return tuple(sorted(lines, key=lambda x: (-x.recruited.all, -x.enrolled.all, x.site_name)))


def _line(
    site_id: str | None,
    name: str,
    kind: SiteKind | None,
    team_id: str | None,
    team: str | None,
    n: Any,
) -> SiteRecruits:
    n = n if n is not None else (0, 0, 0, 0)
    return SiteRecruits(
        site_id=site_id,
        site_name=name,
        site_kind=kind,
        adopted_by_team_id=team_id,
        adopted_by_team=team,
        recruited=Split(all=int(n[0]), tanf=int(n[1])),
        enrolled=Split(all=int(n[2]), tanf=int(n[3])),
    )

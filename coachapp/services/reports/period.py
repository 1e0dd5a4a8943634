"""What a report is asked for: the reporting period and the filters on whose numbers they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement

from coachapp.errors import ValidationError
from coachapp.models import Participant
from coachapp.models.enums import StudyGroup


@dataclass(frozen=True)
class ReportFilter:
    """A reporting period (both days included) and who is in the numbers.

    ``coach_id`` is the assigned coach, ``team_id`` the participant's team, ``site_id`` the
    DHS branch they were recruited at. ``as_of`` stands for "today" (open and overdue
    referrals, six-month follow-up, pace to goal); None means the real today. ``org_id``
    keeps a server report inside one organisation; a laptop holds only its own.
    """

    period_start: date
    period_end: date
    coach_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    study_group: StudyGroup | None = None
    as_of: date | None = None
    org_id: str | None = None

    def __post_init__(self) -> None:
        problems: dict[str, str] = {}
        for name in ("period_start", "period_end"):
            if not isinstance(getattr(self, name), date):
                problems[name] = "Choose the day the reporting period starts and ends."
        if not problems and self.period_end < self.period_start:
            problems["period_end"] = "The end of the period must be on or after its start."
        if self.study_group is not None:
            try:
                object.__setattr__(self, "study_group", StudyGroup(self.study_group))
            except ValueError:
                problems["study_group"] = "Choose a study group from the list."
        if problems:
            raise ValidationError(problems)

    @property
    def today(self) -> date:
        return self.as_of if self.as_of is not None else date.today()

    @property
    def snapshot_day(self) -> date:
        """The day "open" and "overdue" are judged on: today, or the period's end if earlier."""
        return min(self.today, self.period_end)

    def participant_conditions(self) -> list[ColumnElement[bool]]:
        """SQL conditions on ``Participant`` for the filters (not the period)."""
        where: list[ColumnElement[bool]] = [Participant.deleted.is_(False)]
        if self.org_id is not None:
            where.append(Participant.org_id == self.org_id)
        if self.coach_id is not None:
            where.append(Participant.assigned_coach_id == self.coach_id)
        if self.team_id is not None:
            where.append(Participant.team_id == self.team_id)
        if self.site_id is not None:
            where.append(Participant.recruitment_site_id == self.site_id)
        if self.study_group is not None:
            where.append(Participant.study_group == self.study_group)
        return where

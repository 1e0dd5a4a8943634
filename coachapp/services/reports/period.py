"""What a report is asked for: the reporting period and the filters on whose numbers they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement

from coachapp.errors import ValidationError
from coachapp.ids import is_uuid
from coachapp.models import Participant
from coachapp.models.enums import StudyGroup
from coachapp.services.common import EARLIEST_DAY, LATEST_DAY
from coachapp.services.reports.sql import no_index


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
        for name in ("period_start", "period_end", "as_of"):
            value = getattr(self, name)
            if isinstance(value, datetime):  # a moment stands for its day
                object.__setattr__(self, name, value.date())
            elif value is None and name == "as_of":
                continue
            elif not isinstance(value, date):
                problems[name] = "Choose the day the reporting period starts and ends."
                continue
            if not EARLIEST_DAY <= getattr(self, name) <= LATEST_DAY:
                problems[name] = f"Choose a day between {EARLIEST_DAY.year} and {LATEST_DAY.year}."
        for name in ("coach_id", "team_id", "site_id", "org_id"):
            if getattr(self, name) is not None and not is_uuid(getattr(self, name)):
                problems[name] = "Choose from the list."
        if not problems and self.period_end < self.period_start:
            problems["period_end"] = "The end of the period must be on or after its start."
        if self.study_group is not None:
            try:
                object.__setattr__(self, "study_group", StudyGroup(self.study_group))
            except ValueError:
                problems["study_group"] = "Choose a study group from the list."
        if problems:
            raise ValidationError(problems)

    @classmethod
    def given(cls, f: object) -> ReportFilter:
        """``f`` when it is a report filter: what a report is handed, checked at the door."""
        if not isinstance(f, cls):
            raise ValidationError({"period_start": "Choose the reporting period again."})
        return f

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
        # Tested as the report's covering index is read, never looked up through the
        # filter column's own index (see ``sql.no_index``).
        if self.coach_id is not None:
            where.append(no_index(Participant.assigned_coach_id) == self.coach_id)
        if self.team_id is not None:
            where.append(no_index(Participant.team_id) == self.team_id)
        if self.site_id is not None:
            where.append(no_index(Participant.recruitment_site_id) == self.site_id)
        if self.study_group is not None:
            where.append(no_index(Participant.study_group) == self.study_group)
        return where

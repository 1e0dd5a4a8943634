"""The participants list: one page at a time, filtered and sorted in SQL.

Pages are keyset pages: each answer carries the sort key of its last row, and the next page
starts after it, so page 500 of the name order costs what page 1 does and a row added while
the coach scrolls cannot shift the rows already shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select
from sqlalchemy.orm import QueryableAttribute, aliased

from coachapp.errors import ValidationError
from coachapp.ids import is_uuid
from coachapp.models import Coach, Participant, Site
from coachapp.models.enums import ParticipantStatus, StudyGroup
from coachapp.services.common import (
    expect,
    expect_all,
    flag,
    id_filter,
    optional_flag,
    row_count,
)
from coachapp.services.unsynced import unsynced_participants
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck, encodable

MAX_PAGE = 1000


class SortBy(StrEnum):
    """The columns a coach can sort the list by."""

    NAME = "name"
    STATUS = "status"
    TANF_CASE = "tanf_case"
    IVD_CASE = "ivd_case"
    DATE_OF_BIRTH = "date_of_birth"
    BRANCH = "branch"
    COACH = "coach"


@dataclass(frozen=True)
class CaseloadFilter:
    """Which participants to list; None means "any"."""

    status: ParticipantStatus | None = None
    site_id: str | None = None
    study_group: StudyGroup | None = None
    tanf_recipient: bool | None = None
    #: Only this coach's caseload (None: everyone this laptop holds).
    assigned_coach_id: str | None = None


@dataclass(frozen=True)
class CaseloadRow:
    id: str
    first_name: str
    last_name: str
    preferred_name: str | None
    status: ParticipantStatus
    tanf_recipient: bool
    tanf_case_number: str | None
    ivd_case_number: str | None
    date_of_birth: date | None
    study_group: StudyGroup | None
    branch_name: str | None
    coach_name: str | None
    #: Something about this person (their own record or one of theirs) waits to be synced.
    unsynced: bool

    @property
    def list_name(self) -> str:
        """ "Last, First" — how a long alphabetical list reads best."""
        name = f"{self.last_name}, {self.first_name}"
        if self.preferred_name and self.preferred_name != self.first_name:
            name += f" ({self.preferred_name})"
        return name

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}"


#: An opaque place in the list: the sort key of the last row of a page.
PageKey = tuple[Any, ...]

#: A column or an expression the list sorts by.
_Expr = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True)
class CaseloadPage:
    rows: tuple[CaseloadRow, ...]
    #: Where the next page starts; None when this page reached the end.
    after: PageKey | None
    #: How many participants match in all (only when asked for: counting costs a scan).
    total: int | None = None


_SiteAlias = aliased(Site)
_CoachAlias = aliased(Coach)

#: Lifecycle order, so "status" sorts lead → applicant → enrolled → exited.
_STATUS_ORDER = case(
    {
        ParticipantStatus.LEAD: 0,
        ParticipantStatus.APPLICANT: 1,
        ParticipantStatus.ENROLLED: 2,
        ParticipantStatus.EXITED: 3,
    },
    value=Participant.status,
    else_=4,
)


def _sort_keys(sort: SortBy, descending: bool) -> list[tuple[_Expr, bool]]:
    """(expression, descending) pairs, most significant first, ending in a unique key.

    Empty values (no case number, no birth date) come last whichever way the coach sorts,
    and people tied on the chosen column are listed by name.
    """
    nullable: dict[SortBy, _Expr] = {
        SortBy.TANF_CASE: Participant.tanf_case_number,
        SortBy.IVD_CASE: Participant.ivd_case_number,
        SortBy.DATE_OF_BIRTH: Participant.date_of_birth,
        SortBy.BRANCH: func.lower(_SiteAlias.name),
        SortBy.COACH: func.lower(_CoachAlias.display_name),
    }
    keys: list[tuple[_Expr, bool]] = []
    if sort is SortBy.NAME:
        return [(Participant.name_key, descending), (Participant.id, descending)]
    if sort is SortBy.STATUS:
        keys.append((_STATUS_ORDER, descending))
    else:
        expr = nullable[sort]
        keys.append((case((expr.is_(None), 1), else_=0), False))
        keys.append((expr, descending))
    keys.append((Participant.name_key, False))
    keys.append((Participant.id, False))
    return keys


def _after(keys: Sequence[tuple[_Expr, bool]], values: PageKey) -> ColumnElement[bool]:
    """Rows that sort after ``values``: k1 > v1, or k1 = v1 and k2 > v2, and so on."""
    if len(values) != len(keys):
        raise ValueError("that place in the list belongs to another sort order")
    alternatives: list[ColumnElement[bool]] = []
    equal_so_far: list[ColumnElement[bool]] = []
    for (expr, desc), value in zip(keys, values, strict=True):
        if value is not None:
            beyond = expr < value if desc else expr > value
            alternatives.append(and_(*equal_so_far, beyond))
        # A missing value has nothing beyond it within its own group (they all sort alike).
        equal_so_far.append(expr.is_not_distinct_from(value))
    condition = or_(*alternatives) if alternatives else false()
    first, desc = keys[0]
    if values[0] is not None:
        # Redundant, but lets SQLite start from the index on the leading key (the name).
        condition = and_(first <= values[0] if desc else first >= values[0], condition)
    return condition


def _checked_filters(filters: object) -> CaseloadFilter:
    """The list's filters, each one checked: a bad choice is a field error, not a crash."""
    if filters is None:
        return CaseloadFilter()
    given = expect(filters, CaseloadFilter, field="filters", what="list filter")
    fc = FieldCheck()
    status = fc.choice("status", given.status, ParticipantStatus, label="Status", required=False)
    group = fc.choice(
        "study_group", given.study_group, StudyGroup, label="Study group", required=False
    )
    fc.done()
    return CaseloadFilter(
        status=status,
        site_id=id_filter(given.site_id, field="site_id", what="DHS branch"),
        study_group=group,
        tanf_recipient=optional_flag(
            given.tanf_recipient, field="tanf_recipient", label="TANF recipient"
        ),
        assigned_coach_id=id_filter(
            given.assigned_coach_id, field="assigned_coach_id", what="coach"
        ),
    )


def _checked_place(after: object, keys: Sequence[tuple[_Expr, bool]]) -> PageKey | None:
    """``after`` when it is a place in this sort order (as a page hands it out)."""
    if after is None:
        return None
    if (
        isinstance(after, tuple | list)
        and len(after) == len(keys)
        and all(_fits(expr, value) for (expr, _), value in zip(keys, after, strict=True))
    ):
        return tuple(after)
    raise ValidationError({"after": "That place in the list is no longer valid; start again."})


def _fits(expr: _Expr, value: object) -> bool:
    if value is None:
        return True
    try:
        kind = expr.type.python_type
    except NotImplementedError:  # pragma: no cover - every sort key has a Python type
        return False
    if kind is object:  # lower(name) of a branch or a coach: text
        kind = str
    if isinstance(value, bool) or not isinstance(value, kind):
        return False
    if isinstance(value, int):
        return -(2**63) <= value < 2**63
    if isinstance(value, str):
        return encodable(value)
    return not (kind is date and isinstance(value, datetime))


def _conditions(filters: CaseloadFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Participant.deleted.is_(False)]
    if filters.status is not None:
        conditions.append(Participant.status == filters.status)
    if filters.site_id is not None:
        conditions.append(Participant.recruitment_site_id == filters.site_id)
    if filters.study_group is not None:
        conditions.append(Participant.study_group == filters.study_group)
    if filters.tanf_recipient is not None:
        conditions.append(Participant.tanf_recipient.is_(filters.tanf_recipient))
    if filters.assigned_coach_id is not None:
        conditions.append(Participant.assigned_coach_id == filters.assigned_coach_id)
    return conditions


def caseload_page(
    store: LocalStore,
    *,
    filters: CaseloadFilter | None = None,
    sort: SortBy | str = SortBy.NAME,
    descending: bool = False,
    after: PageKey | None = None,
    limit: int = 200,
    with_total: bool = False,
) -> CaseloadPage:
    """One page of the list, starting after ``after`` (the previous page's ``after``)."""
    filters = _checked_filters(filters)
    try:
        order = SortBy(sort)
    except ValueError:
        raise ValidationError({"sort": "Choose a column to sort the list by."}) from None
    keys = _sort_keys(order, flag(descending, field="descending", label="Descending order"))
    after = _checked_place(after, keys)
    conditions = _conditions(filters)
    limit = max(1, min(row_count(limit), MAX_PAGE))
    stmt = (
        select(Participant, _SiteAlias.name, _CoachAlias.display_name, *(k for k, _ in keys))
        .outerjoin(_SiteAlias, _SiteAlias.id == Participant.recruitment_site_id)
        .outerjoin(_CoachAlias, _CoachAlias.id == Participant.assigned_coach_id)
        .where(*conditions)
    )
    if after is not None:
        stmt = stmt.where(_after(keys, after))
    stmt = stmt.order_by(*(k.desc() if d else k.asc() for k, d in keys)).limit(limit + 1)
    with store.read() as session:
        total = None
        if with_total:
            count = select(func.count()).select_from(Participant).where(*conditions)
            total = int(session.scalar(count) or 0)
        found = session.execute(stmt).all()
        more = len(found) > limit
        found = found[:limit]
        unsynced = unsynced_participants(session, [r[0].id for r in found])
        rows = tuple(_row(p, branch, coach, p.id in unsynced) for p, branch, coach, *_ in found)
        next_key = tuple(found[-1][3:]) if more and found else None
    return CaseloadPage(rows=rows, after=next_key, total=total)


def caseload_rows(store: LocalStore, participant_ids: Sequence[str]) -> list[CaseloadRow]:
    """These participants as list rows, in the order given (missing or removed ones left out)."""
    given = expect_all(participant_ids, object, field="participant_ids", what="list of people")
    ids = list(dict.fromkeys(str(i) for i in given if is_uuid(i)))
    if not ids:
        return []
    with store.read() as session:
        found = session.execute(
            select(Participant, _SiteAlias.name, _CoachAlias.display_name)
            .outerjoin(_SiteAlias, _SiteAlias.id == Participant.recruitment_site_id)
            .outerjoin(_CoachAlias, _CoachAlias.id == Participant.assigned_coach_id)
            .where(Participant.id.in_(ids), Participant.deleted.is_(False))
        ).all()
        unsynced = unsynced_participants(session, ids)
        by_id = {p.id: _row(p, branch, coach, p.id in unsynced) for p, branch, coach in found}
    return [by_id[i] for i in ids if i in by_id]


def _row(p: Participant, branch: str | None, coach: str | None, unsynced: bool) -> CaseloadRow:
    return CaseloadRow(
        id=p.id,
        first_name=p.first_name,
        last_name=p.last_name,
        preferred_name=p.preferred_name,
        status=ParticipantStatus(p.status),
        tanf_recipient=p.tanf_recipient,
        tanf_case_number=p.tanf_case_number,
        ivd_case_number=p.ivd_case_number,
        date_of_birth=p.date_of_birth,
        study_group=StudyGroup(p.study_group) if p.study_group else None,
        branch_name=branch,
        coach_name=coach,
        unsynced=unsynced,
    )

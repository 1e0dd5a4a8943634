"""Who may see and change which participants — enforced on every read and write.

- a coach: participants assigned to them, and those their team shares;
- a supervisor: every participant of their team, and any assigned to them;
- an administrator: the whole organisation (each read of participant data is audited).

Restricted records (confidential barriers, restricted notes) go only to the assigned coach,
supervisors and administrators — never to a teammate who sees a shared participant.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, TypeVar, cast, runtime_checkable

from sqlalchemy import ColumnElement, and_, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from coachapp.models import Participant
from server.storage import bulk
from server.storage.tables import SyncIndex

#: The second participant of a possible-duplicate pair. One alias for the process: SQLAlchemy
#: remembers how to adapt each column per alias, so a fresh alias on every pull re-did that
#: work (about a fifth of the server's time for a pull that finds nothing new).
_OTHER = aliased(Participant, name="other_participant")


class Viewer(Protocol):
    @property
    def coach_id(self) -> str: ...
    @property
    def org_id(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def team_id(self) -> str | None: ...


_Checked = TypeVar("_Checked", covariant=True)


@runtime_checkable
class CallerCheck(Protocol[_Checked]):
    """A caller still to be checked (``server.auth.deps.SignIn``), which a push or pull checks
    in its own first round trip: on PostgreSQL ``statement`` goes out with the route's first
    statements and ``caller`` reads its rows; elsewhere ``caller`` runs it (rows None). The
    caller comes back as checked, or the check raises (nothing was written)."""

    @property
    def device_id(self) -> str: ...

    @property
    def coach_id(self) -> str:
        """The coach the caller signed in as: what the check will most likely find (only
        read ahead with, never trusted)."""
        ...

    def statement(self) -> bulk.Statement: ...

    def caller(self, session: Session, rows: Sequence[Sequence[Any]] | None = None) -> _Checked: ...


def participant_visible(viewer: Viewer, who: Any = Participant) -> ColumnElement[bool]:
    """SQL condition on ``Participant`` (or an alias of it) for those ``viewer`` may see."""
    own = who.assigned_coach_id == viewer.coach_id
    if viewer.role == "admin":
        return cast(ColumnElement[bool], who.org_id == viewer.org_id)
    if viewer.team_id is None:
        return and_(who.org_id == viewer.org_id, own)
    if viewer.role == "supervisor":
        team = who.team_id == viewer.team_id
    else:
        team = and_(who.shared_with_team.is_(True), who.team_id == viewer.team_id)
    return and_(who.org_id == viewer.org_id, or_(own, team))


def index_branches(viewer: Viewer) -> list[ColumnElement[bool]]:
    """Conditions on ``SyncIndex`` alone (no join) whose union is what ``viewer`` may pull,
    each one an index range in revision order — so a pull reads the viewer's own entries
    instead of every entry of the organisation. They may overlap (a pair among the viewer's
    own people).

    Only the administrator's names the organisation: the others are keyed by the viewer's
    coach and team, which belong to one organisation, as do the people a pair names (the
    second one is tested with ``participant_visible``, organisation included). With the
    organisation left out, the database has one index to read each by, statistics or not.

    An entry carries its participant's coach, team and sharing (``revisions.index_entry``);
    a row with no participant its own owner and team. Restricted records are the assigned
    coach's and the supervisors'. A possible-duplicate pair is also seen by whoever sees its
    second person; pairs are rare, so that test is a subquery run only for them.
    """
    if viewer.role == "admin":
        return [SyncIndex.org_id == viewer.org_id]
    own = SyncIndex.owner_coach_id == viewer.coach_id
    other = _OTHER
    # Pairs are never restricted: they hold two ids and a reason, no case details. The second
    # person is looked up for each pair entry in range by a scalar subquery, which PostgreSQL
    # runs as it is written. An EXISTS it turns into a join, and with no statistics yet (a
    # table just filled) it drove that join from the organisation's participants: every
    # pull, even one with nothing new, read every participant the viewer can see.
    seen = (
        select(other.id)
        .where(other.id == SyncIndex.other_participant_id, participant_visible(viewer, other))
        .limit(1)
        .scalar_subquery()
    )
    pairs = and_(
        SyncIndex.other_participant_id.is_not(None),
        SyncIndex.restricted.is_(False),
        seen.is_not(None),
    )
    if viewer.team_id is None:
        return [own, pairs]
    team = SyncIndex.team_id == viewer.team_id
    shared = and_(team, SyncIndex.team_shared.is_(True))
    if viewer.role == "supervisor":
        return [own, shared, and_(team, SyncIndex.team_shared.is_(False)), pairs]
    not_restricted = or_(SyncIndex.restricted.is_(False), SyncIndex.participant_id.is_(None))
    return [own, and_(shared, not_restricted), pairs]


def index_visible(viewer: Viewer) -> ColumnElement[bool]:
    """SQL condition on ``SyncIndex`` for the entries ``viewer`` may pull."""
    return or_(*index_branches(viewer))


def visible_rows(
    session: Session, viewer: Viewer, keys: Iterable[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Those of ``(table, row id)`` the viewer may read now (by the pull's own rule)."""
    wanted = sorted(set(keys))
    found: set[tuple[str, str]] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(
            select(SyncIndex.table_name, SyncIndex.row_id).where(
                SyncIndex.org_id == viewer.org_id,
                tuple_(SyncIndex.table_name, SyncIndex.row_id).in_(chunk),
                index_visible(viewer),
            )
        )
        found.update((table, row_id) for table, row_id in rows)
    return found


def could_see_restricted(viewer: Viewer, *, assigned_coach_id: str | None) -> bool:
    """Whether ``viewer`` sees the restricted records of a participant in hand (one they see):
    the assigned coach, supervisors and administrators."""
    return viewer.role in ("supervisor", "admin") or assigned_coach_id == viewer.coach_id


def can_see(session: Session, viewer: Viewer, participant_id: str) -> bool:
    """Whether ``viewer`` may read (and so write) this participant's records."""
    found = session.query(Participant.id).filter(
        Participant.id == participant_id, participant_visible(viewer)
    )
    return session.query(found.exists()).scalar() is True


def could_see(
    viewer: Viewer,
    *,
    org_id: str,
    assigned_coach_id: str | None,
    team_id: str | None,
    shared_with_team: bool,
) -> bool:
    """The same rule as ``participant_visible``, for values in hand (e.g. before a change)."""
    if org_id != viewer.org_id:
        return False
    if viewer.role == "admin" or assigned_coach_id == viewer.coach_id:
        return True
    if viewer.team_id is None or team_id != viewer.team_id:
        return False
    return viewer.role == "supervisor" or shared_with_team

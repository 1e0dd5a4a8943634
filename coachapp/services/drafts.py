"""Intake drafts: a half-finished intake kept on this laptop to finish later.

Drafts live in the encrypted store as local settings (never synced, never audited: they are
not records yet), one JSON document each, tagged with a format version. A resumed draft
carries its id in ``IntakeInput.extra["draft_id"]`` so saving again replaces it and creating
the participant can discard it.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select

from coachapp.errors import NotFound
from coachapp.ids import is_uuid, uuid7
from coachapp.rules.person_fields import PERSON_FIELDS
from coachapp.services.common import expect, now_or
from coachapp.services.eligibility import EligibilityInput
from coachapp.services.intake import BarrierInput, ConsentInput, HouseholdMemberInput, IntakeInput
from coachapp.store.local import LocalStore
from coachapp.store.outbox import LocalSetting
from coachapp.validation import encodable

log = logging.getLogger(__name__)
T = TypeVar("T")

KEY_PREFIX = "intake_draft."
FORMAT = "coachapp-intake-draft"
FORMAT_VERSION = 1
#: Where a resumed draft's id travels inside ``IntakeInput.extra``.
DRAFT_ID = "draft_id"


@dataclass(frozen=True)
class DraftSummary:
    """One saved draft as a list shows it."""

    id: str
    saved_at: datetime
    first_name: str
    last_name: str

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


def save_draft(
    store: LocalStore,
    intake: IntakeInput,
    *,
    draft_id: str | None = None,
    now: datetime | None = None,
) -> DraftSummary:
    """Keep what was typed so far (saving again under the same id replaces it)."""
    intake = expect(intake, IntakeInput, field="intake", what="intake form")
    extra = intake.extra if isinstance(intake.extra, Mapping) else {}
    draft_id = draft_id or str(extra.get(DRAFT_ID) or "") or uuid7()
    if not is_uuid(draft_id):
        raise NotFound("That draft could not be found.")
    saved_at = now_or(now)
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "saved_at": saved_at.isoformat(),
        "intake": to_json(intake),
    }
    text = json.dumps(document, ensure_ascii=False, default=_plain)
    with store.write(remote=True) as session:
        row = session.get(LocalSetting, KEY_PREFIX + draft_id)
        if row is None:
            session.add(LocalSetting(key=KEY_PREFIX + draft_id, value=text))
        else:
            row.value = text
    log.info("intake draft saved draft=%s", draft_id)
    return _summary(draft_id, document)


def list_drafts(store: LocalStore) -> list[DraftSummary]:
    """Saved drafts, the most recently saved first. A damaged draft is left out (and logged)."""
    with store.read() as session:
        rows = session.execute(
            select(LocalSetting.key, LocalSetting.value).where(
                LocalSetting.key.startswith(KEY_PREFIX)
            )
        ).all()
    found: list[DraftSummary] = []
    for key, value in rows:
        draft_id = key.removeprefix(KEY_PREFIX)
        document = _parse(value)
        if document is None:
            log.warning("intake draft unreadable draft=%s", draft_id)
            continue
        found.append(_summary(draft_id, document))
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def load_draft(store: LocalStore, draft_id: str) -> IntakeInput:
    """The intake as it was saved, with ``extra["draft_id"]`` set."""
    with store.read() as session:
        row = session.get(LocalSetting, KEY_PREFIX + draft_id) if is_uuid(draft_id) else None
        value = row.value if row is not None else None
    document = _parse(value) if value is not None else None
    if document is None:
        raise NotFound("That draft could not be found. It may have been finished or discarded.")
    intake = from_json(document.get("intake") or {})
    return _with_extra(intake, {DRAFT_ID: draft_id})


def discard_draft(store: LocalStore, draft_id: str) -> None:
    """Forget a draft (nothing happens if it is already gone)."""
    if not is_uuid(draft_id):
        return
    with store.write(remote=True) as session:
        row = session.get(LocalSetting, KEY_PREFIX + draft_id)
        if row is not None:
            session.delete(row)
            log.info("intake draft discarded draft=%s", draft_id)


# --- the JSON form of an intake ------------------------------------------------------------


def to_json(intake: IntakeInput) -> dict[str, Any]:
    """The intake as plain JSON values. A draft is half-typed: a value that cannot be kept
    (of a type no form field holds, or text no database can store) is left out, never
    refused — ``from_json`` drops what it cannot read the same way."""
    e = intake.eligibility
    person = intake.person if isinstance(intake.person, Mapping) else {}
    extra = intake.extra if isinstance(intake.extra, Mapping) else {}
    return {
        "person": {k: _keep(v) for k, v in person.items() if k in PERSON_FIELDS},
        "household": [
            {
                "role": _keep(m.role),
                "first_name": _keep(m.first_name),
                "last_name": _keep(m.last_name),
                "date_of_birth": _keep(m.date_of_birth),
                "relationship": _keep(m.relationship),
                "lives_in_household": _keep(m.lives_in_household),
                "ivd_case_number": _keep(m.ivd_case_number),
            }
            for m in _all(intake.household, HouseholdMemberInput)
        ],
        "parents_in_unit": _keep(intake.parents_in_unit),
        "federal_childcare": _keep(intake.federal_childcare),
        "eligibility": None
        if not isinstance(e, EligibilityInput)
        else {
            "household_size": _keep(e.household_size),
            "annual_income": _keep(e.annual_income),
            "state": _keep(e.state),
            "assessed_on": _keep(e.assessed_on),
            "threshold_percent": _keep(e.threshold_percent),
        },
        "consents": [
            {
                "partner_id": _keep(c.partner_id),
                "scope": _keep(c.scope),
                "signed_on": _keep(c.signed_on),
                "expires_on": _keep(c.expires_on),
            }
            for c in _all(intake.consents, ConsentInput)
        ],
        "barriers": [
            {
                "category": _keep(b.category),
                "description": _keep(b.description),
                "identified_on": _keep(b.identified_on),
            }
            for b in _all(intake.barriers, BarrierInput)
        ],
        "status": _keep(intake.status),
        "study_group": _keep(intake.study_group),
        "assigned_coach_id": _keep(intake.assigned_coach_id),
        "shared_with_team": _keep(intake.shared_with_team),
        "extra": {k: _keep(v) for k, v in extra.items() if isinstance(k, str) and k != DRAFT_ID},
    }


def _all(items: object, kind: type[T]) -> list[T]:
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        return []
    return [item for item in items if isinstance(item, kind)]


def _keep(value: object) -> object:
    """``value`` as a plain JSON value, or None when a draft cannot keep it."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, date | datetime):
        try:
            return value.isoformat()
        except ValueError:  # pragma: no cover - every date has an ISO form
            return None
    if isinstance(value, Decimal):
        return str(value) if value.is_finite() else None
    if isinstance(value, str):
        return value if encodable(value) else None
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if -(2**53) <= value <= 2**53 else None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    return None


def from_json(data: Mapping[str, Any]) -> IntakeInput:
    """Rebuild an intake from ``to_json``; unknown or wrongly typed values are dropped."""
    person_raw = data.get("person")
    person = (
        {k: _scalar(v) for k, v in person_raw.items() if k in PERSON_FIELDS}
        if isinstance(person_raw, Mapping)
        else {}
    )
    e = data.get("eligibility")
    eligibility = (
        EligibilityInput(
            household_size=_text_or_int(e.get("household_size")) or 1,
            annual_income=str(e.get("annual_income") or ""),
            state=str(e.get("state") or ""),
            assessed_on=_text(e.get("assessed_on")),
            threshold_percent=_whole(e.get("threshold_percent"), 200),
        )
        if isinstance(e, Mapping)
        else None
    )
    return IntakeInput(
        person=person,
        household=[
            HouseholdMemberInput(
                role=str(m.get("role") or ""),
                first_name=str(m.get("first_name") or ""),
                last_name=str(m.get("last_name") or ""),
                date_of_birth=_text(m.get("date_of_birth")),
                relationship=_text(m.get("relationship")),
                lives_in_household=bool(m.get("lives_in_household", True)),
                ivd_case_number=_text(m.get("ivd_case_number")),
            )
            for m in _rows(data.get("household"))
        ],
        parents_in_unit=_whole(data.get("parents_in_unit"), 1),
        federal_childcare=bool(data.get("federal_childcare", False)),
        eligibility=eligibility,
        consents=[
            ConsentInput(
                partner_id=str(c.get("partner_id") or ""),
                scope=str(c.get("scope") or "share_and_refer"),
                signed_on=_text(c.get("signed_on")),
                expires_on=_text(c.get("expires_on")),
            )
            for c in _rows(data.get("consents"))
        ],
        barriers=[
            BarrierInput(
                category=str(b.get("category") or ""),
                description=_text(b.get("description")),
                identified_on=_text(b.get("identified_on")),
            )
            for b in _rows(data.get("barriers"))
        ],
        status=str(data.get("status") or "applicant"),
        study_group=_text(data.get("study_group")),
        assigned_coach_id=_text(data.get("assigned_coach_id")),
        shared_with_team=bool(data.get("shared_with_team", False)),
        extra=dict(data["extra"]) if isinstance(data.get("extra"), Mapping) else {},
    )


def _with_extra(intake: IntakeInput, more: Mapping[str, Any]) -> IntakeInput:
    return replace(intake, extra={**intake.extra, **more})


def _summary(draft_id: str, document: Mapping[str, Any]) -> DraftSummary:
    intake = document.get("intake")
    person = intake.get("person") if isinstance(intake, Mapping) else None
    person = person if isinstance(person, Mapping) else {}
    try:
        saved_at = datetime.fromisoformat(str(document.get("saved_at")))
    except ValueError:
        saved_at = datetime.fromtimestamp(0, UTC)
    return DraftSummary(
        id=draft_id,
        saved_at=saved_at,
        first_name=str(person.get("first_name") or "").strip(),
        last_name=str(person.get("last_name") or "").strip(),
    )


def _parse(value: str) -> dict[str, Any] | None:
    try:
        document = json.loads(value)
    except ValueError:
        return None
    if (
        not isinstance(document, dict)
        or document.get("format") != FORMAT
        or document.get("version") != FORMAT_VERSION
    ):
        return None
    return document


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot keep a {type(value).__name__} in a draft")


def _rows(value: object) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _scalar(value: object) -> str | bool | None:
    return value if isinstance(value, str | bool) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def _text_or_int(value: object) -> int | str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return _text(value)


def _whole(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default

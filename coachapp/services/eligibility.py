"""Eligibility: household income as a percent of the HHS poverty guideline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.errors import ValidationError
from coachapp.models import EligibilityAssessment, Participant, PovertyGuideline
from coachapp.rules import poverty
from coachapp.services.common import expect, live, today_or
from coachapp.services.participants import EligibilityView, eligibility_view
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

#: HPOG programs commonly serve households at or below 200% of the guideline.
DEFAULT_THRESHOLD_PERCENT = 200


@dataclass(frozen=True)
class EligibilityInput:
    household_size: int | str
    annual_income: Decimal | int | float | str
    state: str
    assessed_on: date | str | None = None
    threshold_percent: int = DEFAULT_THRESHOLD_PERCENT


@dataclass(frozen=True)
class PovertyEstimate:
    """What the intake form shows live as income and household size are typed."""

    guideline_year: int
    guideline_amount: int
    percent_of_poverty: Decimal
    threshold_percent: int
    eligible: bool


def guideline_table(session: Session) -> poverty.GuidelineTable:
    """Administrator-imported guidelines when present, else the ones shipped with the app."""
    rows = session.execute(
        select(
            PovertyGuideline.year,
            PovertyGuideline.region,
            PovertyGuideline.base_amount,
            PovertyGuideline.per_extra_person,
        ).where(PovertyGuideline.deleted.is_(False))
    ).all()
    bundled = poverty.load_guidelines()
    if not rows:
        return bundled
    imported = poverty.GuidelineTable.from_rows(
        [(year, str(region), base, extra) for year, region, base, extra in rows]
    )
    # Imported figures win for their year and region; the bundled ones fill the rest.
    return poverty.GuidelineTable(
        {**bundled.guidelines, **imported.guidelines}, {**bundled.sources, **imported.sources}
    )


def guideline_year_for(day: date, table: poverty.GuidelineTable) -> int:
    """The newest published year not after ``day``'s year (guidelines appear each January)."""
    years = [y for y in table.years if y <= day.year]
    if not years:
        raise ValidationError(
            {"assessed_on": "No poverty guidelines are loaded for that year or earlier."}
        )
    return max(years)


def estimate(
    session: Session, entry: EligibilityInput, *, today: date | None = None
) -> PovertyEstimate:
    return estimate_with(guideline_table(session), entry, today=today)


def estimate_with(
    table: poverty.GuidelineTable, entry: EligibilityInput, *, today: date | None = None
) -> PovertyEstimate:
    """The estimate from a guideline table already in hand: no database, so a form can call it
    on every keystroke (load the table once with ``guidelines``)."""
    entry = expect(entry, EligibilityInput, field="eligibility", what="eligibility form")
    fc = FieldCheck()
    day = fc.date(
        "assessed_on",
        entry.assessed_on or today_or(today),
        label="Assessment date",
        required=True,
        not_after=today_or(today),
    )
    size = fc.whole(
        "household_size", entry.household_size, label="Household size", minimum=1, maximum=30
    )
    income_cents = fc.money_cents(
        "annual_income", entry.annual_income, label="Annual income", allow_zero=True
    )
    state = fc.state("state", entry.state, required=True)
    threshold = fc.whole(
        "threshold_percent", entry.threshold_percent, label="Threshold", minimum=50, maximum=1000
    )
    fc.done()
    assert day and size and income_cents is not None and state and threshold
    year = guideline_year_for(day, table)
    income = Decimal(income_cents) / 100
    amount = poverty.guideline_amount(year=year, state=state, household_size=size, table=table)
    percent = poverty.percent_of_poverty(
        year=year, state=state, household_size=size, annual_income=income, table=table
    )
    return PovertyEstimate(
        guideline_year=year,
        guideline_amount=amount,
        percent_of_poverty=percent,
        threshold_percent=threshold,
        eligible=percent <= threshold,
    )


def guidelines(store: LocalStore) -> poverty.GuidelineTable:
    """The guideline table this laptop uses (imported rows over the bundled ones), read once."""
    with store.read() as session:
        return guideline_table(session)


def preview(
    store: LocalStore, entry: EligibilityInput, *, today: date | None = None
) -> PovertyEstimate:
    """The percent of poverty for the numbers typed so far (nothing is saved)."""
    with store.read() as session:
        return estimate(session, entry, today=today)


def add_assessment(
    session: Session, participant: Participant, entry: EligibilityInput, *, today: date | None
) -> EligibilityAssessment:
    result = estimate(session, entry, today=today)
    assessment = EligibilityAssessment(
        participant_id=participant.id,
        assessed_on=FieldCheck().date("assessed_on", entry.assessed_on or today_or(today), label="")
        or today_or(today),
        guideline_year=result.guideline_year,
        state=str(entry.state).strip().upper(),
        household_size=int(float(str(entry.household_size))),
        annual_income_cents=FieldCheck().money_cents(
            "annual_income", entry.annual_income, label="", allow_zero=True
        )
        or 0,
        percent_of_poverty=float(result.percent_of_poverty),
        threshold_percent=result.threshold_percent,
        eligible=result.eligible,
    )
    session.add(assessment)
    return assessment


def assess(
    store: LocalStore, participant_id: str, entry: EligibilityInput, *, today: date | None = None
) -> EligibilityView:
    """Record a new eligibility assessment for a participant."""
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        return eligibility_view(add_assessment(session, participant, entry, today=today))


def list_assessments(store: LocalStore, participant_id: str) -> list[EligibilityView]:
    """Every eligibility assessment of the participant, the latest first."""
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        rows = session.scalars(
            select(EligibilityAssessment)
            .where(
                EligibilityAssessment.participant_id == participant.id,
                EligibilityAssessment.deleted.is_(False),
            )
            .order_by(
                EligibilityAssessment.assessed_on.desc(),
                EligibilityAssessment.created_at.desc(),
                EligibilityAssessment.id,
            )
        ).all()
        return [eligibility_view(r) for r in rows]

"""Signed releases to share information with, or refer to, a partner agency.

``active_consent_for`` works inside an open session so the referral service can check
consent in the same transaction that records the referral.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from coachapp.errors import Conflict, ValidationError
from coachapp.ids import is_uuid
from coachapp.models import Consent, Participant, Partner
from coachapp.models.enums import ConsentScope
from coachapp.services.common import expect_all, live, reference, today_or
from coachapp.services.participants import ConsentView, consent_view
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck


def add_consent(
    store: LocalStore,
    *,
    participant_id: str,
    partner_id: str,
    scope: ConsentScope | str,
    signed_on: date | str,
    expires_on: date | str | None = None,
    today: date | None = None,
) -> ConsentView:
    """Record a release the participant signed for one partner agency."""
    day = today_or(today)
    fc = FieldCheck()
    allows = fc.choice("scope", scope, ConsentScope, label="What it allows")
    signed = fc.date("signed_on", signed_on, label="Signed on", required=True, not_after=day)
    expires = fc.date("expires_on", expires_on, label="Expires on")
    if signed and expires and expires < signed:
        fc.fail("expires_on", "A consent cannot expire before it was signed.")
    fc.done()
    assert allows is not None and signed is not None
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        partner = reference(session, Partner, partner_id, field="partner_id", what="agency")
        if not partner.active:
            raise ValidationError({"partner_id": "That agency is no longer in the list."})
        consent = Consent(
            participant_id=participant.id,
            partner_id=partner.id,
            scope=allows,
            signed_on=signed,
            expires_on=expires,
        )
        session.add(consent)
        return consent_view(consent)


def revoke_consent(
    store: LocalStore, consent_id: str, *, on: date | str, today: date | None = None
) -> ConsentView:
    """Record that the participant withdrew a consent. It stays on file, marked revoked."""
    fc = FieldCheck()
    revoked = fc.date("on", on, label="Revoked on", required=True, not_after=today_or(today))
    fc.done()
    assert revoked is not None
    with store.write() as session:
        consent = live(session, Consent, consent_id, what="consent")
        if consent.revoked_on is not None:
            raise Conflict("This consent has already been revoked.")
        if revoked < consent.signed_on:
            raise ValidationError({"on": "A consent cannot be revoked before it was signed."})
        consent.revoked_on = revoked
        return consent_view(consent)


def active_consents(store: LocalStore, participant_id: str, *, on: date) -> list[ConsentView]:
    """Consents in force on ``on``, most recently signed first."""
    fc = FieldCheck()
    day = fc.date("on", on, label="The day asked about", required=True)
    fc.done()
    assert day is not None
    on = day
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        rows = session.scalars(
            select(Consent)
            .where(*_in_force(participant_id=participant.id, on=on))
            .order_by(Consent.signed_on.desc(), Consent.created_at.desc())
        ).all()
        return [consent_view(c) for c in rows]


def active_consent_for(
    session: Session,
    *,
    participant_id: str,
    partner_id: str,
    on: date,
    scopes: Collection[ConsentScope] | None = None,
) -> Consent | None:
    """The most recently signed consent in force on ``on`` for that partner, if any.

    ``scopes`` narrows it to consents allowing one of those things (e.g. making a referral).
    """
    if not (is_uuid(participant_id) and is_uuid(partner_id)):
        return None  # no consent is on file for a person or agency that is not
    fc = FieldCheck()
    on = fc.date("on", on, label="The day asked about", required=True) or on
    wanted = None
    if scopes is not None:
        given = expect_all(scopes, object, field="scopes", what="list of consent scopes")
        wanted = [fc.choice("scopes", s, ConsentScope, label="What it allows") for s in given]
    fc.done()
    stmt = select(Consent).where(
        *_in_force(participant_id=participant_id, on=on), Consent.partner_id == partner_id
    )
    if wanted is not None:
        stmt = stmt.where(Consent.scope.in_(wanted))
    return session.scalars(
        stmt.order_by(Consent.signed_on.desc(), Consent.created_at.desc())
    ).first()


def _in_force(*, participant_id: str, on: date) -> list[ColumnElement[bool]]:
    # A revoked consent is never in force again, whatever the date asked about: the same rule
    # as ConsentView.active_on, and the safe one for information already withdrawn.
    return [
        Consent.participant_id == participant_id,
        Consent.deleted.is_(False),
        Consent.signed_on <= on,
        Consent.revoked_on.is_(None),
        Consent.expires_on.is_(None) | (Consent.expires_on >= on),
    ]

"""The participant's own fields: one set of checks for intake, edits and the sync server."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import Any

from coachapp.models.enums import EducationLevel, Gender
from coachapp.validation import FieldCheck

__all__ = ["PERSON_FIELDS", "check_person_fields", "fold", "name_key"]


def fold(value: str) -> str:
    """Lower-case, accents removed: how names are compared (Rodríguez == rodriguez)."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


#: Person fields a coach may edit, with how each is checked.
PERSON_FIELDS = (
    "first_name",
    "middle_name",
    "last_name",
    "preferred_name",
    "date_of_birth",
    "phone",
    "email",
    "address_line1",
    "address_line2",
    "city",
    "state",
    "postal_code",
    "preferred_language",
    "gender",
    "hispanic_latino",
    "race",
    "education_level",
    "veteran",
    "tanf_recipient",
    "tanf_case_number",
    "ivd_case_number",
    "recruitment_site_id",
)


def check_person_fields(
    fc: FieldCheck, values: Mapping[str, Any], *, today: date, partial: bool
) -> dict[str, Any]:
    """Clean the person fields present in ``values``; with ``partial`` absent ones are skipped."""
    if not isinstance(values, Mapping) or not all(isinstance(k, str) for k in values):
        fc.fail("person", "The participant's details could not be read; please fill them in again.")
        return {}
    unknown = set(values) - set(PERSON_FIELDS)
    for name in sorted(unknown):
        fc.fail(name, f"{name.replace('_', ' ').capitalize()} is not a participant field.")
    out: dict[str, Any] = {}

    def has(name: str) -> bool:
        return not partial or name in values

    if has("first_name"):
        out["first_name"] = fc.required_text(
            "first_name", values.get("first_name"), label="First name"
        )
    if has("last_name"):
        out["last_name"] = fc.required_text("last_name", values.get("last_name"), label="Last name")
    for name, label in (
        ("middle_name", "Middle name"),
        ("preferred_name", "Preferred name"),
        ("city", "City"),
        ("preferred_language", "Preferred language"),
    ):
        if has(name):
            out[name] = fc.text(name, values.get(name), label=label, max_len=80)
    for name, label in (("address_line1", "Address"), ("address_line2", "Address line 2")):
        if has(name):
            out[name] = fc.text(name, values.get(name), label=label, max_len=160)
    if has("race"):
        out["race"] = fc.text("race", values.get("race"), label="Race", max_len=120)
    if has("date_of_birth"):
        out["date_of_birth"] = fc.birth_date(
            "date_of_birth", values.get("date_of_birth"), today=today, required=False
        )
    if has("phone"):
        out["phone"] = fc.phone("phone", values.get("phone"))
    if has("email"):
        out["email"] = fc.email("email", values.get("email"))
    if has("state"):
        out["state"] = fc.state("state", values.get("state"))
    if has("postal_code"):
        out["postal_code"] = fc.postal_code("postal_code", values.get("postal_code"))
    if has("gender"):
        out["gender"] = fc.choice(
            "gender", values.get("gender"), Gender, label="Gender", required=False
        )
    if has("education_level"):
        out["education_level"] = fc.choice(
            "education_level",
            values.get("education_level"),
            EducationLevel,
            label="Education",
            required=False,
        )
    for name, label in (("hispanic_latino", "Hispanic or Latino"), ("veteran", "Veteran")):
        if has(name):
            value = values.get(name)
            if value is not None and not isinstance(value, bool):
                fc.fail(name, f"{label} must be yes, no or not answered.")
            out[name] = value
    if has("tanf_recipient"):
        value = values.get("tanf_recipient", False)
        if not isinstance(value, bool):
            fc.fail("tanf_recipient", "Receives TANF must be yes or no.")
        out["tanf_recipient"] = bool(value)
    if has("tanf_case_number"):
        out["tanf_case_number"] = fc.case_number(
            "tanf_case_number", values.get("tanf_case_number"), label="TANF case number"
        )
    if has("ivd_case_number"):
        out["ivd_case_number"] = fc.case_number(
            "ivd_case_number",
            values.get("ivd_case_number"),
            label="Child support (IV-D) case number",
        )
    if has("recruitment_site_id"):
        out["recruitment_site_id"] = values.get("recruitment_site_id") or None
    if out.get("tanf_recipient") and has("tanf_case_number") and not out.get("tanf_case_number"):
        fc.fail("tanf_case_number", "A TANF recipient needs their TANF case number.")
    return out


def name_key(first_name: str, last_name: str) -> str:
    """How two spellings of one name are compared: accents, case and spacing folded."""
    return " ".join(fold(f"{last_name} {first_name}").split())

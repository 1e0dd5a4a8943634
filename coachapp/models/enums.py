"""The closed vocabularies of the domain, in the words coaches use."""

from __future__ import annotations

from enum import StrEnum


class ParticipantStatus(StrEnum):
    LEAD = "lead"
    APPLICANT = "applicant"
    ENROLLED = "enrolled"
    EXITED = "exited"


class ExitReason(StrEnum):
    COMPLETED_PROGRAM = "completed_program"
    EMPLOYED = "employed"
    MOVED = "moved"
    LOST_CONTACT = "lost_contact"
    WITHDREW = "withdrew"
    HEALTH_OR_FAMILY = "health_or_family"
    OTHER = "other"


class StudyGroup(StrEnum):
    TREATMENT = "treatment"
    CONTROL = "control"
    NOT_IN_STUDY = "not_in_study"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    ANOTHER = "another"
    NOT_REPORTED = "not_reported"


class EducationLevel(StrEnum):
    LESS_THAN_HIGH_SCHOOL = "less_than_high_school"
    HIGH_SCHOOL_OR_GED = "high_school_or_ged"
    SOME_COLLEGE = "some_college"
    ASSOCIATE = "associate"
    BACHELOR_OR_HIGHER = "bachelor_or_higher"


class HouseholdRole(StrEnum):
    CUSTODIAL_PARENT = "custodial_parent"
    NON_CUSTODIAL_PARENT = "non_custodial_parent"
    CHILD = "child"
    RELATIVE_CAREGIVER = "relative_caregiver"
    OTHER = "other"


class ConsentScope(StrEnum):
    SHARE_INFORMATION = "share_information"
    MAKE_REFERRAL = "make_referral"
    SHARE_AND_REFER = "share_and_refer"


class BarrierCategory(StrEnum):
    TRANSPORTATION = "transportation"
    CHILDCARE = "childcare"
    HOUSING = "housing"
    FINANCIAL = "financial"
    EDUCATION = "education"
    LANGUAGE = "language"
    LEGAL = "legal"
    PHYSICAL_HEALTH = "physical_health"
    DISABILITY = "disability"
    SUBSTANCE_USE = "substance_use"
    MENTAL_HEALTH = "mental_health"
    DOMESTIC_VIOLENCE = "domestic_violence"
    OTHER = "other"


#: Barriers kept confidential: referred out, shown only to the assigned coach and supervisors.
RESTRICTED_BARRIERS = frozenset(
    {
        BarrierCategory.DISABILITY,
        BarrierCategory.SUBSTANCE_USE,
        BarrierCategory.MENTAL_HEALTH,
        BarrierCategory.DOMESTIC_VIOLENCE,
    }
)


class ServiceCategory(StrEnum):
    CHILDCARE = "childcare"
    TRANSPORTATION = "transportation"
    CAR_REPAIR = "car_repair"
    TUITION = "tuition"
    BOOKS_AND_SUPPLIES = "books_and_supplies"
    HOUSING = "housing"
    UTILITIES = "utilities"
    CASH = "cash"
    OTHER = "other"


class FundingKind(StrEnum):
    HPOG = "hpog"
    TANF_DHS = "tanf_dhs"
    WIOA = "wioa"
    OTHER = "other"


class ServiceStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    PAID = "paid"
    DENIED = "denied"
    CANCELLED = "cancelled"


class ReferralProgram(StrEnum):
    CHILD_SUPPORT = "child_support"
    CHILD_WELFARE_PREVENTION = "child_welfare_prevention"
    EMPLOYMENT = "employment"
    BEHAVIORAL_HEALTH = "behavioral_health"
    DOMESTIC_VIOLENCE = "domestic_violence"
    HOUSING = "housing"
    OTHER = "other"


class ReferralStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class FollowUpRole(StrEnum):
    HPOG_CAREER_COACH = "hpog_career_coach"
    DHS_FAMILY_COACH = "dhs_family_coach"
    PARTNER_AGENCY = "partner_agency"
    PARTICIPANT = "participant"


class ContactMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    EMAIL = "email"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TrainingStatus(StrEnum):
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    FAILED = "failed"


class SiteKind(StrEnum):
    DHS_BRANCH = "dhs_branch"
    TANF_OFFICE = "tanf_office"
    TRAINING_PROVIDER = "training_provider"
    COMMUNITY = "community"
    OTHER = "other"


class CoachRole(StrEnum):
    COACH = "coach"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class LeadStatus(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    CONVERTED = "converted"
    NOT_INTERESTED = "not_interested"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    VIEW_RESTRICTED = "view_restricted"
    EXPORT = "export"


class PovertyRegion(StrEnum):
    CONTIGUOUS = "contiguous"
    ALASKA = "AK"
    HAWAII = "HI"


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class ConflictResolution(StrEnum):
    KEPT_SERVER = "kept_server"
    KEPT_CLIENT = "kept_client"
    NEW_VALUE = "new_value"

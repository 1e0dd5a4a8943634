"""Clearly fake but realistic participants and their families, casework and progress.

Seeded (``random.Random``), so one seed always makes the same people; built and saved in
batches, so 100,000 participants take flat memory. Phones are in the fictional 555-01xx
range, e-mail at example.com, and every employer or vendor says "Demo".
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from coachapp.demo.reference import DemoProgram
from coachapp.ids import uuid7
from coachapp.models import (
    ActivityHours,
    Barrier,
    Base,
    CaseNote,
    Consent,
    EligibilityAssessment,
    Employment,
    Household,
    HouseholdMember,
    InfoSession,
    Lead,
    Participant,
    Referral,
    SupportService,
    Task,
    TrainingEnrollment,
)
from coachapp.models.enums import (
    RESTRICTED_BARRIERS,
    BarrierCategory,
    ConsentScope,
    ContactMode,
    EducationLevel,
    ExitReason,
    FollowUpRole,
    FundingKind,
    Gender,
    HouseholdRole,
    LeadStatus,
    ParticipantStatus,
    ReferralProgram,
    ReferralStatus,
    ServiceCategory,
    ServiceStatus,
    SiteKind,
    StudyGroup,
    TaskStatus,
    TrainingStatus,
)
from coachapp.rules import poverty
from coachapp.rules.person_fields import fold, name_key
from coachapp.rules.work_participation import TanfActivity
from coachapp.store import search
from coachapp.store.local import LocalStore

DEFAULT_SEED = 2026
MAX_PARTICIPANTS = 100_000

#: Parents before children, so a reader of the insert order sees a sensible story.
TABLES: tuple[type[Base], ...] = (
    InfoSession,
    Participant,
    Household,
    HouseholdMember,
    EligibilityAssessment,
    Consent,
    Barrier,
    SupportService,
    Referral,
    CaseNote,
    Task,
    TrainingEnrollment,
    Employment,
    ActivityHours,
    Lead,
)


@dataclass(frozen=True)
class _Group:
    """One naming tradition: first names (female, male), last names and what goes with them."""

    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    race: str
    hispanic: bool
    languages: tuple[str, ...]


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


# Common US names, weighted roughly like a Columbus-area TANF caseload. Multi-word or
# punctuated names are plausible too, so search has to cope with them.
_GROUPS = (
    _Group(
        40,
        _words(
            "Keisha Aaliyah Imani Jasmine Tamika Latoya Ebony Shanice Kiara Destiny Tiana "
            "Brianna Deja Monique Tasha Nia Jada Aisha Raven Precious Ciara Dominique Alexis"
        ),
        _words("DeShawn Jamal Darnell Tyrone Marcus Andre Malik Terrence Jalen Darius Corey"),
        _words(
            "Johnson Williams Brown Jones Davis Jackson Washington Jefferson Thomas Harris "
            "Robinson Lewis Walker Young Allen King Wright Scott Green Coleman Butler Bell "
            "Banks Mosley Dixon Freeman Simmons Wallace Gaines Burrell Hairston Pettaway"
        ),
        "black_african_american",
        False,
        ("English",),
    ),
    _Group(
        30,
        _words(
            "Jessica Ashley Amanda Sarah Brittany Heather Megan Emily Crystal Amber Kayla "
            "Samantha Courtney Tiffany Danielle Stephanie Chelsea Misty Haley Kristen"
        ),
        _words("Michael Christopher Joshua Matthew Tyler Cody Dustin Brandon Justin Kyle"),
        _words(
            "Smith Miller Wilson Anderson Taylor Moore Clark Baker Adams Nelson Hill Campbell "
            "Mitchell Carter Phillips Evans Turner Parker Collins Stewart Murphy Cook Rogers "
            "Kowalski Schmidt Novak O'Brien McCarthy Yoder Hoffman Fischer Bauer Whitaker"
        ),
        "white",
        False,
        ("English",),
    ),
    _Group(
        12,
        _words(
            "María Guadalupe Ana Lucía Sofía Rosa Isabel Valentina Camila Ximena Yesenia "
            "Araceli Beatriz Marisol Dulce Leticia Inés"
        ),
        _words("José Juan Luis Carlos Alejandro Jesús Andrés Ramón Martín Héctor Raúl"),
        _words(
            "Rodríguez Martínez García Hernández López González Pérez Sánchez Ramírez Torres "
            "Flores Rivera Gómez Díaz Cruz Morales Reyes Ortiz Muñoz Gutiérrez Castillo "
            "Jiménez Vásquez Ramos Peña Núñez Ibáñez"
        ),
        "white",
        True,
        ("Spanish", "English", "English"),
    ),
    _Group(
        8,
        _words("Hodan Faadumo Asha Ifrah Sahra Hibaq Ubah Nasra Ayaan Fartun Ikran Deeqa"),
        _words("Abdi Abdirahman Mohamed Abdullahi Liban Farah Hassan Mahad Yusuf"),
        _words(
            "Abdi Mohamed Ali Hussein Farah Warsame Jama Hassan Osman Ahmed Yusuf Aden Nur "
            "Ibrahim Abdullahi Egal Dahir Shire Guled"
        ),
        "black_african_american",
        False,
        ("Somali", "Somali", "English"),
    ),
    _Group(
        4,
        _words("Fatima Aisha Layla Mariam Noor Yasmin Huda Rania Salma Amira"),
        _words("Ahmed Mohammed Omar Ali Khalid Youssef Hassan Samir Tariq"),
        _words(
            "Haddad Khalil Nasser Saleh Hassan Aziz Mansour Al-Sayed Abboud Darwish "
            "Hamdan Qasim Al-Amin"
        ),
        "white",
        False,
        ("Arabic", "English"),
    ),
    _Group(
        6,
        _words(
            "Mai Linh Thuy Huong Priya Anjali Sunita Mei Ling Hui Bishnu Devi Sita Pa Yer "
            "Ji-woo Min-seo"
        ),
        _words("Bao Minh Tuan Raj Vikram Wei Jun Hari Dil Tou"),
        _words(
            "Nguyen Tran Le Pham Huynh Vo Kim Lee Park Chen Wang Zhang Liu Patel Shah Singh "
            "Gurung Rai Thapa Tamang Xiong Vang Yang Lor Moua"
        ),
        "asian",
        False,
        ("Nepali", "Vietnamese", "English", "English"),
    ),
)
_GROUP_WEIGHTS = tuple(g.weight for g in _GROUPS)

_STREETS = _words(
    "Maple Oak Elm Cedar Walnut Birch Parsons Livingston Sullivant Cleveland Hamilton "
    "Main High Broad Mound Refugee Alum-Creek Lockbourne Harrisburg Chestnut"
)
_STREET_KINDS = ("St", "Ave", "Rd", "Dr", "Ct", "Pike")
#: County of the recruiting branch → (city, ZIP code) choices.
_PLACES = {
    "Franklin": (
        ("Columbus", "43205"),
        ("Columbus", "43207"),
        ("Columbus", "43211"),
        ("Columbus", "43224"),
        ("Columbus", "43232"),
        ("Whitehall", "43213"),
        ("Reynoldsburg", "43068"),
        ("Grove City", "43123"),
    ),
    "Madison": (("London", "43140"), ("West Jefferson", "43162"), ("Plain City", "43064")),
    "Pickaway": (("Circleville", "43113"), ("Ashville", "43103")),
}
_AREA_CODES = ("614", "614", "614", "380", "740")
_DHS_FAMILY_COACHES = _words("Renee.Whitaker Carlos.Medina Pat.Okafor Dee.Lawson Hana.Yusuf")
_PARTNER_STAFF = _words("Jordan.Ellis Morgan.Reyes Casey.Brandt Taylor.Osei Robin.Castellano")
_NICKNAMES = {
    "Guadalupe": "Lupe",
    "Christopher": "Chris",
    "Michael": "Mike",
    "Jessica": "Jess",
    "Samantha": "Sam",
    "Abdirahman": "Abdi",
    "Alejandro": "Alex",
    "Mohammed": "Mo",
    "Valentina": "Vale",
}

_BARRIER_ODDS = {
    BarrierCategory.TRANSPORTATION: 0.30,
    BarrierCategory.CHILDCARE: 0.25,
    BarrierCategory.HOUSING: 0.12,
    BarrierCategory.FINANCIAL: 0.22,
    BarrierCategory.EDUCATION: 0.10,
    BarrierCategory.LEGAL: 0.04,
    BarrierCategory.PHYSICAL_HEALTH: 0.05,
    BarrierCategory.DISABILITY: 0.03,
    BarrierCategory.SUBSTANCE_USE: 0.02,
    BarrierCategory.MENTAL_HEALTH: 0.05,
    BarrierCategory.DOMESTIC_VIOLENCE: 0.03,
    BarrierCategory.OTHER: 0.02,
}
_BARRIER_TEXT = {
    BarrierCategory.TRANSPORTATION: ("No car; bus takes 90 minutes", "Car needs repair"),
    BarrierCategory.CHILDCARE: ("Needs care for evening classes", "On waitlist for daycare"),
    BarrierCategory.HOUSING: ("Behind on rent", "Staying with family for now"),
    BarrierCategory.FINANCIAL: ("Utility shutoff notice", "No income besides TANF"),
    BarrierCategory.EDUCATION: ("Working on GED", "Needs math refresher before CNA"),
    BarrierCategory.LANGUAGE: ("Prefers interpreter for paperwork", "ESL class twice a week"),
    BarrierCategory.LEGAL: ("Old misdemeanor may affect background check",),
    BarrierCategory.PHYSICAL_HEALTH: ("Back injury limits lifting",),
    BarrierCategory.OTHER: ("Caring for a parent after surgery",),
}
# (category, weight, dollars low, dollars high, monthly, vendor)
_SERVICES = (
    (ServiceCategory.CHILDCARE, 25, 300, 900, True, "Little Steps Demo Child Care"),
    (ServiceCategory.TRANSPORTATION, 30, 40, 120, True, "Demo Transit Authority"),
    (ServiceCategory.CAR_REPAIR, 8, 150, 1200, False, "Demo Auto Repair"),
    (ServiceCategory.TUITION, 14, 400, 3500, False, None),
    (ServiceCategory.BOOKS_AND_SUPPLIES, 12, 50, 400, False, "Demo Scrubs & Supply"),
    (ServiceCategory.HOUSING, 5, 300, 1200, True, "Demo Property Management"),
    (ServiceCategory.UTILITIES, 4, 80, 400, True, "Demo Power & Light"),
    (ServiceCategory.CASH, 2, 50, 300, False, None),
)
_REFERRAL_REASON = {
    ReferralProgram.CHILD_SUPPORT: "Establish or enforce child support order",
    ReferralProgram.CHILD_WELFARE_PREVENTION: "Family stability and prevention services",
    ReferralProgram.EMPLOYMENT: "Job search help and WIOA training funds",
    ReferralProgram.BEHAVIORAL_HEALTH: "Counseling intake",
    ReferralProgram.DOMESTIC_VIOLENCE: "Safety planning and advocacy",
    ReferralProgram.HOUSING: "Rental assistance application",
}
_NOTES = (
    "Met at branch; reviewed training options and schedule.",
    "Called to confirm class start date; childcare is set.",
    "Texted reminder about orientation tomorrow.",
    "Brought pay stubs for eligibility; copies made.",
    "Discussed bus pass and route to campus.",
    "Checked in after first week of class; going well.",
    "Missed appointment; left voicemail to reschedule.",
    "Reviewed TANF activity hours with DHS family coach.",
    "Talked through clinical rotation schedule and uniforms.",
    "Practiced interview questions for CNA position.",
)
_RESTRICTED_NOTES = (
    "Safety plan reviewed; use text only, not home phone.",
    "Referred to counseling; details kept confidential.",
)
_TASKS = (
    "Call about childcare paperwork",
    "Collect pay stubs for eligibility",
    "Follow up on referral",
    "Confirm clinical placement",
    "Send bus pass request to DHS",
    "Schedule credential exam",
    "Check TANF hours for last month",
)
_EMPLOYERS_HEALTH = (
    "Demo Riverside Hospital",
    "Demo Oak Grove Nursing & Rehab",
    "Demo Family Health Clinic",
    "Demo Home Health Partners",
    "Demo Regional Lab Services",
    "Demo Community Pharmacy",
)
_JOBS_OTHER = (
    ("Demo Grocery Mart", "Cashier"),
    ("Demo Warehouse Logistics", "Picker/packer"),
    ("Demo Burger Co.", "Crew member"),
    ("Demo Cleaning Services", "Housekeeper"),
    ("Demo Call Center", "Customer service representative"),
)
_STATUS_WEIGHTS = (
    (ParticipantStatus.LEAD, 12),
    (ParticipantStatus.APPLICANT, 18),
    (ParticipantStatus.ENROLLED, 45),
    (ParticipantStatus.EXITED, 25),
)
_EDUCATION = (
    (EducationLevel.LESS_THAN_HIGH_SCHOOL, 18),
    (EducationLevel.HIGH_SCHOOL_OR_GED, 52),
    (EducationLevel.SOME_COLLEGE, 22),
    (EducationLevel.ASSOCIATE, 6),
    (EducationLevel.BACHELOR_OR_HIGHER, 2),
)

Rows = dict[type[Base], list[dict[str, Any]]]


@dataclass(frozen=True)
class GenerationReport:
    participants: int
    rows: dict[str, int]
    seconds: float


def generate(
    store: LocalStore,
    program: DemoProgram,
    *,
    participants: int,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    unsynced: bool = False,
    batch_size: int = 500,
    progress: Callable[[int, int], None] | None = None,
) -> GenerationReport:
    """Make ``participants`` people with their records in ``store``, one transaction a batch.

    By default the rows stand for what the server already has (``rev`` ≥ 1, nothing queued
    for push). ``unsynced`` writes them as local changes instead: audited and in the outbox,
    through the ORM, which is much slower.
    """
    if not 0 <= participants <= MAX_PARTICIPANTS:
        raise ValueError(f"participants must be from 0 to {MAX_PARTICIPANTS:,}")
    families = FamilyGenerator(program, seed=seed, today=today, remote=not unsynced)
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    done = 0
    while done < participants:
        rows = families.batch(done, min(batch_size, participants - done))
        with store.write(remote=not unsynced) as session:
            if unsynced:
                session.add_all(model(**row) for model in TABLES for row in rows[model])
            else:
                save_rows(session, rows)
        for model, table_rows in rows.items():
            counts[model.__tablename__] += len(table_rows)
        done += len(rows[Participant])
        if progress is not None:
            progress(done, participants)
    return GenerationReport(participants, dict(counts), time.perf_counter() - started)


def save_rows(session: Session, rows: Rows) -> None:
    """Insert a batch in bulk and index its participants for search.

    Bulk inserts skip the store's listeners, so the search rows are written here, in the
    same form ``search.index`` gives them (a test holds the two together). ``search.rebuild``
    would do the same but deletes row by row, which is quadratic at this size.
    """
    conn = session.connection()
    for model in TABLES:
        if rows.get(model):
            # Core executemany: one statement a table (the ORM's bulk path splits a batch
            # wherever the set of non-empty columns changes).
            conn.execute(insert(Base.metadata.tables[model.__tablename__]), rows[model])
    search.insert_new(conn, [search_row(p) for p in rows.get(Participant, ())])


def search_row(p: dict[str, Any]) -> dict[str, str]:
    return search.entry(SimpleNamespace(**p))


@dataclass
class _Person:
    """What later records about one participant need to know."""

    row: dict[str, Any]
    group: _Group
    coach_id: str
    site_id: str
    status: ParticipantStatus
    started: date  # first contact, or application
    enrolled: date | None
    ended: date  # exit, or today
    children: list[date]
    ivd: str | None
    household_size: int


class FamilyGenerator:
    """Rows for one participant after another; the same seed gives the same people."""

    def __init__(
        self,
        program: DemoProgram,
        *,
        seed: int = DEFAULT_SEED,
        today: date | None = None,
        remote: bool = True,
    ) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - made-up people, not secrets
        self.today = today or date.today()
        self.remote = remote
        self.org_id = program.org_id
        kinds = (SiteKind.DHS_BRANCH, SiteKind.TANF_OFFICE)
        branches = [s for s in program.sites if s.kind in kinds] or list(program.sites)
        self.branches = [(s.id, s.county or "Franklin") for s in branches]
        self.coaches = [(c.id, c.team_id, c.display_name) for c in program.coaches]
        self.partners = {p.program: p.id for p in program.partners}
        self.service_types = {t.category: t.id for t in program.service_types}
        self.funding = {f.kind: f.id for f in program.funding_sources}
        self.courses = [
            (c.id, c.length_weeks or 12, c.credential_name, c.occupation) for c in program.courses
        ]
        self.guidelines = poverty.load_guidelines()
        self._rev = 0
        self._now = datetime.now(UTC)
        # Case numbers are a one-to-one scramble of the participant's position, so they are
        # unique without remembering every one made so far.
        self._tanf_offset = self.rng.randrange(10**8)
        self._ivd_offset = self.rng.randrange(10**8)
        self._info_session: str | None = None

    # --- plumbing ---------------------------------------------------------------------------

    def batch(self, start: int, count: int) -> Rows:
        """Rows for participants ``start`` … ``start + count - 1`` (call in order)."""
        rows: Rows = {model: [] for model in TABLES}
        for index in range(start, start + count):
            self._family(index, rows)
        return rows

    def _sync(self, day: date, by: str | None) -> dict[str, Any]:
        self._rev += 1
        at = min(
            datetime(day.year, day.month, day.day, 13, tzinfo=UTC)
            + timedelta(minutes=self.rng.randrange(300)),
            self._now,
        )
        return {
            "id": uuid7(),
            "org_id": self.org_id,
            "rev": self._rev if self.remote else 0,
            "deleted": False,
            "created_at": at,
            "updated_at": at,
            "updated_by": by,
        }

    def _day(self, low: date, high: date) -> date:
        """A day from ``low`` to ``high`` (``low`` when the range is empty), never after today."""
        high = min(high, self.today)
        span = (high - low).days
        return low + timedelta(days=self.rng.randint(0, span)) if span > 0 else min(low, high)

    def _ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def _pick(self, weighted: Any) -> Any:
        values, weights = zip(*weighted, strict=True)
        return self.rng.choices(values, weights)[0]

    def _case(self, index: int, offset: int) -> int:
        return (index * 48_271 + offset) % 10**8  # 48,271 is coprime with 10^8

    # --- one family -------------------------------------------------------------------------

    def _family(self, index: int, rows: Rows) -> None:
        r = self.rng
        if index % 25 == 0:
            self._info_session = self._session(rows)
        person = self._participant(index, rows)
        self._household(person, rows)
        if person.status is not ParticipantStatus.LEAD:
            self._eligibility(person, rows)
            barriers = self._barriers(person, rows)
            consents = self._consents(person, barriers, rows)
            self._referrals(person, consents, rows)
        self._notes(person, rows)
        self._tasks(person, rows)
        group = person.row["study_group"]
        if person.enrolled is not None and group is not StudyGroup.CONTROL:
            self._services(person, rows)
            job_ready = self._training(person, rows)
            self._employment(person, job_ready, rows)
        if r.random() < 0.3:
            self._lead(person, rows)

    def _participant(self, index: int, rows: Rows) -> _Person:
        r = self.rng
        group: _Group = r.choices(_GROUPS, _GROUP_WEIGHTS)[0]
        gender = self._pick(
            ((Gender.FEMALE, 78), (Gender.MALE, 19), (Gender.ANOTHER, 1), (Gender.NOT_REPORTED, 2))
        )
        firsts = group.male if gender is Gender.MALE else group.female
        first = r.choice(firsts)
        last = r.choice(group.last)
        while last == first:  # "Abdi Abdi" is possible, but reads like a mistake
            last = r.choice(group.last)
        status: ParticipantStatus = self._pick(_STATUS_WEIGHTS)
        enrolled = exited = applied = None
        exit_reason = study_group = None
        if status is ParticipantStatus.LEAD:
            started = self._ago(0, 120)
        elif status is ParticipantStatus.APPLICANT:
            started = applied = self._ago(0, 180)
        else:
            started = applied = self._ago(150 if status is ParticipantStatus.EXITED else 14, 1000)
            if status is ParticipantStatus.ENROLLED or r.random() < 0.8:
                enrolled = self._day(applied + timedelta(days=7), applied + timedelta(days=30))
                study_group = self._pick(
                    (
                        (StudyGroup.TREATMENT, 45),
                        (StudyGroup.CONTROL, 10),
                        (StudyGroup.NOT_IN_STUDY, 45),
                    )
                )
            if status is ParticipantStatus.EXITED:
                after = enrolled or applied
                exited = self._day(after + timedelta(days=30), after + timedelta(days=540))
                exit_reason = self._pick(
                    (
                        (ExitReason.COMPLETED_PROGRAM, 40),
                        (ExitReason.EMPLOYED, 20),
                        (ExitReason.LOST_CONTACT, 15),
                        (ExitReason.MOVED, 8),
                        (ExitReason.WITHDREW, 8),
                        (ExitReason.HEALTH_OR_FAMILY, 7),
                        (ExitReason.OTHER, 2),
                    )
                )
        coach_id, team_id, _ = self.coaches[0] if r.random() < 0.7 else r.choice(self.coaches)
        site_id, county = r.choice(self.branches)
        city, zip_code = r.choice(_PLACES.get(county, _PLACES["Franklin"]))
        tanf = r.random() < 0.6
        born = self._ago(18 * 365 + 5, 60 * 365)
        parent_age = (self.today - born).days // 365
        children = [
            self._ago(0, min(17, parent_age - 16) * 365 + 300)
            for _ in range(self._pick(((0, 8), (1, 35), (2, 30), (3, 15), (4, 8), (5, 4))))
        ]
        has_ivd = bool(children) and r.random() < (0.45 if tanf else 0.2)
        ivd = f"70{self._case(index, self._ivd_offset):08d}" if has_ivd else None
        tanf_number = self._case(index, self._tanf_offset)
        language = r.choice(group.languages)
        email_name = fold(f"{first}.{last}").replace("'", "").replace(" ", "")
        row = {
            **self._sync(started, coach_id),
            "first_name": first,
            "middle_name": r.choice(firsts) if r.random() < 0.25 else None,
            "last_name": last,
            "preferred_name": _NICKNAMES.get(first) if r.random() < 0.5 else None,
            "date_of_birth": born,
            "name_key": name_key(first, last),
            "phone": f"{r.choice(_AREA_CODES)}-555-01{r.randrange(100):02d}"
            if r.random() < 0.93
            else None,
            "email": f"{email_name}{r.randrange(100)}@example.com" if r.random() < 0.55 else None,
            "address_line1": f"{r.randint(100, 4999)} {r.choice(_STREETS).replace('-', ' ')} "
            f"{r.choice(_STREET_KINDS)}",
            "address_line2": f"Apt {r.randint(1, 12)}{r.choice('ABCD')}"
            if r.random() < 0.3
            else None,
            "city": city,
            "state": "OH",
            "postal_code": zip_code,
            "preferred_language": language,
            "gender": gender,
            "hispanic_latino": group.hispanic if r.random() < 0.97 else None,
            "race": group.race if r.random() < 0.95 else None,
            "education_level": self._pick(_EDUCATION),
            "veteran": r.random() < 0.03,
            "tanf_recipient": tanf,
            "tanf_case_number": f"OH-{tanf_number // 10000:04d}-{tanf_number % 10000:04d}"
            if tanf
            else None,
            "ivd_case_number": ivd,
            "status": status,
            "applied_on": applied,
            "enrolled_on": enrolled,
            "exited_on": exited,
            "exit_reason": exit_reason,
            "recruitment_site_id": site_id,
            "study_group": study_group,
            "assigned_coach_id": coach_id,
            "team_id": team_id,
            "shared_with_team": r.random() < 0.2,
        }
        rows[Participant].append(row)
        return _Person(
            row=row,
            group=group,
            coach_id=coach_id,
            site_id=site_id,
            status=status,
            started=started,
            enrolled=enrolled,
            ended=exited or self.today,
            children=children,
            ivd=ivd,
            household_size=1,
        )

    def _member(self, p: _Person, household_id: str, **fields: Any) -> dict[str, Any]:
        row = {
            **self._sync(p.started, p.coach_id),
            "participant_id": p.row["id"],
            "household_id": household_id,
            "date_of_birth": None,
            "lives_in_household": True,
            "ivd_case_number": None,
            **fields,
        }
        if row["lives_in_household"]:
            p.household_size += 1
        return row

    def _household(self, p: _Person, rows: Rows) -> None:
        r = self.rng
        two_parents = r.random() < 0.1
        household = {
            **self._sync(p.started, p.coach_id),
            "participant_id": p.row["id"],
            "parents_in_unit": 2 if two_parents else 1,
            "federal_childcare": any((self.today - c).days < 6 * 365 for c in p.children)
            and r.random() < 0.4,
            "notes": None,
        }
        rows[Household].append(household)
        members = rows[HouseholdMember]
        hid, last = household["id"], p.row["last_name"]
        other_parent = r.choice(
            p.group.male if p.row["gender"] is not Gender.MALE else p.group.female
        )
        other_last = r.choice(p.group.last)
        if two_parents:
            members.append(
                self._member(
                    p,
                    hid,
                    role=HouseholdRole.OTHER,
                    first_name=other_parent,
                    last_name=last,
                    relationship=r.choice(("spouse", "partner")),
                )
            )
        elif p.ivd is not None or (p.children and r.random() < 0.15):
            members.append(
                self._member(
                    p,
                    hid,
                    role=HouseholdRole.NON_CUSTODIAL_PARENT,
                    first_name=other_parent,
                    last_name=other_last,
                    relationship="children's other parent",
                    lives_in_household=False,
                    ivd_case_number=p.ivd,
                    date_of_birth=self._ago(19 * 365, 55 * 365) if r.random() < 0.6 else None,
                )
            )
        for born in p.children:
            daughter = r.random() < 0.5
            members.append(
                self._member(
                    p,
                    hid,
                    role=HouseholdRole.CHILD,
                    first_name=r.choice(p.group.female if daughter else p.group.male),
                    last_name=other_last if p.ivd and r.random() < 0.3 else last,
                    relationship="daughter" if daughter else "son",
                    date_of_birth=born,
                )
            )
        if r.random() < 0.08:
            members.append(
                self._member(
                    p,
                    hid,
                    role=HouseholdRole.RELATIVE_CAREGIVER,
                    first_name=r.choice(p.group.female),
                    last_name=last,
                    relationship=r.choice(("grandmother", "aunt", "great-aunt")),
                    lives_in_household=r.random() < 0.5,
                    date_of_birth=self._ago(40 * 365, 75 * 365),
                )
            )

    def _eligibility(self, p: _Person, rows: Rows) -> None:
        r = self.rng
        applied = p.row["applied_on"] or p.started
        days = [applied]
        if r.random() < 0.12 and applied + timedelta(days=365) <= p.ended:
            days.append(applied + timedelta(days=365))
        for day in days:
            if p.row["tanf_recipient"]:
                income = 0 if r.random() < 0.25 else r.randint(1_000, 18_000)
            else:
                income = r.randint(4_000, 45_000)
            years = [y for y in self.guidelines.years if y <= day.year]
            year = max(years) if years else min(self.guidelines.years)
            percent = poverty.percent_of_poverty(
                year=year,
                state="OH",
                household_size=p.household_size,
                annual_income=income,
                table=self.guidelines,
            )
            rows[EligibilityAssessment].append(
                {
                    **self._sync(day, p.coach_id),
                    "participant_id": p.row["id"],
                    "assessed_on": day,
                    "guideline_year": year,
                    "state": "OH",
                    "household_size": p.household_size,
                    "annual_income_cents": income * 100,
                    "percent_of_poverty": float(percent),
                    "threshold_percent": 200,
                    "eligible": percent <= 200,
                }
            )

    def _barriers(self, p: _Person, rows: Rows) -> set[BarrierCategory]:
        r = self.rng
        odds = dict(_BARRIER_ODDS)
        odds[BarrierCategory.LANGUAGE] = 0.5 if p.row["preferred_language"] != "English" else 0.01
        if not p.children:
            odds[BarrierCategory.CHILDCARE] = 0.0
        found = {category for category, chance in odds.items() if r.random() < chance}
        for category in sorted(found):
            restricted = category in RESTRICTED_BARRIERS
            day = self._day(p.started, p.started + timedelta(days=30))
            rows[Barrier].append(
                {
                    **self._sync(day, p.coach_id),
                    "participant_id": p.row["id"],
                    "category": category,
                    "restricted": restricted,
                    # Restricted details stay out of the list; the partner holds them.
                    "description": None if restricted else r.choice(_BARRIER_TEXT[category]),
                    "identified_on": day,
                    "resolved_on": self._day(day + timedelta(days=14), p.ended)
                    if not restricted and r.random() < 0.3 and day + timedelta(days=14) < p.ended
                    else None,
                }
            )
        return found

    def _consents(
        self, p: _Person, barriers: set[BarrierCategory], rows: Rows
    ) -> dict[ReferralProgram, dict[str, Any]]:
        r = self.rng
        odds = {
            ReferralProgram.CHILD_SUPPORT: 0.6 if p.ivd else 0.1,
            ReferralProgram.CHILD_WELFARE_PREVENTION: 0.15 if p.children else 0.0,
            ReferralProgram.EMPLOYMENT: 0.35,
            ReferralProgram.BEHAVIORAL_HEALTH: 0.7
            if barriers & {BarrierCategory.MENTAL_HEALTH, BarrierCategory.SUBSTANCE_USE}
            else 0.05,
            ReferralProgram.DOMESTIC_VIOLENCE: 0.8
            if BarrierCategory.DOMESTIC_VIOLENCE in barriers
            else 0.0,
            ReferralProgram.HOUSING: 0.6 if BarrierCategory.HOUSING in barriers else 0.05,
        }
        consents: dict[ReferralProgram, dict[str, Any]] = {}
        for program, chance in odds.items():
            if program not in self.partners or r.random() >= chance:
                continue
            signed = self._day(p.started, p.started + timedelta(days=5))
            row = {
                **self._sync(signed, p.coach_id),
                "participant_id": p.row["id"],
                "partner_id": self.partners[program],
                "scope": ConsentScope.SHARE_AND_REFER
                if r.random() < 0.8
                else ConsentScope.MAKE_REFERRAL,
                "signed_on": signed,
                "expires_on": signed + timedelta(days=365),
                "revoked_on": self._day(signed + timedelta(days=30), p.ended)
                if r.random() < 0.03 and signed + timedelta(days=30) < p.ended
                else None,
            }
            rows[Consent].append(row)
            consents[program] = row
        return consents

    def _referrals(
        self, p: _Person, consents: dict[ReferralProgram, dict[str, Any]], rows: Rows
    ) -> None:
        r = self.rng
        for program, consent in consents.items():
            if r.random() >= 0.6:
                continue
            referred = self._day(consent["signed_on"], consent["signed_on"] + timedelta(days=20))
            due = referred + timedelta(days=r.choice((14, 21, 30)))
            role = self._pick(
                (
                    (FollowUpRole.HPOG_CAREER_COACH, 45),
                    (FollowUpRole.DHS_FAMILY_COACH, 30),
                    (FollowUpRole.PARTNER_AGENCY, 20),
                    (FollowUpRole.PARTICIPANT, 5),
                )
            )
            if role is FollowUpRole.HPOG_CAREER_COACH:
                owner = next(name for cid, _, name in self.coaches if cid == p.coach_id)
            elif role is FollowUpRole.PARTICIPANT:
                owner = f"{p.row['first_name']} {p.row['last_name']}"
            else:
                staff = (
                    _DHS_FAMILY_COACHES if role is FollowUpRole.DHS_FAMILY_COACH else _PARTNER_STAFF
                )
                owner = r.choice(staff).replace(".", " ")
            if due < self.today:
                status = self._pick(
                    (
                        (ReferralStatus.COMPLETED, 55),
                        (ReferralStatus.DECLINED, 8),
                        (ReferralStatus.CANCELLED, 5),
                        (ReferralStatus.IN_PROGRESS, 12),
                        (ReferralStatus.OPEN, 20),
                    )
                )
            else:
                status = r.choice((ReferralStatus.OPEN, ReferralStatus.IN_PROGRESS))
            closed = status in (
                ReferralStatus.COMPLETED,
                ReferralStatus.DECLINED,
                ReferralStatus.CANCELLED,
            )
            rows[Referral].append(
                {
                    **self._sync(referred, p.coach_id),
                    "participant_id": p.row["id"],
                    "program": program,
                    "partner_id": consent["partner_id"],
                    "reason": _REFERRAL_REASON[program],
                    "referred_on": referred,
                    "follow_up_owner": owner,
                    "follow_up_role": role,
                    "due_on": due,
                    "status": status,
                    "closed_on": self._day(referred + timedelta(days=3), due + timedelta(days=20))
                    if closed
                    else None,
                    "outcome": "Connected; first appointment kept"
                    if status is ReferralStatus.COMPLETED
                    else None,
                    "partner_case_number": p.ivd
                    if program is ReferralProgram.CHILD_SUPPORT
                    else None,
                    "consent_id": consent["id"],
                }
            )

    def _notes(self, p: _Person, rows: Rows) -> None:
        r = self.rng
        count = 1 if p.status is ParticipantStatus.LEAD else r.choice((1, 1, 2, 2, 3, 4))
        for _ in range(count):
            day = self._day(p.started, p.ended)
            at = datetime(day.year, day.month, day.day, 13, tzinfo=UTC) + timedelta(
                minutes=r.randrange(480)
            )
            restricted = r.random() < 0.02
            site_id = p.site_id if r.random() < 0.7 else r.choice(self.branches)[0]
            rows[CaseNote].append(
                {
                    **self._sync(day, p.coach_id),
                    "participant_id": p.row["id"],
                    "contact_at": at,
                    "site_id": site_id,
                    "mode": self._pick(
                        (
                            (ContactMode.IN_PERSON, 50),
                            (ContactMode.PHONE, 30),
                            (ContactMode.TEXT, 10),
                            (ContactMode.VIDEO, 5),
                            (ContactMode.EMAIL, 5),
                        )
                    ),
                    "body": r.choice(_RESTRICTED_NOTES if restricted else _NOTES),
                    "restricted": restricted,
                    "author_id": p.coach_id,
                }
            )

    def _tasks(self, p: _Person, rows: Rows) -> None:
        r = self.rng
        if p.status is ParticipantStatus.EXITED:
            return
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            due = max(self.today + timedelta(days=r.randint(-20, 30)), p.started)
            done = due < self.today and r.random() < 0.6
            rows[Task].append(
                {
                    **self._sync(
                        self._day(p.started, max(p.started, due - timedelta(days=7))), p.coach_id
                    ),
                    "participant_id": p.row["id"],
                    "assigned_to_id": p.coach_id,
                    "title": r.choice(_TASKS),
                    "due_on": due,
                    "status": TaskStatus.DONE if done else TaskStatus.OPEN,
                    "done_on": self._day(due - timedelta(days=5), due) if done else None,
                    "notes": None,
                }
            )

    def _services(self, p: _Person, rows: Rows) -> None:
        r = self.rng
        assert p.enrolled is not None
        tanf = p.row["tanf_recipient"]
        funders = [(FundingKind.HPOG, 65), (FundingKind.WIOA, 10)]
        if tanf:
            funders.append((FundingKind.TANF_DHS, 25))
        weights = [(s, s[1]) for s in _SERVICES if s[0] in self.service_types]
        for _ in range(r.choice((0, 1, 1, 2, 2, 3))):
            service = self._pick(weights)
            funding: FundingKind = self._pick(funders)
            self._service(p, service, funding, self._day(p.enrolled, p.ended), rows)
            # DHS sometimes pays for the same support the same month: the duplicate that
            # services coordination is meant to catch.
            monthly = service[4]
            if tanf and monthly and funding is FundingKind.HPOG and r.random() < 0.12:
                day = rows[SupportService][-1]["period_start"]
                self._service(p, service, FundingKind.TANF_DHS, day, rows, dhs_note=True)

    def _service(
        self,
        p: _Person,
        service: tuple[Any, ...],
        funding: FundingKind,
        day: date,
        rows: Rows,
        *,
        dhs_note: bool = False,
    ) -> None:
        r = self.rng
        category, _, low, high, monthly, vendor = service
        if funding not in self.funding:
            funding = FundingKind.HPOG
        if monthly:
            start = day.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        else:
            start = end = day
        recent = (self.today - start).days < 21
        rows[SupportService].append(
            {
                **self._sync(start if start <= self.today else day, p.coach_id),
                "participant_id": p.row["id"],
                "service_type_id": self.service_types[category],
                "funding_source_id": self.funding[funding],
                "amount_cents": r.randint(low, high) * 100,
                "period_start": start,
                "period_end": end,
                "status": ServiceStatus.REQUESTED
                if recent and r.random() < 0.5
                else self._pick(
                    (
                        (ServiceStatus.PAID, 80),
                        (ServiceStatus.APPROVED, 10),
                        (ServiceStatus.DENIED, 6),
                        (ServiceStatus.CANCELLED, 4),
                    )
                ),
                "vendor": vendor,
                "notes": "Paid by DHS family coach" if dhs_note else None,
                "duplicate_of_id": None,
                "duplicate_reason": None,
            }
        )

    def _training(self, p: _Person, rows: Rows) -> tuple[str, date] | None:
        """Enroll in a course or two; the occupation and date of a credential, if earned."""
        r = self.rng
        assert p.enrolled is not None
        earned: tuple[str, date] | None = None
        start = p.enrolled
        for _ in range(1 if r.random() < 0.9 else 2):
            start = start + timedelta(days=r.randint(7, 45))
            if start > p.ended or r.random() < 0.1:
                break
            course_id, weeks, credential, occupation = r.choice(self.courses)
            expected = start + timedelta(weeks=weeks)
            ended = credential_on = None
            status = TrainingStatus.ENROLLED
            if expected <= p.ended:
                status = self._pick(
                    (
                        (TrainingStatus.COMPLETED, 70),
                        (TrainingStatus.WITHDRAWN, 15),
                        (TrainingStatus.FAILED, 5),
                        (TrainingStatus.ENROLLED, 10),
                    )
                )
            elif p.status is ParticipantStatus.EXITED:
                status = TrainingStatus.WITHDRAWN
            if status is TrainingStatus.COMPLETED:
                ended = expected
            elif status is not TrainingStatus.ENROLLED:
                ended = self._day(start, min(expected, p.ended))
            if status is TrainingStatus.COMPLETED and credential and r.random() < 0.85:
                credential_on = self._day(expected, expected + timedelta(days=45))
                earned = (occupation, credential_on)
            rows[TrainingEnrollment].append(
                {
                    **self._sync(start, p.coach_id),
                    "participant_id": p.row["id"],
                    "course_id": course_id,
                    "started_on": start,
                    "expected_end_on": expected,
                    "ended_on": ended,
                    "status": status,
                    "credential_name": credential if credential_on else None,
                    "credential_earned_on": credential_on,
                }
            )
            start = ended or expected
        return earned

    def _employment(self, p: _Person, earned: tuple[str, date] | None, rows: Rows) -> None:
        r = self.rng
        job: dict[str, Any] | None = None
        if earned is not None and r.random() < 0.65:
            occupation, since = earned
            start = self._day(since + timedelta(days=7), since + timedelta(days=90))
            job = {
                "employer": r.choice(_EMPLOYERS_HEALTH),
                "occupation": occupation,
                "job_title": occupation,
                "is_healthcare": True,
                "hourly_wage_cents": r.randint(1500, 2800),
            }
        elif r.random() < 0.2:
            start = self._day(p.started - timedelta(days=200), p.ended)
            employer, title = r.choice(_JOBS_OTHER)
            job = {
                "employer": employer,
                "occupation": title,
                "job_title": title,
                "is_healthcare": False,
                "hourly_wage_cents": r.randint(1200, 1800),
            }
        if job is not None and start <= self.today:
            job.update(
                {
                    **self._sync(start, p.coach_id),
                    "participant_id": p.row["id"],
                    "weekly_hours": float(r.randrange(40, 81)) / 2,
                    "started_on": start,
                    "ended_on": self._day(start + timedelta(days=60), self.today)
                    if r.random() < 0.15 and start + timedelta(days=60) < self.today
                    else None,
                    "advanced_position": r.random() < 0.08,
                }
            )
            rows[Employment].append(job)
        if p.row["tanf_recipient"] and p.status is ParticipantStatus.ENROLLED:
            self._hours(p, job, rows)

    def _hours(self, p: _Person, job: dict[str, Any] | None, rows: Rows) -> None:
        """The last few weeks of TANF work activities, as the DHS family coach reports them."""
        r = self.rng
        monday = self.today - timedelta(days=self.today.weekday() + 7)
        for week in range(r.randint(2, 5)):
            start = monday - timedelta(weeks=week)
            if start < p.started:
                break
            activities = [(TanfActivity.VOCATIONAL_TRAINING, float(r.randint(12, 25)))]
            if job is not None and job["ended_on"] is None:
                activities.append((TanfActivity.UNSUBSIDIZED_EMPLOYMENT, job["weekly_hours"]))
            elif r.random() < 0.3:
                activities.append((TanfActivity.JOB_SEARCH, float(r.randint(3, 10))))
            for activity, hours in activities:
                rows[ActivityHours].append(
                    {
                        **self._sync(start + timedelta(days=7), p.coach_id),
                        "participant_id": p.row["id"],
                        "week_start": start,
                        "activity": activity,
                        "hours": hours,
                        "verified": r.random() < 0.8,
                    }
                )

    def _session(self, rows: Rows) -> str:
        """An information session at a branch, with a few sign-ups who never came back."""
        r = self.rng
        site_id, _ = r.choice(self.branches)
        coach_id, team_id, _ = r.choice(self.coaches)
        held = self._ago(0, 900)
        row = {
            **self._sync(held, coach_id),
            "site_id": site_id,
            "held_on": held,
            "facilitator_id": coach_id,
            "team_id": team_id,
            "attendance": r.randint(6, 25),
            "notes": None,
        }
        rows[InfoSession].append(row)
        for _ in range(r.randint(1, 4)):
            group: _Group = r.choices(_GROUPS, _GROUP_WEIGHTS)[0]
            rows[Lead].append(
                self._lead_row(
                    row["id"],
                    held,
                    coach_id,
                    first=r.choice(group.female),
                    last=r.choice(group.last),
                    phone=f"{r.choice(_AREA_CODES)}-555-01{r.randrange(100):02d}",
                    tanf=r.random() < 0.6,
                    status=r.choice(
                        (LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.NOT_INTERESTED)
                    ),
                    participant_id=None,
                )
            )
        return str(row["id"])

    def _lead(self, p: _Person, rows: Rows) -> None:
        assert self._info_session is not None
        converted = p.status is not ParticipantStatus.LEAD
        rows[Lead].append(
            self._lead_row(
                self._info_session,
                p.started,
                p.coach_id,
                first=p.row["first_name"],
                last=p.row["last_name"],
                phone=p.row["phone"],
                tanf=p.row["tanf_recipient"],
                status=LeadStatus.CONVERTED
                if converted
                else self.rng.choice((LeadStatus.NEW, LeadStatus.CONTACTED)),
                participant_id=p.row["id"],
            )
        )

    def _lead_row(
        self,
        session_id: str,
        day: date,
        coach_id: str,
        *,
        first: str,
        last: str,
        phone: str | None,
        tanf: bool,
        status: LeadStatus,
        participant_id: str | None,
    ) -> dict[str, Any]:
        return {
            **self._sync(day, coach_id),
            "info_session_id": session_id,
            "first_name": first,
            "last_name": last,
            "phone": phone,
            "email": None,
            "tanf_recipient": tanf,
            "interested_course_id": self.rng.choice(self.courses)[0],
            "status": status,
            "participant_id": participant_id,
            "assigned_coach_id": coach_id,
        }

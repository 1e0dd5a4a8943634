"""Field checks shared by the intake form, the services and the sync server.

A ``FieldCheck`` collects every problem with one submission, so a coach sees all of them
at once next to the fields, then ``done()`` raises one ``ValidationError``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from coachapp.errors import ValidationError

E = TypeVar("E")

US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)

_CASE_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\- /]{2,18}[A-Za-z0-9]$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

MAX_MONEY_CENTS = 10_000_000_00  # ten million dollars: beyond any support service


class FieldCheck:
    """Collects field errors; each method returns the cleaned value (or None)."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    def text(
        self,
        name: str,
        value: object,
        *,
        label: str,
        required: bool = False,
        max_len: int = 100,
        multiline: bool = False,
    ) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(name, f"{label} is required.")
            return None
        if not isinstance(value, str):
            self.fail(name, f"{label} must be text.")
            return None
        cleaned = value.strip() if multiline else " ".join(value.split())
        if _CONTROL.search(cleaned) or not encodable(cleaned):
            self.fail(name, f"{label} contains characters that cannot be saved.")
            return None
        if len(cleaned) > max_len:
            self.fail(name, f"{label} must be at most {max_len} characters.")
            return None
        return cleaned

    def required_text(self, name: str, value: object, *, label: str, max_len: int = 100) -> str:
        return self.text(name, value, label=label, required=True, max_len=max_len) or ""

    def date(
        self,
        name: str,
        value: object,
        *,
        label: str,
        required: bool = False,
        not_after: dt.date | None = None,
        not_before: dt.date | None = None,
    ) -> dt.date | None:
        if value is None or value == "":
            if required:
                self.fail(name, f"{label} is required.")
            return None
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                self.fail(name, f"{label} must be a date like 2026-03-31.")
                return None
        if isinstance(value, dt.datetime):
            value = value.date()  # a moment stands for its day (and compares with days)
        if not isinstance(value, dt.date):
            self.fail(name, f"{label} must be a date.")
            return None
        if not_after is not None and value > not_after:
            self.fail(name, f"{label} cannot be after {not_after.isoformat()}.")
            return None
        if not_before is not None and value < not_before:
            self.fail(name, f"{label} cannot be before {not_before.isoformat()}.")
            return None
        return value

    def birth_date(
        self, name: str, value: object, *, today: dt.date, required: bool
    ) -> dt.date | None:
        born = self.date(name, value, label="Date of birth", required=required, not_after=today)
        if born is not None and born.year < today.year - 110:
            self.fail(name, "Date of birth is more than 110 years ago; please check it.")
            return None
        return born

    def case_number(self, name: str, value: object, *, label: str) -> str | None:
        cleaned = self.text(name, value, label=label, max_len=20)
        if cleaned is None:
            return None
        cleaned = cleaned.upper()
        if not _CASE_NUMBER.match(cleaned) or not any(ch.isdigit() for ch in cleaned):
            self.fail(
                name,
                f"{label} should be 4 to 20 letters and digits (dashes allowed), "
                "with at least one digit.",
            )
            return None
        return cleaned

    def phone(self, name: str, value: object, *, label: str = "Phone") -> str | None:
        cleaned = self.text(name, value, label=label, max_len=30)
        if cleaned is None:
            return None
        digits = re.sub(r"\D", "", cleaned)
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) != 10 or digits[0] in "01":
            self.fail(name, f"{label} must be a 10-digit US number, like 555-201-3344.")
            return None
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"

    def email(self, name: str, value: object) -> str | None:
        cleaned = self.text(name, value, label="Email", max_len=254)
        if cleaned is None:
            return None
        if not _EMAIL.match(cleaned):
            self.fail(name, "Email must look like name@example.org.")
            return None
        return cleaned

    def state(self, name: str, value: object, *, required: bool = False) -> str | None:
        cleaned = self.text(name, value, label="State", required=required, max_len=2)
        if cleaned is None:
            return None
        cleaned = cleaned.upper()
        if cleaned not in US_STATES:
            self.fail(name, "State must be a two-letter code such as OH or TX.")
            return None
        return cleaned

    def postal_code(self, name: str, value: object) -> str | None:
        cleaned = self.text(name, value, label="ZIP code", max_len=10)
        if cleaned is None:
            return None
        if not _ZIP.match(cleaned):
            self.fail(name, "ZIP code must be 5 digits (or 5+4, like 43215-1234).")
            return None
        return cleaned

    def money_cents(
        self,
        name: str,
        value: object,
        *,
        label: str,
        required: bool = True,
        allow_zero: bool = False,
    ) -> int | None:
        """Dollars (as text, Decimal, int or float) to whole cents."""
        if value is None or value == "":
            if required:
                self.fail(name, f"{label} is required.")
            return None
        try:
            if isinstance(value, bool):
                raise InvalidOperation
            text = str(value).strip().replace(",", "").removeprefix("$")
            amount = Decimal(text)
        except (InvalidOperation, ValueError):
            self.fail(name, f"{label} must be an amount in dollars, like 125.50.")
            return None
        if not amount.is_finite():
            self.fail(name, f"{label} must be in dollars and cents, like 125.50.")
            return None
        if amount < 0:
            self.fail(name, f"{label} must be more than zero.")
            return None
        if amount > Decimal(MAX_MONEY_CENTS) / 100:  # before any arithmetic: 1E+999999
            self.fail(name, f"{label} is too large; please check it.")
            return None
        try:
            whole_cents = amount == amount.quantize(Decimal("0.01"))
        except InvalidOperation:  # 1E-999999: more decimal places than any context holds
            whole_cents = False
        if not whole_cents:
            self.fail(name, f"{label} must be in dollars and cents, like 125.50.")
            return None
        cents = int(amount * 100)
        if cents == 0 and not allow_zero:
            self.fail(name, f"{label} must be more than zero.")
            return None
        return cents

    def number(
        self,
        name: str,
        value: object,
        *,
        label: str,
        minimum: float,
        maximum: float,
        required: bool = True,
    ) -> float | None:
        if value is None or value == "":
            if required:
                self.fail(name, f"{label} is required.")
            return None
        try:
            if isinstance(value, bool):
                raise ValueError
            number = float(str(value).strip())
        except ValueError:
            self.fail(name, f"{label} must be a number.")
            return None
        if number != number or not minimum <= number <= maximum:
            self.fail(name, f"{label} must be between {minimum:g} and {maximum:g}.")
            return None
        return number

    def whole(
        self, name: str, value: object, *, label: str, minimum: int, maximum: int
    ) -> int | None:
        number = self.number(name, value, label=label, minimum=minimum, maximum=maximum)
        if number is None:
            return None
        if number != int(number):
            self.fail(name, f"{label} must be a whole number.")
            return None
        return int(number)

    def choice(
        self, name: str, value: object, enum_cls: type[E], *, label: str, required: bool = True
    ) -> E | None:
        if value is None or value == "":
            if required:
                self.fail(name, f"{label} is required.")
            return None
        try:
            return enum_cls(value)  # type: ignore[call-arg]
        except ValueError:
            choices = ", ".join(str(m.value) for m in enum_cls)  # type: ignore[attr-defined]
            self.fail(name, f"{label} must be one of: {choices}.")
            return None

    def period(
        self, start_name: str, start: object, end_name: str, end: object, *, label: str
    ) -> tuple[dt.date | None, dt.date | None]:
        begins = self.date(start_name, start, label=f"{label} start", required=True)
        ends = self.date(end_name, end, label=f"{label} end", required=True)
        if begins and ends and ends < begins:
            self.fail(end_name, f"{label} end must be on or after its start.")
            return begins, None
        return begins, ends


def encodable(text: str) -> bool:
    """False for text holding a lone surrogate, which no database encoding can store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True

"""Sync protocol v1: the request and response bodies laptops and the server exchange.

Shared by the sync engine (client) and the server, so both validate the same shapes.
Documented for people in ``docs/sync-protocol.md``; the two must agree.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, FiniteFloat, StrictInt, StringConstraints

PROTOCOL_VERSION = 1
#: The oldest protocol the server still speaks; older clients get 426 Upgrade Required.
MIN_PROTOCOL_VERSION = 1
#: The app release that speaks MIN_PROTOCOL_VERSION (named in the 426 message).
MIN_APP_VERSION = "0.1.0"

MAX_MUTATIONS_PER_PUSH = 1000
MAX_PUSH_BYTES = 10 * 1024 * 1024
MAX_PULL_LIMIT = 2000
DEFAULT_PULL_LIMIT = 500

Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
        min_length=36,
        max_length=36,
    ),
]
TableName = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,60}$")]
FieldName = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]{0,59}$")]
#: A column value on the wire: JSON scalars only (dates and times as ISO 8601 text). Python's
#: JSON reader accepts NaN and Infinity, which are not JSON and no column should hold.
WireValue = Annotated[str, StringConstraints(max_length=100_000)] | int | FiniteFloat | bool | None
#: No NUL character: PostgreSQL cannot store one in text, so it is refused at the door (a 422)
#: rather than by the database (a 500).
_NO_NUL = r"^[^\x00]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- errors -------------------------------------------------------------------------------------


class ErrorBody(_Strict):
    """Every 4xx answer: a machine-readable code and a sentence a person can read."""

    code: str
    message: str
    field: str | None = None


class ErrorCode(StrEnum):
    INVALID_REQUEST = "invalid_request"
    UNAUTHENTICATED = "unauthenticated"
    TOKEN_EXPIRED = "token_expired"  # noqa: S105 - an error code, not a secret
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    UPGRADE_REQUIRED = "upgrade_required"
    #: The coach's account is disabled or this laptop was revoked: wipe local data.
    DEVICE_REVOKED = "device_revoked"
    ACCOUNT_DISABLED = "account_disabled"
    BAD_CREDENTIALS = "bad_credentials"
    #: The server's database is overloaded or unreachable for a moment (503): retry later.
    SERVER_BUSY = "server_busy"
    #: Anything unexpected (a 500): the message carries a reference id for the server log.
    INTERNAL_ERROR = "internal_error"


# --- auth ---------------------------------------------------------------------------------------


class LoginRequest(_Strict):
    #: Strict: ``true`` or ``"1"`` is a wrong type, not protocol 1 (pydantic would coerce it).
    protocol: StrictInt = PROTOCOL_VERSION
    org: Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=_NO_NUL)]
    username: Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=_NO_NUL)]
    #: Only ever hashed, never stored as text: any character a keyboard can make is fine.
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=120, pattern=_NO_NUL)]
    #: Present when this laptop already registered; absent on first sign-in.
    device_id: Uuid | None = None


class CoachInfo(_Strict):
    coach_id: Uuid
    org_id: Uuid
    username: str
    display_name: str
    role: Literal["coach", "supervisor", "admin"]
    team_id: Uuid | None


class TokenPair(_Strict):
    access_token: str
    access_expires_in: int
    refresh_token: str
    refresh_expires_in: int


class LoginResponse(_Strict):
    device_id: Uuid
    coach: CoachInfo
    tokens: TokenPair
    #: True when this device has a data key in escrow (used to recover a forgotten password).
    key_escrowed: bool


class RefreshRequest(_Strict):
    device_id: Uuid
    refresh_token: Annotated[str, StringConstraints(min_length=16, max_length=256)]


class EscrowDeposit(_Strict):
    """The laptop's data key, base64, sent over TLS right after provisioning."""

    data_key: Annotated[str, StringConstraints(min_length=40, max_length=64)]


class EscrowReturn(_Strict):
    data_key: str


# --- push ---------------------------------------------------------------------------------------


class Op(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class Mutation(_Strict):
    mutation_id: Uuid
    table: TableName
    row_id: Uuid
    op: Op
    base_rev: Annotated[StrictInt, Field(ge=0)]
    fields: dict[FieldName, WireValue] = Field(default_factory=dict, max_length=200)
    base: dict[FieldName, WireValue] = Field(default_factory=dict, max_length=200)


class PushRequest(_Strict):
    protocol: StrictInt
    device_id: Uuid
    batch_id: Uuid
    mutations: list[Mutation] = Field(max_length=MAX_MUTATIONS_PER_PUSH)


class Outcome(StrEnum):
    APPLIED = "applied"
    MERGED = "merged"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class MutationResult(_Strict):
    mutation_id: Uuid
    outcome: Outcome
    #: The row's revision after this mutation (0 when rejected and the row never existed).
    rev: int
    #: The row as the server now holds it (all columns), so the laptop can take it as-is.
    row: dict[str, Any] | None = None
    #: For ``conflict``: the ids of the Conflict records kept for a person to resolve.
    conflict_ids: list[str] = Field(default_factory=list)
    #: For ``rejected``: why.
    code: str | None = None
    message: str | None = None
    #: When the mutation named a participant merged into another, the survivor's id.
    redirected_to: str | None = None


class PushResponse(_Strict):
    batch_id: Uuid
    results: list[MutationResult]


# --- pull ---------------------------------------------------------------------------------------


class Change(_Strict):
    table: str
    row_id: str
    rev: int
    deleted: bool
    #: Every column of the row (a tombstone carries its last values too).
    row: dict[str, Any]


class Removal(_Strict):
    """A participant (and everything of theirs) left the caller's scope: delete it locally."""

    table: Literal["participants"] = "participants"
    row_id: str
    rev: int


class PullResponse(_Strict):
    changes: list[Change]
    removed: list[Removal]
    next_cursor: int
    has_more: bool


class ReferenceResponse(_Strict):
    changes: list[Change]
    next_since: int
    has_more: bool


class Health(_Strict):
    status: Literal["ok"]
    protocol: int
    database: str

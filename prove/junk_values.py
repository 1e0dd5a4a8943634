"""Hypothesis strategies of junk: what a careless caller, a damaged form or a bad import could
hand a service, fitted to each parameter's annotation.

Every parameter gets a mix of values of its declared type (with extremes: 1 MB strings, far
dates, NaN, huge numbers, control characters) and plain junk of any type. Containers the
signature names (an ``IntakeInput``, a list of members, a ``Mapping`` of person fields) are
built with junk inside, and sometimes replaced by junk whole.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from coachapp.rules.person_fields import PERSON_FIELDS

#: One megabyte of text: far beyond any field, and still quick to send through a check.
HUGE = "x" * 1_000_000

_SPECIAL_TEXT = [
    "",
    " ",
    "\t\n",
    "\x00",
    "a\x00b",
    "\x07\x1b[31m",
    "\u202e\u0645\u0631\u062d\u0628\u0627",  # right-to-left override, Arabic
    "\ud800",  # a lone surrogate: no UTF-8 encoding exists
    "\ufeff\u200b",
    "💥" * 50,
    "Robert'); DROP TABLE participants;--",
    "%s%s%n",
    "../../../etc/passwd",
    "NaN",
    "Infinity",
    "-1",
    "1e309",
    "0x10",
    "1_000",
    "١٢٣",  # Arabic-Indic digits: int() reads them
    "0000-00-00",
    "2026-02-30",
    "9999-12-31",
    "0001-01-01",
    "2026-03-16T25:61:00",
    "00000000-0000-0000-0000-000000000000",
    "0192E4C8-7F2A-7ABC-8DEF-0123456789AB",
    HUGE,
    "y" * 100_001,
]

#: Values a form would really send, so that a call with junk in one field may get past the
#: others and reach the code behind them.
_PLAUSIBLE_TEXT = [
    "Ana",
    "Rivera",
    "Columbus",
    "OH",
    "43215",
    "614-555-0134",
    "ana@example.org",
    "A1234567",
    "2026-03-10",
    "Needs help with childcare",
]

_SPECIAL_NUMBERS: list[Any] = [
    0,
    -1,
    -(2**31),
    2**63,
    -(2**63) - 1,
    10**40,
    float("nan"),
    float("inf"),
    float("-inf"),
    -0.0,
    1e308,
    5e-324,
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-1E+999999"),
    Decimal("1E-999999"),
]

_SPECIAL_DATES: list[Any] = [
    date.min,
    date.max,
    date(1900, 1, 1),
    datetime.min,
    datetime.max,
    datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
    datetime(2026, 3, 16, 9, 0),  # naive
]

_SPECIAL_OTHER: list[Any] = [
    None,
    True,
    False,
    b"\xff\xfe\x00",
    bytearray(b"abc"),
    [],
    [None],
    {},
    {"": None},
    set(),
    (),
    object(),
    type,
    Ellipsis,
    ["a"] * 3,
    {"first_name": None},
]

_CONTROL_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), min_size=0, max_size=40
)


def leaf_junk() -> st.SearchStrategy[Any]:
    """Any junk value, of any type."""
    return st.one_of(
        st.sampled_from(_SPECIAL_TEXT + _SPECIAL_NUMBERS + _SPECIAL_DATES + _SPECIAL_OTHER),
        _CONTROL_TEXT,
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.dates(),
        st.datetimes(timezones=st.none() | st.just(UTC)),
        st.lists(st.integers(), max_size=3),
    )


class Ids:
    """Real record ids by kind, filled in once the store is seeded: an id of the right kind
    reaches deeper than a refusal at the first lookup; one of another kind is junk too."""

    def __init__(self) -> None:
        self.by_kind: dict[str, list[str]] = {}

    def all(self) -> list[str]:
        return [i for ids in self.by_kind.values() for i in ids]

    def strategy(self, name: str) -> st.SearchStrategy[str]:
        kind = name.removesuffix("_id").removesuffix("_ids")
        right = self.by_kind.get(kind) or self.all()
        return st.sampled_from(right) | st.sampled_from(self.all())


def _is_optional(annotation: Any) -> tuple[bool, list[Any]]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = list(typing.get_args(annotation))
        return type(None) in args, [a for a in args if a is not type(None)]
    return False, [annotation]


def typed(annotation: Any, name: str, ids: Ids, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values of ``annotation`` (the parameter or field ``name``), extremes included."""
    optional, parts = _is_optional(annotation)
    choices: list[st.SearchStrategy[Any]] = [_typed_one(p, name, ids, depth) for p in parts]
    if optional:
        choices.append(st.none())
    return st.one_of(*choices)


def _typed_one(annotation: Any, name: str, ids: Ids, depth: int) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is Any:
        return leaf_junk()
    if origin is typing.Literal:
        return st.sampled_from(args) | _CONTROL_TEXT
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        members = list(annotation)
        text = [m.value for m in members if isinstance(m.value, str)]
        return st.sampled_from(members) | st.sampled_from(text or ["?"]) | _CONTROL_TEXT
    if annotation is bool:
        return st.booleans()
    if annotation is str:
        if name.endswith("_id") or name == "id":
            return ids.strategy(name) | st.sampled_from(_SPECIAL_TEXT) | _CONTROL_TEXT
        return (
            st.sampled_from(_PLAUSIBLE_TEXT)
            | st.sampled_from(_SPECIAL_TEXT)
            | _CONTROL_TEXT
            | st.text(max_size=200)
        )
    if annotation is int:
        return (
            st.integers(0, 40)
            | st.integers()
            | st.sampled_from([0, -1, 2**63, -(2**63) - 1, 10**40])
        )
    if annotation in (float, Decimal):
        return (
            st.sampled_from(["12.50", 40, 7.5, Decimal("125.00")])
            | st.sampled_from(_SPECIAL_NUMBERS)
            | st.floats()
            | st.decimals()
        )
    if annotation is datetime:
        return (
            st.datetimes(datetime(2020, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC))
            | st.sampled_from(_SPECIAL_DATES)
            | st.datetimes(timezones=st.none() | st.just(UTC))
        )
    if annotation is date:
        return (
            st.dates(date(2020, 1, 1), date(2027, 12, 31))
            | st.sampled_from(_SPECIAL_DATES)
            | st.dates()
        )
    if dataclasses.is_dataclass(annotation) and inspect.isclass(annotation):
        return dataclass_of(annotation, ids, depth + 1)
    if origin in (Mapping, dict, typing.Mapping):
        keys = st.sampled_from(PERSON_FIELDS) | _CONTROL_TEXT
        return st.dictionaries(keys, junk_for(Any, "value", ids, depth + 1), max_size=8)
    if origin in (Sequence, list, tuple, typing.Sequence, set, frozenset, typing.Collection) or (
        origin is not None and inspect.isclass(origin) and issubclass(origin, Sequence)
    ):
        inner = args[0] if args else Any
        return st.lists(junk_for(inner, name, ids, depth + 1), max_size=3)
    if inspect.isclass(origin) and origin is type:
        return leaf_junk()
    return leaf_junk()


def junk_for(annotation: Any, name: str, ids: Ids, depth: int = 0) -> st.SearchStrategy[Any]:
    """Mostly values of the declared type (extremes included), sometimes junk of any type."""
    if depth > 3:
        return leaf_junk()
    return st.one_of(typed(annotation, name, ids, depth), leaf_junk())


def dataclass_of(cls: type, ids: Ids, depth: int = 0) -> st.SearchStrategy[Any]:
    """An instance built with junk in every field (its own ``__post_init__`` may refuse)."""
    hints = hints_of(cls)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for f in dataclasses.fields(cls):
        strategy = junk_for(hints.get(f.name, Any), f.name, ids, depth)
        missing = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        (required if missing else optional)[f.name] = strategy
    return st.fixed_dictionaries(required, optional=optional).map(lambda kw: _Build(cls, kw))


@dataclasses.dataclass(frozen=True)
class _Build:
    """A dataclass to make at call time: its ``__post_init__`` refusing junk is a service's
    answer too (a ``ValidationError`` there is the boundary doing its job)."""

    cls: type
    kwargs: dict[str, Any]

    def make(self) -> Any:
        return self.cls(**{k: build(v) for k, v in self.kwargs.items()})


def build(value: Any) -> Any:
    """Turn the ``_Build`` placeholders in ``value`` into real objects."""
    if isinstance(value, _Build):
        return value.make()
    if isinstance(value, list):
        return [build(v) for v in value]
    if isinstance(value, dict):
        return {k: build(v) for k, v in value.items()}
    return value


def hints_of(obj: Callable[..., Any] | type) -> dict[str, Any]:
    module = inspect.getmodule(obj)
    namespace = dict(vars(module)) if module else {}
    try:
        return typing.get_type_hints(obj, globalns=namespace, include_extras=False)
    except (NameError, TypeError):
        # A name imported only for type checkers: resolve what can be resolved, one by one.
        out: dict[str, Any] = {}
        raw = getattr(obj, "__annotations__", {})
        for key, text in raw.items():
            try:
                out[key] = eval(text, namespace) if isinstance(text, str) else text  # noqa: S307
            except Exception:
                out[key] = Any
        return out

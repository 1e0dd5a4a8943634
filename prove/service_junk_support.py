"""What the service-junk check needs: every public service function, a seeded store to call
them on, a digest of the store, and the verdict on one call.

A service function is public when it is defined in a ``coachapp.services`` module, its name
has no leading underscore, and its first parameter is the unlocked store (``LocalStore``) or a
session on it (``Session``). Parameters of internal types (the store, the session, an ORM
record, a model class, a progress callback) get real values, as do the labels a shared helper
is handed by the service calling it; clocks (``today``, ``now``) get real dates or times of
any year, far ones included; every other parameter gets junk (``prove.junk_values``).
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.orm import Session

import coachapp.services
from coachapp.errors import CoachAppError
from coachapp.models import SYNCED_MODELS, SyncedMixin
from coachapp.store.local import LocalStore
from prove.junk_values import Ids, build, hints_of, junk_for

#: Clock parameters are the caller's "today", not input: they get real dates (far ones too),
#: None, and never another type.
CLOCKS = {"today", "now"}
#: Labels a service passes to a shared helper to name a field in its message: code, not input.
LABELS = {"field": "participant_id", "what": "participant"}


@dataclass(frozen=True)
class ServiceFunction:
    module: str
    name: str
    function: Callable[..., Any]
    takes_session: bool
    params: tuple[inspect.Parameter, ...]
    hints: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.module.removeprefix('coachapp.services.')}.{self.name}"


def service_functions() -> list[ServiceFunction]:
    found: list[ServiceFunction] = []
    for info in pkgutil.walk_packages(coachapp.services.__path__, "coachapp.services."):
        module = importlib.import_module(info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != info.name or name.startswith("_"):
                continue
            params = tuple(inspect.signature(function).parameters.values())
            if not params:
                continue
            hints = hints_of(function)
            first = hints.get(params[0].name)
            if first not in (LocalStore, Session):
                continue
            found.append(
                ServiceFunction(
                    module=info.name,
                    name=name,
                    function=function,
                    takes_session=first is Session,
                    params=params[1:],
                    hints=hints,
                )
            )
    return sorted(found, key=lambda f: f.label)


def _model_of(annotation: Any) -> type[SyncedMixin] | None:
    if inspect.isclass(annotation) and issubclass(annotation, SyncedMixin):
        return annotation
    return None


def _internal(annotation: Any, store: LocalStore) -> st.SearchStrategy[Any] | None:
    """Real values for a parameter of an internal type; None for an input parameter."""
    if annotation is LocalStore:
        return st.just(store)
    if typing.get_origin(annotation) is type:
        return st.sampled_from(sorted(SYNCED_MODELS.values(), key=lambda m: m.__name__))
    model = _model_of(annotation)
    if model is not None:
        return st.just(_Load(model))
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    parts = typing.get_args(annotation) if union else (annotation,)
    if any(typing.get_origin(part) is Callable for part in parts):  # a progress callback
        return st.none() | st.just(lambda *_args: None)
    return None


def _clock(annotation: Any) -> st.SearchStrategy[Any]:
    kinds = set(typing.get_args(annotation)) or {annotation}
    if datetime in kinds:
        when: st.SearchStrategy[Any] = st.datetimes(timezones=st.none() | st.timezones())
    else:
        when = st.sampled_from([date.min, date.max]) | st.dates()
    return st.none() | when if type(None) in kinds else when


@dataclass(frozen=True)
class _Load:
    """An ORM record to load in the call's own session (the first live one of its kind)."""

    model: type[SyncedMixin]

    def load(self, session: Session) -> Any:
        return session.scalars(select(self.model).limit(1)).first()


def arguments(fn: ServiceFunction, store: LocalStore, ids: Ids) -> st.SearchStrategy[Any]:
    """Keyword arguments for one call: every required one, a random subset of the others."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for param in fn.params:
        annotation = fn.hints.get(param.name, Any)
        strategy = _internal(annotation, store)
        if strategy is None and fn.takes_session and param.name in LABELS:
            strategy = st.just(LABELS[param.name])
        if strategy is None and param.name in CLOCKS:
            strategy = _clock(annotation)
        if strategy is None:
            strategy = junk_for(annotation, param.name, ids)
        target = required if param.default is inspect.Parameter.empty else optional
        target[param.name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


@dataclass
class Outcome:
    succeeded: bool = False
    refused: str | None = None  # the CoachAppError class name
    unhandled: BaseException | None = None


def call(fn: ServiceFunction, store: LocalStore, raw: dict[str, Any]) -> Outcome:
    """Call ``fn`` with ``raw`` (junk placeholders built now); classify what happened."""
    try:
        kwargs = build(raw)
        if fn.takes_session:
            with store.write() as session:
                kwargs = {
                    k: (v.load(session) if isinstance(v, _Load) else v) for k, v in kwargs.items()
                }
                _invoke(fn, session, kwargs)
        else:
            _invoke(fn, store, kwargs)
    except CoachAppError as error:
        return Outcome(refused=type(error).__name__)
    except Exception as error:  # every other exception is what this check looks for
        return Outcome(unhandled=error)
    return Outcome(succeeded=True)


def _invoke(fn: ServiceFunction, first: Any, kwargs: dict[str, Any]) -> None:
    positional = [
        kwargs.pop(p.name)
        for p in fn.params
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name in kwargs
    ]
    result = fn.function(first, *positional, **kwargs)
    if inspect.isgenerator(result):
        list(result)


def store_digest(store: LocalStore) -> str:
    """Row counts and a hash of every table's contents (records, outbox, audit, settings)."""
    digest = hashlib.sha256()
    with store.engine.connect() as conn:
        names = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        for name in list(names):
            # The names come from sqlite_master itself, not from any input.
            rows = conn.exec_driver_sql(f'SELECT * FROM "{name}"').all()  # noqa: S608
            digest.update(f"{name}:{len(rows)}\n".encode())
            for line in sorted(repr(tuple(row)) for row in rows):
                digest.update(line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass
class Tally:
    """What the calls of one run came to."""

    calls: int = 0
    succeeded: int = 0
    refused: int = 0
    unhandled: list[str] = field(default_factory=list)
    changed_on_refusal: list[str] = field(default_factory=list)
    functions: set[str] = field(default_factory=set)

    def note_unhandled(
        self, fn: ServiceFunction, raw: dict[str, Any], error: BaseException
    ) -> None:
        where = _where(error)
        self.unhandled.append(f"{fn.label}: {type(error).__name__} at {where} with {_short(raw)}")


def _where(error: BaseException) -> str:
    frames = inspect.getinnerframes(error.__traceback__) if error.__traceback__ else []
    ours = [f for f in frames if "/coachapp/" in f.filename]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return "?"
    return f"{frame.filename.rsplit('/coachapp/', 1)[-1]}:{frame.lineno}"


def _short(raw: dict[str, Any]) -> str:
    parts = []
    for key, value in raw.items():
        shown = repr(value)
        parts.append(f"{key}={shown[:80] + '…' if len(shown) > 80 else shown}")
    return ", ".join(parts)


@contextmanager
def quiet_logs() -> Iterator[None]:
    """Refused junk is logged by some services; the check's output stays readable."""
    import logging

    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(previous)

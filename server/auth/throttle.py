"""Failed sign-in throttling per account and per client address, kept in the database so
that every app server behind the load balancer counts the same failures."""

from __future__ import annotations

import hashlib
import ipaddress
import math
import secrets
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.requests import HTTPConnection

from server.settings import Settings
from server.storage.tables import LoginThrottle

# A whole DHS office may sit behind one address, and several coaches there mistyping
# their passwords on a Monday morning must not lock the office out; credential stuffing
# across many usernames from one address still stops after this many times the
# per-account allowance.
ADDRESS_FACTOR = 10

_ACCOUNT_PREFIX = "acct:"
_ADDRESS_PREFIX = "ip:"
# One failure in this many also sweeps stale rows, so the table stays small without a job.
_PRUNE_ONE_IN = 100

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def account_key(org_code: str, username: str) -> str:
    """The throttle key of a sign-in name, existing or not (so 429 reveals nothing).

    Hashed: people type passwords into the username box, and the table must not keep them.
    """
    name = f"{org_code.strip().lower()}\x00{username.strip().lower()}"
    return _ACCOUNT_PREFIX + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()


def address_key(address: str) -> str:
    """The throttle key of a client address; IPv6 counts per /64, which one client holds."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return _ADDRESS_PREFIX + address[:60]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return _ADDRESS_PREFIX + str(ip.ipv4_mapped)
        return _ADDRESS_PREFIX + str(ipaddress.IPv6Network((ip, 64), strict=False))
    return _ADDRESS_PREFIX + str(ip)


def client_address(request: HTTPConnection, settings: Settings) -> str:
    """The client's address: the direct peer, or — only when that peer is one of
    ``settings.trusted_proxies`` — the nearest untrusted hop of X-Forwarded-For.

    Read right to left because each proxy appends what it saw; everything left of the
    first untrusted hop was written by the client and could be anything.
    """
    peer = request.client.host if request.client else ""
    networks = _networks(settings.trusted_proxies)
    if not _is_trusted(_ip(peer), networks):
        return peer or "unknown"
    hops = ",".join(request.headers.getlist("x-forwarded-for")).split(",")
    for hop in reversed(hops):
        ip = _ip(hop.strip())
        if ip is None:
            break
        if not _is_trusted(ip, networks):
            return str(ip)
    return peer


def check(session: Session, keys: Sequence[str], *, now: datetime) -> int | None:
    """Seconds until the caller may try again, or None when no key is blocked."""
    blocked = session.scalars(
        select(LoginThrottle.blocked_until).where(
            LoginThrottle.key.in_(keys), LoginThrottle.blocked_until > now
        )
    ).all()
    latest = max((b for b in blocked if b is not None), default=None)
    if latest is None:
        return None
    return max(1, math.ceil((latest - now).total_seconds()))


def record_failure(
    session: Session, keys: Sequence[str], *, settings: Settings, now: datetime
) -> None:
    """Count one failed sign-in against each key; block a key that reaches its allowance.

    A key stays counted for the whole window: once blocked, each further failure before
    the window ends blocks it again, so guessing slows to one try per block period.
    """
    window = timedelta(seconds=settings.login_window_seconds)
    for row in _locked_rows(session, sorted(set(keys)), now=now):
        if row.window_started_at + window <= now:
            row.window_started_at = now
            row.failures = 0
        row.failures += 1
        if row.failures >= _allowed(row.key, settings):
            row.blocked_until = now + timedelta(seconds=settings.login_block_seconds)
    if secrets.randbelow(_PRUNE_ONE_IN) == 0:
        prune(session, settings=settings, now=now)


def record_success(session: Session, key: str) -> None:
    """Forget an account's failures after a correct password.

    Only the account key: clearing the address too would let an attacker reset their
    count by signing in to an account of their own between guesses.
    """
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))


def prune(session: Session, *, settings: Settings, now: datetime) -> int:
    """Delete rows whose window and block are both over."""
    stale_before = now - timedelta(seconds=settings.login_window_seconds)
    result = session.execute(
        delete(LoginThrottle)
        .where(
            LoginThrottle.window_started_at < stale_before,
            or_(LoginThrottle.blocked_until.is_(None), LoginThrottle.blocked_until < now),
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _allowed(key: str, settings: Settings) -> int:
    allowed = max(1, settings.login_failures_allowed)
    return allowed * ADDRESS_FACTOR if key.startswith(_ADDRESS_PREFIX) else allowed


def _locked_rows(session: Session, keys: Sequence[str], *, now: datetime) -> list[LoginThrottle]:
    # Locked (on PostgreSQL) in key order so two servers counting the same pair of keys
    # cannot deadlock; a missing row is inserted in a savepoint because another server may
    # insert the same key at the same moment.
    query = select(LoginThrottle).where(LoginThrottle.key.in_(keys)).order_by(LoginThrottle.key)
    rows = {r.key: r for r in session.scalars(query.with_for_update())}
    for key in keys:
        if key in rows:
            continue
        try:
            with session.begin_nested():
                session.add(LoginThrottle(key=key, window_started_at=now, failures=0))
        except IntegrityError:
            pass
    if len(rows) < len(keys):
        rows = {r.key: r for r in session.scalars(query.with_for_update())}
    return [rows[k] for k in keys if k in rows]


def _ip(text: str) -> IpAddress | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _is_trusted(ip: IpAddress | None, networks: Iterable[IpNetwork]) -> bool:
    return ip is not None and any(ip in net for net in networks)


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[IpNetwork, ...]:
    networks: list[IpNetwork] = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            continue  # a malformed entry trusts nobody rather than failing every sign-in
    return tuple(networks)

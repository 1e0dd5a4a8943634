"""Errors from talking to the program's server that the sync engine and the UI act on.

Every one is a ``coachapp.errors.SyncError`` whose message a coach can read as it is. Messages
never carry personal data or tokens; the server's own sentences (``ServerRefused``) are written
for people and name fields, never values. ``refusal()`` turns an error answer into one of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from coachapp.errors import SyncError, WrongPassphrase
from sync.protocol import ErrorCode

OFFLINE_MESSAGE = (
    "CoachApp is offline; your work is saved on this laptop and will sync when the network is back."
)

_VERSION_IN_TEXT = re.compile(r"version\s+v?(\d+(?:\.\d+){1,3})", re.IGNORECASE)


class Offline(SyncError):
    """The server could not be reached after every retry. Nothing was lost; try again later."""

    def __init__(self, message: str = OFFLINE_MESSAGE) -> None:
        super().__init__(message)


class ServerUnavailable(Offline):
    """The server (or a proxy in front of it) kept answering "busy" or "unavailable" (429,
    502, 503, 504) after every retry. An ``Offline`` so the engine simply tries again later."""

    def __init__(self, status: int) -> None:
        self.status = status
        super().__init__(
            f"The program's server is busy or unavailable right now (HTTP {status}). Your work "
            "is saved on this laptop and will sync later."
        )


class AccessWithdrawn(SyncError):
    """The server withdrew this laptop's access: the engine wipes the local data."""


class DeviceRevoked(AccessWithdrawn):
    def __init__(self) -> None:
        super().__init__("This laptop was disconnected by your administrator.")


class AccountDisabled(AccessWithdrawn):
    def __init__(self) -> None:
        super().__init__(
            "Your CoachApp account is disabled, so this laptop can no longer sync. "
            "Ask your program administrator."
        )


class PasswordNotConfirmed(WrongPassphrase):
    """The vault refused the password and the server could not be asked whether it was
    changed there (``reason`` says why: sign-ins blocked for a while, a certificate refused…).

    A wrong password as far as the unlock throttle goes, whatever the server answered:
    otherwise every try after the server's own sign-in throttle would cost nothing.
    """

    def __init__(self, reason: SyncError) -> None:
        self.reason = str(reason)
        super().__init__(f"That password is not correct. {self.reason}")


class UpgradeRequired(SyncError):
    """The server no longer speaks this app's protocol. No data was sent or changed."""

    def __init__(self, min_version: str | None) -> None:
        self.min_version = min_version
        if min_version:
            super().__init__(f"Update CoachApp to version {min_version} to sync.")
        else:
            super().__init__("Update CoachApp to the latest version to sync.")


class SignInRequired(SyncError):
    """The stored sign-in is missing, expired or was refused: sign in with the password."""

    def __init__(self) -> None:
        super().__init__("Sign in again with your password to sync.")


class BadCredentials(SyncError):
    """Wrong organisation, username or password (the server gives one answer for all three)."""

    def __init__(self, message: str = "Username or password is not correct.") -> None:
        super().__init__(message)


class TooManyAttempts(SyncError):
    """Sign-in is blocked for a while after repeated failures."""

    def __init__(self, retry_after: int | None) -> None:
        self.retry_after = retry_after
        if retry_after:
            minutes = -(-retry_after // 60)
            wait = f"in {minutes} minute{'s' if minutes != 1 else ''}"
        else:
            wait = "in a few minutes"
        super().__init__(f"Too many sign-in attempts. Try again {wait}.")


class ServerRefused(SyncError):
    """The server refused the request for a reason of its own, given in its ``ErrorBody``.

    ``code`` is the machine-readable code (``forbidden``, ``not_found``, ``payload_too_large``…,
    or ``bad_response`` when a successful-looking answer could not be read).
    """

    def __init__(self, code: str, message: str, status: int, field: str | None = None) -> None:
        self.code = code
        self.status = status
        self.field = field
        super().__init__(message)


class InsecureServer(SyncError):
    """CoachApp refused to connect because the connection would not be safe.

    ``reason`` says why, for the UI and the log: ``address`` (not an https address, or one
    with a user name in it), ``plain_http`` (http to another computer), ``ca_bundle`` (the
    administrator's CA file cannot be used) or ``certificate`` (the server's certificate
    failed verification).
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)

    @classmethod
    def plain_http(cls, host: str) -> InsecureServer:
        return cls(
            "plain_http",
            f"CoachApp will not send data to {host} over plain http://, which anyone on the "
            "network could read. Ask your administrator for the server's https:// address.",
        )

    @classmethod
    def ca_bundle(cls, path: str, *, missing: bool) -> InsecureServer:
        problem = "was not found" if missing else "holds no certificates CoachApp can read"
        return cls(
            "ca_bundle",
            f"The certificate authority file set by your administrator ({path}) {problem}, "
            "so CoachApp will not connect. Ask your administrator.",
        )

    @classmethod
    def certificate(cls, host: str, detail: str) -> InsecureServer:
        """``detail`` is OpenSSL's reason, put in plain words here (never shown raw)."""
        detail = detail.lower()
        if "hostname mismatch" in detail or "not valid for" in detail or "doesn't match" in detail:
            why = "its certificate was issued for a different server name"
        elif "self-signed" in detail or "self signed" in detail:
            why = "its certificate is self-signed and this laptop does not trust it"
        elif "expired" in detail:
            why = "its certificate has expired"
        else:
            why = "its certificate is not signed by an authority this laptop trusts"
        return cls(
            "certificate",
            f"CoachApp did not connect to {host}: {why}. Ask your administrator to check the "
            "server's certificate, or the CA bundle set for CoachApp.",
        )


# --- reading the server's answers ---------------------------------------------------------------


def refusal(
    status: int,
    body: Mapping[str, object],
    *,
    signing_in: bool = False,
    retry_after: float | None = None,
) -> SyncError:
    """The error for a non-2xx answer, from its status and its (JSON object) body.

    The body is read leniently: a proxy's HTML page (an empty mapping here) still gets a
    sentence, and an ``ErrorBody`` with fields added by a later server still counts.
    ``signing_in``: the answer to a password sign-in, where a 401 is not "sign in again"
    but the server's reason (wrong password, a laptop set up for another account), and a
    429 is the sign-in throttle.
    """
    if 300 <= status < 400:
        return ServerRefused(
            "unexpected_redirect",
            f"The program's server sent CoachApp elsewhere (HTTP {status}); CoachApp does not "
            "follow that. Check the server address with your administrator.",
            status,
        )
    code, message, field = body.get("code"), body.get("message"), body.get("field")
    if not (isinstance(code, str) and isinstance(message, str) and message):
        code, message = (
            f"http_{status}",
            f"The program's server answered with an error (HTTP {status}).",
        )
    if code == ErrorCode.DEVICE_REVOKED:
        return DeviceRevoked()
    if code == ErrorCode.ACCOUNT_DISABLED:
        return AccountDisabled()
    if status == 426 or code == ErrorCode.UPGRADE_REQUIRED:
        # Today's server names the version only in its sentence; a later one may add a field.
        named = body.get("min_version")
        if isinstance(named, str) and named:
            return UpgradeRequired(named)
        found = _VERSION_IN_TEXT.search(message)
        return UpgradeRequired(found[1] if found else None)
    if code == ErrorCode.BAD_CREDENTIALS:
        return BadCredentials(message[:500])
    if signing_in and status == 429:
        return TooManyAttempts(None if retry_after is None else int(retry_after))
    if status == 401 and not signing_in:
        return SignInRequired()
    if status in (429, 502, 503, 504):
        return ServerUnavailable(status)
    return ServerRefused(code, message[:500], status, field if isinstance(field, str) else None)


def bad_response(status: int) -> ServerRefused:
    """A successful-looking answer that is not JSON or does not match the protocol."""
    return ServerRefused(
        "bad_response",
        f"The program's server sent an answer CoachApp cannot read (HTTP {status}). "
        "Try again later; if it keeps happening, tell your administrator.",
        status,
    )

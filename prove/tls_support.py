"""Part 8's certificates and HTTPS servers: a program CA, server certificates good and bad, and
the live server app behind uvicorn's TLS on loopback — one port per certificate.

Also a watch on the process's own sockets (``sys.addaudithook``): what a refused address
must never do is look a name up or open a connection, and the audit events say if it did.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from fastapi import FastAPI

Key = ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class ServerCert:
    cert: Path
    key: Path


@dataclass(frozen=True)
class Pki:
    ca: Path  # the administrator's CA bundle
    certs: dict[str, ServerCert]


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _certificate(
    subject: str,
    key: Key,
    issuer: tuple[x509.Name, Key] | None,
    *,
    ca: bool,
    sans: list[str] | None = None,
    expired: bool = False,
) -> x509.Certificate:
    issuer_name, issuer_key = issuer or (_name(subject), key)
    now = dt.datetime.now(dt.UTC)
    start, end = (
        (now - dt.timedelta(days=30), now - dt.timedelta(days=1))
        if expired
        else (
            now - dt.timedelta(hours=1),
            now + dt.timedelta(days=1),
        )
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    if ca:
        usage = x509.KeyUsage(True, False, False, False, False, True, True, False, False)
        builder = builder.add_extension(usage, critical=True)
    else:
        names: list[x509.GeneralName] = [x509.DNSName(n) for n in (sans or [subject])]
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        eku = x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH])
        builder = builder.add_extension(eku, critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _write(folder: Path, label: str, cert: x509.Certificate, key: Key) -> ServerCert:
    cert_path, key_path = folder / f"{label}.crt", folder / f"{label}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ServerCert(cert_path, key_path)


def make_pki(folder: Path) -> Pki:
    """The program's CA and four server certificates, all for the server as ``localhost``
    except ``wrong_name`` (another server's name) — ``self_signed`` signed by itself,
    ``expired`` out of date, ``signed`` the good one."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = _certificate("CoachApp Proof Program CA", ca_key, None, ca=True)
    (folder / "program-ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    by_ca = (ca_cert.subject, ca_key)
    certs = {}
    for label, subject, issuer, expired in (
        ("self_signed", "localhost", None, False),
        ("signed", "localhost", by_ca, False),
        ("wrong_name", "sync.another-program.test", by_ca, False),
        ("expired", "localhost", by_ca, True),
    ):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = _certificate(subject, key, issuer, ca=False, expired=expired)
        certs[label] = _write(folder, label, cert, key)
    return Pki(ca=folder / "program-ca.pem", certs=certs)


@contextmanager
def serve_tls(app: FastAPI, cert: ServerCert, *, start_timeout: float = 15) -> Iterator[int]:
    """``app`` over HTTPS on a free loopback port (yielded) with ``cert``, in a thread."""
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        log_level="critical",  # failed handshakes are the point here, not news
        lifespan="off",
        proxy_headers=False,
        ssl_certfile=str(cert.cert),
        ssl_keyfile=str(cert.key),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        assert thread.is_alive(), "TLS server failed to start"
        assert time.monotonic() < deadline, "TLS server did not start"
        time.sleep(0.01)
    try:
        yield int(server.servers[0].sockets[0].getsockname()[1])
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class SocketWatch:
    """Counts name look-ups and connections this process makes while ``watching()``."""

    _EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.__new__")
    _installed: SocketWatch | None = None

    def __init__(self) -> None:
        self.active = False
        self.seen: list[tuple[str, str]] = []

    @classmethod
    def get(cls) -> SocketWatch:
        if cls._installed is None:
            watch = cls()
            sys.addaudithook(watch._hook)  # cannot be removed; idle unless watching
            cls._installed = watch
        return cls._installed

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.active and event in self._EVENTS:
            self.seen.append((event, repr(args[1:2])[:80]))

    @contextmanager
    def watching(self) -> Iterator[list[tuple[str, str]]]:
        self.seen = []
        self.active = True
        try:
            yield self.seen
        finally:
            self.active = False

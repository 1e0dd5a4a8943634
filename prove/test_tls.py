"""Part 8, TLS: the live server behind real certificates, reached by the real sign-in screen and
provisioning path with the settings an administrator writes (``coachapp.machine_settings``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coachapp.config import Settings, load_settings
from coachapp.machine_settings import write_machine_settings
from coachapp.models.enums import CoachRole
from coachapp.services import reference
from coachapp.store.profile import DataFolder
from prove.conftest import Figures
from prove.tls_support import Pki, SocketWatch, make_pki, serve_tls
from server.storage.tables import Account, ServerAuditEvent
from sync.errors import InsecureServer
from sync.provision import connect, provision
from tests.conftest import FAST_KDF, TODAY
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, live_server
from ui.app import MainWindow
from ui.launch import build_window, make_app
from ui.screens.signin import SignInScreen

SECTION = 8
COACH = "tls.coach"


@dataclass
class TlsWorld:
    live: LiveServer
    pki: Pki
    ports: dict[str, int]
    root: Path

    def url(self, label: str, host: str = "localhost") -> str:
        return f"https://{host}:{self.ports[label]}"

    def settings(self, name: str, **values: Any) -> Settings:
        """The administrator's machine-wide file, written as the installer writes it, and
        the settings the app reads from it (no user file)."""
        machine = self.root / "etc" / name / "config.toml"
        write_machine_settings(machine, {"org": ORG_CODE, "locked": ["server_url"], **values})
        return load_settings(machine_path=machine, user_path=self.root / "no-user-settings.toml")

    def pulls(self) -> int:
        with self.live.db.session() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(ServerAuditEvent)
                    .where(ServerAuditEvent.action == "pull")
                )
                or 0
            )

    def sign_ins(self) -> int:
        """Sign-ins (and failed ones) the server saw from the coach used here."""
        with self.live.db.session() as s:
            account = s.scalar(select(Account.id).where(Account.username == COACH))
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(ServerAuditEvent)
                    .where(ServerAuditEvent.account_id == account)
                )
                or 0
            )


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsWorld]:
    root = tmp_path_factory.mktemp("tls")
    pki = make_pki(root / "pki")
    with live_server(f"sqlite:///{root}/server.db") as live:
        live.add_account(COACH, role=CoachRole.COACH, team_id=live.program.teams[0].id)
        with (
            serve_tls(live.app, pki.certs["self_signed"]) as self_signed,
            serve_tls(live.app, pki.certs["signed"]) as signed,
            serve_tls(live.app, pki.certs["wrong_name"]) as wrong_name,
            serve_tls(live.app, pki.certs["expired"]) as expired,
        ):
            ports = {
                "self_signed": self_signed,
                "signed": signed,
                "wrong_name": wrong_name,
                "expired": expired,
            }
            yield TlsWorld(live, pki, ports, root)


def _window(qtbot: QtBot, folder: DataFolder, settings: Settings) -> MainWindow:
    make_app()
    window = build_window(folder=folder, settings=settings, kdf=FAST_KDF, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def _sign_in_on_screen(qtbot: QtBot, window: MainWindow) -> str | None:
    """Sign in on the sign-in screen as a coach does; the message shown, or None if it
    worked (the workspace opened)."""
    screen = window.stack.currentWidget()
    assert isinstance(screen, SignInScreen)
    qtbot.keyClicks(screen.username, COACH)
    qtbot.keyClicks(screen.password, PASSWORD)
    screen.button.click()
    qtbot.waitUntil(
        lambda: window.workspace is not None or screen.message.isVisible(), timeout=60_000
    )
    return None if window.workspace is not None else screen.message.text()


def _refusal(folder: DataFolder, server_url: str, settings: Settings) -> InsecureServer | None:
    try:
        provision(
            folder,
            server_url=server_url,
            org=ORG_CODE,
            username=COACH,
            password=PASSWORD,
            ca_bundle=settings.ca_bundle,
            kdf=FAST_KDF,
        ).close()
    except InsecureServer as refused:
        return refused
    return None


def _untouched(folder: DataFolder) -> bool:
    return not folder.path.exists() or not any(folder.path.rglob("*"))


def test_self_signed_certificate_is_refused(
    tls: TlsWorld, qtbot: QtBot, tmp_path: Path, figures: Figures
) -> None:
    """A server with a self-signed certificate is refused at sign-in, with a plain message"""
    settings = tls.settings("self-signed", server_url=tls.url("self_signed"))
    folder = DataFolder(tmp_path / "laptop")
    seen_before = tls.sign_ins()
    window = _window(qtbot, folder, settings)
    message = _sign_in_on_screen(qtbot, window)
    window.close()
    figures.add("the coach is told", message or "(signed in!)")
    figures.add(
        "laptop set up", folder.is_provisioned(), target="False", ok=not folder.is_provisioned()
    )
    figures.add("requests that reached the server", tls.sign_ins() - seen_before, target="0")
    assert message is not None and "self-signed" in message
    assert "Traceback" not in message and "SSL" not in message
    assert _untouched(folder)
    assert tls.sign_ins() == seen_before


def test_accepted_with_the_administrators_ca_bundle(
    tls: TlsWorld, qtbot: QtBot, tmp_path: Path, figures: Figures
) -> None:
    """Accepted once the administrator's CA bundle is configured; refused without it"""
    url = tls.url("signed")
    without = _refusal(
        DataFolder(tmp_path / "no-bundle"), url, tls.settings("none", server_url=url)
    )
    figures.add("without the CA bundle", str(without) if without else "(accepted!)")
    assert without is not None and without.reason == "certificate"

    settings = tls.settings("with-ca", server_url=url, ca_bundle=str(tls.pki.ca))
    figures.add("ca_bundle in the machine-wide file", Path(settings.ca_bundle or "").name)
    folder = DataFolder(tmp_path / "laptop")
    window = _window(qtbot, folder, settings)
    started = time.perf_counter()
    message = _sign_in_on_screen(qtbot, window)
    figures.add("sign-in over HTTPS (laptop set up)", round(time.perf_counter() - started, 2), "s")
    window.close()
    assert message is None, message
    # Next morning: unlock and sync over the same verified connection.
    pulls_before = tls.pulls()
    again = connect(folder, PASSWORD, ca_bundle=settings.ca_bundle)
    try:
        again.sync()
        branches = len(reference.sites(again.store))
    finally:
        again.close()
    figures.add("server address kept", folder.identity().server_url or "")
    figures.add("DHS branches on the laptop (pulled over HTTPS)", branches)
    figures.add("pulls the server answered for the next sync", tls.pulls() - pulls_before)
    assert folder.identity().server_url == url
    assert branches > 0 and tls.pulls() > pulls_before


@pytest.mark.parametrize(
    ("label", "host", "why"),
    [
        ("wrong_name", "localhost", "issued for a different server name"),
        ("signed", "127.0.0.1", "issued for a different server name"),
        ("expired", "localhost", "has expired"),
    ],
    ids=["certificate for another server", "address not in the certificate", "expired"],
)
def test_wrong_hostname_is_refused(
    tls: TlsWorld, tmp_path: Path, figures: Figures, label: str, host: str, why: str
) -> None:
    """A certificate that does not name the server (or is out of date) is refused, CA or not"""
    settings = tls.settings(label, server_url=tls.url(label, host), ca_bundle=str(tls.pki.ca))
    folder = DataFolder(tmp_path / "laptop")
    seen_before = tls.sign_ins()
    refused = _refusal(folder, tls.url(label, host), settings)
    figures.add("the coach is told", str(refused) if refused else "(accepted!)")
    assert refused is not None and refused.reason == "certificate"
    assert why in str(refused)
    assert _untouched(folder) and tls.sign_ins() == seen_before


PLAIN = ["http://10.255.255.1:8000", "http://192.168.1.20", "http://sync.program.test"]


def test_plain_http_to_another_computer_is_refused(
    tls: TlsWorld, qtbot: QtBot, tmp_path: Path, figures: Figures
) -> None:
    """Plain http:// to a non-loopback address is refused before any connection is made"""
    watch = SocketWatch.get()
    refused: dict[str, InsecureServer | None] = {}
    with watch.watching() as seen:
        for number, url in enumerate(PLAIN):
            settings = tls.settings(f"plain-{number}", server_url=url)
            refused[url] = _refusal(DataFolder(tmp_path / f"laptop-{number}"), url, settings)
    sockets = list(seen)
    figures.add("addresses refused", sum(1 for r in refused.values() if r), target=str(len(PLAIN)))
    figures.add("look-ups or connections attempted", len(sockets), target="0", ok=not sockets)
    assert all(r is not None and r.reason == "plain_http" for r in refused.values()), refused
    assert not sockets, sockets
    assert all(_untouched(DataFolder(tmp_path / f"laptop-{n}")) for n in range(len(PLAIN)))

    settings = tls.settings("plain-ui", server_url=PLAIN[0])
    window = _window(qtbot, DataFolder(tmp_path / "laptop-ui"), settings)
    message = _sign_in_on_screen(qtbot, window)
    window.close()
    figures.add("the coach is told", message or "(signed in!)")
    assert message is not None and "plain http://" in message

    # The one exception: this computer itself (make run's local server). The same watch
    # sees its connections, so the zero above is a real zero.
    with watch.watching() as control:
        loopback = _refusal(DataFolder(tmp_path / "loopback"), tls.live.url, settings)
    figures.add(
        "http:// to 127.0.0.1 (this laptop)", "accepted" if loopback is None else str(loopback)
    )
    figures.add("connections the watch saw for it (control)", len(control), target="> 0")
    assert loopback is None and any(event == "socket.connect" for event, _ in control)

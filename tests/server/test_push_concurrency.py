"""Two laptops pushing the same record at the same moment: nothing is silently lost."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from coachapp.demo.reference import DemoProgram
from coachapp.ids import uuid7
from coachapp.models import Conflict, Participant
from server.db import Database
from server.storage import push as push_module
from sync.protocol import Outcome
from tests.server.conftest import caller_for
from tests.server.test_push_pull import DANA, SAM, edit, new_participant, push


def test_concurrent_edits_of_one_field_end_in_a_conflict_not_a_silent_overwrite(
    server_db: Database, seeded: DemoProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    dana, sam = caller_for(seeded, DANA), caller_for(seeded, SAM)
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid, city="Columbus")).results[0].rev

    real_apply = push_module._apply

    def slow_apply(*args: Any, **kwargs: Any) -> Any:
        answer = real_apply(*args, **kwargs)
        time.sleep(0.4)  # hold the transaction open so the other push overlaps it
        return answer

    monkeypatch.setattr(push_module, "_apply", slow_apply)
    outcomes: dict[str, Outcome] = {}

    def run(who: Any, city: str, delay: float) -> None:
        time.sleep(delay)
        answer = push(server_db, who, edit(pid, rev, {"city": city}, {"city": "Columbus"}))
        outcomes[city] = answer.results[0].outcome

    threads = [
        threading.Thread(target=run, args=(dana, "Dayton", 0.0)),
        threading.Thread(target=run, args=(sam, "Akron", 0.1)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert outcomes == {"Dayton": Outcome.APPLIED, "Akron": Outcome.CONFLICT}
    with server_db.session() as s:
        row = s.get(Participant, pid)
        assert row is not None and row.city == "Dayton"
        kept = s.query(Conflict).filter(Conflict.row_id == pid).one()
        assert (kept.server_value, kept.client_value) == ('"Dayton"', '"Akron"')

"""Find a participant by a fragment of a name, a case number or a phone number.

An FTS5 table with the trigram tokenizer (accents folded) lives inside the encrypted
database, so "rodr" finds "Rodríguez" and "4471" finds case "TX-0044711". Fragments
shorter than three characters fall back to a name-prefix scan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

TABLE = "participant_search"

CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "participant_id UNINDEXED, names, numbers, "
    "tokenize = 'trigram remove_diacritics 1')"
)

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")


@dataclass(frozen=True)
class SearchHit:
    participant_id: str
    first_name: str
    last_name: str
    preferred_name: str | None
    date_of_birth: str | None
    status: str
    tanf_case_number: str | None
    ivd_case_number: str | None


def digits_and_letters(value: str) -> str:
    return _NON_ALNUM.sub("", value)


#: participant id → the search row's rowid, so an update finds its row by key instead of
#: scanning the (unindexed) participant_id column of the FTS table.
KEYS = f"{TABLE}_keys"


def entry(participant: Any) -> dict[str, str]:
    """What the index holds for one participant: names, and numbers as typed and bare."""
    names = " ".join(
        part
        for part in (
            participant.first_name,
            participant.middle_name,
            participant.last_name,
            participant.preferred_name,
        )
        if part
    )
    numbers = " ".join(
        value
        for raw in (participant.tanf_case_number, participant.ivd_case_number, participant.phone)
        if raw
        for value in dict.fromkeys((raw, digits_and_letters(raw)))
    )
    return {"id": participant.id, "n": names, "c": numbers}


def index(conn: Connection, participant: Any) -> None:
    """(Re)index one participant row."""
    row = entry(participant)
    rowid = conn.execute(
        text(f"SELECT search_rowid FROM {KEYS} WHERE participant_id = :id"), {"id": row["id"]}
    ).scalar()
    if rowid is None:
        insert_new(conn, [row])
        return
    conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :r"), {"r": rowid})
    conn.execute(
        text(
            f"INSERT INTO {TABLE} (rowid, participant_id, names, numbers) VALUES (:r, :id, :n, :c)"
        ),
        {**row, "r": rowid},
    )


def insert_new(conn: Connection, entries: list[dict[str, str]]) -> None:
    """Index participants not yet in the index (bulk: a batch of new rows at once)."""
    if not entries:
        return
    start = int(
        conn.execute(text(f"SELECT coalesce(max(search_rowid), 0) FROM {KEYS}")).scalar() or 0
    )
    rows = [{**e, "r": start + i} for i, e in enumerate(entries, start=1)]
    conn.execute(
        text(
            f"INSERT INTO {TABLE} (rowid, participant_id, names, numbers) VALUES (:r, :id, :n, :c)"
        ),
        rows,
    )
    conn.execute(text(f"INSERT INTO {KEYS} (search_rowid, participant_id) VALUES (:r, :id)"), rows)


_LIVE_ROWS = text(
    "SELECT id, first_name, middle_name, last_name, preferred_name, tanf_case_number, "
    "ivd_case_number, phone FROM participants WHERE deleted = 0 AND id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_INDEXED = text(
    f"SELECT participant_id, search_rowid FROM {KEYS} WHERE participant_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def reindex(conn: Connection, participant_ids: Sequence[str]) -> None:
    """Bring the index in step with these participants' rows as stored now (bulk: a page of
    rows written past the ORM, as a sync does). Deleted or missing ones leave the index."""
    ids = list(dict.fromkeys(participant_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        live = {r.id: entry(r) for r in conn.execute(_LIVE_ROWS, {"ids": chunk})}
        indexed: dict[str, int] = {
            pid: rowid for pid, rowid in conn.execute(_INDEXED, {"ids": chunk})
        }
        if indexed:
            conn.execute(
                text(f"DELETE FROM {TABLE} WHERE rowid = :r"), [{"r": r} for r in indexed.values()]
            )
        gone = [{"r": r} for pid, r in indexed.items() if pid not in live]
        if gone:
            conn.execute(text(f"DELETE FROM {KEYS} WHERE search_rowid = :r"), gone)
        again = [{**e, "r": indexed[pid]} for pid, e in live.items() if pid in indexed]
        if again:
            conn.execute(
                text(
                    f"INSERT INTO {TABLE} (rowid, participant_id, names, numbers) "
                    "VALUES (:r, :id, :n, :c)"
                ),
                again,
            )
        insert_new(conn, [e for pid, e in live.items() if pid not in indexed])


def remove(conn: Connection, participant_id: str) -> None:
    rowid = conn.execute(
        text(f"SELECT search_rowid FROM {KEYS} WHERE participant_id = :id"), {"id": participant_id}
    ).scalar()
    if rowid is None:
        return
    conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :r"), {"r": rowid})
    conn.execute(text(f"DELETE FROM {KEYS} WHERE search_rowid = :r"), {"r": rowid})


def rebuild(conn: Connection) -> int:
    """Re-index every live participant (after a bulk load, or to repair the index)."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    conn.execute(text(f"DELETE FROM {KEYS}"))
    rows = conn.execute(
        text(
            "SELECT id, first_name, middle_name, last_name, preferred_name, tanf_case_number, "
            "ivd_case_number, phone FROM participants WHERE deleted = 0"
        )
    ).mappings()
    count = 0
    batch: list[dict[str, str]] = []
    for row in rows:
        batch.append(entry(_Row(row)))
        if len(batch) == 1000:
            insert_new(conn, batch)
            count += len(batch)
            batch = []
    insert_new(conn, batch)
    return count + len(batch)


class _Row:
    def __init__(self, mapping: Any) -> None:
        self.__dict__.update(mapping)


def _match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for the query, or None when no term is long enough."""
    terms: list[str] = []
    for word in query.split():
        word = word.strip()
        candidates = {word, digits_and_letters(word)}
        candidates = {c for c in candidates if len(c) >= 3}
        if not candidates:
            continue
        quoted = [
            '"' + c.replace('"', '""') + '"' for c in sorted(candidates, key=len, reverse=True)
        ]
        terms.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(terms) if terms else None


_SELECT = (
    "SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.date_of_birth, p.status, "
    "p.tanf_case_number, p.ivd_case_number FROM participants p "
)


def find(session: Session, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Participants matching every word of ``query``, best (shortest name) first."""
    query = query.strip()
    if not query:
        return []
    limit = max(1, min(limit, 500))
    expression = _match_expression(query)
    if expression is not None:
        sql = (
            _SELECT + f"JOIN (SELECT participant_id FROM {TABLE} WHERE {TABLE} MATCH :q "
            "LIMIT :scan) s ON s.participant_id = p.id WHERE p.deleted = 0 "
            "ORDER BY p.last_name, p.first_name LIMIT :limit"
        )
        params: dict[str, Any] = {"q": expression, "scan": limit * 20, "limit": limit}
    else:
        # One or two characters: a prefix of the first or last name.
        sql = (
            _SELECT + "WHERE p.deleted = 0 AND (p.last_name LIKE :p ESCAPE '\\' "
            "OR p.first_name LIKE :p ESCAPE '\\') ORDER BY p.last_name, p.first_name LIMIT :limit"
        )
        escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params = {"p": escaped + "%", "limit": limit}
    rows = session.execute(text(sql), params).all()
    return [
        SearchHit(
            participant_id=r[0],
            first_name=r[1],
            last_name=r[2],
            preferred_name=r[3],
            date_of_birth=str(r[4]) if r[4] is not None else None,
            status=r[5],
            tanf_case_number=r[6],
            ivd_case_number=r[7],
        )
        for r in rows
    ]

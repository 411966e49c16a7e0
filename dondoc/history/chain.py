"""The append-only history as a hash chain.

Each row's ``hash`` is SHA-256 over its own content (including its id, so a
reordering shows) and the previous row's hash; its ``mac`` is an HMAC of that
hash under a key kept outside the database (``DONDOC_HOME/audit.key``), so
re-computing the chain after an edit, or forging a row, needs the key. Signed
checkpoints (``dondoc.history.checkpoints``) catch what a chain cannot: the
last rows deleted or the table emptied. ``dondoc.history.verify`` checks all. Appends are serialised: an advisory lock on
PostgreSQL, under which the ids are drawn from the sequence and the rows inserted complete; on
SQLite the first write of the transaction takes the lock (the rows are inserted, then chained).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from types import SimpleNamespace

from sqlalchemy import text
from sqlmodel import Session, col, select

from dondoc.db.models import HistoryEvent
from dondoc.history.checkpoints import chain_key, note_appended, row_mac
from dondoc.history.events import Event
from dondoc.settings import get_settings

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x646F6E646F63  # "dondoc"


def _iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("history times must be aware datetimes")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def row_digest(row: HistoryEvent) -> str:
    """The hash a row must carry, from its content and its ``prev_hash``."""
    content = {
        "id": row.id,
        "at": _iso(row.at),
        "kind": row.kind,
        "actor": row.actor,
        "occurrence_id": row.occurrence_id,
        "plan_id": row.plan_id,
        "committee_id": row.committee_id,
        "recipient": row.recipient,
        "channel": row.channel,
        "outcome": row.outcome,
        "details": row.details,
        "prev_hash": row.prev_hash,
    }
    payload = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append_events(session: Session, events: Iterable[Event]) -> list[HistoryEvent]:
    """Append events in order, chained to the current last row, inside the caller's transaction."""
    events = list(events)
    if not events:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = _append_postgresql(session, events)
    else:
        rows = _append_sqlite(session, events)
    note_appended(session, max(event.at for event in events))
    return rows


def _chain(rows: Sequence[HistoryEvent], prev_hash: str) -> None:
    """Fill each row's ``prev_hash``, ``hash`` and ``mac``, in order, after ``prev_hash``."""
    key = chain_key(get_settings())
    for row in rows:
        row.prev_hash = prev_hash
        row.hash = row_digest(row)
        row.mac = row_mac(row.hash, key)
        prev_hash = row.hash


def _append_postgresql(session: Session, events: Sequence[Event]) -> list[HistoryEvent]:
    """Under the advisory lock, draw the ids and read the predecessor in one statement, then insert the
    rows complete (one batch): three round trips whatever the number of events."""
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    drawn = session.execute(_IDS_AND_PREDECESSOR, {"n": len(events)}).all()
    rows = [
        HistoryEvent(id=row_id, **event.columns(), prev_hash="", hash="")
        for (row_id, _), event in zip(drawn, events, strict=True)
    ]
    _chain(rows, drawn[0][1] or GENESIS)
    session.add_all(rows)
    session.flush()
    return rows


_IDS_AND_PREDECESSOR = text(
    "WITH drawn AS MATERIALIZED ("
    " SELECT nextval(pg_get_serial_sequence('history_event', 'id')) AS id FROM generate_series(1, :n))"
    " SELECT drawn.id, (SELECT h.hash FROM history_event h WHERE h.id < (SELECT min(id) FROM drawn)"
    " ORDER BY h.id DESC LIMIT 1) FROM drawn ORDER BY drawn.id"
)
"""``n`` ids from the table's own sequence, in order, each with the hash of the last row before the first."""


def _append_sqlite(session: Session, events: Sequence[Event]) -> list[HistoryEvent]:
    """Insert first (which takes SQLite's write lock), then read the predecessor and chain."""
    rows: list[HistoryEvent] = []
    for event in events:
        row = HistoryEvent(**event.columns(), prev_hash="pending", hash=f"pending-{id(event)}-{len(rows)}")
        session.add(row)
        rows.append(row)
    session.flush()
    first_id = rows[0].id
    previous = session.exec(
        select(HistoryEvent.hash).where(col(HistoryEvent.id) < first_id).order_by(col(HistoryEvent.id).desc()).limit(1)
    ).first()
    _chain(rows, previous or GENESIS)
    session.flush()
    return rows


# the stored columns of ``history_event``, in order
HISTORY_COLUMNS = (
    "id",
    "at",
    "kind",
    "actor",
    "occurrence_id",
    "plan_id",
    "committee_id",
    "recipient",
    "channel",
    "outcome",
    "details",
    "prev_hash",
    "hash",
    "mac",
)


def append_events_bulk(session: Session, events: Sequence[Event]) -> None:
    """``append_events`` for very many events: the same chain, written with one COPY.

    ``append_events`` inserts, then updates every row with its hash (two
    statements per event): fine for a chase batch, minutes for a million
    reports. Here the ids are drawn from the sequence under the same advisory
    lock, the hashes computed with the same ``row_digest``, and the rows copied
    in, so ``verify_chain`` checks them like any other. PostgreSQL only; SQLite
    takes the ordinary path.
    """
    if not events:
        return
    if session.get_bind().dialect.name != "postgresql":
        append_events(session, events)
        return
    conn = session.connection()
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    ids = sorted(
        conn.execute(
            text("SELECT nextval(pg_get_serial_sequence('history_event', 'id')) FROM generate_series(1, :n)"),
            {"n": len(events)},
        ).scalars()
    )
    previous = conn.execute(
        text("SELECT hash FROM history_event WHERE id < :first ORDER BY id DESC LIMIT 1"), {"first": ids[0]}
    ).scalar()
    prev_hash = previous or GENESIS
    key = chain_key(get_settings())
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        with cursor.copy(f"COPY history_event ({', '.join(HISTORY_COLUMNS)}) FROM STDIN") as copy:
            for row_id, event in zip(ids, events, strict=True):
                row = SimpleNamespace(id=row_id, **event.columns(), prev_hash=prev_hash)
                row.hash = row_digest(row)  # type: ignore[arg-type]
                row.mac = row_mac(row.hash, key)
                copy.write_row(tuple(getattr(row, name) for name in HISTORY_COLUMNS))
                prev_hash = row.hash
    note_appended(session, max(event.at for event in events))


def append_event(session: Session, event: Event) -> HistoryEvent:
    return append_events(session, [event])[0]

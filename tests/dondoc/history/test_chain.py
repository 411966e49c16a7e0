"""The history chain detects edits, deletions, insertions and reorderings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlmodel import Session

from dondoc.history import Event, append_events, verify_chain
from tests.conftest import Store

T0 = dt.datetime(2023, 4, 3, 0, 30, tzinfo=dt.UTC)


def _fill(store: Store, n: int = 5) -> None:
    with Session(store.engine) as session:
        append_events(
            session,
            [
                Event(
                    at=T0 + dt.timedelta(minutes=i),
                    kind="message_sent",
                    actor="flow:chase",
                    outcome=f"gửi lần {i}",
                    details={"i": i},
                )
                for i in range(n)
            ],
        )
        session.commit()


def _verify(store: Store):  # type: ignore[no-untyped-def]
    with Session(store.engine) as session:
        return verify_chain(session)


def test_a_clean_history_verifies(store: Store) -> None:
    _fill(store)
    with Session(store.engine) as session:
        append_events(session, [Event(at=T0, kind="submission", actor="cli:an", occurrence_id=None, outcome="đã nộp")])
        session.commit()
    result = _verify(store)
    assert result.ok and result.rows_checked == 6


def test_an_edited_row_is_named(store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET outcome = 'không gửi' WHERE id = 3"))
    result = _verify(store)
    assert not result.ok and result.first_break is not None
    assert result.first_break.row_id == 3
    assert "sửa" in result.first_break.reason


def test_a_deleted_row_is_named_by_its_successor(store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event WHERE id = 2"))
    result = _verify(store)
    assert result.first_break is not None and result.first_break.row_id == 3


def test_reordered_rows_are_detected(store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET id = 100 WHERE id = 2"))
        conn.execute(text("UPDATE history_event SET id = 2 WHERE id = 4"))
        conn.execute(text("UPDATE history_event SET id = 4 WHERE id = 100"))
    result = _verify(store)
    assert result.first_break is not None and result.first_break.row_id == 2


def test_an_inserted_row_is_named(store: Store) -> None:
    _fill(store, 3)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET id = id + 10 WHERE id >= 2"))
        conn.execute(
            text(
                "INSERT INTO history_event (id, at, kind, actor, details, prev_hash, hash) "
                "SELECT 2, at, 'message_sent', 'kẻ gian', '{}', hash, :fake FROM history_event WHERE id = 1"
            ),
            {"fake": "f" * 64},
        )
    result = _verify(store)
    assert result.first_break is not None and result.first_break.row_id == 2


def test_bulk_appends_chain_like_ordinary_ones_and_edits_still_show(store: Store) -> None:
    from sqlmodel import col, select

    from dondoc.db.models import HistoryEvent
    from dondoc.history.chain import append_events_bulk

    _fill(store, 3)
    with Session(store.engine) as session:
        append_events_bulk(
            session,
            [
                Event(
                    at=T0 + dt.timedelta(hours=1, seconds=i),
                    kind="submission",
                    actor="simulate:x",
                    occurrence_id=i,
                    outcome="đã nộp",
                    details={"i": i},
                )
                for i in range(500)
            ],
        )
        session.commit()
    _fill(store, 2)  # ordinary appends continue the chain after the bulk rows
    result = _verify(store)
    assert result.ok and result.rows_checked == 505
    with Session(store.engine) as session:
        kinds = session.exec(select(HistoryEvent.kind).order_by(col(HistoryEvent.id))).all()
        assert (
            kinds[:3] == ["message_sent"] * 3
            and kinds[3:503] == ["submission"] * 500
            and kinds[503:] == ["message_sent"] * 2
        )
        target = session.exec(select(HistoryEvent.id).where(col(HistoryEvent.occurrence_id) == 250)).one()
        session.execute(text("UPDATE history_event SET outcome = 'sửa tay' WHERE id = :id"), {"id": target})
        session.commit()
    broken = _verify(store)
    assert not broken.ok and broken.first_break is not None and broken.first_break.row_id == target

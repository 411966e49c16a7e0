"""Every way an insider can tamper with the history is detected and named, on both stores.

Tampering is done as a hostile database administrator would: SQL and Python
against the database, with everything but DONDOC_HOME (the key, the checkpoints).

Each tamper test checks the full walk (``verify_chain``'s default, ``audit verify
--full``) and, with ``_incremental``, the default check that starts from the
newest checkpoint still holding. Before that checkpoint the incremental check
catches a re-hashed chain through the checkpoint's head hash, deletions and
insertions through its row count, the last rows deleted or the table emptied
through the head row gone; each then falls back to the whole chain, which names
the same row. A row edited without re-hashing, and rows reordered, before the
checkpoint are caught only by the full walk: those two tests say so and run it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import text
from sqlmodel import Session, col, select

from dondoc.db.models import HistoryEvent
from dondoc.history import Event, verify_chain
from dondoc.history.chain import GENESIS, row_digest
from dondoc.history.checkpoints import Checkpoint, latest_checkpoint, read_checkpoints
from dondoc.history.verify import VerifyResult
from dondoc.settings import get_settings
from tests.support.history import T0, fill_history, signed_checkpoints
from tests.support.stores import Store


def _verify(store: Store, expect: str | None = None) -> VerifyResult:
    with Session(store.engine) as session:
        return verify_chain(session, signed_checkpoints(), expect=expect)


def _incremental(store: Store, checkpoints: list[Checkpoint] | None = None) -> VerifyResult:
    """The default check of ``audit verify`` and the web page: from the newest checkpoint that still holds."""
    with Session(store.engine) as session:
        return verify_chain(session, signed_checkpoints() if checkpoints is None else checkpoints, full=False)


def _named(result: VerifyResult) -> tuple[int, str, tuple[int, int] | None]:
    assert not result.ok and result.first_break is not None
    return result.first_break.row_id, result.first_break.kind, result.first_break.missing


def _break(store: Store) -> tuple[int, str, tuple[int, int] | None]:
    return _named(_verify(store))


def _rehash_from(store: Store, first_id: int) -> None:
    """What the attacker can do without the key: recompute every SHA-256 from ``first_id`` on."""
    with Session(store.engine) as session:
        rows = session.exec(select(HistoryEvent).order_by(col(HistoryEvent.id))).all()
        prev = GENESIS
        for row in rows:
            if (row.id or 0) >= first_id:
                row.prev_hash = prev
                row.hash = row_digest(row)
                session.execute(
                    text("UPDATE history_event SET prev_hash = :p, hash = :h WHERE id = :id"),
                    {"p": row.prev_hash, "h": row.hash, "id": row.id},
                )
            prev = row.hash
        session.commit()


def test_a_clean_history_verifies_and_every_commit_left_a_signed_checkpoint(store: Store) -> None:
    fill_history(store)
    fill_history(store, 1, start=5)
    result = _verify(store)
    assert result.ok and result.rows_checked == 6 and result.checkpoints_checked == 2
    latest = latest_checkpoint(get_settings())
    assert latest is not None and (latest.head_id, latest.rows, latest.head_hash) == (6, 6, result.last_hash)
    assert latest.at == (T0 + dt.timedelta(minutes=5)).isoformat(timespec="seconds")  # the last event's instant
    assert (get_settings().home / "audit.key").stat().st_mode & 0o777 == 0o600


def test_an_edited_row_is_named(store: Store) -> None:
    """Before the checkpoint only the full walk sees a plain edit: the head's hash and the count still fit."""
    fill_history(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET outcome = 'không gửi' WHERE id = 3"))
    assert _break(store) == (3, "edited", None)
    assert _incremental(store).ok  # it re-reads no row up to the checkpoint's head (#5): hence --full


def test_an_edited_and_rehashed_row_is_named_by_its_key_signature(store: Store) -> None:
    fill_history(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET outcome = 'không gửi' WHERE id = 3"))
    _rehash_from(store, 3)
    with Session(store.engine) as session:  # the bare chain now fits: only the key tells
        assert all(r.hash == row_digest(r) for r in session.exec(select(HistoryEvent)).all())
    assert _break(store) == (3, "forged", None)
    incremental = _incremental(store)  # the head's hash no longer fits the checkpoint: the whole chain is walked
    assert _named(incremental) == (3, "forged", None) and incremental.start is None
    assert incremental.scope == "kiểm tra toàn bộ (các mốc kiểm tra gần nhất không còn khớp mã băm hoặc số dòng)"


def test_a_row_deleted_in_the_middle_is_reported_missing(store: Store) -> None:
    fill_history(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event WHERE id IN (2, 3)"))
    row_id, kind, missing = _break(store)
    assert (row_id, kind, missing) == (4, "missing", (2, 3))
    with Session(store.engine) as session:
        reason = verify_chain(session, signed_checkpoints()).first_break.reason  # type: ignore[union-attr]
    assert reason.startswith("thiếu các dòng 2..3")
    assert _named(_incremental(store)) == (4, "missing", (2, 3))  # through the checkpoint's count


def test_the_last_rows_deleted_are_reported_missing_through_the_checkpoint(store: Store) -> None:
    fill_history(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event WHERE id >= 4"))
    assert _break(store) == (4, "missing", (4, 5))
    assert _named(_incremental(store)) == (4, "missing", (4, 5))  # the checkpoint's head row is gone
    with Session(store.engine) as session:  # without the checkpoints the shortened chain looks whole
        assert verify_chain(session).ok


def test_an_emptied_table_is_reported_through_the_checkpoint(store: Store) -> None:
    fill_history(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event"))
    result = _verify(store)
    assert result.first_break is not None and result.first_break.missing == (1, 5)
    assert "bảng lịch sử trống" in result.first_break.reason
    assert _named(_incremental(store)) == _named(result)


def test_a_row_inserted_with_a_valid_sha256_is_named_as_forged(store: Store) -> None:
    fill_history(store, 3)
    with Session(store.engine) as session:
        head = session.exec(select(HistoryEvent).order_by(col(HistoryEvent.id).desc())).first()
        assert head is not None
        fake = HistoryEvent(
            id=4, at=T0, kind="submission", actor="kẻ gian", details="{}", prev_hash=head.hash, hash="x"
        )
        fake.hash = row_digest(fake)
        session.add(fake)
        session.commit()
    assert _break(store) == (4, "forged", None)
    incremental = _incremental(store)  # after the checkpoint (#3): read and named
    assert _named(incremental) == (4, "forged", None) and incremental.rows_checked == 1


def test_a_row_inserted_in_the_middle_is_named(store: Store) -> None:
    fill_history(store, 3)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET id = id + 10 WHERE id >= 2"))
        conn.execute(
            text(
                "INSERT INTO history_event (id, at, kind, actor, details, prev_hash, hash) "
                "SELECT 2, at, 'message_sent', 'kẻ gian', '{}', hash, :fake FROM history_event WHERE id = 1"
            ),
            {"fake": "f" * 64},
        )
    assert _break(store)[0] == 2
    assert _named(_incremental(store))[0] == 2  # the checkpoint's head (#3) moved to #13


def test_reordered_rows_are_named(store: Store) -> None:
    """Only the full walk sees rows swapped before the checkpoint: its head and count are untouched."""
    fill_history(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET id = 100 WHERE id = 2"))
        conn.execute(text("UPDATE history_event SET id = 2 WHERE id = 4"))
        conn.execute(text("UPDATE history_event SET id = 4 WHERE id = 100"))
    assert _break(store) == (2, "reordered", None)
    assert _incremental(store).ok  # hence --full


def test_an_edited_checkpoint_line_no_longer_counts(store: Store) -> None:
    fill_history(store)
    path = get_settings().home / "checkpoints" / "history.jsonl"
    data = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    data["rows"] = 3
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    lines = list(read_checkpoints(get_settings()))
    assert lines[0].checkpoint is None and "chữ ký không đúng" in (lines[0].problem or "")


def test_expect_accepts_a_head_in_the_chain_and_refuses_one_that_is_not(store: Store) -> None:
    fill_history(store, 3)
    noted = _verify(store).last_hash
    fill_history(store, 2, start=3)
    assert _verify(store, expect=noted[:16]).ok
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET hash = :h WHERE id = 3"), {"h": hashlib.sha256(b"x").hexdigest()})
    edited = _verify(store, expect=noted)
    assert edited.first_break is not None and edited.first_break.row_id == 3
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event"))
    fill_history(store, 2, start=10)  # a new history from scratch, with valid keys: the noted head is gone
    with Session(store.engine) as session:
        rewritten = verify_chain(session, expect=noted)
    assert rewritten.first_break is not None and rewritten.first_break.kind == "expect"


def test_bulk_appends_chain_like_ordinary_ones_and_edits_still_show(store: Store) -> None:
    """The edited bulk row is before the last checkpoint (#505), unre-hashed: the full walk names it."""
    from dondoc.history.chain import append_events_bulk

    fill_history(store, 3)
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
    fill_history(store, 2)  # ordinary appends continue the chain after the bulk rows
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


def test_the_digest_anchor_line_carries_the_latest_checkpoint(store: Store) -> None:
    from dondoc.history.checkpoints import anchor_line

    assert anchor_line(latest_checkpoint(get_settings())) == "Mốc kiểm toán lịch sử: chưa có."
    fill_history(store, 3)
    fill_history(store, 2, start=3)
    head = _verify(store).last_hash
    line = anchor_line(latest_checkpoint(get_settings()))
    assert line == f"Mốc kiểm toán lịch sử (03/04/2023 07:34): dòng #5, 5 dòng, mã băm {head}"
    assert _verify(store, expect=line.rsplit(" ", 1)[1]).ok  # what the committee reads is what --expect takes

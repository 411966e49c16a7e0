"""The incremental check (the default of ``audit verify`` and of the web page).

It starts from the newest checkpoint whose head row still carries the recorded
hash and whose row count up to that head still fits, and reads only the rows
after it. The rows read are counted where the walk gets them
(``dondoc.history.verify.rows_in_order``), not by timing.

Rows written after the last checkpoint are made the way they happen: the
process dies after the commit and before the checkpoint line (here the file's
last lines are cut off).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlmodel import Session

import dondoc.history.verify as verify_module
from dondoc.db.models import HistoryEvent
from dondoc.history import verify_chain
from dondoc.history.checkpoints import checkpoint_file
from dondoc.history.verify import MAX_COUNTED, VerifyResult, starting_checkpoint
from dondoc.settings import get_settings
from tests.support.history import fill_history, signed_checkpoints
from tests.support.stores import Store


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of the rows the walk fetched from the database, in order."""
    ids: list[int] = []
    original = verify_module.rows_in_order

    def counting(session: Session, batch: int = 5000, after: int = 0) -> Iterator[HistoryEvent]:
        for row in original(session, batch, after):
            ids.append(row.id or 0)
            yield row

    monkeypatch.setattr(verify_module, "rows_in_order", counting)
    return ids


def _keep_checkpoints(count: int) -> None:
    """Cut the checkpoint file after its first ``count`` lines, as a crash after a commit would leave it."""
    path = checkpoint_file(get_settings())
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:count]), encoding="utf-8")


def _incremental(store: Store) -> VerifyResult:
    with Session(store.engine) as session:
        return verify_chain(session, signed_checkpoints(), full=False)


def _eight_rows_checkpointed_at_five(store: Store, tamper: str | None = None) -> VerifyResult:
    """Rows 6..8 committed after the last checkpoint (#5), then ``tamper`` (SQL) applied; the incremental check."""
    fill_history(store, 5)
    fill_history(store, 3, start=5)
    _keep_checkpoints(1)
    if tamper is not None:
        with store.engine.begin() as conn:
            conn.execute(text(tamper))
    return _incremental(store)


def test_it_reads_only_the_rows_after_the_checkpoint(store: Store, read: list[int]) -> None:
    result = _eight_rows_checkpointed_at_five(store)
    assert result.ok and read == [6, 7, 8] and result.rows_checked == 3
    assert result.start is not None and (result.start.line, result.start.head_id) == (1, 5)
    assert result.scope == (
        "kiểm tra từ mốc #1 (03/04/2023 07:34): dòng #5 còn mang mã băm của mốc và còn đủ 5 dòng đến đó; "
        "chỉ đọc lại các dòng sau"
    )
    assert (result.last_id, result.checkpoints_checked) == (8, 1)
    read.clear()
    with Session(store.engine) as session:
        whole = verify_chain(session, signed_checkpoints())
    assert whole.ok and read == list(range(1, 9)) and whole.rows_checked == 8 and whole.scope == "kiểm tra toàn bộ"
    assert whole.last_hash == result.last_hash


def test_with_every_checkpoint_in_place_it_reads_nothing_and_checks_the_later_ones(
    store: Store, read: list[int]
) -> None:
    fill_history(store, 5)
    fill_history(store, 3, start=5)
    result = _incremental(store)
    assert result.ok and read == [] and result.start is not None and result.start.head_id == 8
    assert (result.rows_checked, result.last_id) == (0, 8)


def test_it_names_an_edit_after_the_checkpoint(store: Store, read: list[int]) -> None:
    result = _eight_rows_checkpointed_at_five(store, "UPDATE history_event SET outcome = 'không gửi' WHERE id = 7")
    assert result.first_break is not None and (result.first_break.row_id, result.first_break.kind) == (7, "edited")
    assert read == [6, 7] and result.start is not None


def test_it_names_a_deletion_before_the_checkpoint(store: Store, read: list[int]) -> None:
    """The count up to the head no longer fits: no checkpoint holds, the whole chain is walked and names the gap."""
    result = _eight_rows_checkpointed_at_five(store, "DELETE FROM history_event WHERE id = 2")
    assert result.first_break is not None and result.first_break.missing == (2, 2)
    assert result.start is None and read == [1, 3]
    assert result.scope == "kiểm tra toàn bộ (các mốc kiểm tra gần nhất không còn khớp mã băm hoặc số dòng)"


def test_a_deletion_between_checkpoints_starts_from_the_older_one_that_holds(store: Store, read: list[int]) -> None:
    fill_history(store, 3)
    fill_history(store, 3, start=3)
    fill_history(store, 2, start=6)  # checkpoints at #3, #6, #8
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event WHERE id = 5"))
    result = _incremental(store)
    assert result.start is not None and result.start.head_id == 3  # #8 and #6 count one row too few
    assert result.first_break is not None and result.first_break.missing == (5, 5) and read == [4, 6]


def test_a_checkpoint_ahead_of_the_table_reports_the_last_rows_deleted(store: Store) -> None:
    fill_history(store, 3)
    fill_history(store, 2, start=3)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event WHERE id >= 4"))
    result = _incremental(store)
    assert result.start is not None and result.start.head_id == 3
    assert result.first_break is not None and result.first_break.missing == (4, 5)
    assert "các dòng cuối đã bị xóa" in result.first_break.reason


def test_without_checkpoints_or_with_expect_the_whole_chain_is_walked(store: Store, read: list[int]) -> None:
    fill_history(store, 3)
    noted = _incremental(store).last_hash
    with Session(store.engine) as session:
        bare = verify_chain(session, full=False)
        assert bare.ok and bare.scope == "kiểm tra toàn bộ (chưa có mốc kiểm tra)" and bare.rows_checked == 3
        expected = verify_chain(session, signed_checkpoints(), expect=noted, full=False)
    assert expected.ok and expected.rows_checked == 3 and expected.start is None


def test_the_row_count_is_tried_on_a_bounded_number_of_checkpoints(store: Store, read: list[int]) -> None:
    """Past ``MAX_COUNTED`` failing counts the whole chain is walked, even if an older checkpoint would hold."""
    for i in range(MAX_COUNTED + 3):
        fill_history(store, 1, start=i)  # one checkpoint per row
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event WHERE id = 2"))  # #3 and later count one row too few, #1 holds
    with Session(store.engine) as session:
        assert starting_checkpoint(session, signed_checkpoints()) is None
        assert (
            starting_checkpoint(session, signed_checkpoints()[: MAX_COUNTED + 1]) is not None
        )  # 15 failing counts, then #1
    result = _incremental(store)
    assert result.first_break is not None and result.first_break.missing == (2, 2) and read == [1, 3]

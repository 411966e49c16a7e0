"""Verifying the history: the chain, its key, the signed checkpoints and an expected head.

What is detected (each named by the first row concerned):
- a row edited (its hash no longer fits its content);
- a row edited and the chain re-hashed after it (the row's ``mac`` needs the key);
- a row inserted or forged, anywhere (no valid ``mac``), and rows reordered;
- rows deleted in the middle ("thiếu các dòng N..M");
- the last rows deleted or the table emptied, up to the last checkpoint;
- a checkpoint line edited (its signature fails);
- a head the auditor noted by hand (``expect``) no longer in the chain.

What is not: someone holding the database and ``DONDOC_HOME`` (key and
checkpoints) can rewrite everything — the weekly digest's copy of the
checkpoint is the anchor then. Rows written before the key existed were
signed by the migration that added ``mac`` (0002_audit): they are trusted as
they stood on that day.

Two depths. ``full`` (``audit verify --full``, ``/audit?verify=full``, and
``verify_chain``'s default) re-hashes every row. The incremental check (the
default of ``audit verify`` and of the web page) starts from the newest
checkpoint that still holds — its head row still carries the recorded hash and
the rows up to it still number the recorded count, two cheap queries — and
re-reads only the rows after it, with the later checkpoints, id gaps and links
checked as usual. When no checkpoint holds it falls back to the whole chain,
which then names the row at fault. Before the starting checkpoint it catches:
rows deleted or inserted (the count), a re-hashed chain (the head's hash), the
last rows deleted or the table emptied (the head row is gone); it does not
catch a row edited without re-hashing (or replaced under the same id), or
rows reordered, before the checkpoint: only ``full`` re-hashes those rows. ``expect`` always walks the
whole chain.
"""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from calendar_rules.vietnamese import format_local_time
from dondoc.db.models import HistoryEvent
from dondoc.history.chain import GENESIS, row_digest
from dondoc.history.checkpoints import Checkpoint, chain_key, row_mac
from dondoc.history.queries import rows_in_order
from dondoc.settings import Settings, get_settings


@dataclass(frozen=True)
class ChainBreak:
    """The first problem: the row it concerns, why, and the missing range for a deletion."""

    row_id: int
    reason: str
    kind: str  # edited | forged | reordered | missing | count | expect
    missing: tuple[int, int] | None = None


@dataclass(frozen=True)
class VerifyResult:
    rows_checked: int
    first_break: ChainBreak | None
    last_hash: str
    checkpoints_checked: int = 0
    last_id: int = 0
    scope: str = "kiểm tra toàn bộ"  # what was done, in words: the whole chain, or from which checkpoint
    start: Checkpoint | None = None  # the checkpoint the incremental check started from

    @property
    def ok(self) -> bool:
        return self.first_break is None


def missing_text(first: int, last: int) -> str:
    return f"thiếu dòng #{first}" if first == last else f"thiếu các dòng {first}..{last}"


class _Walk:
    """The state of one pass over the rows, so each check stays a few lines."""

    def __init__(
        self, checkpoints: Sequence[Checkpoint], key: bytes, expect: str | None, start: Checkpoint | None = None
    ):
        self.anchors = {head: checkpoint for head, checkpoint in _by_head(checkpoints).items() if head > _head(start)}
        self.pending = sorted(self.anchors)
        self.key = key
        self.expect = expect.lower() if expect else None
        self.expect_seen = False
        self.prev_hash = start.head_hash if start is not None else GENESIS
        self.prev_id = _head(start)
        self.before = start.rows if start is not None else 0  # rows up to the start, vouched for by its count
        self.checked = 0

    def step(self, row: HistoryEvent) -> ChainBreak | None:
        row_id = row.id or 0
        self.checked += 1
        skipped = [head for head in self.pending if head < row_id]
        if row.prev_hash != self.prev_hash or skipped:
            if row_id > self.prev_id + 1 and (skipped or row.prev_hash != self.prev_hash):
                gap = (self.prev_id + 1, row_id - 1)
                return ChainBreak(row_id, f"{missing_text(*gap)} (đã bị xóa)", "missing", gap)
            return ChainBreak(row_id, "mắt xích trước không khớp: dòng bị chèn thêm hoặc đổi thứ tự", "reordered")
        if row_digest(row) != row.hash:
            return ChainBreak(row_id, "nội dung dòng đã bị sửa (mã băm không khớp)", "edited")
        if row.mac is None or not hmac.compare_digest(row.mac, row_mac(row.hash, self.key)):
            return ChainBreak(
                row_id,
                "dòng bị sửa rồi tính lại mã băm, hoặc bị chèn/giả mạo (chữ ký bằng khóa kiểm toán không khớp)",
                "forged",
            )
        return self._anchor(row, row_id)

    def _anchor(self, row: HistoryEvent, row_id: int) -> ChainBreak | None:
        if self.expect and row.hash.startswith(self.expect):
            self.expect_seen = True
        self.prev_hash, self.prev_id = row.hash, row_id
        checkpoint = self.anchors.get(row_id)
        if checkpoint is None:
            return None
        self.pending.remove(row_id)
        if checkpoint.head_hash != row.hash:
            return ChainBreak(
                row_id, f"mã băm khác mốc kiểm tra lúc {checkpoint.at}: lịch sử đến dòng này đã bị viết lại", "forged"
            )
        if checkpoint.rows != self.before + self.checked:
            return ChainBreak(
                row_id,
                f"mốc kiểm tra ghi {checkpoint.rows} dòng đến #{row_id}, nay còn {self.before + self.checked}",
                "count",
            )
        return None

    def finish(self) -> ChainBreak | None:
        if self.pending:
            last = max(self.pending)
            gap = (self.prev_id + 1, last)
            what = "bảng lịch sử trống" if self.before + self.checked == 0 else "các dòng cuối đã bị xóa"
            return ChainBreak(gap[0], f"{missing_text(*gap)}: {what} (theo mốc kiểm tra)", "missing", gap)
        if self.expect and not self.expect_seen:
            return ChainBreak(
                self.prev_id, "không dòng nào mang mã băm được nêu: lịch sử đã bị viết lại hoặc cắt bớt", "expect"
            )
        return None


def _by_head(checkpoints: Sequence[Checkpoint]) -> dict[int, Checkpoint]:
    """The latest checkpoint of each head (all of a head must agree anyway)."""
    return {checkpoint.head_id: checkpoint for checkpoint in checkpoints}


def _head(checkpoint: Checkpoint | None) -> int:
    return checkpoint.head_id if checkpoint is not None else 0


# how many checkpoints whose head still fits get their rows counted before the whole chain is walked instead
# (each count reads the id index up to the head; many failing in a row means tampering, and the walk names it)
MAX_COUNTED = 16


def starting_checkpoint(session: Session, checkpoints: Sequence[Checkpoint]) -> Checkpoint | None:
    """The newest checkpoint whose head row still has the recorded hash and the recorded row count up to it."""
    latest = _by_head(checkpoints)
    counted = 0
    for head_id in sorted(latest, reverse=True):
        checkpoint = latest[head_id]
        stored = session.exec(select(HistoryEvent.hash).where(col(HistoryEvent.id) == head_id)).first()
        if stored != checkpoint.head_hash:
            continue
        if counted == MAX_COUNTED:
            return None
        counted += 1
        upto = select(func.count()).select_from(HistoryEvent).where(col(HistoryEvent.id) <= head_id)
        if session.exec(upto).one() == checkpoint.rows:
            return checkpoint
    return None


def _scope(start: Checkpoint | None, incremental: bool, checkpoints: int) -> str:
    """What the check did, as the page and the CLI say it."""
    if start is not None:
        at = format_local_time(dt.datetime.fromisoformat(start.at))
        return (
            f"kiểm tra từ mốc #{start.line} ({at}): dòng #{start.head_id} còn mang mã băm của mốc và còn đủ "
            f"{start.rows} dòng đến đó; chỉ đọc lại các dòng sau"
        )
    if not incremental:
        return "kiểm tra toàn bộ"
    if not checkpoints:
        return "kiểm tra toàn bộ (chưa có mốc kiểm tra)"
    return "kiểm tra toàn bộ (các mốc kiểm tra gần nhất không còn khớp mã băm hoặc số dòng)"


def verify_chain(
    session: Session,
    checkpoints: Sequence[Checkpoint] = (),
    *,
    expect: str | None = None,
    settings: Settings | None = None,
    full: bool = True,
) -> VerifyResult:
    """Walk the chain in id order against the key, the checkpoints and ``expect``; name the first problem.

    With ``full=False`` the walk starts after ``starting_checkpoint`` (the whole
    chain when none holds, or with ``expect``); ``rows_checked`` is the number of
    rows read.
    """
    incremental = not full and expect is None
    start = starting_checkpoint(session, checkpoints) if incremental else None
    walk = _Walk(checkpoints, chain_key(settings or get_settings()), expect, start)
    counted = len(checkpoints) if start is None else 1 + len(walk.anchors)
    scope = _scope(start, incremental, len(checkpoints))
    problem = None
    for row in rows_in_order(session, after=_head(start)):
        problem = walk.step(row)
        if problem is not None:
            break
    else:
        problem = walk.finish()
    return VerifyResult(walk.checked, problem, walk.prev_hash, counted, walk.prev_id, scope, start)

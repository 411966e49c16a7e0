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
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

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

    @property
    def ok(self) -> bool:
        return self.first_break is None


def missing_text(first: int, last: int) -> str:
    return f"thiếu dòng #{first}" if first == last else f"thiếu các dòng {first}..{last}"


class _Walk:
    """The state of one pass over the rows, so each check stays a few lines."""

    def __init__(self, checkpoints: Sequence[Checkpoint], key: bytes, expect: str | None):
        self.anchors: dict[int, Checkpoint] = {}
        for checkpoint in checkpoints:  # the latest checkpoint of a head wins; all must agree anyway
            self.anchors[checkpoint.head_id] = checkpoint
        self.pending = sorted(self.anchors)
        self.key = key
        self.expect = expect.lower() if expect else None
        self.expect_seen = False
        self.prev_hash = GENESIS
        self.prev_id = 0
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
        if checkpoint.rows != self.checked:
            return ChainBreak(
                row_id, f"mốc kiểm tra ghi {checkpoint.rows} dòng đến #{row_id}, nay còn {self.checked}", "count"
            )
        return None

    def finish(self) -> ChainBreak | None:
        if self.pending:
            last = max(self.pending)
            gap = (self.prev_id + 1, last)
            what = "bảng lịch sử trống" if self.checked == 0 else "các dòng cuối đã bị xóa"
            return ChainBreak(gap[0], f"{missing_text(*gap)}: {what} (theo mốc kiểm tra)", "missing", gap)
        if self.expect and not self.expect_seen:
            return ChainBreak(
                self.prev_id, "không dòng nào mang mã băm được nêu: lịch sử đã bị viết lại hoặc cắt bớt", "expect"
            )
        return None


def verify_chain(
    session: Session,
    checkpoints: Sequence[Checkpoint] = (),
    *,
    expect: str | None = None,
    settings: Settings | None = None,
) -> VerifyResult:
    """Walk the chain in id order against the key, the checkpoints and ``expect``; name the first problem."""
    walk = _Walk(checkpoints, chain_key(settings or get_settings()), expect)
    for row in rows_in_order(session):
        problem = walk.step(row)
        if problem is not None:
            return VerifyResult(walk.checked, problem, walk.prev_hash, len(checkpoints), walk.prev_id)
    return VerifyResult(walk.checked, walk.finish(), walk.prev_hash, len(checkpoints), walk.prev_id)

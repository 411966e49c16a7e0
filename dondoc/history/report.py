"""One verification for the CLI and the web page: chain, key, checkpoints and state tables together."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from dondoc.history.checkpoints import checkpoint_file, read_checkpoints
from dondoc.history.state import StateProblem, check_state
from dondoc.history.verify import VerifyResult, verify_chain
from dondoc.settings import Settings

# What the page and the help text promise, in one place so they cannot drift apart.
DETECTED = (
    "dòng bị sửa (kể cả sửa rồi tính lại mã băm), bị chèn, giả mạo hoặc đổi thứ tự; dòng bị xóa giữa chừng; "
    "các dòng cuối bị xóa hoặc cả bảng bị xóa sạch (so với mốc kiểm tra); mốc kiểm tra bị sửa; trạng thái kỳ báo cáo, "
    "báo cáo đã nộp, gia hạn bị đổi trong bảng mà không có sự kiện lịch sử"
)
NOT_DETECTED = (
    "khi chỉ kiểm tra từ mốc (mặc định): dòng trước mốc bị sửa mà không tính lại mã băm, hoặc bị đổi thứ tự "
    "(kiểm tra toàn bộ mới thấy); các dòng ghi sau mốc kiểm tra mới nhất rồi bị xóa; người nắm cả cơ sở dữ liệu lẫn thư mục DONDOC_HOME "
    "(khóa audit.key và các mốc) viết lại toàn bộ — khi đó so với mốc in trong bản tin tuần bằng --expect; "
    "kỳ báo cáo bị hủy hay mở lại"
)


@dataclass(frozen=True)
class AuditReport:
    chain: VerifyResult
    checkpoint_problems: list[str]
    state: list[StateProblem]

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.checkpoint_problems and not self.state


def verify_all(session: Session, settings: Settings, expect: str | None = None, *, full: bool = False) -> AuditReport:
    """The chain against the key, the genuine checkpoints and ``expect``; bad checkpoint lines; the state tables.

    Incremental (from the newest checkpoint that still holds) unless ``full``: see ``dondoc.history.verify``."""
    lines = list(read_checkpoints(settings))
    checkpoints = [line.checkpoint for line in lines if line.checkpoint is not None]
    chain = verify_chain(session, checkpoints, expect=expect, settings=settings, full=full)
    path = checkpoint_file(settings)
    problems = [f"mốc kiểm tra {path}:{line.line}: {line.problem}" for line in lines if line.problem]
    return AuditReport(chain, problems, check_state(session))

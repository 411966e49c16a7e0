"""The end of the demo: what was sent, who reported on time, where things stand, where to look next."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from sqlmodel import Session, select

from calendar_rules.vietnamese import format_day
from dondoc.db.models import Committee
from dondoc.org.tree import branch_of
from dondoc.status.categories import CATEGORY_LABELS, Category
from dondoc.status.report import build_status
from dondoc.story.simulate import step_counts

STEP_LABELS = {
    "remind-7": "Nhắc trước hạn 7 ngày",
    "remind-1": "Nhắc trước hạn 1 ngày",
    "overdue-1": "Báo quá hạn cho đơn vị (sau 1 ngày làm việc)",
    "escalate-3": "Báo cấp trên bậc 1: nơi nhận báo cáo (sau 3 ngày làm việc)",
    "escalate-7": "Báo cấp trên bậc 2: cấp trên của nơi nhận (sau 7 ngày làm việc, nhắc lại)",
}


def render_summary(session: Session, *, start: dt.date, end: dt.date, folder: Path) -> str:
    lines = [f"Tóm tắt {format_day(start)}–{format_day(end)}"]
    steps: Counter[str] = Counter()
    for step, n in step_counts(session, start, end).items():
        steps[step.split("#")[0]] += n
    lines.append("Lượt đôn đốc đã gửi theo bậc (mỗi kỳ báo cáo, mỗi nơi nhận; một tin liệt kê nhiều lượt):")
    for step, label in STEP_LABELS.items():
        lines.append(f"  {label:<78} {steps.get(step, 0):>6}")
    for step, n in sorted(steps.items()):
        if step not in STEP_LABELS:
            lines.append(f"  {step:<78} {n:>6}")

    report = build_status(session, on=end, horizon_days=0)
    lines.append("")
    lines.append(f"Tình hình ngày {format_day(end)} (phân loại của Văn phòng Chính phủ):")
    for category, n in report.counts().items():
        lines.append(f"  {CATEGORY_LABELS[category]:<26} {n:>6}")

    units = {
        row[0]: (row[1], row[2]) for row in session.exec(select(Committee.id, Committee.name, Committee.path)).all()
    }
    per_branch: dict[str, Counter[Category]] = {}
    for row in report.rows:
        branch = branch_of(units[row.assignee_id][1])
        per_branch.setdefault(branch, Counter())[row.category] += 1
    lines.append("")
    lines.append("Tỷ lệ nộp đúng hạn theo khối:")
    lines.append(f"  {'Khối':<44} {'Đến hạn':>8} {'Đúng hạn':>9} {'Nộp muộn':>9} {'Chưa nộp':>9} {'Tỷ lệ':>7}")
    for branch, counts in sorted(per_branch.items(), key=lambda item: units[item[0]][0]):
        due = sum(counts.values())
        rate = counts[Category.on_time] / due * 100 if due else 0.0
        name = units[branch][0]
        lines.append(
            f"  {name[:44]:<44} {due:>8} {counts[Category.on_time]:>9} {counts[Category.late]:>9} {counts[Category.overdue] + counts[Category.in_time]:>9} {rate:>6.1f}%"
        )
    on = format_day(end)
    lines += [
        "",
        "Xem tiếp:",
        f"  - Các tin đã gửi (kênh thư mục folder://): {folder}",
        f"  - Tình hình một đơn vị:        .venv/bin/dondoc status --org thi-uy-duc-pho --on {on}",
        "  - Lịch sử và kiểm tra toàn vẹn: .venv/bin/dondoc audit log --org thi-uy-duc-pho ; .venv/bin/dondoc audit verify",
        "  - Lịch (iCal) để đăng ký:      .venv/bin/dondoc feed token thi-uy-duc-pho ; .venv/bin/dondoc web",
        "  - Trang web (cần đăng nhập):   .venv/bin/dondoc user add vp.thiuy --role committee --org thi-uy-duc-pho ;",
        "                                 .venv/bin/dondoc web   rồi mở http://127.0.0.1:8080",
        "  - Chạy theo lịch với Prefect:  .venv/bin/dondoc serve   (giao diện Prefect: http://127.0.0.1:4200)",
    ]
    return "\n".join(lines)

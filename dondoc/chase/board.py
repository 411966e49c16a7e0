"""What the chase flow publishes for operators: the day's tally and an overdue board per top-level committee.

Pure reads with ``today``/``since`` as parameters; the flow turns them into
Prefect artifacts (a keyed table per committee, so the Artifacts page always
shows the latest board).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import func, select
from sqlmodel import Session, col

from calendar_rules.vietnamese import format_day, period_label_vi
from dondoc.db.models import Committee, Message, Occurrence, Task
from dondoc.occurrence.queries import open_listing

BOARD_ROWS = 200
TEMPLATE_LABELS = {
    "upcoming": "nhắc trước hạn",
    "due_today": "nhắc hạn hôm nay",
    "overdue": "báo quá hạn",
    "escalation": "báo cấp trên",
    "digest": "tổng hợp tuần",
}
STATUS_LABELS = {"sent": "đã gửi", "failed": "lỗi", "queued": "chờ gửi", "sending": "đang gửi", "skipped": "bỏ qua"}


def day_tally(session: Session, since: dt.datetime) -> list[dict[str, object]]:
    """Messages queued since ``since``, by kind and outcome: what was sent, escalated and failed."""
    rows = session.execute(
        select(col(Message.template), col(Message.status), func.count())
        .where(col(Message.created_at) >= since)
        .group_by(col(Message.template), col(Message.status))
    ).all()
    counts: Counter[tuple[str, str]] = Counter()
    for template, status, n in rows:
        counts[(str(template), str(getattr(status, "value", status)))] += n
    return [
        {"loại tin": TEMPLATE_LABELS.get(t, t), "kết quả": STATUS_LABELS.get(s, s), "số tin": n}
        for (t, s), n in sorted(counts.items())
    ]


def top_committees(session: Session) -> list[tuple[str, str, str]]:
    """(id, name, path) of the committees directly under each root (the root itself when it has none)."""
    roots = session.execute(
        select(col(Committee.id), col(Committee.name), col(Committee.path)).where(
            col(Committee.parent_id).is_(None), col(Committee.active) == True
        )
    ).all()
    result: list[tuple[str, str, str]] = []
    for root in roots:
        children = session.execute(
            select(col(Committee.id), col(Committee.name), col(Committee.path))
            .where(col(Committee.parent_id) == root[0], col(Committee.active) == True)
            .order_by(col(Committee.id))
        ).all()
        if children:
            result.extend(tuple(c) for c in children)
        else:
            result.append(tuple(root))
    return result


def overdue_boards(
    session: Session, today: dt.date, limit: int = BOARD_ROWS
) -> dict[str, tuple[str, list[dict[str, object]], int]]:
    """Top committee id → (name, the most overdue rows of its subtree, how many are overdue in all)."""
    tops = top_committees(session)
    query = open_listing(col(Occurrence.current_due) < today, col(Task.code))
    rows_by_top: dict[str, list[dict[str, object]]] = defaultdict(list)
    totals: Counter[str] = Counter()
    prefixes = [(top_id, path) for top_id, _, path in tops]
    for occ_id, _, name, path, period, due, number, code in session.execute(query):
        for top_id, prefix in prefixes:
            if path.startswith(prefix):
                totals[top_id] += 1
                if len(rows_by_top[top_id]) < limit:
                    rows_by_top[top_id].append(
                        {
                            "mã": f"#{occ_id}",
                            "đơn vị": name,
                            "kế hoạch": number,
                            "mục": code,
                            "kỳ": period_label_vi(period),
                            "hạn": format_day(due),
                            "quá hạn (ngày)": (today - due).days,
                        }
                    )
                break
    return {top_id: (name, rows_by_top.get(top_id, []), totals.get(top_id, 0)) for top_id, name, _ in tops}


def board_key(committee_id: str) -> str:
    """Prefect artifact keys allow lowercase letters, digits and dashes: committee ids are such slugs."""
    return f"overdue-board-{committee_id}"[:100]

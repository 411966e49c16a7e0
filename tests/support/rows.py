"""Model rows tests write by hand: a plan and an occurrence, with plain defaults."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dondoc.db.models import Occurrence, Plan

ISSUED = dt.date(2023, 1, 9)


def plan_row(plan_id: str, at: dt.datetime, *, content_hash: str = "x", **fields: Any) -> Plan:
    """A plan imported at ``at``: 91-KH/TU of Thị ủy Đức Phổ issued on 09/01/2023 unless ``fields`` say otherwise."""
    values = {"number": "91-KH/TU", "title": "Kế hoạch", "issuer_id": "thi-uy-duc-pho", "issued": ISSUED, **fields}
    return Plan(id=plan_id, content_hash=content_hash, imported_at=at, **values)


def occurrence_row(
    task_id: int | None,
    assignee_id: str,
    due: dt.date,
    at: dt.datetime,
    *,
    period: str = "2023-Q2",
    status: str = "open",
    ack_until: dt.date | None = None,
) -> Occurrence:
    """An occurrence (open unless said otherwise) whose due, adjusted and current dates are all ``due``."""
    return Occurrence(
        task_id=task_id,
        assignee_id=assignee_id,
        period=period,
        due=due,
        adjusted_due=due,
        current_due=due,
        status=status,
        ack_until=ack_until,
        updated_at=at,
    )

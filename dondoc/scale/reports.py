"""Reports from the simulated units, recorded set-based (the rows ``record_submission`` writes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import Integer, any_, insert, literal, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection, Engine
from sqlmodel import col

from calendar_rules import WorkingCalendar
from dondoc.db.engine import session_scope
from dondoc.db.models import Occurrence, OccurrenceStatus, Submission, Task
from dondoc.history.chain import append_events_bulk
from dondoc.occurrence.actions import submission_event
from dondoc.story.simulate import _bucket, submission_day

_LOOKBACK = dt.timedelta(days=45)  # a late report comes at most 11 working days (+ Tết) after its due date
_LOOKAHEAD = dt.timedelta(days=10)  # an early one at most 4 working days before


class _Pick(NamedTuple):
    """A simulated report: the occurrence (named as its events name it), its due date and the day it is sent."""

    id: int
    assignee_id: str
    plan_id: str
    due: dt.date
    on: dt.date

    @property
    def ref(self) -> str:
        return f"Báo cáo số {self.id % 97 + 1}-BC/ĐU"

    @property
    def actor(self) -> str:
        return f"simulate:{self.assignee_id}"


def _insert_submissions(conn: Connection, picks: Sequence[_Pick], at: dt.datetime) -> dict[int, int]:
    """Submission rows for ``picks``; returns occurrence id → submission id (COPY on PostgreSQL)."""
    rows = [(p.id, p.ref, p.on, p.on > p.due, p.actor, at) for p in picks]
    if conn.dialect.name == "postgresql":
        ids = sorted(
            conn.execute(
                text("SELECT nextval(pg_get_serial_sequence('submission', 'id')) FROM generate_series(1, :n)"),
                {"n": len(rows)},
            ).scalars()
        )
        with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
            with cursor.copy(
                "COPY submission (id, occurrence_id, ref, submitted_on, late, actor, recorded_at) FROM STDIN"
            ) as copy:
                for sub_id, row in zip(ids, rows, strict=True):
                    copy.write_row((sub_id, *row))
        return {row[0]: sub_id for sub_id, row in zip(ids, rows, strict=True)}
    columns = ("occurrence_id", "ref", "submitted_on", "late", "actor", "recorded_at")
    returned = conn.execute(
        insert(Submission).returning(col(Submission.occurrence_id), col(Submission.id)),
        [dict(zip(columns, row, strict=True)) for row in rows],
    ).all()
    return {occ: sub for occ, sub in returned if sub is not None}


def record_reports(
    engine: Engine,
    *,
    day: dt.date,
    since: dt.date,
    calendar: WorkingCalendar,
    include_day: bool,
    at: dt.datetime,
    chunk: int | None = None,
) -> int:
    """Record every simulated report sent before ``day`` (and on it, with ``include_day``).

    Only occurrences due in [since − 45 days, day + 10 days] can have such a
    report; each is recorded once (the UPDATE requires ``status = 'open'``).
    """
    lo, hi = since - _LOOKBACK, day + _LOOKAHEAD
    picks: list[_Pick] = []
    memo: dict[tuple[int, dt.date], dt.date | None] = {}
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                col(Occurrence.id),
                col(Occurrence.assignee_id),
                col(Task.code),
                col(Occurrence.period),
                col(Occurrence.current_due),
                col(Task.plan_id),
            )
            .join(Task, col(Task.id) == col(Occurrence.task_id))
            .where(
                col(Occurrence.status) == OccurrenceStatus.open.value,
                col(Occurrence.current_due) >= lo,
                col(Occurrence.current_due) <= hi,
            )
        )
        for occ_id, assignee, code, period, due, plan_id in rows:
            key = f"{assignee}|{code}|{period}"
            memo_key = (_bucket(key), due)
            if memo_key not in memo:
                memo[memo_key] = submission_day(key, due, calendar)
            on = memo[memo_key]
            if on is not None and (on < day or (include_day and on == day)):
                assert occ_id is not None  # a primary key read back from the table
                picks.append(_Pick(occ_id, assignee, plan_id, due, on))
    if not picks:
        return 0
    picks.sort()
    postgres = engine.dialect.name == "postgresql"
    chunk = chunk or (
        50_000 if postgres else 500
    )  # one array parameter on PostgreSQL; SQLite counts every "?" of an IN list
    recorded = 0
    for start in range(0, len(picks), chunk):
        part = picks[start : start + chunk]
        with session_scope(engine) as session:
            conn = session.connection()
            done: set[int | None] = set()
            by_day: dict[dt.date, list[int]] = {}
            for pick in part:
                by_day.setdefault(pick.on, []).append(pick.id)
            for on, ids in sorted(by_day.items()):
                chosen = (
                    col(Occurrence.id) == any_(literal(ids, ARRAY(Integer)))
                    if postgres
                    else col(Occurrence.id).in_(ids)
                )
                result = conn.execute(
                    update(Occurrence)
                    .where(chosen, col(Occurrence.status) == OccurrenceStatus.open.value)
                    .values(
                        status=OccurrenceStatus.submitted.value,
                        submitted_on=on,
                        sequence=Occurrence.sequence + 1,
                        updated_at=at,
                    )
                    .returning(col(Occurrence.id))
                )
                done.update(result.scalars())
            mine = [p for p in part if p.id in done]
            if not mine:
                continue
            submission_ids = _insert_submissions(conn, mine, at)
            events = [
                submission_event(
                    p, ref=p.ref, on=p.on, due=p.due, submission_id=submission_ids.get(p.id), actor=p.actor, at=at
                )
                for p in mine
            ]
            append_events_bulk(session, events)
            recorded += len(mine)
    return recorded

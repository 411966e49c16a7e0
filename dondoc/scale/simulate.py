"""Working days of chasing on a (national) tree, through the real chase and outbox.

Each simulated working day, at simulated instants (Asia/Ho_Chi_Minh):

1. 07:00 — reports sent on earlier days that no run has recorded yet are
   recorded (only when days were skipped, e.g. a benchmark's sample of days);
2. 07:30 — the chase decision for the whole tree (``find_due_steps``, the one
   indexed query the ``chase`` flow runs), then its messages are planned,
   rendered and queued (``plan_and_queue``, idempotent by message key);
3. 07:35 — the outbox is delivered (``send_now``, files under the outbox folder);
4. 10:00 — the units that report that day have their reports recorded.

Which unit reports when is the demo's rule (``dondoc.story.simulate.submission_day``:
a hash of the occurrence's stable key, 60% on time, 25% late, 15% never), so a
run is reproducible and running a day again records and sends nothing new.
Reports are recorded set-based (one UPDATE per chunk of 50,000, Submission
rows and their ``submission`` history events written with COPY on PostgreSQL,
the same rows ``record_submission`` writes) because a national year has five
million of them and recording each through the ORM would take hours.

With ``workers > 1`` the queueing and the delivery of a day are shared by that
many processes (the decision stays one query): queueing by slices of the
day's candidates, delivery by concurrent senders, which the outbox's claim
protocol (``FOR UPDATE SKIP LOCKED``) keeps from sending anything twice.
"""

from __future__ import annotations

import datetime as dt
import resource
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, any_, insert, literal, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from calendar_rules import WorkingCalendar
from dondoc.chase.candidates import Candidate, find_due_steps
from dondoc.chase.dates import format_day
from dondoc.chase.queueing import PlanReport, plan_and_queue
from dondoc.chase.policy import Policy
from dondoc.db.engine import session_scope
from dondoc.db.models import Occurrence, OccurrenceStatus, Submission, Task
from dondoc.history import Event
from dondoc.history.chain import append_events_bulk
from dondoc.settings import TIMEZONE, Settings
from dondoc.story.simulate import _bucket, submission_day

LOCAL = ZoneInfo(TIMEZONE)
ACTOR = "simulate:chase"
SEND_INFLIGHT = 500  # messages claimed per chunk by a sender (the outbox channel cannot duplicate: files are keyed)
_LOOKBACK = dt.timedelta(days=45)  # a late report comes at most 11 working days (+ Tết) after its due date
_LOOKAHEAD = dt.timedelta(days=10)  # an early one at most 4 working days before


def local_instant(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """``day`` at ``hour:minute`` in Vietnam, as the UTC instant the database stores."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL).astimezone(dt.UTC)


def working_days(start: dt.date, end: dt.date, calendar: WorkingCalendar) -> list[dt.date]:
    days: list[dt.date] = []
    day = start
    while day <= end:
        if not calendar.is_day_off(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def spread(days: Sequence[dt.date], count: int) -> list[dt.date]:
    """``count`` days spread evenly over ``days`` (all of them when there are fewer)."""
    if count >= len(days):
        return list(days)
    if count <= 1:
        return [days[len(days) // 2]] if count == 1 else []
    step = (len(days) - 1) / (count - 1)
    return [days[round(i * step)] for i in range(count)]


def peak_rss_kb() -> int:
    """This process's peak resident memory in kB.

    ``VmHWM`` where /proc has it: ``getrusage``'s ``ru_maxrss`` survives
    ``execve`` on Linux, so a worker spawned by a 1 GB parent would report the
    parent's gigabyte instead of its own peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


@dataclass
class DayFigures:
    """What one simulated day did and how long each phase took (wall clock)."""

    day: dt.date
    due_steps: int = 0
    rows_read: int = 0
    queued: int = 0
    already_queued: int = 0
    skipped: int = 0
    sent: int = 0
    failed: int = 0
    submitted: int = 0
    decide_seconds: float = 0.0
    queue_seconds: float = 0.0
    send_seconds: float = 0.0
    submit_seconds: float = 0.0

    @property
    def seconds(self) -> float:
        return self.decide_seconds + self.queue_seconds + self.send_seconds + self.submit_seconds


@dataclass
class SimulationReport:
    days: list[DayFigures] = field(default_factory=list)
    workers: int = 1
    main_rss_kb: int = 0
    worker_rss_kb: int = 0  # the largest peak of any worker process (the main process when workers == 1)

    def total(self, name: str) -> int:
        return sum(getattr(d, name) for d in self.days)

    def seconds(self, name: str) -> float:
        return sum(getattr(d, name) for d in self.days)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile; enough for a handful of days."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[index]


def vn_number(value: float) -> str:
    """12345 → "12.345", as Vietnamese writes numbers."""
    return f"{value:,.0f}".replace(",", ".")


def timing_summary(report: SimulationReport) -> list[tuple[str, str]]:
    """(label, value) lines in Vietnamese for the end of a run."""
    days = report.days
    if not days:
        return [("Ngày làm việc đã mô phỏng", "0")]
    decide = [d.decide_seconds for d in days]
    total = [d.seconds for d in days]
    sent, send_s = report.total("sent"), report.seconds("send_seconds")
    queued, queue_s = report.total("queued"), report.seconds("queue_seconds")
    busiest = max(days, key=lambda d: d.queued)
    n = vn_number
    return [
        ("Ngày làm việc đã mô phỏng", f"{len(days)} ({format_day(days[0].day)}–{format_day(days[-1].day)})"),
        (
            "Bước đến hạn / tin xếp mới / tin đã gửi",
            f"{n(report.total('due_steps'))} / {n(queued)} / {n(sent)} (lỗi {n(report.total('failed'))})",
        ),
        ("Báo cáo các đơn vị đã nộp (mô phỏng)", n(report.total("submitted"))),
        (
            "Thời gian quyết định mỗi ngày (giây)",
            f"trung vị {statistics.median(decide):.3f}, p95 {percentile(decide, 0.95):.3f}, lớn nhất {max(decide):.3f}",
        ),
        (
            "Thời gian cả ngày (giây)",
            f"trung vị {statistics.median(total):.1f}, p95 {percentile(total, 0.95):.1f}, lớn nhất {max(total):.1f}",
        ),
        ("Ngày bận nhất", f"{format_day(busiest.day)}: {n(busiest.queued)} tin trong {busiest.seconds:.1f} giây"),
        ("Xếp tin (tin/giây)", n(queued / queue_s) if queue_s else "—"),
        ("Gửi tin (tin/giây)", n(sent / send_s) if send_s else "—"),
        (
            "Bộ nhớ đỉnh",
            f"tiến trình chính {n(report.main_rss_kb / 1024)} MB; mỗi tiến trình làm việc tối đa {n(report.worker_rss_kb / 1024)} MB ({report.workers} tiến trình)",
        ),
    ]


# ───────────────────────────── reports from the units ─────────────────────────────


def _insert_submissions(
    conn: Connection, picks: Sequence[tuple[int, str, str, dt.date, dt.date]], at: dt.datetime
) -> dict[int, int]:
    """Submission rows for ``picks``; returns occurrence id → submission id (COPY on PostgreSQL)."""
    rows = [
        (occ_id, f"Báo cáo số {occ_id % 97 + 1}-BC/ĐU", on, on > due, f"simulate:{assignee}", at)
        for occ_id, assignee, _plan, due, on in picks
    ]
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
                for sub_id, row in zip(ids, rows):
                    copy.write_row((sub_id, *row))
        return {row[0]: sub_id for sub_id, row in zip(ids, rows)}
    columns = ("occurrence_id", "ref", "submitted_on", "late", "actor", "recorded_at")
    returned = conn.execute(
        insert(Submission).returning(Submission.occurrence_id, Submission.id), [dict(zip(columns, row)) for row in rows]
    ).all()
    return {occ: sub for occ, sub in returned}


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
    picks: list[tuple[int, str, str, dt.date, dt.date]] = []  # (occurrence, assignee, plan, due, submitted on)
    memo: dict[tuple[int, dt.date], dt.date | None] = {}
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Occurrence.id,
                Occurrence.assignee_id,
                Task.code,
                Occurrence.period,
                Occurrence.current_due,
                Task.plan_id,
            )
            .join(Task, Task.id == Occurrence.task_id)  # type: ignore[arg-type]
            .where(
                Occurrence.status == OccurrenceStatus.open.value,
                Occurrence.current_due >= lo,
                Occurrence.current_due <= hi,
            )  # type: ignore[arg-type,operator]
        )
        for occ_id, assignee, code, period, due, plan_id in rows:
            key = f"{assignee}|{code}|{period}"
            memo_key = (_bucket(key), due)
            if memo_key not in memo:
                memo[memo_key] = submission_day(key, due, calendar)
            on = memo[memo_key]
            if on is not None and (on < day or (include_day and on == day)):
                picks.append((occ_id, assignee, plan_id, due, on))
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
            done: set[int] = set()
            by_day: dict[dt.date, list[int]] = {}
            for occ_id, _assignee, _plan, _due, on in part:
                by_day.setdefault(on, []).append(occ_id)
            for on, ids in sorted(by_day.items()):
                chosen = Occurrence.id == any_(literal(ids, ARRAY(Integer))) if postgres else Occurrence.id.in_(ids)  # type: ignore[union-attr]
                result = conn.execute(
                    update(Occurrence)
                    .where(chosen, Occurrence.status == OccurrenceStatus.open.value)  # type: ignore[arg-type]
                    .values(
                        status=OccurrenceStatus.submitted.value,
                        submitted_on=on,
                        sequence=Occurrence.sequence + 1,
                        updated_at=at,
                    )
                    .returning(Occurrence.id)
                )
                done.update(result.scalars())
            mine = [p for p in part if p[0] in done]
            if not mine:
                continue
            submission_ids = _insert_submissions(conn, mine, at)
            events = []
            for occ_id, assignee, plan_id, due, on in mine:
                late = on > due
                days_late = (on - due).days if late else 0
                events.append(
                    Event(
                        at=at,
                        kind="submission",
                        actor=f"simulate:{assignee}",
                        occurrence_id=occ_id,
                        plan_id=plan_id,
                        committee_id=assignee,
                        outcome=f"đã nộp ngày {format_day(on)}"
                        + (f", chậm {days_late} ngày" if late else ", đúng hạn"),
                        details={
                            "ref": f"Báo cáo số {occ_id % 97 + 1}-BC/ĐU",
                            "submitted_on": on.isoformat(),
                            "late": late,
                            "days_late": days_late,
                            "due": due.isoformat(),
                            "submission_id": submission_ids.get(occ_id),
                        },
                    )
                )
            append_events_bulk(session, events)
            recorded += len(mine)
    return recorded


# ───────────────────────────── worker processes ─────────────────────────────

_WORKER: dict[str, object] = {}


def _init_worker(settings: Settings) -> None:
    """Each worker opens its own engine (connections do not cross processes)."""
    from dondoc.db.engine import make_engine

    _WORKER["settings"] = settings
    _WORKER["engine"] = make_engine(settings.effective_database_url)


def _queue_slice(candidates: list[Candidate], day: dt.date, at: dt.datetime, base_url: str) -> tuple[PlanReport, int]:
    report = plan_and_queue(_WORKER["engine"], candidates, day=day, at=at, actor=ACTOR, base_url=base_url)  # type: ignore[arg-type]
    return report, peak_rss_kb()


def _send(at: dt.datetime, inflight: int) -> tuple[int, int, int]:
    from dondoc.outbox.sending import send_now

    report = send_now(
        _WORKER["settings"],
        _WORKER["engine"],
        actor="simulate:deliver",
        respect_quiet_hours=False,
        now=at,
        inflight=inflight,
    )  # type: ignore[arg-type]
    return report.sent, report.failed, peak_rss_kb()


def _warm(_: int) -> int:
    """Start a worker (spawn + imports) before the first timed day."""
    time.sleep(0.2)
    return peak_rss_kb()


def _slices(candidates: list[Candidate], count: int) -> list[list[Candidate]]:
    """Split the day's candidates into ``count`` slices without splitting one occurrence's steps."""
    ordered = sorted(candidates, key=lambda c: (c.occurrence_id, c.step_key))
    size = max(1, -(-len(ordered) // count))
    out: list[list[Candidate]] = []
    start = 0
    while start < len(ordered):
        end = min(start + size, len(ordered))
        while end < len(ordered) and ordered[end].occurrence_id == ordered[end - 1].occurrence_id:
            end += 1
        out.append(ordered[start:end])
        start = end
    return out


# ───────────────────────────── the days ─────────────────────────────


def simulate_days(
    engine: Engine,
    settings: Settings,
    *,
    days: Sequence[dt.date],
    calendar: WorkingCalendar,
    policies: Mapping[str, Policy],
    workers: int = 1,
    submissions: bool = True,
    inflight: int = SEND_INFLIGHT,
    on_day: Callable[[DayFigures], None] | None = None,
) -> SimulationReport:
    """Replay ``days`` (working days, ascending) through the chase and the outbox."""
    if engine.dialect.name != "postgresql":
        workers = 1  # SQLite has one writer: more processes would only wait for each other
    report = SimulationReport(workers=workers)
    pool: Executor | None = None
    if workers > 1:
        pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=get_context("spawn"), initializer=_init_worker, initargs=(settings,)
        )
        list(pool.map(_warm, range(workers)))
    else:
        _WORKER.update(settings=settings, engine=engine)
    worker_rss = 0
    previous: dt.date | None = None
    try:
        for day in days:
            figures = DayFigures(day)
            t0 = time.perf_counter()
            if submissions:
                figures.submitted += record_reports(
                    engine,
                    day=day,
                    since=previous or day,
                    calendar=calendar,
                    include_day=False,
                    at=local_instant(day, 7),
                )
            t1 = time.perf_counter()

            with Session(engine) as session:
                found = find_due_steps(session, day, policies, calendar)
            t2 = time.perf_counter()
            figures.decide_seconds = t2 - t1
            figures.due_steps, figures.rows_read = len(found.candidates), found.rows_read

            at_chase, at_send = local_instant(day, 7, 30), local_instant(day, 7, 35)
            if pool is None:
                queued, rss = _queue_slice(found.candidates, day, at_chase, settings.base_url)
                parts = [(queued, rss)]
            else:
                slices = _slices(found.candidates, workers * 4)
                parts = list(
                    pool.map(
                        _queue_slice,
                        slices,
                        [day] * len(slices),
                        [at_chase] * len(slices),
                        [settings.base_url] * len(slices),
                    )
                )
            del found
            for part, rss in parts:
                figures.queued += part.queued
                figures.already_queued += part.already_queued
                figures.skipped += len(part.skipped)
                worker_rss = max(worker_rss, rss)
            t3 = time.perf_counter()
            figures.queue_seconds = t3 - t2

            if pool is None:
                sends = [_send(at_send, inflight)]
            else:
                futures = [pool.submit(_send, at_send, inflight) for _ in range(workers)]
                sends = [f.result() for f in futures]
            for sent, failed, rss in sends:
                figures.sent += sent
                figures.failed += failed
                worker_rss = max(worker_rss, rss)
            t4 = time.perf_counter()
            figures.send_seconds = t4 - t3

            if submissions:
                figures.submitted += record_reports(
                    engine, day=day, since=day, calendar=calendar, include_day=True, at=local_instant(day, 10)
                )
            figures.submit_seconds = (t1 - t0) + (time.perf_counter() - t4)
            report.days.append(figures)
            previous = day + dt.timedelta(days=1)
            if on_day is not None:
                on_day(figures)
    finally:
        if pool is not None:
            pool.shutdown()
        _WORKER.clear()
    report.main_rss_kb = peak_rss_kb()
    report.worker_rss_kb = worker_rss if workers > 1 else report.main_rss_kb
    return report

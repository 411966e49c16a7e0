"""Working days of chasing on a (national) tree, through the real chase and outbox.

Each simulated working day, at the simulated instants of the day loop it shares
with the demo (``dondoc.story.days``, Asia/Ho_Chi_Minh):

1. 07:00 — reports sent on earlier days that no run has recorded yet are
   recorded (only when days were skipped, e.g. a benchmark's sample of days);
2. 07:30 — the chase decision for the whole tree (``find_due_steps``, the one
   indexed query the ``chase`` flow runs), then its messages are planned,
   rendered and queued (``plan_and_queue``, idempotent by message key);
3. 07:35 — the outbox is delivered (``send_now``, files of the folder channel under ``DONDOC_HOME/folder/``);
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
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from calendar_rules import WorkingCalendar
from dondoc.chase.candidates import Candidate, find_due_steps
from dondoc.chase.policy import Policy
from dondoc.chase.queueing import PlanReport, plan_and_queue
from dondoc.scale.figures import DayFigures, SimulationReport, local_instant, peak_rss_kb
from dondoc.scale.reports import record_reports
from dondoc.settings import Settings
from dondoc.story.days import replay_days

ACTOR = "simulate:chase"
SEND_INFLIGHT = 500  # messages claimed per chunk by a sender (the folder channel cannot duplicate: files are keyed)


# ───────────────────────────── worker processes ─────────────────────────────

_WORKER: dict[str, Any] = {}  # this process's settings and engine (one per worker process)


def _init_worker(settings: Settings) -> None:
    """Each worker opens its own engine (connections do not cross processes)."""
    from dondoc.db.engine import make_engine

    _WORKER["settings"] = settings
    _WORKER["engine"] = make_engine(settings.effective_database_url)


def _queue_slice(candidates: list[Candidate], day: dt.date, at: dt.datetime, base_url: str) -> tuple[PlanReport, int]:
    report = plan_and_queue(_WORKER["engine"], candidates, day=day, at=at, actor=ACTOR, base_url=base_url)
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
    )
    assert report is not None  # None only in quiet hours, which this run does not respect
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

    def chase(figures: DayFigures, at: dt.datetime) -> None:
        nonlocal worker_rss
        day = figures.day
        with figures.timed("submit"):
            if submissions:  # reports of skipped days, recorded at 07:00
                figures.submitted += record_reports(
                    engine,
                    day=day,
                    since=previous or day,
                    calendar=calendar,
                    include_day=False,
                    at=local_instant(day, 7),
                )
        with figures.timed("decide"), Session(engine) as session:
            found = find_due_steps(session, day, policies, calendar)
        with figures.timed("queue"):
            figures.due_steps, figures.rows_read = len(found.candidates), found.rows_read
            if pool is None:
                parts = [_queue_slice(found.candidates, day, at, settings.base_url)]
            else:
                slices = _slices(found.candidates, workers * 4)
                parts = list(
                    pool.map(
                        _queue_slice, slices, [day] * len(slices), [at] * len(slices), [settings.base_url] * len(slices)
                    )
                )
            del found
            for part, rss in parts:
                figures.queued += part.queued
                figures.already_queued += part.already_queued
                figures.skipped += len(part.skipped)
                worker_rss = max(worker_rss, rss)

    def send(figures: DayFigures, at: dt.datetime) -> None:
        nonlocal worker_rss
        with figures.timed("send"):
            if pool is None:
                sends = [_send(at, inflight)]
            else:
                futures = [pool.submit(_send, at, inflight) for _ in range(workers)]
                sends = [f.result() for f in futures]
            for sent, failed, rss in sends:
                figures.sent += sent
                figures.failed += failed
                worker_rss = max(worker_rss, rss)

    def submit(figures: DayFigures, at: dt.datetime) -> None:
        nonlocal previous
        with figures.timed("submit"):
            if submissions:
                figures.submitted += record_reports(
                    engine, day=figures.day, since=figures.day, calendar=calendar, include_day=True, at=at
                )
        previous = figures.day + dt.timedelta(days=1)

    try:
        replay_days(days, DayFigures, chase=chase, send=send, report=submit, into=report, on_day=on_day)
    finally:
        if pool is not None:
            pool.shutdown()
        _WORKER.clear()
    report.main_rss_kb = peak_rss_kb()
    report.worker_rss_kb = worker_rss if workers > 1 else report.main_rss_kb
    return report

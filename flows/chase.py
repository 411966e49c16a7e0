"""``chase`` (daily 07:30 Asia/Ho_Chi_Minh): decide the due steps, queue, send, record.

Thin: the decision is ``dondoc.chase.run.run_chase`` (pure decision + set-based
query + idempotent queueing), the sending is the outbox's claim/send/mark. A
re-run for the same day queues nothing new and sends only what is still queued.
Nothing is sent on days off.
"""

from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from dondoc.clock import utc_now
from flows.deliver import send_queued
from flows.runtime import resolve_day, store


@task(name="decide-and-queue", retries=3, retry_delay_seconds=[10, 60, 300])
def decide_and_queue(day_iso: str, org_root: str | None = None) -> dict[str, int]:
    from dondoc.chase.policy import configured_policies
    from dondoc.chase.run import run_chase
    from dondoc.workcal import working_calendar

    settings, engine = store()
    run = run_chase(
        engine,
        day=dt.date.fromisoformat(day_iso),
        at=utc_now(),
        policies=configured_policies(),
        calendar=working_calendar(settings),
        actor="flow:chase",
        base_url=settings.base_url,
        org_root=org_root,
    )
    return {
        "rows_read": run.found.rows_read,
        "due_steps": len(run.found.candidates),
        "queued": run.report.queued,
        "already_queued": run.report.already_queued,
        "skipped": len(run.report.skipped),
    }


@flow(name="chase", log_prints=True)
def chase(day: dt.date | None = None, dry_run: bool = False, org_root: str | None = None, respect_quiet_hours: bool = True) -> dict[str, int]:
    """One working day of chasing; ``day`` defaults to today in Asia/Ho_Chi_Minh."""
    from dondoc.workcal import working_calendar

    the_day = resolve_day(day)
    settings, _ = store()
    logger = get_run_logger()
    if working_calendar(settings).is_day_off(the_day):
        logger.info("Ngày %s là ngày nghỉ: không nhắc việc.", the_day.strftime("%d/%m/%Y"))
        return {"day_off": 1}
    counts = decide_and_queue(the_day.isoformat(), org_root)
    if not dry_run:
        counts.update({f"sent_{k}": v for k, v in send_queued(respect_quiet_hours=respect_quiet_hours).items()})
    create_table_artifact(
        key="chase-summary",
        table=[{"chỉ số": k, "số lượng": v} for k, v in counts.items()],
        description=f"Đôn đốc ngày {the_day.strftime('%d/%m/%Y')}" + (" (chạy thử)" if dry_run else ""),
    )
    return counts

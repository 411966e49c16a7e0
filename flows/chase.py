"""``chase`` (daily 07:30 Asia/Ho_Chi_Minh): decide the due steps, queue, send, record.

Thin: the decision is ``dondoc.chase.run.run_chase`` (pure decision + set-based
query + idempotent queueing), mapped over the tree's partitions (one Prefect
task per subtree, never per occurrence or message); the sending is the
outbox's claim/send/mark. A re-run for the same day queues nothing new and
sends only what is still queued. Nothing is sent on days off.

Artifacts: ``chase-summary`` (what was decided, sent, escalated, failed) and one
keyed ``overdue-board-<committee>`` table per top-level committee.
"""

from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from dondoc.clock import utc_now
from flows.deliver import send_queued
from flows.partitions import list_partitions
from flows.runtime import resolve_day, store

_COUNTS = ("rows_read", "due_steps", "queued", "already_queued", "skipped")


@task(name="decide-and-queue", retries=3, retry_delay_seconds=[10, 60, 300], tags=["dondoc-chase"])
def decide_and_queue(day_iso: str, org_root: str | None = None, org_exact: bool = False) -> dict[str, int]:
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
        org_exact=org_exact,
    )
    return {
        "rows_read": run.found.rows_read,
        "due_steps": len(run.found.candidates),
        "queued": run.report.queued,
        "already_queued": run.report.already_queued,
        "skipped": len(run.report.skipped),
    }


@task(name="publish-boards", retries=2, retry_delay_seconds=10)
def publish_boards(day_iso: str, since_iso: str, counts: dict[str, int], dry_run: bool) -> int:
    """The day's tally and the overdue boards, as Prefect artifacts; returns how many boards."""
    from sqlmodel import Session

    from dondoc.chase.board import board_key, day_tally, overdue_boards

    day = dt.date.fromisoformat(day_iso)
    _, engine = store()
    with Session(engine) as session:
        tally = day_tally(session, dt.datetime.fromisoformat(since_iso))
        boards = overdue_boards(session, day)
    create_table_artifact(
        key="chase-summary",
        table=[{"loại tin": "(quyết định)", "kết quả": k, "số tin": v} for k, v in counts.items()] + tally,
        description=f"Đôn đốc ngày {day.strftime('%d/%m/%Y')}" + (" (chạy thử: chưa gửi)" if dry_run else ""),
    )
    for committee_id, (name, rows, total) in boards.items():
        create_table_artifact(
            key=board_key(committee_id),
            table=rows or [{"đơn vị": "(không có kỳ báo cáo quá hạn)"}],
            description=f"Bảng quá hạn — {name}, ngày {day.strftime('%d/%m/%Y')}: {total} kỳ báo cáo quá hạn chưa hoàn thành" + (f" (hiện {len(rows)} kỳ quá hạn lâu nhất)" if total > len(rows) else ""),
        )
    return len(boards)


@flow(name="chase", log_prints=True)
def chase(day: dt.date | None = None, dry_run: bool = False, org_root: str | None = None, respect_quiet_hours: bool = True) -> dict[str, int]:
    """One working day of chasing; ``day`` defaults to today in Asia/Ho_Chi_Minh.

    Without ``org_root`` the day is split into the tree's partitions, which
    Prefect runs concurrently (threads of this flow run; a deployment on a work
    pool can also run one chase per ``org_root`` on several workers).
    """
    from dondoc.workcal import working_calendar

    the_day = resolve_day(day)
    settings, _ = store()
    logger = get_run_logger()
    if working_calendar(settings).is_day_off(the_day):
        logger.info("Ngày %s là ngày nghỉ: không nhắc việc.", the_day.strftime("%d/%m/%Y"))
        return {"day_off": 1}
    since = utc_now()
    if org_root is not None:
        results = [decide_and_queue(the_day.isoformat(), org_root)]
    else:
        partitions = list_partitions()
        results = decide_and_queue.map(
            [the_day.isoformat()] * len(partitions), [str(p["unit_id"]) for p in partitions], [bool(p["exact"]) for p in partitions]
        ).result()
    counts = {key: sum(r[key] for r in results) for key in _COUNTS}
    counts["partitions"] = len(results)
    if not dry_run:
        counts.update({f"sent_{k}": v for k, v in send_queued(respect_quiet_hours=respect_quiet_hours).items()})
    counts["boards"] = publish_boards(the_day.isoformat(), since.isoformat(), dict(counts), dry_run)
    return counts

"""``digest`` (weekly, Monday 07:00 Asia/Ho_Chi_Minh): every committee gets the state of the units under it.

Thin: ``dondoc.chase.digest.queue_digests`` decides and queues (one message per
committee and channel per ISO week, keyed, so a re-run queues nothing), then the
outbox sends them. Nothing is sent on days off.
"""

from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from calendar_rules.vietnamese import format_day
from dondoc.clock import utc_now
from flows.deliver import send_queued
from flows.runtime import resolve_day, run_name, store


def _digest_run_name() -> str:
    return run_name("digest")


@task(name="queue-digests", retries=3, retry_delay_seconds=[10, 60, 300])
def queue_weekly_digests(day_iso: str) -> dict[str, object]:
    from dondoc.chase.digest import queue_digests
    from dondoc.history.checkpoints import anchor_line, latest_checkpoint

    settings, engine = store()
    report = queue_digests(
        engine,
        today=dt.date.fromisoformat(day_iso),
        at=utc_now(),
        actor="flow:digest",
        base_url=settings.base_url,
        anchor=anchor_line(latest_checkpoint(settings)),
    )
    return {
        "week": report.week,
        "committees": report.committees,
        "queued": report.queued,
        "already_queued": report.planned - report.queued,
        "without_channel": len(report.without_channel),
    }


@flow(name="digest", flow_run_name=_digest_run_name, log_prints=True)
def digest(day: dt.date | str | None = None, respect_quiet_hours: bool = True) -> dict[str, object]:
    """The weekly digest of every committee.

    Args:
        day: Ngày gửi, dạng dd/mm/yyyy (yyyy-mm-dd cũng được). Bỏ trống: ngày theo giờ dự kiến của lần chạy (giờ Asia/Ho_Chi_Minh).
        respect_quiet_hours: Chỉ gửi trong giờ làm việc của ngày làm việc.
    """
    from dondoc.workcal import working_calendar

    the_day = resolve_day(day)
    settings, _ = store()
    if working_calendar(settings).is_day_off(the_day):
        get_run_logger().info("Ngày %s là ngày nghỉ: không gửi bản tổng hợp.", format_day(the_day))
        return {"day_off": 1}
    counts: dict[str, object] = dict(queue_weekly_digests(the_day.isoformat()))
    counts.update({f"sent_{k}": v for k, v in send_queued(respect_quiet_hours=respect_quiet_hours).items()})
    create_table_artifact(
        key="digest-summary",
        table=[{"chỉ số": k, "giá trị": v} for k, v in counts.items()],
        description=f"Tổng hợp tuần {counts['week']} (ngày {format_day(the_day)})",
    )
    return counts

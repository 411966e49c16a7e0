"""``deliver-outbox``: send what the outbox holds (also the last step of ``chase``)."""

from __future__ import annotations

from prefect import flow, get_run_logger, task

from dondoc.outbox.sending import send_now
from dondoc.schedules import SEND_LIMITS
from flows.runtime import store

_COUNTS = ("sent", "retried", "failed", "recovered")
"""The counts of a run's ``DeliveryReport`` the task returns (``chase`` and ``digest`` add them as ``sent_*``)."""


@task(name="send-queued-messages", retries=3, retry_delay_seconds=[10, 60, 300])
def send_queued(inflight: int = 20, limit: int | None = None, respect_quiet_hours: bool = True) -> dict[str, int]:
    """One batch run of the outbox; safe to retry (claims are conditional, marks idempotent)."""
    from prefect.concurrency.sync import concurrency

    settings, engine = store()
    logger = get_run_logger()
    # Operators cap how many senders talk to each provider at once with the Prefect global
    # concurrency limits of these names, created when the deployments are registered
    # (`prefect gcl update dondoc-send-zalo --limit 1`).
    with concurrency(list(SEND_LIMITS), occupy=1, strict=False):
        report = send_now(
            settings,
            engine,
            actor="flow:deliver-outbox",
            inflight=inflight,
            limit=limit,
            respect_quiet_hours=respect_quiet_hours,
        )
    if report is None:
        logger.info("Ngoài giờ gửi tin: các tin vẫn chờ trong hộp thư đi.")
        return {**dict.fromkeys(_COUNTS, 0), "quiet_hours": 1}
    log = logger.warning if report.failed else logger.info
    log(
        "Hộp thư đi: %d tin đã gửi, %d tin sẽ gửi lại, %d tin lỗi, %d tin nhận lại sau khi treo.",
        report.sent,
        report.retried,
        report.failed,
        report.recovered,
    )
    return {**report.counts(*_COUNTS), "quiet_hours": 0}


@flow(name="deliver-outbox", log_prints=True)
def deliver_outbox(inflight: int = 20, limit: int | None = None, respect_quiet_hours: bool = True) -> dict[str, int]:
    """Send the queued messages and those whose retry time has come.

    Args:
        inflight: Số tin nhận gửi một lượt (ít nhất 1).
        limit: Gửi nhiều nhất bấy nhiêu tin trong lần chạy này; bỏ trống: tất cả.
        respect_quiet_hours: Chỉ gửi trong giờ làm việc của ngày làm việc.
    """
    return send_queued(inflight=inflight, limit=limit, respect_quiet_hours=respect_quiet_hours)

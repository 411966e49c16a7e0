"""``deliver-outbox``: send what the outbox holds (also the last step of ``chase``)."""

from __future__ import annotations

from prefect import flow, get_run_logger, task

from dondoc.outbox.sending import send_now
from flows.runtime import store

SEND_LIMITS = ("dondoc-send-email", "dondoc-send-telegram", "dondoc-send-zalo")


@task(name="send-queued-messages", retries=3, retry_delay_seconds=[10, 60, 300])
def send_queued(inflight: int = 20, limit: int | None = None, respect_quiet_hours: bool = True) -> dict[str, int]:
    """One batch run of the outbox; safe to retry (claims are conditional, marks idempotent)."""
    from prefect.concurrency.sync import concurrency

    settings, engine = store()
    # Operators cap how many senders talk to each provider at once with Prefect global
    # concurrency limits of these names (`prefect gcl create dondoc-send-zalo --limit 1`);
    # without such limits this is a no-op (strict=False).
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
        get_run_logger().info("Ngoài giờ gửi tin: các tin vẫn chờ trong hộp thư đi.")
        return {"sent": 0, "retried": 0, "failed": 0, "recovered": 0, "quiet_hours": 1}
    return {
        "sent": report.sent,
        "retried": report.retried,
        "failed": report.failed,
        "recovered": report.recovered,
        "quiet_hours": 0,
    }


@flow(name="deliver-outbox", log_prints=True)
def deliver_outbox(inflight: int = 20, limit: int | None = None, respect_quiet_hours: bool = True) -> dict[str, int]:
    return send_queued(inflight=inflight, limit=limit, respect_quiet_hours=respect_quiet_hours)

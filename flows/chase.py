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
from collections import Counter
from typing import TYPE_CHECKING, cast

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from calendar_rules.vietnamese import format_day
from dondoc.clock import utc_now
from flows.deliver import send_queued
from flows.partitions import list_partitions
from flows.runtime import partition_task, resolve_day, run_name, store

if TYPE_CHECKING:
    from prefect.client.schemas.objects import FlowRun

_COUNTS = ("rows_read", "due_steps", "queued", "already_queued", "skipped")


def _chase_run_name() -> str:
    return run_name("chase")


@partition_task("decide-and-queue", "decide-and-queue-{org_root}", tag="dondoc-chase")
def decide_and_queue(
    day_iso: str, org_root: str | None = None, org_exact: bool = False, escalations: bool | None = None
) -> dict[str, int]:
    """Decide and queue one subtree (``org_root``), or the whole tree; ``escalations`` picks the
    steps of a partitioned run (``dondoc.chase.run.run_chase``)."""
    from dondoc.chase.board import TEMPLATE_LABELS
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
        catch_up_days=settings.chase_catch_up_days,
        escalations=escalations,
    )
    decided = Counter(c.step.template for c in run.found.candidates)
    get_run_logger().info(
        "Nhánh %s, ngày %s: %d bước đến hạn (%s); %d tin mới vào hộp thư đi, %d tin đã có, %d bỏ qua.",
        org_root or "toàn cây",
        format_day(dt.date.fromisoformat(day_iso)),
        len(run.found.candidates),
        ", ".join(f"{TEMPLATE_LABELS.get(t, t)}: {n}" for t, n in sorted(decided.items())) or "không có",
        run.report.queued,
        run.report.already_queued,
        len(run.report.skipped),
    )
    return {
        **{f"decided_{t}": n for t, n in decided.items()},
        "rows_read": run.found.rows_read,
        "due_steps": len(run.found.candidates),
        **run.report.counts("queued", "already_queued"),
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
        table=summary_rows(counts) + tally,
        description=f"Đôn đốc ngày {format_day(day)}" + (" (chạy thử: chưa gửi)" if dry_run else ""),
    )
    for committee_id, (name, rows, total) in boards.items():
        create_table_artifact(
            key=board_key(committee_id),
            table=rows or [{"đơn vị": "(không có kỳ báo cáo quá hạn)"}],
            description=f"Bảng quá hạn — {name}, ngày {format_day(day)}: {total} kỳ báo cáo quá hạn chưa hoàn thành"
            + (f" (hiện {len(rows)} kỳ quá hạn lâu nhất)" if total > len(rows) else ""),
        )
    return len(boards)


def summary_rows(counts: dict[str, int]) -> list[dict[str, object]]:
    """What was decided, per kind, in the words of the artifact's other rows (the messages
    queued, sent and failed per kind come from ``day_tally``)."""
    from dondoc.chase.board import TEMPLATE_LABELS

    rows: list[dict[str, object]] = [
        {"loại tin": TEMPLATE_LABELS.get(key.removeprefix("decided_"), key), "kết quả": "đến hạn hôm nay", "số tin": n}
        for key, n in sorted(counts.items())
        if key.startswith("decided_")
    ]
    if counts.get("already_queued"):
        rows.append({"loại tin": "mọi loại", "kết quả": "đã xếp từ lần chạy trước", "số tin": counts["already_queued"]})
    if counts.get("skipped"):
        rows.append(
            {"loại tin": "mọi loại", "kết quả": "không gửi được (thiếu kênh liên lạc)", "số tin": counts["skipped"]}
        )
    if counts.get("partitions_unfinished"):
        rows.append(
            {"loại tin": "mọi loại", "kết quả": "nhánh chưa chạy xong", "số tin": counts["partitions_unfinished"]}
        )
    return rows


def _dispatch(
    deployment: str,
    day: dt.date,
    partitions: list[dict[str, object]],
    dry_run: bool,
    respect_quiet_hours: bool,
    timeout_s: float,
) -> dict[str, int]:
    """One run of ``deployment`` per partition, picked up by any worker of its pool; wait for all."""
    import time

    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment

    # Each pool run chases its whole subtree, escalations included: a committee above several
    # subtrees then gets one escalation message per subtree (the in-process path splits them).
    passes = partitions
    runs = [
        cast(
            "FlowRun",
            run_deployment(
                deployment,
                parameters={
                    "day": day.isoformat(),
                    "org_root": p["unit_id"],
                    "org_exact": p["exact"],
                    "dry_run": dry_run,
                    "respect_quiet_hours": respect_quiet_hours,
                },
                timeout=0,
                flow_run_name=f"chase-{day.isoformat()}-{p['unit_id']}",
            ),
        )
        for p in passes
    ]
    deadline = time.monotonic() + timeout_s
    states: dict[str, str] = {}
    with get_client(sync_client=True) as client:
        while True:
            for run in runs:
                if str(run.id) not in states or states[str(run.id)] not in (
                    "COMPLETED",
                    "FAILED",
                    "CRASHED",
                    "CANCELLED",
                ):
                    states[str(run.id)] = client.read_flow_run(run.id).state_type.value  # type: ignore[union-attr]
            if (
                all(v in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") for v in states.values())
                or time.monotonic() > deadline
            ):
                break
            time.sleep(2)
    done = sum(1 for v in states.values() if v == "COMPLETED")
    return {"partitions": len(runs), "partitions_completed": done, "partitions_unfinished": len(runs) - done}


@flow(name="chase", flow_run_name=_chase_run_name, log_prints=True)
def chase(
    day: dt.date | str | None = None,
    dry_run: bool = False,
    org_root: str | None = None,
    respect_quiet_hours: bool = True,
    org_exact: bool = False,
    partition_deployment: str | None = None,
    partition_timeout_s: float = 3600,
    escalations: bool | None = None,
) -> dict[str, int]:
    """One working day of chasing.

    Without ``org_root`` the day is split into the tree's partitions. By default
    they run as concurrent tasks of this flow run; with ``partition_deployment``
    (e.g. ``chase/chase-daily`` on a work pool) each partition becomes its own
    run of that deployment, so every worker of the pool takes a share. Senders
    running side by side never send the same message: a message is claimed by a
    conditional update before it is sent.

    Args:
        day: Ngày đôn đốc, dạng dd/mm/yyyy (yyyy-mm-dd cũng được). Bỏ trống: ngày theo giờ dự kiến của lần chạy (giờ Asia/Ho_Chi_Minh).
        dry_run: Chỉ quyết định và xếp tin, không gửi.
        org_root: Chỉ nhánh dưới đơn vị này (mã đơn vị); bỏ trống: cả cây, chia theo nhánh.
        respect_quiet_hours: Chỉ gửi trong giờ làm việc của ngày làm việc.
        org_exact: Chỉ đúng đơn vị org_root, không gồm các đơn vị dưới nó.
        partition_deployment: Deployment chạy từng nhánh thành một lần chạy riêng (ví dụ chase/chase-daily trên work pool).
        partition_timeout_s: Thời gian chờ tối đa (giây) cho các nhánh khi chạy riêng.
        escalations: Khi chia nhánh: False chỉ các bước nhắc của chính nhánh, True chỉ các bước báo cấp trên (cả cây); bỏ trống: tất cả.
    """
    from dondoc.workcal import working_calendar

    the_day = resolve_day(day)
    settings, _ = store()
    logger = get_run_logger()
    if working_calendar(settings).is_day_off(the_day):
        logger.info("Ngày %s là ngày nghỉ: không nhắc việc.", format_day(the_day))
        return {"day_off": 1}
    since = utc_now()
    if org_root is None and partition_deployment:
        counts = _dispatch(
            partition_deployment, the_day, list_partitions(), dry_run, respect_quiet_hours, partition_timeout_s
        )
        counts["boards"] = publish_boards(the_day.isoformat(), since.isoformat(), dict(counts), dry_run)
        return counts
    if org_root is not None or escalations is not None:
        results = [decide_and_queue(the_day.isoformat(), org_root, org_exact, escalations)]
    else:
        # each subtree queues the steps to its own units; one whole-tree pass queues every escalation,
        # so a committee above several subtrees still gets one escalation message listing them all
        partitions = list_partitions()
        results = decide_and_queue.map(
            [the_day.isoformat()] * len(partitions),
            [str(p["unit_id"]) for p in partitions],
            [bool(p["exact"]) for p in partitions],
            [False] * len(partitions),
        ).result()
        results.append(
            decide_and_queue.with_options(task_run_name="decide-and-queue-escalations")(
                the_day.isoformat(), None, False, True
            )
        )
    keys = sorted({key for r in results for key in r} | set(_COUNTS))
    counts = {key: sum(r.get(key, 0) for r in results) for key in keys}
    counts["partitions"] = len(partitions) if org_root is None and escalations is None else len(results)
    if not dry_run:
        counts.update({f"sent_{k}": v for k, v in send_queued(respect_quiet_hours=respect_quiet_hours).items()})
    counts["boards"] = publish_boards(the_day.isoformat(), since.isoformat(), dict(counts), dry_run)
    return counts

"""``expand-calendars`` (daily 06:00 Asia/Ho_Chi_Minh): keep occurrences materialised for the window.

Thin: one Prefect task per partition of the tree (dondoc.org.partitions), each a
set-based ``materialise`` of that subtree; the window slides with ``today``
(one year back, two years ahead). Idempotent: a re-run adds nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from prefect import flow
from prefect.artifacts import create_table_artifact

from calendar_rules.vietnamese import format_day
from dondoc.clock import utc_now
from flows.partitions import list_partitions
from flows.runtime import partition_task, resolve_day, run_name, store

_COUNTS = {
    "wanted": "kỳ báo cáo",
    "inserted": "thêm",
    "rescheduled": "dời hạn",
    "reopened": "mở lại",
    "cancelled": "hủy",
}
"""The counts of a partition's ``ExpandReport`` the flow returns and sums, with their column in the summary."""


def _expand_run_name() -> str:
    return run_name("expand")


@partition_task("expand-partition", "expand-{partition[unit_id]}", tag="dondoc-expand")
def expand_partition(partition: dict[str, object], today_iso: str) -> dict[str, object]:
    from dondoc.plans.materialise import materialise
    from dondoc.workcal import working_calendar

    settings, engine = store()
    report = materialise(
        engine,
        today=dt.date.fromisoformat(today_iso),
        calendar=working_calendar(settings),
        at=utc_now(),
        actor="flow:expand-calendars",
        path_prefix=str(partition["prefix"]),
        path_exact=bool(partition["exact"]),
    )
    return {"partition": partition["unit_id"], **report.counts(*_COUNTS)}


@flow(name="expand-calendars", flow_run_name=_expand_run_name, log_prints=True)
def expand_calendars(day: dt.date | str | None = None) -> dict[str, int]:
    """Materialise every partition for the window around the day (one year back, two ahead).

    Args:
        day: Ngày tính là hôm nay, dạng dd/mm/yyyy (yyyy-mm-dd cũng được); các kỳ trước ngày này không bị sửa. Bỏ trống: ngày theo giờ dự kiến của lần chạy (giờ Asia/Ho_Chi_Minh).
    """
    the_day = resolve_day(day)
    partitions = list_partitions()
    results = expand_partition.map(partitions, today_iso=the_day.isoformat()).result()
    totals = {key: sum(cast(int, r[key]) for r in results) for key in _COUNTS}
    totals["partitions"] = len(results)
    create_table_artifact(
        key="expand-summary",
        table=[{"nhánh": r["partition"], **{heading: r[key] for key, heading in _COUNTS.items()}} for r in results],
        description=f"Lập kỳ báo cáo ngày {format_day(the_day)}: {totals['inserted']} kỳ mới, {totals['cancelled']} kỳ hủy, {len(results)} nhánh",
    )
    return totals

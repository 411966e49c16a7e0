"""``dondoc doctor``'s view of Prefect: are the deployments registered, is a run
coming for each, and did the last chase and expand finish?

A schedule that never fires is the failure an operator finds out about weeks
later, so a deployment without an upcoming scheduled run is an error, and so is
a last chase or expand that failed or crashed. Reads only ``dondoc.schedules``
(never the flows themselves).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from calendar_rules.vietnamese import format_local_time
from dondoc.schedules import SPECS

_UNFINISHED = ("FAILED", "CRASHED", "CANCELLED")


def expected_deployments() -> tuple[str, ...]:
    """``flow/deployment`` names that ``dondoc serve`` registers."""
    return tuple(spec.full_name for spec in SPECS)


def first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def next_runs(client: Any, deployment_ids: dict[str, Any], now: dt.datetime) -> dict[str, dt.datetime | None]:
    """For each deployment, when its next SCHEDULED run is expected (None: no run is coming)."""
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterExpectedStartTime,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort

    upcoming: dict[str, dt.datetime | None] = {}
    for name, deployment_id in deployment_ids.items():
        runs = client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
            flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED])),
                expected_start_time=FlowRunFilterExpectedStartTime.model_validate({"after_": now}),
            ),
            sort=FlowRunSort.EXPECTED_START_TIME_ASC,
            limit=1,
        )
        upcoming[name] = runs[0].expected_start_time if runs else None
    return upcoming


def last_runs(client: Any, flow_name: str) -> tuple[Any | None, Any | None]:
    """The flow's last run that has started, and its last completed run."""
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterStartTime,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort

    flows = FlowFilter(name=FlowFilterName(any_=[flow_name]))
    started = client.read_flow_runs(
        flow_filter=flows,
        flow_run_filter=FlowRunFilter(start_time=FlowRunFilterStartTime(is_null_=False)),
        sort=FlowRunSort.START_TIME_DESC,
        limit=1,
    )
    completed = client.read_flow_runs(
        flow_filter=flows,
        flow_run_filter=FlowRunFilter(
            state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))
        ),
        sort=FlowRunSort.END_TIME_DESC,
        limit=1,
    )
    return (started[0] if started else None), (completed[0] if completed else None)


def last_run_finding(flow_name: str, last: Any | None, completed: Any | None) -> tuple[bool, str]:
    """(ok, Vietnamese detail) for a flow's last run."""
    finished = (
        f"lần hoàn thành gần nhất {format_local_time(completed.end_time)} (giờ Việt Nam)"
        if completed is not None and completed.end_time is not None
        else "chưa hoàn thành lần nào"
    )
    if last is None:
        return True, f"{flow_name}: chưa chạy lần nào"
    state = last.state_type.value if last.state_type is not None else "?"
    if state in _UNFINISHED:
        began = format_local_time(last.start_time) if last.start_time else "?"
        return False, f"{flow_name}: lần chạy {last.name} (bắt đầu {began}) không hoàn thành ({state}); {finished}"
    return True, f"{flow_name}: {finished}"

"""The scheduled deployments of dondoc, in Asia/Ho_Chi_Minh.

| deployment                      | schedule                 | what it does |
|---------------------------------|--------------------------|--------------|
| expand-calendars/expand-daily   | daily 06:00              | keeps occurrences materialised for the window (one year back, two ahead), per subtree |
| chase/chase-daily               | daily 07:30              | decides due steps, queues and sends reminders/escalations (nothing on days off) |
| digest/digest-weekly            | Monday 07:00             | each committee gets the state of the units under it |
| deliver-outbox/deliver-retries  | every 15 min, 7–17h, Mon–Sat | sends queued messages and those whose retry time has come (quiet hours respected) |
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TIMEZONE = "Asia/Ho_Chi_Minh"


@dataclass(frozen=True)
class DeploymentSpec:
    flow_path: str  # module:function
    name: str
    cron: str
    parameters: dict[str, Any]
    description: str


SPECS: tuple[DeploymentSpec, ...] = (
    DeploymentSpec(
        "flows.expand:expand_calendars",
        "expand-daily",
        "0 6 * * *",
        {},
        "Lập và cập nhật các kỳ báo cáo trong khoảng một năm trước đến hai năm tới, theo từng nhánh của cây tổ chức.",
    ),
    DeploymentSpec(
        "flows.chase:chase",
        "chase-daily",
        "30 7 * * *",
        {"dry_run": False},
        "Nhắc việc, báo quá hạn và báo cáo cấp trên theo chính sách; không gửi vào ngày nghỉ.",
    ),
    DeploymentSpec(
        "flows.digest:digest",
        "digest-weekly",
        "0 7 * * 1",
        {"respect_quiet_hours": True},
        "Mỗi sáng thứ Hai: gửi mỗi cấp ủy bản tổng hợp tình hình báo cáo của các đơn vị trực thuộc.",
    ),
    DeploymentSpec(
        "flows.deliver:deliver_outbox",
        "deliver-retries",
        "*/15 7-17 * * 1-6",
        {"respect_quiet_hours": True},
        "Gửi các tin đang chờ và các tin đến hạn gửi lại.",
    ),
)


def _load(path: str):  # type: ignore[no-untyped-def]
    import importlib

    module, attribute = path.split(":")
    return getattr(importlib.import_module(module), attribute)


def runner_deployments() -> list[Any]:
    """RunnerDeployments for ``prefect.serve`` (process-local workers)."""
    from prefect.schedules import Cron

    return [
        _load(spec.flow_path).to_deployment(
            name=spec.name,
            schedules=[Cron(spec.cron, timezone=TIMEZONE)],
            parameters=spec.parameters,
            description=spec.description,
            tags=["dondoc"],
        )
        for spec in SPECS
    ]


REPO_ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]


def deploy_to_pool(pool: str) -> list[str]:
    """Register the deployments on a work pool, so that any number of workers
    (``prefect worker start --pool POOL``, on this or other machines that have
    this repository and its .venv) pick their runs up. Returns their ids."""
    from prefect import flow as prefect_flow
    from prefect.schedules import Cron

    ids = []
    for spec in SPECS:
        module, function = spec.flow_path.split(":")
        entrypoint = f"{module.replace('.', '/')}.py:{function}"
        source = prefect_flow.from_source(source=str(REPO_ROOT), entrypoint=entrypoint)
        parameters = dict(spec.parameters)
        if spec.flow_path == "flows.chase:chase":
            # on a pool, the daily chase fans its partitions out as runs of itself: every worker takes a share
            parameters["partition_deployment"] = f"chase/{spec.name}"
        # (Flow.deploy() asks the server for online workers with a request Prefect 3.8.8's own server
        # refuses (null limit); RunnerDeployment.apply() registers the same deployment without it.)
        deployment = source.to_deployment(
            name=spec.name,
            schedules=[Cron(spec.cron, timezone=TIMEZONE)],
            parameters=parameters,
            description=spec.description,
            tags=["dondoc"],
        )
        ids.append(str(deployment.apply(work_pool_name=pool)))
    return ids

"""Prefect deployments of the schedules in ``dondoc.schedules`` (the table is there).

Registering them also creates the senders' global concurrency limits when they
are missing, so that no run logs that a limit does not exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from calendar_rules.vietnamese import TIMEZONE
from dondoc.schedules import SEND_LIMIT_DEFAULT, SEND_LIMITS, SPECS, DeploymentSpec
from flows.chase import chase
from flows.deliver import deliver_outbox
from flows.digest import digest
from flows.expand import expand_calendars

REPO_ROOT = Path(__file__).resolve().parents[1]

FLOWS: dict[str, Any] = {
    "flows.expand:expand_calendars": expand_calendars,
    "flows.chase:chase": chase,
    "flows.digest:digest": digest,
    "flows.deliver:deliver_outbox": deliver_outbox,
}


def ensure_send_limits() -> list[str]:
    """Create the senders' global concurrency limits that do not exist yet; an operator's own
    limits are left as they are. Returns the names created."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    created = []
    with get_client(sync_client=True) as client:
        for name in SEND_LIMITS:
            try:
                client.read_global_concurrency_limit_by_name(name)
            except ObjectNotFound:
                client.create_global_concurrency_limit(
                    GlobalConcurrencyLimitCreate(name=name, limit=SEND_LIMIT_DEFAULT)
                )
                created.append(name)
    return created


def _options(spec: DeploymentSpec) -> dict[str, Any]:
    from prefect.schedules import Cron

    return {
        "name": spec.name,
        "schedules": [Cron(spec.cron, timezone=TIMEZONE)],
        "description": spec.description,
        "tags": ["dondoc"],
    }


def runner_deployments() -> list[Any]:
    """RunnerDeployments for ``prefect.serve`` (process-local workers)."""
    ensure_send_limits()
    return [FLOWS[spec.flow_path].to_deployment(parameters=spec.parameters, **_options(spec)) for spec in SPECS]


def deploy_to_pool(pool: str) -> list[str]:
    """Register the deployments on a work pool, so that any number of workers
    (``prefect worker start --pool POOL``, on this or other machines that have
    this repository and its .venv) pick their runs up. Returns their ids."""
    from prefect import flow as prefect_flow

    ensure_send_limits()
    ids = []
    for spec in SPECS:
        module, function = spec.flow_path.split(":")
        entrypoint = f"{module.replace('.', '/')}.py:{function}"
        source = cast(Any, prefect_flow.from_source(source=str(REPO_ROOT), entrypoint=entrypoint))  # sync here
        parameters = dict(spec.parameters)
        if spec.flow_path == "flows.chase:chase":
            # on a pool, the daily chase fans its partitions out as runs of itself: every worker takes a share
            parameters["partition_deployment"] = spec.full_name
        # RunnerDeployment.apply() registers the same deployment as Flow.deploy() (which works
        # again with Prefect 3.9.1 and FastAPI 0.150) without its image build/push steps and
        # next-steps printout, which a source on this machine's disk does not need.
        deployment = source.to_deployment(parameters=parameters, **_options(spec))
        ids.append(str(deployment.apply(work_pool_name=pool)))
    return ids

"""The tree's partitions as a Prefect task, shared by the flows that fan out per subtree."""

from __future__ import annotations

from prefect import task

from flows.runtime import store


@task(name="list-partitions", retries=2, retry_delay_seconds=10)
def list_partitions() -> list[dict[str, object]]:
    from sqlmodel import Session

    from dondoc.org.partitions import tree_partitions

    _, engine = store()
    with Session(engine) as session:
        return [{"unit_id": p.unit_id, "prefix": p.prefix, "exact": p.exact} for p in tree_partitions(session)]

"""expand-calendars, digest and the chase flow's artifacts on a real Prefect test server, on both stores."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from dondoc.db.models import Message, Occurrence
from dondoc.org.importer import import_tree
from dondoc.org.registry import load_org_file
from dondoc.plans.importer import import_plan
from dondoc.plans.plan_file import load_plan_file
from tests.support.paths import EXAMPLES
from tests.support.stores import Store

AT = dt.datetime(2023, 1, 2, 1, tzinfo=dt.UTC)


@pytest.fixture
def seeded(flow_env: Path, store: Store) -> Path:
    """The example tree and the three example plans, imported but not expanded."""
    with Session(store.engine) as session:
        import_tree(session, load_org_file(EXAMPLES / "org_tree.yaml"), at=AT, actor="test")
        for path in sorted((EXAMPLES / "plans").glob("*.yaml")):
            import_plan(session, load_plan_file(path), at=AT, actor="test")
        session.commit()
    return flow_env


def _occurrences(store: Store) -> int:
    with Session(store.engine) as session:
        return session.exec(select(func.count()).select_from(Occurrence)).one()


def test_expand_calendars_materialises_every_partition_once_and_a_rerun_adds_nothing(
    seeded: Path, store: Store
) -> None:
    from flows.expand import expand_calendars

    first = expand_calendars(day=dt.date(2023, 1, 10))
    assert first["partitions"] == 6  # Tỉnh ủy itself, then its 5 direct children's subtrees
    assert first["inserted"] == first["wanted"] == _occurrences(store) > 1000
    second = expand_calendars(day=dt.date(2023, 1, 10))
    assert second["inserted"] == second["cancelled"] == second["rescheduled"] == second["reopened"] == 0
    assert _occurrences(store) == first["inserted"]


def test_digest_gives_each_committee_the_state_of_the_units_under_it_once_a_week(seeded: Path, store: Store) -> None:
    from flows.digest import digest
    from flows.expand import expand_calendars

    expand_calendars(day=dt.date(2023, 1, 2))
    monday = dt.date(2023, 7, 3)
    result = digest(day=monday, respect_quiet_hours=False)
    assert result["week"] == "2023-W27" and result["queued"] > 0 and result["sent_sent"] == result["queued"]
    with Session(store.engine) as session:
        digests = session.exec(select(Message).where(Message.template == "digest")).all()
    recipients = {m.recipient_id for m in digests}
    # committees with units under them get one; a unit with nothing under it does not
    assert {"thi-uy-duc-pho", "tinh-uy-quang-ngai", "dang-uy-khoi-cq-tinh"} <= recipients
    assert "dang-uy-xa-pho-an" not in recipients
    thi_uy = next(m for m in digests if m.recipient_id == "thi-uy-duc-pho")
    assert "Tổng hợp tình hình báo cáo tuần" in thi_uy.body_text and "QUÁ HẠN" in thi_uy.body_text
    assert "Đảng ủy Khối" not in thi_uy.body_text  # only its own units
    # the top committee's digest carries the audit chain's anchor, so it also leaves the server
    from dondoc.history.checkpoints import read_checkpoints
    from dondoc.settings import get_settings

    top = next(m for m in digests if m.recipient_id == "tinh-uy-quang-ngai")
    heads = [line.checkpoint.head_hash for line in read_checkpoints(get_settings()) if line.checkpoint is not None]
    assert "Mốc kiểm toán lịch sử" in top.body_text and any(head in top.body_text for head in heads)
    assert "Mốc kiểm toán" not in thi_uy.body_text
    files = [json.loads(p.read_text(encoding="utf-8")) for p in (seeded / "folder").rglob("*.json")]
    assert len(files) == len(digests)
    again = digest(day=monday + dt.timedelta(days=2), respect_quiet_hours=False)  # same ISO week
    assert again["queued"] == 0 and again["already_queued"] == result["queued"]


def test_chase_publishes_a_summary_and_a_keyed_overdue_board_per_top_committee(seeded: Path, store: Store) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactCollectionFilter,
        ArtifactCollectionFilterKey,
        FlowRunFilter,
    )
    from prefect.client.schemas.sorting import ArtifactCollectionSort

    from dondoc.chase.board import board_key
    from flows.chase import chase
    from flows.expand import expand_calendars

    expand_calendars(day=dt.date(2023, 1, 2))
    day = dt.date(2023, 7, 11)  # Q2 reports (due 30/06) are 7 working days late: escalation to the level above
    counts = chase(day=day, respect_quiet_hours=False)
    assert counts["partitions"] == 6 and counts["boards"] == 5 and counts["due_steps"] > 0
    keys = [board_key(c) for c in ("thi-uy-duc-pho", "dang-uy-khoi-cq-tinh", "btg-tinh-uy-quang-ngai")] + [
        "chase-summary"
    ]
    with get_client(sync_client=True) as client:
        collections = client.read_latest_artifacts(
            artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=keys)),
            limit=50,
            sort=ArtifactCollectionSort.KEY_ASC,
        )
        latest = {a.key: a for a in collections}
    assert set(latest) == set(keys)
    board = latest[board_key("thi-uy-duc-pho")]
    assert "11/07/2023" in (board.description or "") and "quá hạn" in (board.description or "")
    rows = json.loads(board.data) if isinstance(board.data, str) else board.data
    assert rows and all("đơn vị" in r for r in rows)
    assert all(r["quá hạn (ngày)"] > 0 for r in rows if "quá hạn (ngày)" in r)
    assert "Khối" not in " ".join(str(r.get("đơn vị")) for r in rows)
    summary = latest["chase-summary"]
    summary_rows = json.loads(summary.data) if isinstance(summary.data, str) else summary.data
    assert any(r["kết quả"] == "đã gửi" and r["số tin"] > 0 for r in summary_rows)
    # Vietnamese rows per kind, not the flow's internal counters
    assert any(r["loại tin"] == "báo cấp trên" and r["kết quả"] == "đến hạn hôm nay" for r in summary_rows)
    internal = {"rows_read", "partitions", "due_steps", "boards", "(quyết định)"}
    assert not [r for r in summary_rows if internal & {str(r["loại tin"]), str(r["kết quả"])}], summary_rows
    wanted = {"decide-and-queue-thi-uy-duc-pho", "decide-and-queue-tinh-uy-quang-ngai"}
    deadline = time.monotonic() + 30  # task runs reach the API through events, a little later
    with get_client(sync_client=True) as client:
        [run] = client.read_flow_runs(flow_run_filter=FlowRunFilter(id={"any_": [summary.flow_run_id]}))
        while True:
            tasks = {t.name for t in client.read_task_runs(flow_run_filter=FlowRunFilter(id={"any_": [run.id]}))}
            if wanted <= tasks or time.monotonic() > deadline:
                break
            time.sleep(1)
    assert run.name == "chase-2023-07-11"  # a flow run is named by its day
    assert wanted <= tasks, tasks


def test_a_partitioned_chase_run_gives_each_recipient_one_message_per_kind_and_channel(
    seeded: Path, store: Store
) -> None:
    """The flow splits the tree into subtrees; a committee above several of them (the Tỉnh ủy, its
    boards) still gets one escalation message listing the late units of all of them."""
    from collections import Counter

    from dondoc.db.models import HistoryEvent
    from flows.chase import chase
    from flows.expand import expand_calendars

    expand_calendars(day=dt.date(2023, 1, 2))
    counts = chase(day=dt.date(2023, 7, 11), respect_quiet_hours=False)
    assert counts["partitions"] == 6 and counts["queued"] > 0
    with Session(store.engine) as session:
        messages = session.exec(select(Message).where(Message.template != "digest")).all()
        escalated = session.exec(select(HistoryEvent).where(HistoryEvent.kind == "escalation")).all()
    per_recipient = Counter((m.recipient_id, m.step.split(":")[0], m.channel_id) for m in messages)
    assert per_recipient and max(per_recipient.values()) == 1, per_recipient.most_common(3)
    # some committee was escalated to about units of several subtrees, and got one message per channel
    from dondoc.db.models import Committee

    with Session(store.engine) as session:
        paths = {c.id: c.path for c in session.exec(select(Committee)).all()}
        assignee_of = {o.id: o.assignee_id for o in session.exec(select(Occurrence)).all()}
    branches: dict[str, set[str]] = {}
    for event in escalated:
        branch = paths[assignee_of[event.occurrence_id]].strip("/").split("/")[:2][-1]
        branches.setdefault(str(event.committee_id), set()).add(branch)
    across = [unit for unit, seen in branches.items() if len(seen) >= 2]
    assert across, branches
    for unit in across:
        escalation_messages = Counter(
            m.channel_id for m in messages if m.recipient_id == unit and m.step.startswith("escalation")
        )
        assert escalation_messages and set(escalation_messages.values()) == {1}

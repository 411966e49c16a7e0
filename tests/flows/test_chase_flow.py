"""The chase flow on a real Prefect test server: remind, then escalate, each message once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlmodel import Session

from dondoc.db.models import Task, TaskAssignee
from dondoc.org.importer import import_tree
from dondoc.org.registry import load_org_file
from tests.support.paths import EXAMPLES
from tests.support.rows import occurrence_row, plan_row
from tests.support.stores import Store

DUE = dt.date(2023, 6, 30)  # Friday


def _seed(store: Store) -> None:
    at = dt.datetime(2023, 1, 9, tzinfo=dt.UTC)
    with Session(store.engine) as session:
        import_tree(session, load_org_file(EXAMPLES / "org_tree.yaml"), at=at, actor="test")
        title = "Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023"
        session.add(plan_row("91-kh-tu", at, title=title))
        session.flush()
        task = Task(
            plan_id="91-kh-tu",
            code="II.3",
            title="Báo cáo sơ kết 6 tháng",
            rule="end 2023-Q2",
            report_to_id="thi-uy-duc-pho",
            policy="default",
        )
        session.add(task)
        session.flush()
        session.add(TaskAssignee(task_id=task.id, committee_id="dang-uy-xa-pho-an"))
        session.add(occurrence_row(task.id, "dang-uy-xa-pho-an", DUE, at))
        session.commit()


def _outbox_files(home: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((home / "outbox").rglob("*.json"))]


def test_chase_flow_reminds_then_escalates_and_reruns_send_nothing_new(flow_env: Path, store: Store) -> None:
    from flows.chase import chase

    home = flow_env
    _seed(store)

    reminder = chase(day=DUE - dt.timedelta(days=7), respect_quiet_hours=False)
    assert reminder["queued"] == 1 and reminder["sent_sent"] == 1
    [message] = _outbox_files(home)
    assert "dang-uy-xa-pho-an" in str(message)

    again = chase(day=DUE - dt.timedelta(days=7), respect_quiet_hours=False)
    assert again["queued"] == 0 and again["sent_sent"] == 0
    assert len(_outbox_files(home)) == 1

    # +3 working days after Friday 30/6 is Wednesday 5/7: escalation to the report_to committee
    escalation = chase(day=dt.date(2023, 7, 5), respect_quiet_hours=False)
    assert escalation["queued"] >= 1
    assert any("thi-uy-duc-pho" in str(m) for m in _outbox_files(home))

    assert chase(day=dt.date(2023, 7, 1), respect_quiet_hours=False) == {"day_off": 1}  # a Saturday


def test_chase_cli_runs_the_same_logic_once(cli, store: Store) -> None:  # type: ignore[no-untyped-def]
    _seed(store)
    dry = cli("chase", "--today", (DUE - dt.timedelta(days=1)).isoformat(), "--dry-run")
    assert dry.code == 0, dry.stderr
    # a dry run says what it would send and writes nothing, so the real run queues it
    assert "sẽ gửi 1 tin" in dry.stdout and "Không ghi gì" in dry.stdout
    sent = cli("chase", "--today", (DUE - dt.timedelta(days=1)).isoformat(), "--force")
    assert "xếp 1 tin mới" in sent.stdout and "Đã gửi 1" in sent.stdout
    assert "ngày nghỉ" in cli("chase", "--today", "2023-07-02").stdout

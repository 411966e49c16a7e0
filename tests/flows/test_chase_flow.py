"""The chase flow on a real Prefect test server: remind, then escalate, each message once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.support.scenario import Q2_DUE, add_occurrence, seed_plan, seed_tree
from tests.support.stores import Store


def _seed(store: Store) -> None:
    """The example tree and one task reporting to the Thị ủy (no board in between), with one occurrence
    for Đảng ủy xã Phổ An due on 30/6."""
    seed_tree(store.engine)
    task = seed_plan(store.engine, via=None)
    add_occurrence(store.engine, task, "dang-uy-xa-pho-an", Q2_DUE)


def _folder_files(home: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((home / "folder").rglob("*.json"))]


def test_chase_flow_reminds_then_escalates_and_reruns_send_nothing_new(flow_env: Path, store: Store) -> None:
    from flows.chase import chase

    home = flow_env
    _seed(store)

    reminder = chase(day=Q2_DUE - dt.timedelta(days=7), respect_quiet_hours=False)
    assert reminder["queued"] == 1 and reminder["sent_sent"] == 1
    [message] = _folder_files(home)
    assert "dang-uy-xa-pho-an" in str(message)

    again = chase(day=Q2_DUE - dt.timedelta(days=7), respect_quiet_hours=False)
    assert again["queued"] == 0 and again["sent_sent"] == 0
    assert len(_folder_files(home)) == 1

    # +3 working days after Friday 30/6 is Wednesday 5/7: escalation to the report_to committee
    escalation = chase(day=dt.date(2023, 7, 5), respect_quiet_hours=False)
    assert escalation["queued"] >= 1
    assert any("thi-uy-duc-pho" in str(m) for m in _folder_files(home))

    assert chase(day=dt.date(2023, 7, 1), respect_quiet_hours=False) == {"day_off": 1}  # a Saturday


def test_chase_cli_runs_the_same_logic_once(cli, store: Store) -> None:  # type: ignore[no-untyped-def]
    _seed(store)
    dry = cli("chase", "--today", (Q2_DUE - dt.timedelta(days=1)).isoformat(), "--dry-run")
    assert dry.code == 0, dry.stderr
    # a dry run says what it would send and writes nothing, so the real run queues it
    assert "sẽ gửi 1 tin" in dry.stdout and "Không ghi gì" in dry.stdout
    sent = cli("chase", "--today", (Q2_DUE - dt.timedelta(days=1)).isoformat(), "--force")
    assert "xếp 1 tin mới" in sent.stdout and "Đã gửi 1" in sent.stdout
    assert "ngày nghỉ" in cli("chase", "--today", "2023-07-02").stdout

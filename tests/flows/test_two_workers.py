"""Scale-out on Prefect itself: one chase day split into partition runs on a process work pool
served by two real workers, against PostgreSQL and a real local SMTP server.

Day 1: every due message arrives exactly once, and both workers took partitions.
Day 2: one worker (and the flow run it was executing) is killed with SIGKILL in the
middle of sending; a re-run of the day leaves no message missing, and duplicates stay
within the in-flight window of the one sender that died.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from dondoc.db.engine import make_engine
from dondoc.db.models import HistoryEvent, Message
from dondoc.org.importer import import_tree
from dondoc.org.registry import parse_org_text
from dondoc.plans.importer import import_plan
from dondoc.plans.plan_file import parse_plan_text
from dondoc.settings import reset_settings_cache
from notifications.message import message_id
from tests.support.expand import expand_window
from tests.support.paths import REPO
from tests.support.servers import SmtpSink
from tests.support.stores import migrated_pg_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PROVINCES, UNITS_PER_PROVINCE, TASKS = 6, 40, 4
INFLIGHT = 20
POOL = "dondoc-test-pool"
AT = dt.datetime(2023, 6, 1, 1, tzinfo=dt.UTC)


def generated_tree(smtp_url: str) -> str:
    """A national-shaped tree in miniature: a root, provinces, grassroots units; every unit on email."""
    lines = ["units:", "  - id: tw", "    name: Ban Chấp hành Trung ương", "    kind: tinh_uy"]
    for p in range(1, PROVINCES + 1):
        lines += [f"  - id: tinh-{p}", f"    name: Tỉnh ủy số {p}", "    kind: tinh_uy", "    parent: tw"]
        for u in range(1, UNITS_PER_PROVINCE + 1):
            lines += [
                f"  - id: tinh-{p}-dv-{u}",
                f"    name: Đảng ủy xã số {u}, tỉnh số {p}",
                "    kind: dang_uy_co_so",
                f"    parent: tinh-{p}",
                "    contacts:",
                f"      - name: Văn phòng đảng ủy xã số {u}",
                f"        channels: ['{smtp_url}']",
            ]
    return "\n".join(lines) + "\n"


PLAN = (
    "plan:\n  id: kh-toan-quoc\n  number: 1-KH/TW\n  title: Kế hoạch toàn quốc\n  issuer: tw\n  issued: 2023-06-01\ntasks:\n"
    + "".join(
        f"  - id: '{i}'\n    title: Báo cáo chuyên đề số {i}\n    rule: on 2023-06-30\n    assignees: [{{under: tw, kind: [dang_uy_co_so]}}]\n"
        for i in range(1, TASKS + 1)
    )
)


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _kill_tree(pid: int) -> None:
    for victim in [pid, *_descendants(pid)]:
        try:
            os.kill(victim, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _seed(engine: Engine, smtp_url: str) -> None:
    with Session(engine) as session:
        import_tree(session, parse_org_text(generated_tree(smtp_url), "generated.yaml"), at=AT, actor="test")
        import_plan(session, parse_plan_text(PLAN, "plan.yaml"), at=AT, actor="test")
        session.commit()
    expand_window(engine, dt.date(2023, 6, 1), dt.date(2023, 7, 31), AT)


def _sent_keys(engine: Engine, step: str) -> tuple[list[str], int]:
    """The keys of the messages that carried ladder step ``step``, and how many items they listed.

    A message lists every item of one recipient and kind (grouping); the history keeps one row per
    (occurrence, step, recipient) with the key of the message that carried it."""
    with Session(engine) as session:
        rows = session.exec(select(HistoryEvent.details).where(HistoryEvent.kind == "step_due")).all()
    carried = [json.loads(details) for details in rows]
    items = [d["key"] for d in carried if d.get("step") == step]
    return sorted(set(items)), len(items)


@pytest.fixture
def pg_url(postgres_server: str) -> object:
    with migrated_pg_database(postgres_server) as url:
        yield url


def test_two_workers_share_a_chase_day_and_a_killed_worker_loses_nothing(
    prefect_server: None, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.settings import PREFECT_API_URL

    from flows.chase import chase

    home = tmp_path / "home"
    monkeypatch.setenv("DONDOC_HOME", str(home))
    monkeypatch.setenv("DONDOC_DATABASE_URL", pg_url)
    reset_settings_cache()
    engine = make_engine(pg_url)
    workers: list[subprocess.Popen[bytes]] = []
    with SmtpSink() as sink:
        _seed(engine, sink.url())
        with get_client(sync_client=True) as client:
            try:
                client.create_work_pool(work_pool=WorkPoolCreate(name=POOL, type="process"))
            except Exception:  # already there from an earlier test in this session
                pass
        from flows.deployments import deploy_to_pool

        assert len(deploy_to_pool(POOL)) == 4  # what `dondoc serve --pool` registers
        env = {
            **os.environ,
            "PREFECT_LOGGING_LEVEL": "INFO",
            # A worker that finished a partition asks for the next one after this long (Prefect's
            # default is 10 s, most of this test's time with --limit 1): the same workers, polling sooner.
            "PREFECT_WORKER_QUERY_SECONDS": "1",
            "PREFECT_API_URL": str(PREFECT_API_URL.value()),
            "DONDOC_HOME": str(home),
            "DONDOC_DATABASE_URL": pg_url,
            "PYTHONPATH": str(REPO),
        }
        logs = [tmp_path / f"worker-{i}.log" for i in range(2)]
        try:
            for i, log in enumerate(logs):
                workers.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "prefect",
                            "worker",
                            "start",
                            "--pool",
                            POOL,
                            "--name",
                            f"worker-{i}",
                            "--limit",  # one run, so one sender, at a time: a killed worker then loses
                            "1",  # at most one sender's INFLIGHT window (two senders could lose two)
                        ],
                        cwd=REPO,
                        env=env,
                        stdout=log.open("wb"),
                        stderr=subprocess.STDOUT,
                    )
                )

            # Day 1: 23/06, every unit's 7-day reminders, partitions spread over both workers
            day1 = chase(
                day=dt.date(2023, 6, 23),
                partition_deployment="chase/chase-daily",
                respect_quiet_hours=False,
                partition_timeout_s=240,
            )
            assert day1["partitions"] == PROVINCES + 1 and day1["partitions_completed"] == PROVINCES + 1, day1
            keys1, items1 = _sent_keys(engine, "remind-7")
            assert len(keys1) == PROVINCES * UNITS_PER_PROVINCE and items1 == PROVINCES * UNITS_PER_PROVINCE * TASKS
            counts1 = Counter(m.message["Message-ID"] for m in sink.messages)
            assert set(counts1) == {message_id(k) for k in keys1}
            assert set(counts1.values()) == {1}, "a message was sent twice by two workers"
            worked = [log.read_text(errors="replace").count("chase-2023-06-23-") for log in logs]
            assert all(n > 0 for n in worked), f"both workers should have taken partitions: {worked}"

            # Day 2: 29/06, the 1-day reminders; kill a worker (and its flow run) while messages are going out
            before = sink.received
            parent = threading.Thread(
                target=lambda: chase(
                    day=dt.date(2023, 6, 29),
                    partition_deployment="chase/chase-daily",
                    respect_quiet_hours=False,
                    partition_timeout_s=30,
                ),
                daemon=True,
            )
            parent.start()
            deadline = time.monotonic() + 180
            while sink.received - before < 150 and time.monotonic() < deadline:
                time.sleep(0.005)
            victim = next((w for w in workers if _descendants(w.pid)), workers[0])
            _kill_tree(victim.pid)
            killed_at = sink.received - before
            assert killed_at >= 150
            parent.join(timeout=120)

            rerun = chase(day=dt.date(2023, 6, 29), respect_quiet_hours=False)  # the operator's re-run, here in-process
            keys2, items2 = _sent_keys(engine, "remind-1")
            assert len(keys2) == PROVINCES * UNITS_PER_PROVINCE and items2 == PROVINCES * UNITS_PER_PROVINCE * TASKS
            day2 = Counter(m.message["Message-ID"] for m in sink.messages[before:])
            assert set(day2) == {message_id(k) for k in keys2}, (
                f"{len(keys2) - len(day2)} messages missing after the re-run"
            )
            assert all(n <= 2 for n in day2.values())
            assert sum(1 for n in day2.values() if n > 1) <= INFLIGHT
            assert rerun["queued"] + killed_at <= len(keys2) + INFLIGHT
            with Session(engine) as session:
                statuses = set(session.exec(select(Message.status)).all())
            assert {str(s) for s in statuses} == {"sent"}
        finally:
            for worker in workers:
                _kill_tree(worker.pid)
                worker.wait()
            engine.dispose()

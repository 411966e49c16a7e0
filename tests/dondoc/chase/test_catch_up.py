"""Catch-up and grouping on the example tree and its three plans expanded for 2023, as the demo sets them up.

- Chasing only on 26/06 and 07/07/2023 escalates every (occurrence, recipient)
  that daily chases over those ten working days escalate.
- One run never gives a recipient more than one message of a kind on a channel,
  and each message lists every item recorded against it.
- ``dondoc chase --dry-run`` changes no table and no file of the folder channel.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel
from typer.testing import CliRunner

from dondoc.db.models import HistoryEvent, Message, Occurrence
from dondoc.links import make_submission_link
from dondoc.org.importer import import_tree
from dondoc.org.registry import load_org_file
from dondoc.plans.importer import UnitIndex, import_plan
from dondoc.plans.materialise import materialise
from dondoc.plans.plan_file import load_plan_file
from dondoc.settings import reset_settings_cache
from notifications.render import MAX_LISTED
from tests.support.cli import Cli
from tests.support.paths import EXAMPLES
from tests.support.scenario import BASE, calendar, chase_day
from tests.support.stores import Store

AT = dt.datetime(2023, 1, 1, 1, tzinfo=dt.UTC)
FIRST, LAST = dt.date(2023, 6, 26), dt.date(2023, 7, 7)  # Monday to Friday of the next week: ten working days


def seed_example_2023(engine: Engine) -> None:
    """The demo's setup: the example tree, the example plans, their occurrences of 2023."""
    specs = [load_plan_file(path) for path in sorted((EXAMPLES / "plans").glob("*.yaml"))]
    with Session(engine) as session:
        import_tree(session, load_org_file(EXAMPLES / "org_tree.yaml"), at=AT, actor="test")
        index = UnitIndex.load(session)
        for spec in specs:
            import_plan(session, spec, at=AT, actor="test", index=index)
        session.commit()
    materialise(
        engine,
        today=dt.date(2023, 1, 1),
        calendar=calendar(),
        at=AT,
        actor="test",
        start=dt.date(2023, 1, 1),
        end=dt.date(2023, 12, 31),
        plan_ids=[s.id for s in specs],
    )


def chase(engine: Engine, day: dt.date, *, dry_run: bool = False):  # type: ignore[no-untyped-def]
    return chase_day(engine, day, dry_run=dry_run)


def working_days(first: dt.date, last: dt.date) -> list[dt.date]:
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    return [d for d in days if not calendar().is_day_off(d)]


def escalated(run) -> set[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return {
        (item.candidate.occurrence_id, item.unit.id)
        for planned in run.would_send
        if planned.kind == "escalation"
        for item in planned.items
    }


def test_two_runs_ten_days_apart_escalate_what_daily_runs_escalate(store: Store) -> None:
    seed_example_2023(store.engine)
    days = working_days(FIRST, LAST)
    assert len(days) == 10
    # daily: each day decided on its own (dry runs write nothing, so every day sees the same database)
    daily = set().union(*(escalated(chase(store.engine, day, dry_run=True)) for day in days))
    assert len(daily) > 20

    first = chase(store.engine, FIRST)
    gap = chase(store.engine, LAST)
    assert gap.since == FIRST + dt.timedelta(days=1)  # decided over 27/06 – 07/07, the days never chased
    with Session(store.engine) as session:
        rows = session.exec(select(HistoryEvent).where(HistoryEvent.kind == "escalation")).all()  # type: ignore[call-overload]
    caught_up = {(e.occurrence_id, e.committee_id) for (e,) in rows}
    assert daily <= caught_up, f"never escalated: {sorted(daily - caught_up)[:5]}"
    assert caught_up <= daily
    # sent once: the second run escalated nothing the first one had already escalated for the same step
    steps = Counter((e.occurrence_id, e.committee_id, json.loads(e.details)["step_key"]) for (e,) in rows)
    assert set(steps.values()) == {1}
    assert first.report.queued > 0 and gap.report.queued > 0


def test_one_message_per_recipient_kind_and_channel_listing_all_its_items(store: Store) -> None:
    seed_example_2023(store.engine)
    chase(store.engine, FIRST)
    chase(store.engine, LAST)
    with Session(store.engine) as session:
        messages = [m for (m,) in session.execute(select(Message)).all()]
        history = [
            e
            for (e,) in session.execute(
                select(HistoryEvent).where(HistoryEvent.kind.in_(("step_due", "escalation")))
            ).all()
        ]  # type: ignore[attr-defined]
        assignees = dict(session.execute(select(Occurrence.id, Occurrence.assignee_id)).all())  # type: ignore[call-overload]
    per_run = Counter((m.created_at, m.recipient_id, m.step.split(":")[0], m.channel_id) for m in messages)
    assert per_run and max(per_run.values()) == 1
    grouped = [m for m in messages if m.occurrence_id is None]
    assert grouped, "the example data has recipients with several items"
    items = Counter(json.loads(e.details)["key"] for e in history)
    for message in messages:
        listed = [e for e in history if json.loads(e.details)["key"] == message.key]
        assert listed, message.key
        if len({e.occurrence_id for e in listed}) > MAX_LISTED:
            continue
        for event in listed:  # every item's own one-click link is in the message
            link = make_submission_link(
                occurrence_id=event.occurrence_id,  # type: ignore[arg-type]
                recipient_id=assignees[event.occurrence_id],
                at=message.created_at,
                base_url=BASE,
            )
            assert link in message.body_text, (message.subject, event.occurrence_id)
    assert sum(items.values()) == len(history)


def _snapshot(engine: Engine, folder: Path) -> tuple[dict[str, list[tuple[object, ...]]], list[tuple[str, bytes]]]:
    tables = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            rows = conn.execute(text(f'SELECT * FROM "{table.name}"')).all()
            tables[table.name] = sorted((tuple(r) for r in rows), key=repr)
    files = sorted((str(p.relative_to(folder)), p.read_bytes()) for p in folder.rglob("*") if p.is_file())
    return tables, files


def test_dry_run_changes_no_table_and_no_folder_channel_file(
    cli: Cli, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dondoc.cli.main import app

    seed_example_2023(store.engine)
    monkeypatch.setenv("DONDOC_HOME", str(cli.home))
    if cli.database_url:
        monkeypatch.setenv("DONDOC_DATABASE_URL", cli.database_url)
    reset_settings_cache()
    runner = CliRunner()
    # a real chase first, so the folder channel's files and the history are not empty
    real = runner.invoke(app, ["chase", "--today", "26/06/2023", "--force"])
    assert real.exit_code == 0, real.output
    folder = cli.home / "folder"
    before = _snapshot(store.engine, folder)
    assert before[1] and before[0]["message"] and before[0]["chase_run"]

    dry = runner.invoke(app, ["chase", "--today", "07/07/2023", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "Chạy thử ngày 07/07/2023 (từ 27/06/2023 đến 07/07/2023)" in dry.output
    assert "báo cấp trên" in dry.output and "Không ghi gì" in dry.output
    assert _snapshot(store.engine, folder) == before

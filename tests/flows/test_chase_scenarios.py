"""The escalation ladder, day by day, through the real ``chase`` flow on a Prefect test server.

One quarterly report due Friday 30/06/2023 (Thị ủy Đức Phổ's plan, reported to
the Thị ủy), five wards, five stories: on time, never, extended, waived,
acknowledged. The flow runs every working day from 22/06 to 26/07 with a fixed
day parameter; what each ward and its superiors received is read back from
the history (the day each step was decided) and the folder channel's files. A second
plan puts a due date and a reminder day on Tết 2024.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest
from sqlmodel import Session, select

from calendar_rules import load_calendar
from dondoc.db.models import HistoryEvent, Message
from dondoc.occurrence import actions
from dondoc.occurrence.lookup import find_occurrence, select_occurrence
from dondoc.org.importer import import_tree
from dondoc.org.registry import load_org_file
from dondoc.plans.importer import import_plan
from dondoc.plans.plan_file import parse_plan_text
from tests.support.expand import expand_window
from tests.support.paths import EXAMPLES
from tests.support.stores import Store

pytestmark = pytest.mark.slow  # tens of in-process chase runs on the Prefect test server

AT = dt.datetime(2023, 6, 1, 1, tzinfo=dt.UTC)
PLAN = """
plan:
  id: kh-kich-ban
  number: 7-KH/TU
  title: Kế hoạch kiểm thử các bậc đôn đốc
  issuer: thi-uy-duc-pho
  issued: 2023-06-01
defaults:
  report_to: thi-uy-duc-pho
tasks:
  - id: '1'
    title: Báo cáo sơ kết 6 tháng đầu năm 2023
    rule: end 2023-Q2
    assignees: [dang-uy-xa-pho-an, dang-uy-xa-pho-chau, dang-uy-xa-pho-cuong, dang-uy-xa-pho-khanh, dang-uy-xa-pho-nhon]
"""
TET_PLAN = """
plan:
  id: kh-tet
  number: 8-KH/TU
  title: Kế hoạch có hạn rơi vào Tết
  issuer: thi-uy-duc-pho
  issued: 2024-01-02
tasks:
  - id: '1'
    title: Báo cáo công tác chuẩn bị đón Tết
    rule: on 2024-02-10
    assignees: [dang-uy-phuong-pho-hoa]
"""
ON_TIME, NEVER, EXTENDED, WAIVED, ACKED = (
    "dang-uy-xa-pho-an",
    "dang-uy-xa-pho-chau",
    "dang-uy-xa-pho-cuong",
    "dang-uy-xa-pho-khanh",
    "dang-uy-xa-pho-nhon",
)


def _d(text: str) -> dt.date:
    day, month, year = (int(x) for x in text.split("/"))
    return dt.date(year, month, day)


def _seed(store: Store, plan_text: str, today: dt.date) -> None:
    with Session(store.engine) as session:
        if session.exec(select(HistoryEvent)).first() is None:
            import_tree(session, load_org_file(EXAMPLES / "org_tree.yaml"), at=AT, actor="test")
        import_plan(session, parse_plan_text(plan_text, "kich-ban.yaml"), at=AT, actor="test")
        session.commit()
    expand_window(store.engine, today, today + dt.timedelta(days=120), AT)


def _act(store: Store, unit: str, action: str, day: dt.date, **kwargs: object) -> None:
    at = dt.datetime(day.year, day.month, day.day, 3, tzinfo=dt.UTC)
    with Session(store.engine) as session:
        view = select_occurrence(session, org=unit, task="1", plan=kwargs.pop("plan", "kh-kich-ban"))  # type: ignore[arg-type]
        if action == "submit":
            actions.record_submission(session, view, ref="Báo cáo số 5-BC/ĐU", on=day, today=day, actor="test", at=at)
        elif action == "extend":
            actions.extend(session, view, to=kwargs["to"], reason="bão lụt", actor="test", at=at)  # type: ignore[arg-type]
        elif action == "waive":
            actions.waive(session, view, reason="đơn vị sáp nhập", actor="test", at=at)
        elif action == "ack":
            actions.acknowledge(session, view, until=kwargs["until"], today=day, reason="hẹn nộp", actor="test", at=at)  # type: ignore[arg-type]
        session.commit()


def _ladder(store: Store, plan: str = "kh-kich-ban") -> dict[str, list[tuple[str, str, str]]]:
    """assignee → [(day decided dd/mm, step, recipient committee)] from the history."""
    result: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    with Session(store.engine) as session:
        messages = {m.key: m for m in session.exec(select(Message)).all()}
        for event in session.exec(
            select(HistoryEvent)
            .where(HistoryEvent.kind.in_(["step_due", "escalation"]), HistoryEvent.plan_id == plan)
            .order_by(HistoryEvent.id)
        ).all():  # type: ignore[union-attr]
            details = json.loads(event.details)
            message = messages[details["key"]]
            occurrence_unit = find_occurrence(session, int(event.occurrence_id or 0)).assignee_id
            result[occurrence_unit].append(
                (
                    dt.date.fromisoformat(details["day"]).strftime("%d/%m"),
                    details["step_key"],
                    str(message.recipient_id),
                )
            )
    return dict(result)


def test_the_ladder_for_on_time_never_extended_waived_and_acknowledged_units(flow_env: Path, store: Store) -> None:
    from flows.chase import chase

    _seed(store, PLAN, _d("01/06/2023"))
    calendar = load_calendar()
    script = {
        _d("30/06/2023"): [(ON_TIME, "submit", {})],
        _d("29/06/2023"): [(EXTENDED, "extend", {"to": _d("14/07/2023")})],
        _d("03/07/2023"): [(WAIVED, "waive", {})],
        _d("04/07/2023"): [(ACKED, "ack", {"until": _d("12/07/2023")})],
    }
    day = _d("22/06/2023")
    ran = []
    while day <= _d("26/07/2023"):
        result = chase(day=day, respect_quiet_hours=False)
        ran.append((day, result))
        for unit, action, kwargs in script.get(day, []):
            _act(store, unit, action, day, **kwargs)
        day += dt.timedelta(days=1)
    # nothing runs on days off (weekends in this span)
    assert all(r == {"day_off": 1} for d, r in ran if calendar.is_day_off(d))
    ladder = _ladder(store)

    # on time: the two reminders, nothing else
    assert ladder[ON_TIME] == [("23/06", "remind-7#0", ON_TIME), ("29/06", "remind-1#0", ON_TIME)]
    # never submitted: overdue +1 working day, report_to at +3, the level above at +7, repeated every 7 days
    never = ladder[NEVER]
    assert never[:5] == [
        ("23/06", "remind-7#0", NEVER),
        ("29/06", "remind-1#0", NEVER),
        ("03/07", "overdue-1#0", NEVER),
        ("05/07", "escalate-3#0", "thi-uy-duc-pho"),
        ("11/07", "escalate-7#0", "tinh-uy-quang-ngai"),
    ]
    assert never[5:] == [
        ("18/07", "escalate-7#1", "tinh-uy-quang-ngai"),
        ("25/07", "escalate-7#2", "tinh-uy-quang-ngai"),
    ]
    # extended to Friday 14/07: the ladder restarts from the new date
    extended = [(d, s) for d, s, _ in ladder[EXTENDED]]
    assert extended[:2] == [("23/06", "remind-7#0"), ("29/06", "remind-1#0")]
    # (after an extension, step keys carry the new date, so the new ladder's messages are new messages)
    assert extended[2:] == [
        ("07/07", "remind-7#0@2023-07-14"),
        ("13/07", "remind-1#0@2023-07-14"),
        ("17/07", "overdue-1#0@2023-07-14"),
        ("19/07", "escalate-3#0@2023-07-14"),
        ("25/07", "escalate-7#0@2023-07-14"),
    ]
    assert not any(d in ("03/07", "05/07", "11/07") for d, _ in extended)
    # waived on 03/07 (before that day's chase ran? no: after it): nothing after the waiver
    waived = [(d, s) for d, s, _ in ladder[WAIVED]]
    assert waived == [("23/06", "remind-7#0"), ("29/06", "remind-1#0"), ("03/07", "overdue-1#0")]
    # acknowledged on 04/07 until 12/07: no escalation while paused, then it resumes the day after
    acked = [(d, s) for d, s, _ in ladder[ACKED]]
    assert ("05/07", "escalate-3#0") not in acked and ("11/07", "escalate-7#0") not in acked
    resumed = [(d, s) for d, s in acked if s.startswith("escalate")]
    assert resumed and resumed[0][0] == "13/07"

    # running a day again sends nothing new
    again = chase(day=_d("25/07/2023"), respect_quiet_hours=False)
    assert again["queued"] == 0 and again.get("sent_sent", 0) == 0
    # every queued message was delivered to the folder channel exactly once
    with Session(store.engine) as session:
        messages = session.exec(select(Message)).all()
    assert messages and all(m.status == "sent" for m in messages)
    files = list((flow_env / "folder").rglob("*.json"))
    assert len(files) == len(messages)


def test_a_due_date_and_a_reminder_day_on_tet_move_to_the_next_working_day(flow_env: Path, store: Store) -> None:
    from flows.chase import chase

    _seed(store, TET_PLAN, _d("02/01/2024"))
    calendar = load_calendar()
    with Session(store.engine) as session:
        view = select_occurrence(session, org="dang-uy-phuong-pho-hoa", task="1", plan="kh-tet")
    # Saturday 10/02/2024 is Mùng 1 Tết; the Tết break lasts to Wednesday 14/02
    assert view.current_due == _d("15/02/2024")
    day = _d("01/02/2024")
    while day <= _d("20/02/2024"):
        chase(day=day, respect_quiet_hours=False)
        day += dt.timedelta(days=1)
    steps = [(d, s) for d, s, _ in _ladder(store, "kh-tet")["dang-uy-phuong-pho-hoa"]]
    # both reminders (08/02 and 14/02) fall in the Tết break: they move to the next working day, the due date
    # itself, where only the later one is sent (one message, not two), worded for a deadline that is today
    assert steps == [("15/02", "remind-1#0"), ("16/02", "overdue-1#0"), ("20/02", "escalate-3#0")]
    with Session(store.engine) as session:
        reminder = session.exec(select(Message).where(Message.template == "due_today")).one()
    assert reminder.template == "due_today" and "hôm nay" in reminder.body_text
    for d, _ in steps:
        day_, month = (int(x) for x in d.split("/"))
        assert not calendar.is_day_off(dt.date(2024, month, day_)), f"a message was decided on a day off: {d}"

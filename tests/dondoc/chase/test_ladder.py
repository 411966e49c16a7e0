"""The whole ladder on a real store: decide, plan, queue, record — day by day, as the flow would."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from sqlmodel import Session

from dondoc.db.models import Occurrence
from dondoc.links import verify_link
from dondoc.occurrence import actions
from dondoc.occurrence.lookup import find_occurrence
from dondoc.settings import get_settings
from tests.support.scenario import (
    BASE,
    BTG,
    Q2_DUE,
    THI_UY,
    TINH_UY,
    add_occurrence,
    at_on,
    calendar,
    chase_day,
    events,
    messages,
    seed_plan,
    seed_tree,
)
from tests.support.stores import Store

PHO_AN = "dang-uy-xa-pho-an"
OWN_STEPS = [("remind-7#0", PHO_AN, "upcoming"), ("remind-1#0", PHO_AN, "upcoming"), ("overdue-1#0", PHO_AN, "overdue")]
"""The steps the assignee itself gets for the 30/06 deadline, before anyone above it is told."""


def chase(store: Store, day: dt.date, org_root: str | None = None):  # type: ignore[no-untyped-def]
    return chase_day(store.engine, day, org_root=org_root)


def chase_range(store: Store, first: dt.date, last: dt.date) -> None:
    day = first
    while day <= last:
        chase(store, day)
        day += dt.timedelta(days=1)


def sent_plan(store: Store, occurrence_id: int) -> list[tuple[str, str, str]]:
    """(step key, recipient, template) of the steps queued for one occurrence, in order (from the history)."""
    import json

    return [
        (json.loads(e.details)["step_key"], e.committee_id or "", json.loads(e.details)["template"])
        for e in events(store.engine, "step_due", "escalation")
        if e.occurrence_id == occurrence_id
    ]


def day_of(store: Store, occurrence_id: int, step: str) -> dt.date:
    """The day (details.day) the history recorded for a step of an occurrence."""
    import json

    for event in events(store.engine, "step_due", "escalation"):
        details = json.loads(event.details)
        if event.occurrence_id == occurrence_id and details["step_key"] == step:
            return dt.date.fromisoformat(details["day"])
    raise AssertionError(f"no history for {step}")


def act(store: Store, occurrence_id: int, action: Callable[..., object], day: dt.date, **values: object) -> None:
    """What a person records about the occurrence on ``day`` (``actions.extend``, ``waive`` …), committed."""
    with Session(store.engine) as session:
        action(session, find_occurrence(session, occurrence_id), actor="cli:test", at=at_on(day), **values)
        session.commit()


def pho_an_q2(store: Store) -> int:
    """The Q2/2023 report of Đảng ủy xã Phổ An (due Friday 30/06) under plan 91-KH/TU; its id."""
    return add_occurrence(store.engine, seed_plan(store.engine), PHO_AN, Q2_DUE)


@pytest.fixture
def seeded(store: Store) -> Store:
    seed_tree(store.engine)
    return store


def test_on_time_submission_gets_reminders_only(seeded: Store) -> None:
    task = seed_plan(seeded.engine)
    occ = add_occurrence(seeded.engine, task, "dang-uy-phuong-pho-hoa", Q2_DUE)
    chase_range(seeded, dt.date(2023, 6, 20), dt.date(2023, 6, 29))
    day = dt.date(2023, 6, 29)
    act(seeded, occ, actions.record_submission, day, ref="Báo cáo số 12-BC/ĐU", on=day, today=day)
    chase_range(seeded, dt.date(2023, 6, 30), dt.date(2023, 8, 31))
    assert sent_plan(seeded, occ) == [
        ("remind-7#0", "dang-uy-phuong-pho-hoa", "upcoming"),
        ("remind-1#0", "dang-uy-phuong-pho-hoa", "upcoming"),
    ]
    assert day_of(seeded, occ, "remind-7#0") == dt.date(2023, 6, 23)
    assert day_of(seeded, occ, "remind-1#0") == dt.date(2023, 6, 29)
    message = messages(seeded.engine)[0]
    assert (
        "91-KH/TU" in message.body_text
        and "Thứ Sáu, 30/06/2023" in message.body_text
        and "Quý II/2023" in message.body_text
    )
    assert "Ban Tuyên giáo" in message.body_text  # report-to label names the board the report goes through
    # the one-click link: signed for this occurrence and its assignee, at the chase's base URL
    link = re.search(re.escape(BASE) + r"/s/([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)", message.body_text)
    assert link is not None, message.body_text
    claims = verify_link(
        link.group(1), secret=get_settings().web_secret(), now=at_on(dt.date(2023, 6, 23)), ttl=dt.timedelta(days=1)
    )
    assert (claims.occurrence_id, claims.recipient_id) == (occ, "dang-uy-phuong-pho-hoa")


def test_never_submitted_climbs_the_ladder(seeded: Store) -> None:
    occ = pho_an_q2(seeded)
    chase_range(seeded, dt.date(2023, 6, 20), dt.date(2023, 9, 15))
    plan = sent_plan(seeded, occ)
    assert plan[:5] == [
        *OWN_STEPS,
        ("escalate-3#0", BTG, "escalation"),  # report_to with via: the board that follows up
        ("escalate-7#0", TINH_UY, "escalation"),  # the level above the report_to committee
    ]
    assert plan[5:] == [(f"escalate-7#{k}", TINH_UY, "escalation") for k in range(1, 9)]  # repeat every 7 days, limit 8
    assert day_of(seeded, occ, "overdue-1#0") == dt.date(2023, 7, 3)  # +1 working day after Friday 30/06
    assert day_of(seeded, occ, "escalate-3#0") == dt.date(2023, 7, 5)
    assert day_of(seeded, occ, "escalate-7#0") == dt.date(2023, 7, 11)
    assert day_of(seeded, occ, "escalate-7#1") == dt.date(2023, 7, 18)
    # 01–04/09/2023 are days off (Quốc khánh): the repeat due on 05/09 is unaffected, none is lost
    assert day_of(seeded, occ, "escalate-7#8") == dt.date(2023, 9, 5)
    escalations = events(seeded.engine, "escalation")
    assert len(escalations) == 10 and {e.committee_id for e in escalations} == {BTG, TINH_UY}
    assert all(e.outcome == "đã đưa vào hộp thư đi" and e.plan_id == "91-kh-tu-2023" for e in escalations)
    first = next(m for m in messages(seeded.engine) if m.template == "escalation")
    assert "Đảng ủy xã Phổ An" in first.body_text and "quá hạn 5 ngày" in first.body_text


def test_report_to_without_via_goes_to_the_committee(seeded: Store) -> None:
    task = seed_plan(seeded.engine, via=None)
    occ = add_occurrence(seeded.engine, task, "dang-uy-xa-pho-an", Q2_DUE)
    chase(seeded, dt.date(2023, 7, 5))
    assert sent_plan(seeded, occ) == [("escalate-3#0", THI_UY, "escalation")]


def test_deciding_twice_for_one_day_queues_nothing_new(seeded: Store) -> None:
    task = seed_plan(seeded.engine)
    for ward in ("dang-uy-xa-pho-an", "dang-uy-phuong-pho-hoa"):
        add_occurrence(seeded.engine, task, ward, Q2_DUE)
    first = chase(seeded, dt.date(2023, 7, 5))
    count, history = len(messages(seeded.engine)), len(events(seeded.engine))
    second = chase(seeded, dt.date(2023, 7, 5))
    # both wards are late to the same board: one escalation listing both, and nothing new the second time
    assert first.report.queued == 1 and second.report.queued == 0 and second.report.planned == 0
    (message,) = messages(seeded.engine)
    assert "Đảng ủy xã Phổ An" in message.body_text and "Đảng ủy phường Phổ Hòa" in message.body_text
    assert len(events(seeded.engine, "escalation")) == 2  # one history row per (occurrence, step, recipient)
    assert len(messages(seeded.engine)) == count and len(events(seeded.engine)) == history


def test_extension_moves_the_ladder(seeded: Store) -> None:
    occ = pho_an_q2(seeded)
    chase_range(seeded, dt.date(2023, 6, 20), dt.date(2023, 7, 3))
    act(seeded, occ, actions.extend, dt.date(2023, 7, 3), to=dt.date(2023, 7, 14), reason="Chờ số liệu của Ban Tổ chức")
    chase_range(seeded, dt.date(2023, 7, 4), dt.date(2023, 7, 31))
    plan = sent_plan(seeded, occ)
    assert plan[:3] == OWN_STEPS
    # the ladder restarts from 14/07 (a Friday): keys carry the new due date, so reminders go again
    assert plan[3:6] == [
        ("remind-7#0@2023-07-14", "dang-uy-xa-pho-an", "upcoming"),
        ("remind-1#0@2023-07-14", "dang-uy-xa-pho-an", "upcoming"),
        ("overdue-1#0@2023-07-14", "dang-uy-xa-pho-an", "overdue"),
    ]
    assert ("escalate-3#0", BTG, "escalation") not in plan  # 05/07 was before the new date
    assert ("escalate-3#0@2023-07-14", BTG, "escalation") in plan
    assert day_of(seeded, occ, "overdue-1#0@2023-07-14") == dt.date(2023, 7, 17)
    with Session(seeded.engine) as session:
        row = session.get(Occurrence, occ)
        assert row is not None and row.current_due == dt.date(2023, 7, 14) and row.sequence == 1


def test_waiver_stops_the_ladder(seeded: Store) -> None:
    occ = pho_an_q2(seeded)
    chase_range(seeded, dt.date(2023, 6, 20), dt.date(2023, 7, 4))
    act(seeded, occ, actions.waive, dt.date(2023, 7, 4), reason="Đơn vị sáp nhập")
    chase_range(seeded, dt.date(2023, 7, 5), dt.date(2023, 8, 31))
    assert [s for s, _, _ in sent_plan(seeded, occ)] == ["remind-7#0", "remind-1#0", "overdue-1#0"]


def test_acknowledgement_pauses_escalation_then_resumes(seeded: Store) -> None:
    occ = pho_an_q2(seeded)
    chase_range(seeded, dt.date(2023, 6, 20), dt.date(2023, 7, 3))
    day = dt.date(2023, 7, 3)
    act(seeded, occ, actions.acknowledge, day, until=dt.date(2023, 7, 12), today=day, reason="Hẹn nộp")
    chase_range(seeded, dt.date(2023, 7, 4), dt.date(2023, 7, 12))
    assert [s for s, _, _ in sent_plan(seeded, occ)] == [
        "remind-7#0",
        "remind-1#0",
        "overdue-1#0",
    ]  # 05/07 and 11/07 held back
    chase(seeded, dt.date(2023, 7, 13))  # the promise was not kept: both held-back escalations go now
    assert sent_plan(seeded, occ)[3:] == [("escalate-3#0", BTG, "escalation"), ("escalate-7#0", TINH_UY, "escalation")]
    catch_up = [e for e in events(seeded.engine, "escalation") if '"catch_up": true' in e.details]
    assert len(catch_up) == 2
    chase_range(seeded, dt.date(2023, 7, 14), dt.date(2023, 7, 18))
    assert sent_plan(seeded, occ)[-1] == ("escalate-7#1", TINH_UY, "escalation")


def test_steps_on_tet_move_to_the_next_working_day(seeded: Store) -> None:
    task = seed_plan(seeded.engine)
    due_on_tet = calendar().adjust(dt.date(2024, 2, 10))  # Mùng 1 Tết Giáp Thìn → Thursday 15/02/2024
    assert due_on_tet == dt.date(2024, 2, 15)
    occ = add_occurrence(seeded.engine, task, "dang-uy-xa-pho-an", due_on_tet, period="2024-Q1")
    before_tet = add_occurrence(seeded.engine, task, "dang-uy-phuong-pho-hoa", dt.date(2024, 2, 7), period="2024-Q1")
    chase_range(seeded, dt.date(2024, 1, 25), dt.date(2024, 2, 29))
    # remind-7 (08/02) and remind-1 (14/02) both fall in the break: one reminder, on 15/02, the due day itself
    assert sent_plan(seeded, occ)[:2] == [
        ("remind-1#0", "dang-uy-xa-pho-an", "due_today"),
        ("overdue-1#0", "dang-uy-xa-pho-an", "overdue"),
    ]
    assert day_of(seeded, occ, "remind-1#0") == dt.date(2024, 2, 15)
    assert day_of(seeded, occ, "overdue-1#0") == dt.date(2024, 2, 16)
    # due on 07/02, the day before the break: the overdue notice waits for 15/02
    assert day_of(seeded, before_tet, "overdue-1#0") == dt.date(2024, 2, 15)
    for event in events(seeded.engine, "step_due", "escalation"):
        assert not calendar().is_day_off(event.at.date())


def test_org_root_restricts_to_a_subtree(seeded: Store) -> None:
    task = seed_plan(seeded.engine)
    inside = add_occurrence(seeded.engine, task, "dang-uy-xa-pho-an", Q2_DUE)
    other_task = seed_plan(seeded.engine, via=None, report_to="dang-uy-khoi-cq-tinh", code="2")
    outside = add_occurrence(seeded.engine, other_task, "dang-uy-so-khdt", Q2_DUE)
    run = chase(seeded, dt.date(2023, 7, 3), org_root=THI_UY)
    assert {c.occurrence_id for c in run.found.candidates} == {inside}
    run = chase(seeded, dt.date(2023, 7, 3), org_root="dang-uy-khoi-cq-tinh")
    assert {c.occurrence_id for c in run.found.candidates} == {outside}


def test_a_target_without_channels_is_recorded_once_as_skipped(seeded: Store) -> None:
    occ = pho_an_q2(seeded)
    from sqlalchemy import text

    with seeded.engine.begin() as conn:
        conn.execute(text("UPDATE contact SET active = false WHERE committee_id = :c"), {"c": BTG})
    for _ in range(2):
        run = chase(seeded, dt.date(2023, 7, 5))
        assert [s.occurrence_id for s in run.report.skipped] == [occ]
    skipped = events(seeded.engine, "step_skipped")
    assert len(skipped) == 1 and "không có kênh liên lạc" in (skipped[0].outcome or "")
    assert sent_plan(seeded, occ) == []

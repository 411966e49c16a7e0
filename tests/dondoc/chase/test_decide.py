"""The pure chase decision: worked examples from the ladder of docs/domain.md, then properties."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dondoc.chase.decide import OccurrenceState, due_dates_for_day, due_steps, instance_day, resume_ack_dates
from dondoc.chase.policy import Policy, parse_policy_text
from tests.support.scenario import Q2_DUE, calendar, policies

DEFAULT = policies()["default"]
DAYS = st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2026, 12, 31))
STATUSES = st.sampled_from(["open", "submitted", "waived", "cancelled"])


def ladder(
    occ: OccurrenceState, first: dt.date, last: dt.date, policy: Policy = DEFAULT
) -> dict[dt.date, list[tuple[str, str]]]:
    """Every day with something due → [(step#repeat, template)]."""
    found: dict[dt.date, list[tuple[str, str]]] = {}
    day = first
    while day <= last:
        steps = due_steps(occ, day, policy, calendar())
        if steps:
            found[day] = [(s.step_key, s.template) for s in steps]
        day += dt.timedelta(days=1)
    return found


def test_default_ladder_for_a_quarter_ending_on_friday() -> None:
    result = ladder(OccurrenceState(current_due=Q2_DUE), dt.date(2023, 6, 1), dt.date(2023, 7, 20))
    assert result == {
        dt.date(2023, 6, 23): [("remind-7#0", "upcoming")],
        dt.date(2023, 6, 29): [("remind-1#0", "upcoming")],
        dt.date(2023, 7, 3): [("overdue-1#0", "overdue")],
        dt.date(2023, 7, 5): [("escalate-3#0", "escalation")],
        dt.date(2023, 7, 11): [("escalate-7#0", "escalation")],
        dt.date(2023, 7, 18): [("escalate-7#1", "escalation")],
    }


def test_targets_of_the_default_ladder() -> None:
    targets = {s.id: s.target.describe() for s in DEFAULT.steps}
    assert targets == {
        "remind-7": "assignee",
        "remind-1": "assignee",
        "overdue-1": "assignee",
        "escalate-3": "report_to",
        "escalate-7": "above_report_to:1",
    }


def test_repeats_stop_at_the_limit() -> None:
    result = ladder(OccurrenceState(current_due=Q2_DUE), dt.date(2023, 7, 1), dt.date(2024, 3, 1))
    repeats = [key for steps in result.values() for key, _ in steps if key.startswith("escalate-7")]
    assert repeats == [f"escalate-7#{k}" for k in range(9)]


def test_closed_occurrences_get_nothing() -> None:
    for status in ("submitted", "waived", "cancelled"):
        occ = OccurrenceState(
            current_due=Q2_DUE, status=status, submitted_on=dt.date(2023, 6, 28) if status == "submitted" else None
        )
        assert ladder(occ, dt.date(2023, 6, 1), dt.date(2023, 9, 30)) == {}


def test_nothing_on_a_day_off() -> None:
    # 23/06/2023 + 1 day = Saturday: a policy with a step on the weekend sends it Monday
    policy = parse_policy_text(
        "name: p\nsteps:\n  - {id: sat, days: 1, target: assignee, template: overdue}\n", "p.yaml"
    )
    assert due_steps(OccurrenceState(current_due=dt.date(2023, 6, 23)), dt.date(2023, 6, 24), policy, calendar()) == []
    (step,) = due_steps(OccurrenceState(current_due=dt.date(2023, 6, 23)), dt.date(2023, 6, 26), policy, calendar())
    assert step.nominal == dt.date(2023, 6, 24) and step.template == "overdue"


def test_reminders_pushed_onto_the_due_date_say_due_today() -> None:
    # due Thursday 15/02/2024, the first working day after Tết: both reminders fall in the break
    result = ladder(OccurrenceState(current_due=dt.date(2024, 2, 15)), dt.date(2024, 2, 1), dt.date(2024, 2, 16))
    assert result == {
        dt.date(2024, 2, 15): [("remind-1#0", "due_today")],
        dt.date(2024, 2, 16): [("overdue-1#0", "overdue")],
    }


def test_repeats_swallowed_by_a_long_break_are_sent_once() -> None:
    policy = parse_policy_text(
        "name: p\nsteps:\n  - id: daily\n    days: 1\n    target: report_to\n    template: escalation\n    repeat: {every_days: 1, limit: 30}\n",
        "p.yaml",
    )
    result = ladder(OccurrenceState(current_due=dt.date(2024, 2, 5)), dt.date(2024, 2, 5), dt.date(2024, 2, 16), policy)
    # 08/02..14/02 are Tết: the repeats nominally on those days collapse into one message on 15/02
    assert result[dt.date(2024, 2, 15)] == [("daily#9", "escalation")]
    assert result[dt.date(2024, 2, 7)] == [("daily#1", "escalation")]
    assert dt.date(2024, 2, 10) not in result


def test_acknowledgement_pauses_escalations_but_not_reminders() -> None:
    occ = OccurrenceState(current_due=Q2_DUE, ack_until=dt.date(2023, 7, 12))
    result = ladder(occ, dt.date(2023, 6, 1), dt.date(2023, 7, 19))
    assert result == {
        dt.date(2023, 6, 23): [("remind-7#0", "upcoming")],
        dt.date(2023, 6, 29): [("remind-1#0", "upcoming")],
        dt.date(2023, 7, 3): [("overdue-1#0", "overdue")],
        # resumed the working day after the promised date: the escalations held back, once each
        dt.date(2023, 7, 13): [("escalate-3#0", "escalation"), ("escalate-7#0", "escalation")],
        dt.date(2023, 7, 18): [("escalate-7#1", "escalation")],
    }
    resumed = due_steps(occ, dt.date(2023, 7, 13), DEFAULT, calendar())
    assert all(s.catch_up for s in resumed)


def test_acknowledgement_before_the_due_date_changes_nothing_after_it() -> None:
    occ = OccurrenceState(current_due=Q2_DUE, ack_until=dt.date(2023, 6, 26))
    assert ladder(occ, dt.date(2023, 6, 27), dt.date(2023, 7, 20)) == ladder(
        OccurrenceState(current_due=Q2_DUE), dt.date(2023, 6, 27), dt.date(2023, 7, 20)
    )


def test_resume_dates_cover_the_weekend_before() -> None:
    # Monday 03/07/2023: a pause ending Friday, Saturday or Sunday ends today
    assert resume_ack_dates(dt.date(2023, 7, 3), calendar()) == [
        dt.date(2023, 6, 30),
        dt.date(2023, 7, 1),
        dt.date(2023, 7, 2),
    ]
    assert resume_ack_dates(dt.date(2023, 7, 1), calendar()) == []


def test_due_dates_for_a_day_are_few_and_exact() -> None:
    day = dt.date(2023, 7, 5)
    dates = due_dates_for_day(day, DEFAULT, calendar())
    assert Q2_DUE in dates and len(dates) < 30
    for offset in range(-400, 400):
        current = day + dt.timedelta(days=offset)
        assert bool(due_steps(OccurrenceState(current_due=current), day, DEFAULT, calendar())) == (current in dates)


@settings(max_examples=300, deadline=None)
@given(due=DAYS, day=DAYS, status=STATUSES, ack=st.none() | DAYS)
def test_never_on_a_day_off_and_deterministic(due: dt.date, day: dt.date, status: str, ack: dt.date | None) -> None:
    occ = OccurrenceState(current_due=due, status=status, ack_until=ack)
    first = due_steps(occ, day, DEFAULT, calendar())
    assert first == due_steps(occ, day, DEFAULT, calendar())
    if calendar().is_day_off(day) or status != "open":
        assert first == []
    assert len({s.target for s in first}) == len(first)  # at most one message per target per day


@settings(max_examples=60, deadline=None)
@given(due=DAYS)
def test_every_instance_is_sent_once_or_folded_into_a_later_one(due: dt.date) -> None:
    occ = OccurrenceState(current_due=due)
    result = ladder(occ, due - dt.timedelta(days=40), due + dt.timedelta(days=120))
    emitted = [key for steps in result.values() for key, _ in steps]
    assert len(emitted) == len(set(emitted))  # never doubled
    emitted_on = {key: day for day, steps in result.items() for key, _ in steps}
    for step in DEFAULT.steps:
        repeats = step.repeat.limit if step.repeat else 0
        for k in range(repeats + 1):
            key = f"{step.id}#{k}"
            day = instance_day(step, k, due, calendar())
            assert not calendar().is_day_off(day)
            if key in emitted_on:
                assert emitted_on[key] == day
            else:  # never lost: another message to the same target went that day instead
                assert any(DEFAULT.step(other.split("#")[0]).target == step.target for other, _ in result.get(day, []))


@settings(max_examples=200, deadline=None)
@given(due=DAYS, day=DAYS, ack=DAYS)
def test_an_acknowledgement_only_removes_or_delays_escalations(due: dt.date, day: dt.date, ack: dt.date) -> None:
    plain = due_steps(OccurrenceState(current_due=due), day, DEFAULT, calendar())
    paused = due_steps(OccurrenceState(current_due=due, ack_until=ack), day, DEFAULT, calendar())
    assert [s for s in plain if not s.escalates] == [s for s in paused if not s.escalates]
    if day <= ack:
        assert not any(s.escalates for s in paused)
    else:
        assert all(s in paused for s in plain if s.escalates)


@settings(max_examples=100, deadline=None)
@given(day=DAYS)
def test_due_dates_for_day_match_the_decision(day: dt.date) -> None:
    dates = set(due_dates_for_day(day, DEFAULT, calendar()))
    for offset in range(-150, 60):
        current = day + dt.timedelta(days=offset)
        assert bool(due_steps(OccurrenceState(current_due=current), day, DEFAULT, calendar())) == (current in dates)

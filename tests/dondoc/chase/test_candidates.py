"""The set-based candidate query agrees with the pure decision, row for row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from sqlmodel import Session, select

from dondoc.chase.candidates import find_due_steps
from dondoc.chase.decide import OccurrenceState, due_steps, window_start
from dondoc.db.models import Occurrence
from tests.support.scenario import Q2_DUE, THI_UY, WARDS, add_occurrence, calendar, policies, seed_plan, seed_tree
from tests.support.stores import Store


def _brute_force(store: Store, day: dt.date, since: dt.date | None = None) -> set[tuple[int, str]]:
    """Load every occurrence and decide in Python: what the query must reproduce."""
    with Session(store.engine) as session:
        rows = session.exec(select(Occurrence)).all()
    found = set()
    for occ in rows:
        state = OccurrenceState(
            current_due=occ.current_due,
            status=str(occ.status.value if hasattr(occ.status, "value") else occ.status),
            ack_until=occ.ack_until,
        )
        for step in due_steps(state, day, policies()["default"], calendar(), since):
            found.add((occ.id, step.step_key))
    return found


def _agreeing(store: Store, days: Iterable[dt.date], since: Callable[[dt.date], dt.date | None]) -> int:
    """Check the query against the brute force on every day (with its window start); how many candidates."""
    checked = 0
    for day in days:
        with Session(store.engine) as session:
            result = find_due_steps(session, day, policies(), calendar(), since=since(day))
        assert {(c.occurrence_id, c.step.step_key) for c in result.candidates} == _brute_force(
            store, day, since(day)
        ), day
        checked += len(result.candidates)
    return checked


def _days(first: dt.date, last: dt.date, step: int) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range(0, (last - first).days + 1, step)]


def test_query_matches_brute_force_over_two_months(store: Store) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    start = dt.date(2023, 5, 1)
    for i in range(60):  # one due date per day, rotating status and acknowledgements
        due = calendar().adjust(start + dt.timedelta(days=i))
        status = ["open", "open", "open", "submitted", "waived"][i % 5]
        ack = due + dt.timedelta(days=4) if i % 7 == 0 else None
        add_occurrence(store.engine, task, WARDS[i % 3], due, period=f"d{i}", status=status, ack_until=ack)
    assert _agreeing(store, _days(dt.date(2023, 5, 1), dt.date(2023, 8, 31), 1), lambda day: None) > 100


def test_query_matches_brute_force_over_catch_up_windows(store: Store) -> None:
    """With a window of missed days (up to 12 days back), the query still agrees row for row."""
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    start = dt.date(2023, 5, 1)
    for i in range(60):
        due = calendar().adjust(start + dt.timedelta(days=i))
        ack = due + dt.timedelta(days=4) if i % 6 == 0 else None
        add_occurrence(store.engine, task, WARDS[i % 3], due, period=f"d{i}", ack_until=ack)

    def since(day: dt.date) -> dt.date | None:
        return window_start(day, day - dt.timedelta(days=2 + day.toordinal() % 11), calendar(), 30)

    assert _agreeing(store, _days(dt.date(2023, 5, 3), dt.date(2023, 8, 31), 3), since) > 100


def test_only_the_needed_rows_are_read(store: Store) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    wanted = add_occurrence(store.engine, task, WARDS[0], Q2_DUE)
    for i in range(40):  # due dates nowhere near a step on 03/07/2023
        add_occurrence(store.engine, task, WARDS[1], dt.date(2023, 9, 1) + dt.timedelta(days=i), period=f"x{i}")
    with Session(store.engine) as session:
        result = find_due_steps(session, dt.date(2023, 7, 3), policies(), calendar())
    assert result.rows_read == 1 and [c.occurrence_id for c in result.candidates] == [wanted]
    assert Q2_DUE in result.due_dates


def test_paging_by_id_covers_every_candidate_once(store: Store) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    ids = [add_occurrence(store.engine, task, WARDS[i % 3], Q2_DUE, period=f"p{i}") for i in range(7)]
    seen: list[int] = []
    after = None
    with Session(store.engine) as session:
        while True:
            page = find_due_steps(session, dt.date(2023, 7, 3), policies(), calendar(), limit=3, after_id=after)
            if page.last_id is None:
                break
            seen.extend(c.occurrence_id for c in page.candidates)
            after = page.last_id
    assert seen == ids


def test_unknown_policy_falls_back_to_default_and_is_counted(store: Store) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine, policy="khong-co")
    add_occurrence(store.engine, task, WARDS[0], Q2_DUE)
    with Session(store.engine) as session:
        result = find_due_steps(session, dt.date(2023, 7, 3), policies(), calendar(), org_root=THI_UY)
    assert [c.step.step_key for c in result.candidates] == ["overdue-1#0"]
    assert result.unknown_policies == {"khong-co": 1}


def test_a_day_off_finds_nothing_without_querying(store: Store) -> None:
    with Session(store.engine) as session:
        result = find_due_steps(session, dt.date(2023, 7, 1), policies(), calendar())
    assert result.candidates == [] and result.rows_read == 0 and result.due_dates == []

"""Rule types: canonical round-trip, validation, expansion properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calendar_rules import RulesError, expand, load_calendar, parse_canonical, rrule_of, rules

CAL = load_calendar()

dates = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2038, 12, 31))
periods = st.one_of(
    st.integers(2016, 2038).map(str),
    st.builds(lambda y, h: f"{y}-H{h}", st.integers(2016, 2038), st.integers(1, 2)),
    st.builds(lambda y, q: f"{y}-Q{q}", st.integers(2016, 2038), st.integers(1, 4)),
    st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(2016, 2038), st.integers(1, 12)),
)


@st.composite
def recurring(draw):  # type: ignore[no-untyped-def]
    freq = draw(st.sampled_from(["monthly", "quarterly", "semiannual", "annual"]))
    months = {"monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}[freq]
    anchors = ["end", f"month:{draw(st.integers(1, months))}", f"workday:{draw(st.sampled_from([1, 3, -1]))}"]
    anchors += [f"after:{draw(st.integers(1, 12))}", f"after:{draw(st.integers(1, 3))}:day:{draw(st.integers(1, 31))}"]
    if freq == "annual":
        anchors += [
            f"date:{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}",
            f"prevyear-month:{draw(st.integers(1, 12))}",
        ]
    start = draw(st.none() | dates)
    until = draw(st.none() | dates)
    if start and until and until < start:
        start, until = until, start
    return rules.Recurring(
        freq=freq,
        anchor=draw(st.sampled_from(anchors)),
        start=start,
        until=until,
        overrides=tuple(draw(st.lists(st.tuples(periods, dates), max_size=2, unique_by=lambda t: t[0]))),
        skips=tuple(draw(st.lists(periods, max_size=2))),
        offset_days=draw(st.integers(-20, 40)),
    )


any_rule = st.one_of(
    st.builds(rules.FixedDate, dates),
    st.builds(rules.EndOfPeriod, periods),
    st.builds(rules.Before, dates, st.booleans()),
    st.builds(lambda a, b: rules.Range(min(a, b), max(a, b)), dates, dates),
    st.builds(
        rules.Relative,
        st.text(alphabet="abcđêôư sau khi có hướng dẫn'\"", min_size=1).filter(str.strip),
        st.integers(-60, 60),
        st.booleans(),
    ),
    st.builds(rules.Continuous, st.none() | recurring()),
    st.just(rules.AdHoc()),
    recurring(),
)


@given(any_rule)
def test_canonical_text_round_trips(rule) -> None:  # type: ignore[no-untyped-def]
    assert parse_canonical(str(rule)) == rule


@settings(max_examples=150, deadline=None)
@given(any_rule, dates, st.integers(0, 1200))
def test_expansion_is_sorted_unique_inside_the_window_and_deterministic(rule, start, length) -> None:  # type: ignore[no-untyped-def]
    end = min(start + dt.timedelta(days=length), dt.date(2039, 12, 31))
    first = expand(rule, start, end, CAL)
    assert first == expand(rule, start, end, CAL)
    assert [o.due for o in first] == sorted(o.due for o in first)
    assert len({o.period for o in first}) == len(first)
    assert all(start <= o.due <= end for o in first)


@settings(max_examples=150, deadline=None)
@given(any_rule, dates)
def test_next_working_day_adjustment_is_never_a_day_off_nor_earlier(rule, start) -> None:  # type: ignore[no-untyped-def]
    for occurrence in expand(rule, start, min(start + dt.timedelta(days=800), dt.date(2039, 12, 31)), CAL, "next"):
        assert not CAL.is_day_off(occurrence.adjusted_due)
        assert occurrence.adjusted_due >= occurrence.due


def test_before_a_day_is_due_the_day_before_unless_lenient() -> None:
    assert rules.Before(dt.date(2023, 4, 30)).due == dt.date(2023, 4, 29)
    assert rules.Before(dt.date(2023, 4, 30), lenient=True).due == dt.date(2023, 4, 30)


def test_quarter_end_on_a_saturday_moves_to_monday() -> None:
    [occ] = expand(rules.EndOfPeriod("2023-Q3"), dt.date(2023, 1, 1), dt.date(2023, 12, 31), CAL)
    assert (occ.period, occ.due, occ.adjusted_due) == ("2023-Q3", dt.date(2023, 9, 30), dt.date(2023, 10, 2))


def test_a_due_date_in_tet_moves_past_tet() -> None:
    [occ] = expand(rules.FixedDate(dt.date(2024, 2, 9)), dt.date(2024, 1, 1), dt.date(2024, 12, 31), CAL)
    assert occ.adjusted_due == dt.date(2024, 2, 15)
    [prev] = expand(rules.FixedDate(dt.date(2024, 2, 9)), dt.date(2024, 1, 1), dt.date(2024, 12, 31), CAL, "previous")
    assert prev.adjusted_due == dt.date(2024, 2, 7)


def test_yearly_rule_with_a_one_year_exception() -> None:
    # "quý III hằng năm (riêng năm 2021 báo cáo vào tháng 12/2021)"
    rule = parse_canonical("every year at month:9 from 2021-01-01 until 2025-12-31 override 2021=2021-12-31")
    got = [(o.period, o.due) for o in expand(rule, dt.date(2021, 1, 1), dt.date(2025, 12, 31), CAL)]
    assert got[0] == ("2021", dt.date(2021, 12, 31))
    assert got[1:] == [(str(y), dt.date(y, 9, 30)) for y in range(2022, 2026)]


def test_previous_year_anchor_keeps_the_period_of_the_year_it_serves() -> None:
    # "tháng 12 của năm trước đó": the plan for 2024 is due 31/12/2023
    occs = expand(rules.Recurring("annual", "prevyear-month:12"), dt.date(2023, 1, 1), dt.date(2024, 12, 31), CAL)
    assert [(o.period, o.due) for o in occs] == [("2024", dt.date(2023, 12, 31)), ("2025", dt.date(2024, 12, 31))]


def test_semiannual_rule_has_two_anchors_a_year_and_an_rrule() -> None:
    rule = rules.Recurring("semiannual")
    assert [o.due for o in expand(rule, dt.date(2023, 1, 1), dt.date(2023, 12, 31), CAL)] == [
        dt.date(2023, 6, 30),
        dt.date(2023, 12, 31),
    ]
    assert rrule_of(rule) == "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1"


@pytest.mark.parametrize(
    "text, words",
    [
        ("every fortnight at end", "tần suất"),
        ("every quarter at month:4", "tháng phải từ 1 đến 3"),
        ("every quarter at date:03-31", "chỉ dùng cho quy tắc hằng năm"),
        ("on 2023-02-30", "không phải ngày"),
        ("end 2023-Q5", "kỳ"),
        ("range 2023-05-01..2023-04-01", "ngược"),
        ("sometime soon", "không đúng dạng chuẩn"),
    ],
)
def test_invalid_canonical_text_is_refused_in_plain_words(text: str, words: str) -> None:
    with pytest.raises(RulesError, match=words):
        parse_canonical(text)


@pytest.mark.parametrize(
    "canonical, window, expected, rrule",
    [
        # "Tờ khai tháng: chậm nhất là ngày thứ 20 của tháng tiếp theo": January's return is due 20/2
        (
            "every month at after:1:day:20",
            (dt.date(2023, 1, 1), dt.date(2023, 3, 31)),
            [("2022-12", dt.date(2023, 1, 20)), ("2023-01", dt.date(2023, 2, 20)), ("2023-02", dt.date(2023, 3, 20))],
            "FREQ=MONTHLY;BYMONTHDAY=20",
        ),
        # "ngày cuối cùng của tháng đầu quý tiếp theo": Q4's return is due 31/1 of the next year
        (
            "every quarter at after:1",
            (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
            [
                ("2022-Q4", dt.date(2023, 1, 31)),
                ("2023-Q1", dt.date(2023, 4, 30)),
                ("2023-Q2", dt.date(2023, 7, 31)),
                ("2023-Q3", dt.date(2023, 10, 31)),
            ],
            "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=-1",
        ),
        # "ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm": the year's return is due 31/3 of the next
        (
            "every year at after:3",
            (dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
            [("2022", dt.date(2023, 3, 31)), ("2023", dt.date(2024, 3, 31))],
            "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1",
        ),
        # a day past the month's end is its last day: "ngày 31 của tháng sau" in February is 28/2
        (
            "every month at after:1:day:31",
            (dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
            [("2023-01", dt.date(2023, 2, 28))],
            None,
        ),
    ],
)
def test_an_after_anchor_is_due_after_its_period_and_keeps_the_period(
    canonical: str, window: tuple[dt.date, dt.date], expected: list[tuple[str, dt.date]], rrule: str | None
) -> None:
    rule = parse_canonical(canonical)
    assert str(rule) == canonical
    assert [(o.period, o.due) for o in expand(rule, *window, CAL)] == expected
    assert rule.rrule() == rrule  # type: ignore[union-attr]


@pytest.mark.parametrize("anchor", ["after:0", "after:13", "after:1:day:0", "after:1:day:32", "after:x"])
def test_an_after_anchor_out_of_range_is_refused(anchor: str) -> None:
    with pytest.raises(RulesError):
        rules.Recurring("monthly", anchor)

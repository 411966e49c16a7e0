"""The direct iCal writer against the ``icalendar`` package, byte for byte.

``render_calendar`` writes its content lines itself (``calendar_rules/ical_text.py``) because
``icalendar`` is too slow for a feed of thousands of events; ``render_calendar_reference`` is
the same calendar built with ``icalendar``. Every piece and whole calendars are compared on
edge cases and on a large generated corpus, and the fast bytes are parsed by both parsers."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

import icalendar
import pytest
from icalendar.parser.string import _foldline

from calendar_rules.ical import (
    FeedEvent,
    FeedState,
    occurrence_uid,
    render_calendar,
    render_calendar_reference,
    unit_day_uid,
)
from calendar_rules.ical_text import escape_text, fold, format_date, format_duration, format_integer, format_utc
from tests.support.ical import event, parse_both

# Characters that stress escaping and folding: 1-, 2-, 3- and 4-byte UTF-8, the TEXT specials,
# the caret icalendar keeps whole across a fold, and every line ending.
ALPHABET = list("aZ09 .-/:@") + list("ếặươđĐÁỡẫ") + ["—", "“", "”", "…", "€", "😀", "𝄞"]
SPECIALS = ["\\", ";", ",", "\n", "\r", "\r\n", "^", "\\N", "\\n", '"', "\t"]


def both(events: list[FeedEvent], **calendar: object) -> tuple[bytes, bytes]:
    fast = render_calendar(events, **calendar)  # type: ignore[arg-type]
    reference = render_calendar_reference(events, **calendar)  # type: ignore[arg-type]
    return fast, reference


def assert_same(events: list[FeedEvent], **calendar: object) -> bytes:
    fast, reference = both(events, **calendar)
    assert fast == reference, _first_difference(fast, reference)
    return fast


def _first_difference(fast: bytes, reference: bytes) -> str:
    for number, (a, b) in enumerate(zip(fast.split(b"\r\n"), reference.split(b"\r\n"), strict=False)):
        if a != b:
            return f"line {number}: fast {a!r} != reference {b!r}"
    return f"lengths {len(fast)} != {len(reference)}"


# --------------------------------------------------------------------------- the pieces


@pytest.mark.parametrize("wide", ["ế", "—", "😀"])
@pytest.mark.parametrize("marker", ["", "\\", "^", "\\\\", "\\^"])
def test_fold_matches_icalendar_at_every_boundary_offset(wide: str, marker: str) -> None:
    # a wide character or an escape lands on each octet around the 74-octet piece boundary
    for pad in range(60, 160):
        for tail in ("", "x", wide * 3, "y" * 80):
            line = "DESCRIPTION:" + "a" * pad + marker + wide + tail + marker
            assert fold(line.encode()) == _foldline(line).encode(), (pad, tail)


def test_fold_keeps_short_lines_and_cuts_at_74_octets() -> None:
    assert fold(b"x" * 74) == b"x" * 74
    assert fold(b"x" * 75) == b"x" * 74 + b"\r\n x" == _foldline("x" * 75).encode()
    vietnamese = "ệ" * 40  # 3 octets each: 24 fit a piece (72 octets), never half of one
    folded = fold(vietnamese.encode())
    assert folded == _foldline(vietnamese).encode()
    assert all(len(piece) <= 75 for piece in folded.split(b"\r\n"))
    assert folded.replace(b"\r\n ", b"").decode() == vietnamese


def test_fold_matches_icalendar_on_random_lines() -> None:
    rng = random.Random(5545)
    pool = ALPHABET + SPECIALS
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 400)))
        line = "SUMMARY:" + escape_text(text)
        assert fold(line.encode()) == _foldline(line).encode(), line


def test_escape_text_matches_vtext() -> None:
    rng = random.Random(11)
    cases = ["", "a,b;c\\d", "dòng 1\ndòng 2\r\ndòng 3\rhết", "\\N giữa", "\\\\N", "\\;", "a\\,b", ";;,,"]
    cases += ["".join(rng.choice(ALPHABET + SPECIALS) for _ in range(60)) for _ in range(500)]
    for text in cases:
        assert escape_text(text).encode() == icalendar.vText(text).to_ical(), text


def test_values_match_icalendar_types() -> None:
    for day in (dt.date(1, 1, 1), dt.date(999, 12, 31), dt.date(2024, 2, 29), dt.date(9999, 12, 31)):
        assert format_date(day).encode() == icalendar.vDate(day).to_ical()
    for number in (-(2**31), -1, 0, 42, 2**31 - 1):
        assert format_integer(number).encode() == icalendar.vInt(number).to_ical()
    moment = dt.datetime(2024, 7, 1, 0, 5, 9, tzinfo=dt.UTC)
    assert format_utc(moment).encode() == icalendar.vDatetime(moment).to_ical() == b"20240701T000509Z"
    deltas = [dt.timedelta(minutes=m) for m in (1, 59, 60, 61, 90, 1439, 1440, 1441, 10080, 10081)]
    deltas += [dt.timedelta(days=d) for d in (-30, -7, -3, -1, 1, 7)]
    deltas += [dt.timedelta(seconds=s) for s in (1, 3601, 3660, 86399, -1, -3601, -90061)]
    for delta in deltas:
        assert format_duration(delta).encode() == icalendar.vDuration(delta).to_ical(), delta


# --------------------------------------------------------------------------- whole calendars


def test_every_state_with_and_without_optional_fields_is_identical() -> None:
    bare = {
        "plan_number": None,
        "task_code": None,
        "period_label": None,
        "report_to_name": None,
        "evidence": None,
        "evidence_line": None,
        "link": None,
        "categories": (),
    }
    empty = {key: "" for key in ("plan_number", "task_code", "period_label", "report_to_name", "evidence", "link")}
    for state in FeedState:
        for changes in ({}, bare, empty, {"evidence_line": 0}, {"categories": (None, "", "a,b", "c;d\\e")}):
            for days in (0, 1, 3, 14):
                body = assert_same([event(state=state, alarm_days_before=days, **changes)], name="x")
                assert (b"BEGIN:VALARM" in body) == (days > 0 and state.value.startswith(("up", "due", "over")))


def test_texts_with_specials_and_vietnamese_at_the_fold_are_identical() -> None:
    events = []
    for pad in range(0, 90):
        for special in ("ế", "Đ", "\\", ";", ",", "\n", "^", "😀", "—"):
            text = "Báo cáo " + "x" * pad + special + "ượng tổng hợp, kết quả; năm 2024"
            events.append(
                event(
                    title=text,
                    assignee_name=text,
                    evidence=text * 3,
                    report_to_name=text,
                    link="https://lich.dondoc.test/s/" + "a" * pad + "?t=b,c;d\\e",
                    categories=(text,),
                    uid=occurrence_uid("kh-" + "p" * pad, "II.2.2-3/cấp dưới" + special, "chi-bo", "2023-Q2"),
                )
            )
    body = assert_same(events, name="Hạn báo cáo — Đảng ủy", description="Mô tả, có; dấu \\ đủ cả")
    assert len(parse_both(body).walk("VEVENT")) == len(events)


def test_summary_events_and_long_descriptions_are_identical() -> None:
    notes = (
        "Chưa nộp: 12",
        "Đã nộp: 3",
        "Được miễn: 1",
        "Xem chi tiết: https://lich.dondoc.test/committees/ha-noi-h09",
    )
    summary = event(
        uid=unit_day_uid("dang-uy-phuong-nguyen-nghiem", dt.date(2023, 6, 30)),
        title="Các đơn vị trực thuộc Đảng ủy phường Nguyễn Nghiêm: 16 kỳ báo cáo",
        assignee_name="5 đơn vị trực thuộc Đảng ủy phường Nguyễn Nghiêm",
        plan_number=None,
        task_code=None,
        period_label=None,
        report_to_name=None,
        evidence=None,
        evidence_line=None,
        link=None,
        categories=(),
        notes=notes,
    )
    long_text = "Định kỳ hằng quý (trước ngày 30 của tháng cuối quý) báo cáo kết quả; " * 40
    events = [summary, event(evidence=long_text), event(notes=(long_text, "", "\\N"))]
    events += [event(state=state, notes=notes) for state in FeedState]
    assert_same(events, name="Hạn báo cáo — Thị ủy Đức Phổ và các đơn vị trực thuộc", description=long_text)


def test_calendar_header_variants_are_identical() -> None:
    names = ["x", "", "Hạn báo cáo — Đảng ủy phường Nguyễn Nghiêm, Thị ủy; Đức Phổ \\ (cũ)" * 2, "^" * 80, "a\rb"]
    for name in names:
        for description in (None, "", "Mô tả, có; dấu \\ và \\N", "ệ" * 70):
            for minutes in (1, 60, 90, 1440, 10081):
                assert_same([event()], name=name, description=description, refresh_minutes=minutes)


def test_sequences_and_modification_times_are_identical() -> None:
    hcm = ZoneInfo("Asia/Ho_Chi_Minh")
    for sequence in (0, 1, 7, 2_147_483_647):
        for moment in (
            dt.datetime(2024, 7, 1, 0, 0, 0, 999999, tzinfo=hcm),  # the previous day in UTC
            dt.datetime(2023, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
            dt.datetime(2024, 2, 29, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ):
            assert_same([event(sequence=sequence, last_modified=moment)], name="x")
    for outside in (2**31, -(2**31) - 1):  # INTEGER's range: both writers refuse what is beyond it
        with pytest.raises(ValueError, match="outside the RFC 5545 range"):
            render_calendar([event(sequence=outside)], name="x")
        with pytest.raises(ValueError, match="outside the RFC 5545 range"):
            render_calendar_reference([event(sequence=outside)], name="x")


def test_a_large_random_corpus_is_identical() -> None:
    rng = random.Random(16)
    pool = ALPHABET * 4 + SPECIALS

    one_line = [c for c in pool if "\n" not in c and "\r" not in c]  # URL, NAME and X- values are verbatim

    def text(longest: int, chars: list[str] = pool) -> str:
        return "".join(rng.choice(chars) for _ in range(rng.randrange(0, longest)))

    def maybe(longest: int) -> str | None:
        return rng.choice([None, "", text(longest)])

    events = []
    for number in range(1500):
        due = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
        events.append(
            FeedEvent(
                uid=occurrence_uid(text(20), text(30), text(20), "2023-Q2") if number % 3 else text(90),
                due=due,
                title=text(120),
                state=rng.choice(list(FeedState)),
                sequence=rng.randrange(0, 10_000),
                last_modified=dt.datetime(2023, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=rng.randrange(10**8)),
                assignee_name=text(80),
                plan_number=maybe(20),
                task_code=maybe(20),
                period_label=maybe(20),
                report_to_name=maybe(90),
                evidence=maybe(400),
                evidence_line=rng.choice([None, 0, rng.randrange(1, 2000)]),
                link=rng.choice([None, "", "https://lich.dondoc.test/s/" + text(150, one_line)]),
                categories=tuple(maybe(30) for _ in range(rng.randrange(0, 4))),
                alarm_days_before=rng.choice([0, 1, 3, 7]),
                notes=tuple(text(60) for _ in range(rng.randrange(0, 4))),
            )
        )
    body = assert_same(events, name=text(100, one_line), description=text(300, one_line) or None)
    assert body.count(b"BEGIN:VEVENT") == len(events)


def test_a_verbatim_url_with_a_newline_is_refused_like_icalendar_refuses_it() -> None:
    # URL is written verbatim, where a newline would end the line and start a forged one
    for link in ("https://a.test/\nBEGIN:VEVENT", "https://a.test/\r"):
        for writer in (render_calendar, render_calendar_reference):
            with pytest.raises(ValueError, match="may not contain CR or LF"):
                writer([event(link=link)], name="x")


def test_the_calendar_name_and_description_are_escaped_text_so_a_comma_stays_in_the_name() -> None:
    # "xã A, huyện B" unescaped would be a list of two names to a client that reads NAME as TEXT (RFC 7986)
    name = "Hạn báo cáo — Đảng ủy xã A, huyện B; khối\nXã"
    description = "Hạn của xã A, huyện B\nvà các chi bộ"
    body = assert_same([event()], name=name, description=description)
    lines = body.replace(b"\r\n ", b"").decode().split("\r\n")  # unfolded
    wanted = r"Hạn báo cáo — Đảng ủy xã A\, huyện B\; khối\nXã"
    assert f"NAME:{wanted}" in lines and f"X-WR-CALNAME:{wanted}" in lines
    assert r"X-WR-CALDESC:Hạn của xã A\, huyện B\nvà các chi bộ" in lines
    # written as the typed TEXT property DESCRIPTION is written, which icalendar reads back to the words given
    calendar = icalendar.Calendar.from_ical(assert_same([event()], name=name, description=name))
    assert calendar["NAME"].to_ical() == calendar["X-WR-CALNAME"].to_ical() == calendar["DESCRIPTION"].to_ical()
    assert str(calendar["DESCRIPTION"]) == name

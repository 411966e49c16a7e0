"""The parser's shared pieces: a reader written from a pattern's match, a mask of a pattern's matches, a weekday's
word, a wording that sets no deadline."""

from __future__ import annotations

import datetime as dt
import re

from calendar_rules.parser.dates import weekday_number
from calendar_rules.parser.normalize import Folded, blank_matches, fold
from calendar_rules.parser.reader import Match, on_match
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.parser.wordings import Wording
from calendar_rules.rules import Relative, Rule

_DAYS_RE = re.compile(r"\b(\d{1,2})\s*ngay\b")


@on_match(_DAYS_RE)
def _days(match: Match, phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule:
    """A count of days after an event."""
    found.spans.append(match.span())
    return Relative("sự kiện", int(match.group(1)))


def test_a_reader_on_a_match_reads_from_the_first_match() -> None:
    found = Found()
    rule = _days(fold("trong 15 ngày, hoặc 20 ngày"), None, found, Conventions())
    assert rule == Relative("sự kiện", 15)
    assert found.spans == [(6, 13)]


def test_a_reader_on_a_match_leaves_a_phrase_without_it_to_the_next() -> None:
    found = Found()
    assert _days(fold("trước ngày 15/3/2024"), None, found, Conventions()) is None
    assert found == Found()


def test_a_reader_on_a_match_keeps_its_name_and_docstring() -> None:
    assert _days.__name__ == "_days"
    assert _days.__doc__ == "A count of days after an event."


def test_blank_matches_blanks_the_group_of_the_first_matches_only() -> None:
    text = "ngay 1/2, ngay 3/4, ngay 5/6"
    pattern = re.compile(r"ngay (\d/\d)")
    assert blank_matches(text, pattern) == " " * 8 + ", " + " " * 8 + ", " + " " * 8
    assert blank_matches(text, pattern, 1, most=2) == "ngay    , ngay    , ngay 5/6"


def test_the_word_after_thu_names_its_weekday_as_date_weekday() -> None:
    assert [weekday_number(w) for w in ("hai", "ba", "tu", "nam", "sau", "bay")] == [0, 1, 2, 3, 4, 5]
    assert [weekday_number(str(n)) for n in range(2, 8)] == [0, 1, 2, 3, 4, 5]
    assert dt.date(2026, 5, 22).weekday() == weekday_number("sau")  # a Friday


_CLOSED = Wording(
    re.compile(r"\bnghi\s*le\b"),
    "ngày nghỉ lễ",
    limit=re.compile(r"\btruoc\b"),
    duty=re.compile(r"(?i)(?<!\w)phải(?!\w)"),
)
_OPENS_DATED = Wording(re.compile(r"nam\s*tai\s*chinh\s*la\b"), "định nghĩa", opens=True, dated=True)


def test_a_wording_gives_its_reason_unless_a_limit_or_a_duty_stands_beside_it() -> None:
    assert _CLOSED(fold("Lịch nghỉ lễ từ 30/4 đến 1/5")) == "ngày nghỉ lễ"
    assert _CLOSED(fold("Lịch nghỉ lễ: báo cáo trước 28/4")) is None  # a limit, in the folded text
    assert _CLOSED(fold("Nghỉ lễ 30/4, các đơn vị phải trực")) is None  # a duty, in the text as written
    assert _CLOSED(fold("Làm việc từ 30/4 đến 1/5")) is None  # the wording is absent


def test_a_wording_may_have_to_open_the_phrase_beside_a_time() -> None:
    assert _OPENS_DATED(fold("Năm tài chính là năm dương lịch, từ ngày 01/01 đến ngày 31/12")) == "định nghĩa"
    assert _OPENS_DATED(fold("Năm tài chính là năm dương lịch")) is None  # no time written
    assert _OPENS_DATED(fold("Theo luật, năm tài chính là năm dương lịch, đến ngày 31/12")) is None  # not its start

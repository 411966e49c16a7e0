"""The Zalo error-code table: read from its CSV once, and refused with its line when a row is malformed."""

from __future__ import annotations

from pathlib import Path

import pytest

from notifications.channels.zalo_codes import CODES_FILE, ZALO_ERRORS, ZaloCode, read_codes

HEADER = "code,meaning,permanent,retry_after,expired_token\n"


def test_the_shipped_table_says_what_to_do_about_each_code() -> None:
    assert read_codes(CODES_FILE) == ZALO_ERRORS
    assert ZALO_ERRORS[-32] == ZaloCode("request rate limit exceeded", permanent=False, retry_after=60.0)
    assert ZALO_ERRORS[-124].expired_token and ZALO_ERRORS[-124].permanent
    assert ZALO_ERRORS[-211].retry_after == 3600.0 and not ZALO_ERRORS[-211].permanent
    assert all(code < 0 for code in ZALO_ERRORS)


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        ("-32,rate limit,maybe,60,no\n", ":2: permanent must be yes or no, not 'maybe'"),
        ("-32,rate limit,no,soon,no\n", ":2: code and retry_after must be numbers"),
        ("-32,rate limit,no\n", ":2: expected the 5 columns"),
        ("-32,rate limit,no,,no,extra\n", ":2: expected the 5 columns"),
        ("-32,a,no,,no\n-32,b,yes,,no\n", ":3: code -32 is listed twice"),
    ],
)
def test_a_malformed_row_is_refused_with_its_line(tmp_path: Path, rows: str, said: str) -> None:
    table = tmp_path / "codes.csv"
    table.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(ValueError) as raised:
        read_codes(table)
    assert str(raised.value).startswith(f"{table}{said}")


def test_a_table_without_its_header_is_refused(tmp_path: Path) -> None:
    table = tmp_path / "codes.csv"
    table.write_text("-32,rate limit,no,60,no\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":1: the header must be code,meaning,permanent,retry_after,expired_token"):
        read_codes(table)

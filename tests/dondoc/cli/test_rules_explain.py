"""`dondoc rules explain`: the JSON contract other parts rely on, and its exit codes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.support.cli import Cli


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """``dondoc rules explain ARGS`` in-process, read back as a finished process."""
    result = Cli(Path(os.environ["DONDOC_HOME"]), None)("rules", "explain", *args)
    return subprocess.CompletedProcess(["dondoc", "rules", "explain", *args], result.code, result.stdout, result.stderr)


def test_json_has_exactly_the_documented_fields() -> None:
    proc = _run("trước ngày 30/4/2023", "--issued", "2023-01-09", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {
        "phrase",
        "kind",
        "confidence",
        "canonical",
        "span",
        "start",
        "due",
        "frequency",
        "rrule",
        "occurrences",
        "warnings",
        "reason",
    }
    assert data["kind"] == "fixed" and data["canonical"] == "before 2023-04-30" and data["due"] == "2023-04-29"
    # 29/4/2023 is Giỗ Tổ on a Saturday: the next working day is Thursday 4/5
    assert data["occurrences"] == [{"period": "2023-04-29", "due": "2023-04-29", "adjusted_due": "2023-05-04"}]


def test_readable_explanation_is_vietnamese_with_the_weekday() -> None:
    proc = _run("chậm nhất cuối quý II/2023", "--issued", "2023-01-09")
    assert proc.returncode == 0
    assert "Hạn: Thứ Sáu, 30/06/2023 (cuối quý II/2023)" in proc.stdout


def test_a_phrase_not_understood_exits_3_with_the_reason() -> None:
    proc = _run("tư tưởng, đạo đức", "--issued", "2023-01-09", "--json")
    assert proc.returncode == 3
    data = json.loads(proc.stdout)
    assert data["kind"] == "unparsed" and data["reason"]


def test_a_bad_date_option_is_one_line_and_non_zero() -> None:
    proc = _run("quý II/2023", "--issued", "hôm qua")
    assert proc.returncode != 0 and "dd/mm/yyyy" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    impossible = _run("quý II/2023", "--issued", "31/02/2023")
    assert impossible.returncode != 0 and "không tồn tại" in impossible.stderr


def test_dates_are_written_the_vietnamese_way_on_the_command_line() -> None:
    proc = _run("quý II/2023", "--issued", "09/01/2023")
    assert proc.returncode == 0 and "30/06/2023" in proc.stdout


def test_a_phrase_that_starts_with_a_bullet_dash_is_parsed_not_taken_for_an_option() -> None:
    from typer.testing import CliRunner

    from dondoc.cli.main import app

    runner = CliRunner()
    plain = runner.invoke(app, ["rules", "explain", "- Thời gian: hằng tháng.", "--issued", "09/01/2023", "--json"])
    assert plain.exit_code == 0, plain.output
    assert json.loads(plain.output)["canonical"] == "every month at end"
    after_dashes = runner.invoke(
        app, ["rules", "explain", "--issued", "09/01/2023", "--json", "--", "- Đến năm 2025: tỷ lệ dưới 24%"]
    )
    assert after_dashes.exit_code == 0, after_dashes.output
    assert json.loads(after_dashes.output)["due"] == "2025-12-31"


def test_a_30_kb_phrase_is_explained_in_a_few_seconds() -> None:
    import time

    from typer.testing import CliRunner

    from dondoc.cli.main import app

    phrase = "hoàn thành trước ngày 30/4/2023, " + "từ " * 10_000
    started = time.perf_counter()
    outcome = CliRunner().invoke(app, ["rules", "explain", "--issued", "09/01/2023", "--", phrase])
    assert time.perf_counter() - started < 5.0
    assert outcome.exit_code == 0 and "29/04/2023" in outcome.output

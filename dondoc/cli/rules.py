"""``dondoc rules explain``: what a deadline phrase means, as a rule and as dates."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated

import typer

from calendar_rules import expand, parse_phrase
from calendar_rules.parser import explain_json, explain_vi
from dondoc.cli.options import optional_day
from dondoc.errors import DondocError

app = typer.Typer(help="Quy tắc thời hạn: giải thích một cụm từ thời hạn.", no_args_is_help=True)


@app.command(
    help="Đọc một cụm từ thời hạn tiếng Việt, in quy tắc chuẩn và các ngày hạn (mã thoát 3 nếu không hiểu).",
    # plan bullets start with "-": "- Thời gian: quý II/2023" is a phrase, not an option
    context_settings={"ignore_unknown_options": True},
)
def explain(
    phrase: Annotated[str, typer.Argument(help='Cụm từ, ví dụ "chậm nhất cuối quý II/2023".')],
    issued: Annotated[
        str | None, typer.Option("--issued", help="Ngày ban hành văn bản (dd/mm/yyyy); mặc định hôm nay.")
    ] = None,
    from_: Annotated[
        str | None, typer.Option("--from", help="Đầu khoảng liệt kê hạn (mặc định 1/1 năm ban hành).")
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="Cuối khoảng liệt kê hạn (mặc định 31/12 năm ban hành).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="In một đối tượng JSON.")] = False,
) -> None:
    from dondoc.clock import local_today
    from dondoc.settings import get_settings
    from dondoc.workcal import working_calendar

    issued_day = optional_day(issued, "issued") or local_today()
    start = optional_day(from_, "from") or dt.date(issued_day.year, 1, 1)
    end = optional_day(to, "to") or dt.date(issued_day.year, 12, 31)
    if end < start:
        raise DondocError("--to phải sau --from")
    result = parse_phrase(phrase, issued_day)
    occurrences = expand(result.rule, start, end, working_calendar(get_settings())) if result.rule is not None else []
    if as_json:
        typer.echo(json.dumps(explain_json(result, occurrences), ensure_ascii=False, indent=2))
    else:
        typer.echo(explain_vi(result, occurrences))
    if result.rule is None:
        raise typer.Exit(3)

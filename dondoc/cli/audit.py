"""``dondoc audit``: what auditors read — verify the hash chain, read and export the history.

Times are shown dd/mm/yyyy HH:MM in Asia/Ho_Chi_Minh; exports carry the stored
UTC instant too, with each row's ``prev_hash`` and ``hash`` so an auditor can
re-check the chain outside dondoc.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from sqlmodel import Session, col

from calendar_rules.vietnamese import format_local_time
from dondoc.cli.options import optional_day
from dondoc.db.models import HistoryEvent
from dondoc.db.store import open_store
from dondoc.errors import FieldError
from dondoc.history.queries import (
    EXPORT_FIELDS,
    KIND_LABELS,
    csv_row,
    history_query,
    row_json,
    rows_in_order,
)
from dondoc.history.report import DETECTED, NOT_DETECTED, verify_all
from dondoc.history.verify import ChainBreak
from dondoc.settings import get_settings

app = typer.Typer(help="Kiểm toán: kiểm tra tính toàn vẹn của lịch sử, xem và xuất nhật ký.", no_args_is_help=True)


VERIFY_HELP = (
    "Kiểm tra lịch sử: chuỗi băm, chữ ký bằng khóa kiểm toán (DONDOC_HOME/audit.key) và các mốc kiểm tra "
    "(DONDOC_HOME/checkpoints/). Mặc định kiểm tra từ mốc kiểm tra mới nhất còn khớp (mã băm dòng đầu mốc, "
    "số dòng đến đó) và chỉ đọc lại các dòng sau; --full đọc lại toàn bộ chuỗi. "
    f"Phát hiện: {DETECTED}. Không phát hiện: {NOT_DETECTED}."
)


def _break_line(session: Session, brk: ChainBreak) -> str:
    if brk.kind == "missing":
        return f"LỖI: lịch sử bị xóa: {brk.reason}."
    row = session.get(HistoryEvent, brk.row_id)
    where = f"dòng #{brk.row_id}"
    if row is not None:
        where += f" ({format_local_time(row.at)}, {KIND_LABELS.get(row.kind, row.kind)})"
    return f"LỖI: chuỗi lịch sử bị phá vỡ tại {where}: {brk.reason}."


@app.command("verify", help=VERIFY_HELP)
def verify(
    expect: Annotated[
        str | None,
        typer.Option("--expect", help="Mã băm (hoặc 16 ký tự đầu trở lên) đã ghi lại từ trước, ví dụ từ bản tin tuần."),
    ] = None,
    full: Annotated[
        bool,
        typer.Option("--full", help="Đọc lại và tính lại mã băm của toàn bộ chuỗi, không bắt đầu từ mốc kiểm tra."),
    ] = False,
) -> None:
    if expect is not None and (len(expect) < 16 or any(c not in "0123456789abcdefABCDEF" for c in expect)):
        raise FieldError("expect", f"'{expect}' không phải mã băm (cần ít nhất 16 ký tự 0-9, a-f)")
    engine = open_store()
    with Session(engine) as session:
        report = verify_all(session, get_settings(), expect, full=full)
        result = report.chain
        problems = [_break_line(session, result.first_break)] if result.first_break else []
    problems += [f"LỖI: {problem}." for problem in report.checkpoint_problems]
    problems += [f"LỖI: kỳ báo cáo #{p.occurrence_id}: {p.reason}." for p in report.state]
    checkpoints = result.checkpoints_checked
    summary = f"đã kiểm tra {result.rows_checked} dòng, {checkpoints} mốc kiểm tra"
    if not problems:
        typer.echo(f"Lịch sử toàn vẹn: {summary}; trạng thái khớp lịch sử.")
        typer.echo(f"Phạm vi: {result.scope}.")
        typer.echo(f"Mã băm cuối: {result.last_hash} (dòng #{result.last_id})")
        if result.rows_checked and not checkpoints:
            typer.echo("Lưu ý: không có mốc kiểm tra nào, nên không phát hiện được việc xóa các dòng cuối.")
        if expect:
            typer.echo(f"Mã băm {expect} có trong chuỗi.")
        return
    for line in problems:
        typer.echo(line, err=True)
    typer.echo(f"Phạm vi: {result.scope}.", err=True)
    typer.echo(f"Đã kiểm tra {result.rows_checked} dòng; mã băm cuối còn hợp lệ: {result.last_hash}", err=True)
    raise typer.Exit(1)


def _filtered(
    session: Session,
    org: str | None,
    recipient: str | None,
    plan: str | None,
    start: str | None,
    end: str | None,
    kinds: list[str] | None,
) -> Any:
    return history_query(
        session,
        org=org,
        recipient=recipient,
        plan=plan,
        start=optional_day(start, "from"),
        end=optional_day(end, "to"),
        kinds=kinds,
    )


def _table(rows: list[HistoryEvent]) -> str:
    headers = ["#", "Thời điểm", "Loại", "Người/hệ thống", "Kỳ", "Đơn vị", "Kênh", "Kết quả"]
    body = [
        [
            str(r.id),
            format_local_time(r.at),
            KIND_LABELS.get(r.kind, r.kind),
            r.actor,
            f"#{r.occurrence_id}" if r.occurrence_id else "",
            r.committee_id or "",
            r.channel or "",
            (r.outcome or "").replace("\n", " "),
        ]
        for r in rows
    ]
    widths = [max(len(h), *(len(line[i]) for line in body)) if body else len(h) for i, h in enumerate(headers)]
    widths[-1] = len(headers[-1])  # the last column is not padded
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in body)
    return "\n".join(lines)


@app.command(
    "log",
    help="Xem nhật ký (mới nhất sau cùng), lọc theo đơn vị được nói tới (cả cấp dưới), nơi nhận, kế hoạch, ngày, loại.",
)
def log(
    org: Annotated[
        str | None,
        typer.Option(
            "--org", help="Mã đơn vị mà sự kiện nói về (đơn vị phải nộp báo cáo của kỳ), gồm cả các đơn vị trực thuộc."
        ),
    ] = None,
    recipient: Annotated[
        str | None, typer.Option("--recipient", help="Mã đơn vị đã nhận tin (bị nhắc hoặc được báo cấp trên).")
    ] = None,
    plan: Annotated[str | None, typer.Option("--plan", help="Mã kế hoạch.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="Từ ngày dd/mm/yyyy (giờ Việt Nam).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Đến hết ngày dd/mm/yyyy.")] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", help='Loại sự kiện (lặp lại được), bằng mã hoặc tên tiếng Việt: escalation hay "Báo cấp trên".'
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="Số dòng tối đa (các dòng mới nhất).")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="In dạng JSON.")] = False,
) -> None:
    engine = open_store()
    with Session(engine) as session:
        query = _filtered(session, org, recipient, plan, start, end, kind)
        rows = list(reversed(session.exec(query.order_by(col(HistoryEvent.id).desc()).limit(limit)).all()))
    if as_json:
        typer.echo(json.dumps([row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo("Không có sự kiện nào khớp bộ lọc.")
        return
    typer.echo(_table(rows))
    typer.echo(f"\n{len(rows)} sự kiện (giờ Việt Nam).")


def _write(out: TextIO, rows: Iterator[HistoryEvent], fmt: str) -> int:
    count = 0
    if fmt == "csv":
        out.write("\ufeff")  # Excel reads UTF-8 Vietnamese correctly only with a BOM, as the web's export has
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow(csv_row(row))
            count += 1
    else:
        for row in rows:
            out.write(json.dumps(row_json(row), ensure_ascii=False) + "\n")
            count += 1
    return count


@app.command("export", help="Xuất toàn bộ lịch sử (kèm mã băm) ra CSV hoặc JSON Lines để kiểm toán độc lập.")
def export(
    fmt: Annotated[str, typer.Option("--format", help="csv hoặc jsonl.")] = "csv",
    out: Annotated[Path | None, typer.Option("--out", help="Tệp ghi ra (mặc định: màn hình).")] = None,
) -> None:
    if fmt not in ("csv", "jsonl"):
        raise FieldError("format", f"'{fmt}' không hỗ trợ (chọn csv hoặc jsonl)")
    engine = open_store()
    with Session(engine) as session:
        if out is None:
            _write(sys.stdout, rows_in_order(session), fmt)
            return
        with out.open("w", encoding="utf-8", newline="") as handle:
            count = _write(handle, rows_in_order(session), fmt)
    typer.echo(f"Đã xuất {count} dòng lịch sử ra {out}.")

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
from typing import Annotated, TextIO

import typer
from sqlmodel import Session, col, select

from dondoc.chase.dates import parse_user_date
from dondoc.db.models import HistoryEvent
from dondoc.db.store import open_store
from dondoc.errors import DondocError
from dondoc.history import verify_chain
from dondoc.history.queries import EXPORT_FIELDS, KIND_LABELS, csv_row, history_query, local_time, row_json

app = typer.Typer(help="Kiểm toán: kiểm tra tính toàn vẹn của lịch sử, xem và xuất nhật ký.", no_args_is_help=True)


@app.command("verify", help="Kiểm tra chuỗi băm của lịch sử: dòng bị sửa, xóa, chèn hay đổi thứ tự đều bị phát hiện.")
def verify() -> None:
    engine = open_store()
    with Session(engine) as session:
        result = verify_chain(session)
        if result.ok:
            typer.echo(f"Chuỗi lịch sử toàn vẹn: đã kiểm tra {result.rows_checked} dòng.")
            typer.echo(f"Mã băm cuối: {result.last_hash}")
            return
        brk = result.first_break
        assert brk is not None
        row = session.get(HistoryEvent, brk.row_id)
    where = f"dòng #{brk.row_id}"
    if row is not None:
        where += f" ({local_time(row.at)}, {KIND_LABELS.get(row.kind, row.kind)})"
    typer.echo(f"LỖI: chuỗi lịch sử bị phá vỡ tại {where}: {brk.reason}.", err=True)
    typer.echo(f"Đã kiểm tra {result.rows_checked} dòng; mã băm cuối còn hợp lệ: {result.last_hash}", err=True)
    raise typer.Exit(1)


def _filtered(
    session: Session, org: str | None, plan: str | None, start: str | None, end: str | None, kinds: list[str] | None
):  # type: ignore[no-untyped-def]
    try:
        return history_query(
            session,
            org=org,
            plan=plan,
            start=parse_user_date(start, "--from") if start is not None else None,
            end=parse_user_date(end, "--to") if end is not None else None,
            kinds=kinds,
        )
    except DondocError as exc:
        if str(exc).startswith("loại "):
            raise DondocError(f"--kind: {exc}") from None
        raise


def _table(rows: list[HistoryEvent]) -> str:
    headers = ["#", "Thời điểm", "Loại", "Người/hệ thống", "Kỳ", "Đơn vị", "Kênh", "Kết quả"]
    body = [
        [
            str(r.id),
            local_time(r.at),
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
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in body)
    return "\n".join(lines)


@app.command("log", help="Xem nhật ký (mới nhất sau cùng), lọc theo đơn vị (cả cấp dưới), kế hoạch, ngày, loại.")
def log(
    org: Annotated[
        str | None, typer.Option("--org", help="Mã đơn vị: sự kiện của đơn vị đó và các đơn vị trực thuộc.")
    ] = None,
    plan: Annotated[str | None, typer.Option("--plan", help="Mã kế hoạch.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="Từ ngày dd/mm/yyyy (giờ Việt Nam).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Đến hết ngày dd/mm/yyyy.")] = None,
    kind: Annotated[
        list[str] | None, typer.Option("--kind", help="Loại sự kiện (lặp lại được), ví dụ escalation, submission.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="Số dòng tối đa (các dòng mới nhất).")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="In dạng JSON.")] = False,
) -> None:
    engine = open_store()
    with Session(engine) as session:
        query = _filtered(session, org, plan, start, end, kind)
        rows = list(reversed(session.exec(query.order_by(col(HistoryEvent.id).desc()).limit(limit)).all()))
    if as_json:
        typer.echo(json.dumps([row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo("Không có sự kiện nào khớp bộ lọc.")
        return
    typer.echo(_table(rows))
    typer.echo(f"\n{len(rows)} sự kiện (giờ Việt Nam).")


def _all_rows(session: Session, batch: int = 5000) -> Iterator[HistoryEvent]:
    last_id = 0
    while True:
        chunk = session.exec(
            select(HistoryEvent).where(col(HistoryEvent.id) > last_id).order_by(col(HistoryEvent.id)).limit(batch)
        ).all()
        if not chunk:
            return
        yield from chunk
        last_id = chunk[-1].id  # type: ignore[assignment]


def _write(out: TextIO, rows: Iterator[HistoryEvent], fmt: str) -> int:
    count = 0
    if fmt == "csv":
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
        raise DondocError(f"--format: '{fmt}' không hỗ trợ (chọn csv hoặc jsonl)")
    engine = open_store()
    with Session(engine) as session:
        if out is None:
            _write(sys.stdout, _all_rows(session), fmt)
            return
        with out.open("w", encoding="utf-8", newline="") as handle:
            count = _write(handle, _all_rows(session), fmt)
    typer.echo(f"Đã xuất {count} dòng lịch sử ra {out}.")

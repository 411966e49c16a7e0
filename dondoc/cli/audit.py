"""``dondoc audit``: what auditors read — verify the hash chain, read and export the history.

Times are shown dd/mm/yyyy HH:MM in Asia/Ho_Chi_Minh; exports carry the stored
UTC instant too, with each row's ``prev_hash`` and ``hash`` so an auditor can
re-check the chain outside dondoc.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Optional, TextIO
from zoneinfo import ZoneInfo

import typer
from sqlmodel import Session, col, select

from dondoc.chase.dates import parse_user_date
from dondoc.db.models import Committee, HistoryEvent
from dondoc.db.store import open_store
from dondoc.errors import DondocError
from dondoc.history import verify_chain
from dondoc.org.queries import get_committee
from dondoc.settings import TIMEZONE

app = typer.Typer(help="Kiểm toán: kiểm tra tính toàn vẹn của lịch sử, xem và xuất nhật ký.", no_args_is_help=True)

LOCAL = ZoneInfo(TIMEZONE)
KIND_LABELS = {
    "step_due": "Đến bước nhắc",
    "escalation": "Báo cấp trên",
    "step_skipped": "Bỏ qua bước",
    "message_sent": "Đã gửi tin",
    "message_retry": "Gửi lại sau",
    "message_failed": "Gửi lỗi",
    "message_requeued": "Xếp lại tin",
    "message_possibly_duplicate": "Có thể gửi trùng",
    "submission": "Ghi nhận báo cáo",
    "extension": "Gia hạn",
    "waiver": "Miễn báo cáo",
    "acknowledgement": "Hẹn nộp",
    "org_import": "Nhập cây tổ chức",
}
EXPORT_FIELDS = ["id", "at", "at_local", "kind", "actor", "occurrence_id", "plan_id", "committee_id", "recipient", "channel", "outcome", "details", "prev_hash", "hash"]


def _local(moment: dt.datetime) -> str:
    return moment.astimezone(LOCAL).strftime("%d/%m/%Y %H:%M")


def _day_start_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=LOCAL).astimezone(dt.timezone.utc)


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
        where += f" ({_local(row.at)}, {KIND_LABELS.get(row.kind, row.kind)})"
    typer.echo(f"LỖI: chuỗi lịch sử bị phá vỡ tại {where}: {brk.reason}.", err=True)
    typer.echo(f"Đã kiểm tra {result.rows_checked} dòng; mã băm cuối còn hợp lệ: {result.last_hash}", err=True)
    raise typer.Exit(1)


def _filtered(session: Session, org: str | None, plan: str | None, start: str | None, end: str | None, kinds: list[str] | None):  # type: ignore[no-untyped-def]
    query = select(HistoryEvent)
    if org is not None:
        root = get_committee(session, org)
        inside = select(Committee.id).where(col(Committee.path).startswith(root.path, autoescape=True))
        query = query.where(col(HistoryEvent.committee_id).in_(inside))
    if plan is not None:
        query = query.where(col(HistoryEvent.plan_id) == plan)
    if start is not None:
        query = query.where(col(HistoryEvent.at) >= _day_start_utc(parse_user_date(start, "--from")))
    if end is not None:
        query = query.where(col(HistoryEvent.at) < _day_start_utc(parse_user_date(end, "--to") + dt.timedelta(days=1)))
    if kinds:
        unknown = [k for k in kinds if k not in KIND_LABELS]
        if unknown:
            raise DondocError(f"--kind: loại '{unknown[0]}' không có (chọn: {', '.join(KIND_LABELS)})")
        query = query.where(col(HistoryEvent.kind).in_(kinds))
    return query


def _row_json(row: HistoryEvent) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "at_local": _local(row.at),
        "kind": row.kind,
        "actor": row.actor,
        "occurrence_id": row.occurrence_id,
        "plan_id": row.plan_id,
        "committee_id": row.committee_id,
        "recipient": row.recipient,
        "channel": row.channel,
        "outcome": row.outcome,
        "details": json.loads(row.details or "{}"),
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }


def _table(rows: list[HistoryEvent]) -> str:
    headers = ["#", "Thời điểm", "Loại", "Người/hệ thống", "Kỳ", "Đơn vị", "Kênh", "Kết quả"]
    body = [
        [
            str(r.id),
            _local(r.at),
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
    org: Annotated[Optional[str], typer.Option("--org", help="Mã đơn vị: sự kiện của đơn vị đó và các đơn vị trực thuộc.")] = None,
    plan: Annotated[Optional[str], typer.Option("--plan", help="Mã kế hoạch.")] = None,
    start: Annotated[Optional[str], typer.Option("--from", help="Từ ngày dd/mm/yyyy (giờ Việt Nam).")] = None,
    end: Annotated[Optional[str], typer.Option("--to", help="Đến hết ngày dd/mm/yyyy.")] = None,
    kind: Annotated[Optional[list[str]], typer.Option("--kind", help="Loại sự kiện (lặp lại được), ví dụ escalation, submission.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="Số dòng tối đa (các dòng mới nhất).")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="In dạng JSON.")] = False,
) -> None:
    engine = open_store()
    with Session(engine) as session:
        query = _filtered(session, org, plan, start, end, kind)
        rows = list(reversed(session.exec(query.order_by(col(HistoryEvent.id).desc()).limit(limit)).all()))
    if as_json:
        typer.echo(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo("Không có sự kiện nào khớp bộ lọc.")
        return
    typer.echo(_table(rows))
    typer.echo(f"\n{len(rows)} sự kiện (giờ Việt Nam).")


def _all_rows(session: Session, batch: int = 5000) -> Iterator[HistoryEvent]:
    last_id = 0
    while True:
        chunk = session.exec(select(HistoryEvent).where(col(HistoryEvent.id) > last_id).order_by(col(HistoryEvent.id)).limit(batch)).all()
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
            data = _row_json(row)
            data["details"] = row.details
            writer.writerow(data)
            count += 1
    else:
        for row in rows:
            out.write(json.dumps(_row_json(row), ensure_ascii=False) + "\n")
            count += 1
    return count


@app.command("export", help="Xuất toàn bộ lịch sử (kèm mã băm) ra CSV hoặc JSON Lines để kiểm toán độc lập.")
def export(
    fmt: Annotated[str, typer.Option("--format", help="csv hoặc jsonl.")] = "csv",
    out: Annotated[Optional[Path], typer.Option("--out", help="Tệp ghi ra (mặc định: màn hình).")] = None,
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

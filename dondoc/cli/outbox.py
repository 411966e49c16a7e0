"""``dondoc outbox``: what is queued, sent and failed; send now; retry failures."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Annotated

import typer
from sqlalchemy import func, select, update
from sqlmodel import Session, col

from calendar_rules.vietnamese import format_local_time
from dondoc.clock import actor_name, utc_now
from dondoc.db.models import Message, MessageStatus
from dondoc.db.store import open_store
from dondoc.errors import DondocError
from dondoc.history import append_events
from dondoc.history.events import message_event
from dondoc.outbox.sending import send_now
from dondoc.settings import get_settings

SEND_INFLIGHT = 100
"""``outbox send``'s default window: messages claimed, sent and recorded per chunk, and so the most a
killed sender can leave possibly delivered twice (each flagged ``possibly_duplicate``). Each chunk
costs about a dozen database round trips (the claim and its commit, the marking transaction, the
history checkpoint); at 20 a chunk (``send_now``'s default, kept for ``chase`` and the flows) they
made a loaded PostgreSQL machine send at half a raw smtplib loop's rate (bench/bench_outbox_send.py)."""

app = typer.Typer(help="Hộp thư đi: xem, gửi ngay, gửi lại các tin lỗi.", no_args_is_help=True)


class BadOption(DondocError):
    """A numeric option out of its range: one line, exit 2 like any usage error."""

    exit_code = 2


def _at_least(minimum: int, what: str) -> Callable[[int | None], int | None]:
    """A typer callback refusing values below ``minimum`` in Vietnamese (click's own message is English)."""

    def check(value: int | None) -> int | None:
        if value is not None and value < minimum:
            raise BadOption(f"{what} phải là số nguyên từ {minimum} trở lên (nhận được {value})")
        return value

    return check


STATUS_LABELS = {
    "queued": "chờ gửi",
    "sending": "đang gửi",
    "sent": "đã gửi",
    "failed": "lỗi",
    "skipped": "bỏ qua",
}


def _local(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""

    return format_local_time(moment)


@app.command("list", help="Liệt kê tin nhắn trong hộp thư đi (mới nhất trước).")
def list_(
    status: Annotated[str | None, typer.Option("--status", help="queued | sending | sent | failed | skipped")] = None,
    limit: Annotated[int, typer.Option(help="Số dòng tối đa.", callback=_at_least(1, "--limit"))] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="In dạng JSON.")] = False,
) -> None:
    if status is not None and status not in STATUS_LABELS:
        raise DondocError(f"trạng thái '{status}' không hợp lệ (chọn: {', '.join(STATUS_LABELS)})")
    engine = open_store()
    with Session(engine) as session:
        counts = dict(session.execute(select(col(Message.status), func.count()).group_by(col(Message.status))).all())
        query = select(Message).order_by(col(Message.id).desc()).limit(limit)
        if status:
            query = query.where(col(Message.status) == status)
        rows = session.execute(query).scalars().all()
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "counts": {str(k): v for k, v in counts.items()},
                    "messages": [
                        {
                            "id": m.id,
                            "key": m.key,
                            "status": str(m.status),
                            "channel": str(m.channel_kind),
                            "to": m.url_redacted,
                            "subject": m.subject,
                            "attempts": m.attempts,
                            "sent_at": m.sent_at.isoformat() if m.sent_at else None,
                            "error": m.error,
                            "possibly_duplicate": m.possibly_duplicate,
                        }
                        for m in rows
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    summary = ", ".join(
        f"{STATUS_LABELS.get(str(k), k)}: {v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))
    )
    typer.echo(f"Hộp thư đi — {summary or 'trống'}")
    for m in rows:
        flag = " (có thể trùng)" if m.possibly_duplicate else ""
        when = _local(m.sent_at) if m.sent_at else ""
        typer.echo(
            f"#{m.id} [{STATUS_LABELS.get(str(m.status), m.status)}{flag}] {m.channel_kind} → {m.url_redacted} {when}"
        )
        typer.echo(f"    {m.subject}")
        if m.error:
            typer.echo(f"    lỗi: {m.error}")


@app.command(help="Gửi ngay các tin đang chờ (tôn trọng giờ làm việc và ngày nghỉ trừ khi có --force).")
def send(
    limit: Annotated[
        int | None, typer.Option(help="Gửi tối đa bấy nhiêu tin.", callback=_at_least(1, "--limit"))
    ] = None,
    inflight: Annotated[
        int,
        typer.Option(
            help="Số tin nhận/gửi/ghi mỗi lượt (giới hạn số tin có thể trùng nếu tiến trình bị dừng).",
            callback=_at_least(1, "--inflight"),
        ),
    ] = SEND_INFLIGHT,
    force: Annotated[bool, typer.Option("--force", help="Gửi cả ngoài giờ làm việc / ngày nghỉ.")] = False,
) -> None:
    settings = get_settings()
    engine = open_store(settings)
    report = send_now(
        settings, engine, actor=actor_name(), inflight=inflight, limit=limit, respect_quiet_hours=not force
    )
    if report is None:
        from dondoc.workcal import is_day_off_fn
        from notifications.quiet_hours import next_send_window

        opens = next_send_window(
            utc_now(), settings.working_hours_start, settings.working_hours_end, is_day_off_fn(settings)
        )
        typer.echo(f"Ngoài giờ gửi tin; lần gửi kế tiếp từ {_local(opens)}. Dùng --force để gửi ngay.")
        return
    typer.echo(
        f"Đã gửi {report.sent}, hẹn gửi lại {report.retried}, lỗi {report.failed}"
        + (f", phục hồi {report.recovered} tin bị dừng giữa chừng (có thể trùng)" if report.recovered else "")
        + (f", trả lại hàng chờ {report.released} tin chưa kịp gửi (máy chủ chậm)" if report.released else "")
        + "."
    )
    for key, answer in report.failures[:20]:
        typer.echo(f"  lỗi {key}: {answer}")


@app.command(help="Đưa các tin lỗi trở lại hàng chờ (đặt lại số lần thử).")
def retry(
    message_id: Annotated[int | None, typer.Argument(help="Chỉ tin có số này (mặc định: mọi tin lỗi).")] = None,
) -> None:
    engine = open_store()
    now = utc_now()
    with Session(engine) as session:
        query = select(Message).where(col(Message.status) == MessageStatus.failed.value)
        if message_id is not None:
            query = query.where(col(Message.id) == message_id)
        rows = session.execute(query).scalars().all()
        if message_id is not None and not rows:
            raise DondocError(f"không có tin lỗi số {message_id}")
        if rows:
            session.execute(
                update(Message)
                .where(col(Message.id).in_([r.id for r in rows]), col(Message.status) == MessageStatus.failed.value)
                .values(status=MessageStatus.queued.value, attempts=0, next_attempt_at=None, error=None)
            )
            append_events(
                session,
                [
                    message_event(
                        r, "message_requeued", at=now, actor=actor_name(), outcome="đưa lại vào hàng chờ", details={}
                    )
                    for r in rows
                ],
            )
        session.commit()
    typer.echo(f"Đã đưa {len(rows)} tin trở lại hàng chờ. Chạy `dondoc outbox send` để gửi.")

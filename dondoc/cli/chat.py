"""``dondoc chat poll | webhook``: replies to reminders from Telegram (and the Zalo webhook address)."""

from __future__ import annotations

from collections import Counter

import typer
from sqlmodel import Session

from dondoc.clock import local_today, utc_now
from dondoc.db.store import open_store
from dondoc.settings import get_settings

app = typer.Typer(help="Trả lời tin nhắc việc từ Telegram/Zalo.", no_args_is_help=True)

OUTCOME_LABELS = {
    "recorded": "đã ghi nhận",
    "duplicate": "đã có từ trước",
    "help": "gửi hướng dẫn",
    "refused": "từ chối",
    "replayed": "tin gửi lại",
    "invalid": "ngày không hợp lệ",
}


@app.command("poll", help="Nhận các tin trả lời mới của các bot Telegram (getUpdates), ghi nhận và trả lời.")
def poll() -> None:
    from dondoc.chat import telegram

    settings = get_settings()
    report = telegram.poll(settings, open_store(settings), today=local_today(), at=utc_now())
    counts = Counter(a.outcome for a in report.answers)
    summary = ", ".join(f"{OUTCOME_LABELS.get(k, k)}: {n}" for k, n in sorted(counts.items())) or "không có tin mới"
    typer.echo(f"Đã xử lý {len(report.answers)} tin trả lời ({summary}).")
    for problem in report.problems:
        typer.echo(f"Không nhận được tin từ {problem}", err=True)
    if report.problems:
        raise typer.Exit(1)


@app.command("webhook", help="In địa chỉ webhook cho từng bot Telegram và cho Zalo OA.")
def webhook() -> None:
    from dondoc.chat import telegram

    settings = get_settings()
    base = settings.base_url.rstrip("/")
    with Session(open_store(settings)) as session:
        tokens = telegram.bot_tokens(session)
    if not tokens:
        typer.echo("Chưa có kênh Telegram nào trong cây tổ chức.")
    for token in tokens:
        secret = telegram.webhook_secret(token)
        typer.echo(f"Bot {telegram.bot_id(token)}: setWebhook url={base}/chat/telegram/{secret} secret_token={secret}")
    key = "đã đặt" if settings.zalo_oa_secret_key else "chưa đặt DONDOC_ZALO_OA_SECRET_KEY"
    typer.echo(f"Zalo OA: {base}/chat/zalo (khóa bí mật OA: {key})")

"""``dondoc notify test``: check a channel end to end before relying on it."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlmodel import Session

from dondoc.clock import utc_now
from dondoc.errors import DondocError
from dondoc.settings import get_settings

app = typer.Typer(help="Kiểm tra kênh gửi tin.", no_args_is_help=True)


def _targets(target: str) -> list[tuple[str, str]]:
    """(url, label) pairs: the URL itself, or every active channel of a unit's contacts."""
    if "://" in target:
        from notifications.channels import redact

        return [(target, redact(target))]
    from dondoc.db.store import open_store
    from dondoc.org.queries import contacts_of, get_committee

    engine = open_store()
    with Session(engine) as session:
        get_committee(session, target)
        pairs = [
            (ch.url, f"{contact.name}: {ch.url_redacted}")
            for contact, channels in contacts_of(session, target)
            for ch in channels
        ]
    if not pairs:
        raise DondocError(f"đơn vị '{target}' chưa có kênh liên lạc nào")
    return pairs


@app.command("test", help="Gửi một tin nhắn thử tới một URL kênh hoặc mọi kênh của một đơn vị, và in kết quả.")
def test(
    target: Annotated[str, typer.Argument(help="URL kênh (mailto://, tgram://, zalo://, folder://) hoặc mã đơn vị.")],
) -> None:
    from dondoc.outbox.sending import channel_factory
    from notifications.errors import DeliveryError
    from notifications.message import OutgoingMessage

    settings = get_settings()
    factory = channel_factory(settings)
    now = utc_now()
    failures = 0
    for url, label in _targets(target):
        message = OutgoingMessage(
            key=f"test|{now.isoformat()}|{label}",
            url=url,
            subject="dondoc: tin nhắn thử",
            text="Đây là tin nhắn thử của dondoc. Nếu bạn đọc được tin này, kênh đã sẵn sàng nhận nhắc việc.",
            short_text="dondoc: tin nhắn thử — kênh đã sẵn sàng nhận nhắc việc.",
        )
        channel = factory(url)
        try:
            result = channel.send_batch([message])[0]
            channel.flush()
        except DeliveryError as error:
            result = error
        finally:
            channel.close()
        if isinstance(result, DeliveryError):
            failures += 1
            kind = "lỗi vĩnh viễn" if result.permanent else "lỗi tạm thời"
            typer.echo(f"LỖI {label}: {kind}: {result}")
        else:
            typer.echo(f"OK   {label}: {result.provider_answer}")
    if failures:
        raise typer.Exit(1)

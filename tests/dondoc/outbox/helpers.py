"""Rows the outbox tests need: a unit with one contact channel, and queued messages."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.db.models import Committee, Contact, ContactChannel
from dondoc.outbox.queue import NewMessage, message_key, queue_messages
from notifications.channels import SCHEME_KINDS, redact

T0 = dt.datetime(2023, 6, 26, 1, 0, tzinfo=dt.UTC)  # 08:00 in Hà Nội time, a Monday


def add_channel(engine: Engine, url: str, unit: str = "dang-uy-xa-pho-an") -> int:
    with Session(engine) as session:
        if session.get(Committee, unit) is None:
            session.add(
                Committee(id=unit, name="Đảng ủy xã Phổ An", kind="dang_uy_co_so", path=f"/{unit}/", updated_at=T0)
            )
            session.flush()
        contact = Contact(committee_id=unit, name=f"Văn phòng {url[:10]}")
        session.add(contact)
        session.flush()
        channel = ContactChannel(
            contact_id=contact.id, kind=SCHEME_KINDS[url.split("://")[0]], url=url, url_redacted=redact(url)
        )  # type: ignore[arg-type]
        session.add(channel)
        session.commit()
        return channel.id  # type: ignore[return-value]


def queue(
    engine: Engine,
    channel_id: int,
    n: int,
    unit: str = "dang-uy-xa-pho-an",
    kind: str = "email",
    step: str = "remind-7",
) -> list[str]:
    messages = [
        NewMessage(
            key=message_key(i, step, unit, channel_id),
            step=step,
            template="upcoming",
            channel_kind=kind,
            url_redacted="(redacted)",
            subject=f"Nhắc việc: báo cáo quý II/2023 — hạn Thứ Sáu, 30/06/2023 (#{i})",
            body_text=f"Kính gửi Đảng ủy xã Phổ An,\nđề nghị gửi báo cáo trước hạn. Tin số {i}.",
            short_text=f"Nhắc việc #{i}: hạn 30/06/2023",
            channel_id=channel_id,
            recipient_id=unit,
        )
        for i in range(n)
    ]
    with Session(engine) as session:
        keys = queue_messages(session, messages, at=T0)
        session.commit()
    return keys

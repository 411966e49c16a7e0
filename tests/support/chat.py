"""A chi bộ with one open Q2/2023 report and a reminder really sent to its chat."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from dondoc.db.models import HistoryEvent, Message, Submission
from dondoc.outbox.delivery import deliver_pending
from dondoc.outbox.queue import NewMessage, message_key, queue_messages
from dondoc.outbox.sending import channel_factory, to_outgoing
from dondoc.settings import Settings
from notifications.channels import redact
from tests.support.outbox import add_channel
from tests.support.scenario import add_occurrence, seed_plan, seed_tree
from tests.support.stores import Store

CHI_BO = "chi-bo-tdp-1-nguyen-nghiem"
DUE = dt.date(2023, 6, 30)
TODAY = dt.date(2023, 6, 28)
NOW = dt.datetime(2023, 6, 28, 2, 0, tzinfo=dt.UTC)  # 09:00 in Hà Nội
REPLY_TS = int(dt.datetime(2023, 6, 28, 1, 30, tzinfo=dt.UTC).timestamp())  # 08:30 on 28/06/2023 there
OA_SECRET = "oa-secret-key-0001"


@dataclass
class Sent:
    occurrence_id: int
    provider_id: str


def settings_for(tmp_path: Path, *, telegram: str = "http://127.0.0.1:9", zalo: str = "http://127.0.0.1:9") -> Settings:
    return Settings(
        home=tmp_path / "home",
        base_url="https://lich.dondoc.test",
        secret_key="k" * 48,
        telegram_api_base=telegram,
        zalo_api_base=zalo,
        zalo_oauth_base=zalo,
        send_timeout_seconds=2.0,
        zalo_oa_secret_key=OA_SECRET,
    )


def send_reminder(store: Store, settings: Settings, url: str, kind: str) -> Sent:
    """Seed the unit and its report, queue a reminder to ``url`` and deliver it for real."""
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    occ = add_occurrence(store.engine, task, CHI_BO, DUE)
    channel = add_channel(store.engine, url, unit=CHI_BO)
    message = NewMessage(
        key=message_key(occ, "remind-3", CHI_BO, channel),
        step="remind-3",
        template="upcoming",
        channel_kind=kind,
        url_redacted=redact(url),
        subject="Nhắc việc: báo cáo quý II/2023 — hạn 30/06/2023",
        body_text="Đề nghị gửi báo cáo trước hạn.",
        short_text=f"Nhắc việc #{occ}: báo cáo quý II/2023, hạn 30/06/2023",
        occurrence_id=occ,
        channel_id=channel,
        recipient_id=CHI_BO,
    )
    with Session(store.engine) as session:
        queue_messages(session, [message], at=NOW)
        session.commit()
    report = deliver_pending(
        store.engine,
        channel_factory=channel_factory(settings, store.engine),
        build=to_outgoing,
        at=NOW,
        actor="test",
    )
    assert report.sent == 1, report.failures
    with Session(store.engine) as session:
        stored = session.exec(select(Message.provider_id)).one()
    assert stored, "the provider's message id is kept at send time"
    return Sent(occ, stored)


def submissions(store: Store) -> list[Submission]:
    with Session(store.engine) as session:
        return list(session.exec(select(Submission)).all())


def refusals(store: Store) -> list[HistoryEvent]:
    with Session(store.engine) as session:
        return list(session.exec(select(HistoryEvent).where(col(HistoryEvent.kind) == "chat_refused")).all())

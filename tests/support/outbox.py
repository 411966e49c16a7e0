"""What the outbox tests need: a unit with one contact channel, queued messages, a delivery with real channels."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from dondoc.db.models import Committee, Contact, ContactChannel
from dondoc.outbox.delivery import MessageBuilder, deliver_pending
from dondoc.outbox.queue import NewMessage, message_key, queue_messages
from dondoc.outbox.report import DeliveryReport
from dondoc.outbox.sending import channel_factory, to_outgoing
from dondoc.settings import Settings
from notifications.channels import SCHEME_KINDS, redact
from tests.support.paths import REPO
from tests.support.servers import FakeTelegramApi, SmtpSink
from tests.support.stores import Store

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


def make_settings(tmp_path: Path, telegram: FakeTelegramApi | None = None, timeout: float = 2.0) -> Settings:
    """Settings whose home is under ``tmp_path``, with the fake Telegram API when one is given."""
    extra = {"telegram_api_base": telegram.base_url} if telegram else {}
    return Settings(home=tmp_path / "home", send_timeout_seconds=timeout, **extra)


def deliver(
    store: Store, settings: Settings, at: dt.datetime = T0, build: MessageBuilder = to_outgoing, **kwargs: Any
) -> DeliveryReport:
    """One delivery run at ``at`` through the real channels ``settings`` configure."""
    return deliver_pending(
        store.engine,
        channel_factory=channel_factory(settings, store.engine),
        build=build,
        at=at,
        actor="test",
        **kwargs,
    )


def kill_midway(command: Sequence[str], env: Mapping[str, str], sink: SmtpSink, received: int, seconds: float) -> int:
    """Run ``dondoc COMMAND`` in its own process and SIGKILL it once ``sink`` has ``received`` messages.

    Returns how many the sink had at the kill; the command must still be running by then.
    """
    at_kill, process = kill_midway_unreaped(command, env, sink, received, seconds)
    process.wait()
    return at_kill


def kill_midway_unreaped(
    command: Sequence[str], env: Mapping[str, str], sink: SmtpSink, received: int, seconds: float
) -> tuple[int, subprocess.Popen[bytes]]:
    """``kill_midway`` without waiting for the killed process: it stays a zombie until the caller
    waits, as an orphan does for good under a container's PID 1 that never reaps."""
    process = subprocess.Popen(
        [sys.executable, "-m", "dondoc", *command],
        cwd=REPO,
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + seconds
    while sink.received < received and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.002)
    assert process.poll() is None, f"dondoc {command[0]} ended before the kill: {process.communicate()}"
    os.kill(process.pid, signal.SIGKILL)
    _until_zombie(process.pid)
    return sink.received, process


def _until_zombie(pid: int, seconds: float = 30.0) -> None:
    """Wait until the killed process has finished dying (a zombie in /proc), as an orphan has long
    before anyone restarts the sender: on a loaded machine the exit itself can take longer than
    the restart's start-up, and the claims of a still-running process are rightly not taken over."""
    stat = Path(f"/proc/{pid}/stat")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            text = stat.read_text()
        except OSError:
            return  # no /proc (the claimer is then judged by the lease alone)
        if text[text.rfind(")") + 2 : text.rfind(")") + 3] in ("Z", "X"):
            return
        time.sleep(0.002)

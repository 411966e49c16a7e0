"""folder:// through the outbox: one directory sync per chunk, and nothing is recorded sent before it."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from dondoc.db.models import HistoryEvent, Message
from dondoc.outbox.delivery import RetryPolicy, deliver_pending
from dondoc.outbox.report import DeliveryReport
from dondoc.outbox.sending import to_outgoing
from notifications.channels.folder import FolderChannel, fsync_directory
from tests.support.outbox import T0, add_channel, queue
from tests.support.stores import Store

URL = "folder://dang-uy-xa-pho-an"
RETRY = RetryPolicy(base_delay=dt.timedelta(minutes=1))


class _FlakyFolder(FolderChannel):
    """The real folder channel, whose directory sync fails while ``failing``; it records each sync."""

    def __init__(self, root: Path, failing: bool) -> None:
        super().__init__(root, sync_directory=self._sync)
        self.failing = failing
        self.synced: list[Path] = []

    def _sync(self, directory: Path) -> None:
        self.synced.append(directory)
        if self.failing:
            raise OSError(28, "No space left on device")
        fsync_directory(directory)


def _deliver(store: Store, channel: FolderChannel, at: dt.datetime = T0, inflight: int = 20) -> DeliveryReport:
    return deliver_pending(
        store.engine,
        channel_factory=lambda url: channel,
        build=to_outgoing,
        at=at,
        actor="test",
        inflight=inflight,
        retry=RETRY,
    )


def _rows(store: Store) -> list[Message]:
    with Session(store.engine) as session:
        return list(session.execute(select(Message).order_by(Message.id)).scalars())


def test_one_directory_sync_per_chunk_and_every_file_complete(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keys = queue(store.engine, add_channel(store.engine, URL), 5, kind="folder")
    folder = tmp_path / "folder" / "dang-uy-xa-pho-an"
    folder.mkdir(parents=True)
    channel = _FlakyFolder(tmp_path / "folder", failing=False)

    report = _deliver(store, channel, inflight=2)  # chunks of 2, 2 and 1

    assert report.sent == 5 and report.retried == 0
    assert channel.directory_syncs == 3 and channel.synced == [folder] * 3
    written = {json.loads(f.read_text(encoding="utf-8"))["key"]: f for f in folder.iterdir()}
    assert set(written) == set(keys)
    assert all(json.loads(f.read_text(encoding="utf-8"))["subject"].startswith("Nhắc việc") for f in written.values())
    assert Counter(str(m.status) for m in _rows(store)) == Counter({"sent": 5})


def test_a_failed_sync_records_nothing_sent_and_the_retry_sends_all(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keys = queue(store.engine, add_channel(store.engine, URL), 4, kind="folder")
    channel = _FlakyFolder(tmp_path / "folder", failing=True)

    first = _deliver(store, channel)

    assert (first.sent, first.retried, first.failed) == (0, 4, 0)
    assert channel.synced == [tmp_path / "folder"]  # the first sync (the new folder's name) failed: the chunk stops
    rows = _rows(store)
    assert all(str(m.status) == "queued" and m.attempts == 1 and m.sent_at is None for m in rows)
    assert all("folder sync failed: OSError: No space left on device" in (m.error or "") for m in rows)
    files = list((tmp_path / "folder" / "dang-uy-xa-pho-an").iterdir())
    assert len(files) == 4  # written whole, just not known durable

    channel.failing = False
    second = _deliver(store, channel, at=T0 + dt.timedelta(minutes=1))

    assert (second.sent, second.retried) == (4, 0)
    assert channel.synced[1:] == [tmp_path / "folder", tmp_path / "folder" / "dang-uy-xa-pho-an"]  # both, once
    assert sorted(f.name for f in (tmp_path / "folder" / "dang-uy-xa-pho-an").iterdir()) == sorted(
        f.name for f in files
    )
    assert {json.loads(f.read_text(encoding="utf-8"))["key"] for f in files} == set(keys)
    assert Counter(str(m.status) for m in _rows(store)) == Counter({"sent": 4})
    with Session(store.engine) as session:
        kinds = Counter(k for (k,) in session.execute(select(HistoryEvent.kind)))
    assert kinds["message_retry"] == 4 and kinds["message_sent"] == 4

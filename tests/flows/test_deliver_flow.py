"""The deliver-outbox flow runs on a real Prefect server and sends through the real outbox path."""

from __future__ import annotations

from pathlib import Path

import pytest

from dondoc.settings import reset_settings_cache
from tests.support.outbox import add_channel, queue
from tests.support.servers import SmtpSink
from tests.support.stores import Store


def test_deliver_outbox_flow_sends_each_message_once(
    prefect_server: None, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.deliver import deliver_outbox

    monkeypatch.setenv("DONDOC_DATABASE_URL", store.url)
    reset_settings_cache()
    with SmtpSink() as sink:
        channel = add_channel(store.engine, sink.url())
        queue(store.engine, channel, 25)
        first = deliver_outbox(respect_quiet_hours=False)
        second = deliver_outbox(respect_quiet_hours=False)
        assert first["sent"] == 25 and second["sent"] == 0
        assert sink.received == 25
        assert len({m.message["Message-ID"] for m in sink.messages}) == 25

"""History rows and checkpoints as the tamper tests make and read them."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from dondoc.history import Event, append_events
from dondoc.history.checkpoints import Checkpoint, read_checkpoints
from dondoc.settings import get_settings
from tests.support.stores import Store

T0 = dt.datetime(2023, 4, 3, 0, 30, tzinfo=dt.UTC)


def fill_history(store: Store, n: int = 5, start: int = 0) -> None:
    """``n`` history events (numbered from ``start``, a minute apart from T0), in one commit."""
    with Session(store.engine) as session:
        append_events(
            session,
            [
                Event(
                    at=T0 + dt.timedelta(minutes=i),
                    kind="message_sent",
                    actor="flow:chase",
                    outcome=f"gửi lần {i}",
                    details={"i": i},
                )
                for i in range(start, start + n)
            ],
        )
        session.commit()


def signed_checkpoints() -> list[Checkpoint]:
    """The checkpoints in DONDOC_HOME whose line reads and whose signature holds, oldest first."""
    return [line.checkpoint for line in read_checkpoints(get_settings()) if line.checkpoint is not None]

"""``dondoc chase`` killed with SIGKILL while sending, then run again for the same day:
every due message reaches the real SMTP server, duplicates only inside the documented window."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session, select

from dondoc.db.models import ContactChannel, Message
from notifications.channels import redact
from notifications.message import message_id
from tests.support.cli import Cli
from tests.support.outbox import kill_midway
from tests.support.paths import EXAMPLES, written
from tests.support.servers import SmtpSink
from tests.support.stores import Store

INFLIGHT = 20  # send_now's default: the most messages that can be in flight when the process dies
TASKS = 15
CHANNELS = 10  # email addresses per unit: one grouped reminder per unit and channel, so enough messages are in flight
PLAN = (
    "plan:\n  id: kh-nhieu-viec\n  number: 9-KH/TU\n  title: Kế hoạch nhiều việc\n  issuer: tinh-uy-quang-ngai\n  issued: 2023-06-01\ntasks:\n"
    + "".join(
        f"  - id: '{i}'\n    title: Báo cáo chuyên đề số {i}\n    rule: on 2023-06-30\n    assignees: [{{under: tinh-uy-quang-ngai}}]\n"
        for i in range(1, TASKS + 1)
    )
)


def test_sigkill_during_chase_then_rerun_delivers_every_due_message(cli: Cli, store: Store, tmp_path: Path) -> None:
    assert cli("org", "import", str(EXAMPLES / "org_tree.yaml")).code == 0
    plan = written(tmp_path / "plan.yaml", PLAN)
    imported = cli("plan", "import", str(plan), "--today", "01/06/2023")
    assert imported.code == 0, imported.stderr
    with SmtpSink() as sink:
        url = sink.url()
        with Session(store.engine) as session:  # every unit's contact now receives email on the real local SMTP server
            session.execute(update(ContactChannel).values(url=url, url_redacted=redact(url), kind="email"))
            for channel in session.exec(select(ContactChannel)).all():
                for n in range(1, CHANNELS):
                    extra = sink.url(to=f"vp{n}@thiuy.vn")
                    session.add(
                        ContactChannel(
                            contact_id=channel.contact_id, kind="email", url=extra, url_redacted=redact(extra)
                        )
                    )
            session.commit()
        store.engine.dispose()

        at_kill = kill_midway(["chase", "--today", "23/06/2023", "--force"], cli.env(), sink, 200, 180)

        again = cli("chase", "--today", "23/06/2023", "--force")
        assert again.code == 0, again.stderr
        assert "xếp 0 tin mới" in again.stdout  # everything was queued before the kill: nothing is decided twice
        counts = Counter(m.message["Message-ID"] for m in sink.messages)

    with Session(store.engine) as session:
        keys = session.exec(select(Message.key)).all()
        rows = session.exec(select(Message.status, Message.possibly_duplicate)).all()
    assert len(keys) == 65 * CHANNELS  # one reminder per unit and channel, listing the unit's TASKS 7-day reminders
    assert 200 <= at_kill < len(keys)
    expected = {message_id(k) for k in keys}
    assert set(counts) == expected, f"{len(expected - set(counts))} due messages never arrived"
    assert all(n <= 2 for n in counts.values())
    duplicated = sum(1 for n in counts.values() if n > 1)
    assert duplicated <= INFLIGHT
    assert {str(status) for status, _ in rows} == {"sent"}
    assert sum(1 for _, flagged in rows if flagged) >= duplicated

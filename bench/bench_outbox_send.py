"""``dondoc outbox send`` through the CLI against a raw smtplib loop, the same emails to the same server.

    .venv/bin/python bench/bench_outbox_send.py [--messages 2000] [--runs 3] [--store postgresql|sqlite]
                                                [--inflight N]

Set-up (not timed): a fresh database (a throwaway PostgreSQL database on 127.0.0.1:5432, or an
SQLite file), ``dondoc db upgrade`` as a process, then ``--messages`` units, each with one contact
and its own ``mailto://`` address on a local aiosmtpd server (in its own process, so it competes
with neither sender for the GIL), and one reminder per unit queued by dondoc's own
``rendered_message`` and ``queue_messages`` (Vietnamese text and HTML parts).

Each run, both sides timed by the wall clock:

1. **dondoc**: every message is put back in the queue, then ``python -m dondoc outbox send --force``
   runs as a real process (interpreter start-up and imports included, as a user waits for them;
   default ``--inflight`` unless the bench is given one). The bench asserts that every row ended
   ``sent`` and that the server received one email per row, with the Message-ID of its key.
2. **raw smtplib**: one connection, one ``sendmail`` per row, reading the same rows (recipient from
   the contact's URL, subject, text, HTML) and building each MIME message in the loop (text and
   HTML parts, From, To, Subject, Date, the same Message-ID). The bench asserts that the server
   received exactly what it received from dondoc: the same Message-IDs to the same recipients.

It prints each run's times and ratio (raw time / dondoc time: 1.0 is as fast as raw smtplib), then
the medians and the load average before and after. The goal: ratio ≥ 0.8 with the default window.
Each side's CPU time is printed too (the dondoc process's own, start-up included; the raw loop's):
on a loaded machine the wall times drift with the other processes, the CPU times much less.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import smtplib
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlmodel import Session  # noqa: E402

from bench.support import SmtpProcess, create_database, drop_database, fetch_rows, requeue_messages  # noqa: E402
from calendar_rules.vietnamese import LOCAL_TZ  # noqa: E402
from dondoc.db.engine import make_engine  # noqa: E402
from dondoc.db.models import Committee, CommitteeKind, Contact, ContactChannel  # noqa: E402
from dondoc.outbox.queue import queue_messages, rendered_message  # noqa: E402
from notifications.message import message_id  # noqa: E402
from notifications.render import Deadline, ReminderContext  # noqa: E402

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SENDER = "nhacviec@dondoc.test"
T0 = dt.datetime(2024, 4, 3, 1, 0, tzinfo=dt.UTC)

Row = tuple[str, str, str, str, str | None]  # key, to, subject, text, html


def seed(engine: Engine, port: int, count: int) -> None:
    """``count`` units under one root, each with its own mailto:// channel and one queued reminder."""
    root = Committee(id="tinh-uy", name="Tỉnh ủy", kind=CommitteeKind.tinh_uy, path="/tinh-uy/", updated_at=T0)
    with Session(engine) as session:
        session.add(root)
        units = [
            Committee(
                id=f"xa-{i:05d}",
                name=f"Đảng ủy xã số {i}",
                kind=CommitteeKind.dang_uy_co_so,
                parent_id="tinh-uy",
                path=f"/tinh-uy/xa-{i:05d}/",
                depth=1,
                updated_at=T0,
            )
            for i in range(count)
        ]
        session.add_all(units)
        session.flush()
        contacts = [Contact(committee_id=u.id, name="Văn phòng") for u in units]
        session.add_all(contacts)
        session.flush()
        channels = []
        for unit, contact in zip(units, contacts, strict=True):
            url = f"mailto://127.0.0.1:{port}?from={SENDER}&to={unit.id}@dondoc.test&mode=insecure"
            channels.append(ContactChannel(contact_id=contact.id, kind="email", url=url, url_redacted=url))  # type: ignore[arg-type]
        session.add_all(channels)
        session.flush()
        messages = []
        for unit, channel in zip(units, channels, strict=True):
            deadline = Deadline(
                plan_number="91-KH/TU",
                plan_title="Kế hoạch thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, "
                "đạo đức, phong cách Hồ Chí Minh",
                task="Báo cáo sơ kết 6 tháng đầu năm việc thực hiện Chỉ thị 05",
                period="2024-04",
                due_date=dt.date(2024, 4, 10),
                assignee=unit.name,
                report_to="Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy)",
                submit_url=f"http://127.0.0.1:8080/ghi-nhan/{unit.id}",
            )
            messages.append(
                rendered_message(
                    "upcoming",
                    ReminderContext(unit.name, deadline, T0.date()),
                    step="remind-7",
                    recipient_id=unit.id,
                    channel_id=channel.id,  # type: ignore[arg-type]
                    channel_kind="email",
                    url_redacted=channel.url_redacted,
                )
            )
        queued = queue_messages(session, messages, at=T0)
        session.commit()
    assert len(queued) == count, f"queued {len(queued)} of {count}"


def statuses(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {str(s): int(n) for s, n in conn.execute(text("SELECT status, count(*) FROM message GROUP BY status"))}


def queued_rows(engine: Engine) -> list[Row]:
    """(key, to, subject, text, html) of every message, in id order (the order dondoc claims them)."""
    rows = fetch_rows(
        engine,
        "SELECT m.key, ch.url, m.subject, m.body_text, m.body_html FROM message m"
        " JOIN contact_channel ch ON ch.id = m.channel_id ORDER BY m.id",
    )
    return [(key, parse_qs(urlsplit(url).query)["to"][0], s, body, html) for key, url, s, body, html in rows]


def raw_smtplib(port: int, rows: list[Row]) -> tuple[float, float]:
    """One connection, one sendmail per row, the MIME message built in the loop: (wall, CPU) seconds."""
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for key, to, subject, body, html in rows:
            mail = EmailMessage(policy=SMTP_POLICY)
            mail["Subject"] = subject
            mail["From"] = SENDER
            mail["To"] = to
            mail["Date"] = format_datetime(dt.datetime.now(LOCAL_TZ))
            mail["Message-ID"] = message_id(key)
            mail.set_content(body, charset="utf-8")
            if html:
                mail.add_alternative(html, subtype="html", charset="utf-8")
            smtp.sendmail(SENDER, [to], mail.as_bytes())
    return time.perf_counter() - t0, time.process_time() - cpu0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_send(env: dict[str, str], inflight: int | None) -> tuple[float, float, str]:
    """``dondoc outbox send --force`` as a process: (wall, CPU of that process, its first line)."""
    command = [sys.executable, "-m", "dondoc", "outbox", "send", "--force"]
    if inflight is not None:
        command += ["--inflight", str(inflight)]
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    if done.returncode != 0:
        sys.exit(f"outbox send failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
    return seconds, cpu, done.stdout.strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--store", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--inflight", type=int, default=None, help="passed to outbox send (default: its own)")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="bench_outbox_send."))
    url = create_database(PG_ADMIN) if args.store == "postgresql" else f"sqlite:///{home / 'bench.sqlite'}"
    env = {**os.environ, "DONDOC_HOME": str(home), "DONDOC_DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    engine = make_engine(url)
    load_before = os.getloadavg()
    try:
        subprocess.run([sys.executable, "-m", "dondoc", "db", "upgrade"], env=env, cwd=ROOT, check=True)
        with SmtpProcess() as smtp:
            seed(engine, smtp.port, args.messages)
            rows = queued_rows(engine)
            expected = sorted((message_id(key), (to,)) for key, to, *_ in rows)
            window = f"--inflight {args.inflight}" if args.inflight else "default --inflight"
            print(f"{args.store}: {len(rows):,} queued emails, {args.runs} runs, {window}")
            results = []
            for run in range(1, args.runs + 1):
                requeue_messages(engine)
                smtp.take()
                seconds, cpu, said = cli_send(env, args.inflight)
                by_dondoc = smtp.take()
                done = statuses(engine)
                assert done == {"sent": len(rows)}, f"run {run}: rows after send {done}"
                assert sorted(by_dondoc) == expected, f"run {run}: the server did not get one email per row"
                raw, raw_cpu = raw_smtplib(smtp.port, rows)
                by_raw = smtp.take()
                assert sorted(by_raw) == sorted(by_dondoc), f"run {run}: raw smtplib delivered other messages"
                results.append((seconds, raw, cpu, raw_cpu))
                print(
                    f"  run {run}: dondoc outbox send {seconds:.2f} s ({len(rows) / seconds:,.0f} msg/s; CPU {cpu:.2f} s;"
                    f" {said}); raw smtplib {raw:.2f} s ({len(rows) / raw:,.0f} msg/s; CPU {raw_cpu:.2f} s);"
                    f" ratio {raw / seconds:.2f}×"
                )
        cli = statistics.median(r[0] for r in results)
        raw = statistics.median(r[1] for r in results)
        ratio = statistics.median(r[1] / r[0] for r in results)
        cpu_ratio = statistics.median(r[3] / r[2] for r in results)
        load_after = os.getloadavg()
        print(
            f"median: dondoc {cli:.2f} s = {len(rows) / cli:,.0f} msg/s, raw smtplib {raw:.2f} s ="
            f" {len(rows) / raw:,.0f} msg/s; ratio (median of the runs' ratios) {ratio:.2f}× (goal ≥ 0.8×);"
            f" CPU ratio (raw loop's CPU / the dondoc process's, start-up included) {cpu_ratio:.2f}×"
        )
        print(
            "load average (1, 5, 15 min) before "
            + " / ".join(f"{v:.1f}" for v in load_before)
            + ", after "
            + " / ".join(f"{v:.1f}" for v in load_after)
        )
    finally:
        engine.dispose()
        shutil.rmtree(home, ignore_errors=True)
        if args.store == "postgresql":
            drop_database(PG_ADMIN, url)


if __name__ == "__main__":
    main()

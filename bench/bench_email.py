"""Email throughput: dondoc's email channel versus raw smtplib, same local SMTP server, same run.

    .venv/bin/python bench/bench_email.py [--count 10000] [--distinct-urls N]

Starts an aiosmtpd server on a free localhost port (counting messages, not
storing them), then sends ``count`` emails

The server runs in a child process by default (``--same-process`` puts it
in this one, where it competes with the client for the GIL).

1. raw: ``smtplib.SMTP.sendmail`` over one connection, with a pre-built MIME
   message (the protocol cost only: the floor any sender pays);
2. raw, built: the same loop building each message (text + HTML, its Message-ID) for the
   channel's spread of addresses: the same work as the channel, by hand (like for like);
3. channel: ``EmailChannel.send_batch`` with ``OutgoingMessage`` objects
   (apprise URL parsing, MIME building with text + HTML parts and the
   Message-ID of each key, one SMTP session for the batch).

and prints both rates and their ratio (goal: channel >= 0.5 x raw). The
messages are a real rendered reminder (Vietnamese, text + HTML) of a seed plan in examples/.
``--distinct-urls`` spreads the messages over that many contact URLs
(different To addresses on the same server; each URL is parsed by apprise once).
"""

from __future__ import annotations

import argparse
import datetime as dt
import smtplib
import sys
import time
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(ROOT))

from bench.support import CountingSmtpServer  # noqa: E402
from calendar_rules import expand, load_calendar, parse_canonical  # noqa: E402
from dondoc.chase.directory import document_kind  # noqa: E402
from dondoc.org.registry import load_org_file  # noqa: E402
from dondoc.plans.plan_file import load_plan_file  # noqa: E402
from notifications.channels.email import EmailChannel  # noqa: E402
from notifications.message import OutgoingMessage, message_id  # noqa: E402
from notifications.render import Deadline, ReminderContext, render  # noqa: E402


def rendered_reminder():
    """The 2023-Q2 reminder of the quarterly report of the Đức Phổ seed plan (examples/plans/) to Đảng ủy xã Phổ An,
    with the names of the example tree, as the chase renders it (a real message, not a made-up one)."""
    plan = load_plan_file(EXAMPLES / "plans" / "91-kh-tu-duc-pho-2023.yaml")
    names = {unit.id: unit.name for unit in load_org_file(EXAMPLES / "org_tree.yaml").units}
    task = next(task for task in plan.tasks if task.rule.startswith("every quarter"))
    assert task.report_to and task.via, task
    quarter = expand(parse_canonical(task.rule), dt.date(2023, 4, 1), dt.date(2023, 6, 30), load_calendar())[0]
    deadline = Deadline(
        plan_number=plan.number,
        plan_title=plan.title,
        task=task.title,
        period=quarter.period,
        due_date=quarter.adjusted_due,
        assignee=names["dang-uy-xa-pho-an"],
        report_to=f"{names[task.report_to]} (qua {names[task.via]})",
        submit_url="http://127.0.0.1:8080/ghi-nhan/abc123",
        document_kind=document_kind(plan.number),
    )
    return render("upcoming", ReminderContext(deadline.assignee, deadline, dt.date(2023, 6, 23)), "email")


def bench_raw(sink, count: int, rendered) -> float:
    mail = EmailMessage(policy=SMTP_POLICY)
    mail["Subject"] = rendered.subject
    mail["From"] = "nhacviec@dondoc.test"
    mail["To"] = "vp@thiuy.vn"
    mail["Message-ID"] = message_id("raw")
    mail.set_content(rendered.text, charset="utf-8")
    mail.add_alternative(rendered.html, subtype="html", charset="utf-8")
    payload = mail.as_bytes()
    start = time.perf_counter()
    client = smtplib.SMTP(sink.host, sink.port, timeout=30)
    for _ in range(count):
        client.sendmail("nhacviec@dondoc.test", ["vp@thiuy.vn"], payload)
    client.quit()
    return time.perf_counter() - start


def bench_raw_built(sink, count: int, distinct: int, rendered) -> float:
    """The like-for-like baseline: smtplib on one connection, but each message built in the loop
    (text + HTML parts, its own Message-ID) and sent to the same spread of addresses as the channel."""
    recipients = [f"don-vi-{i:05d}@thiuy.vn" for i in range(distinct)]
    start = time.perf_counter()
    client = smtplib.SMTP(sink.host, sink.port, timeout=30)
    for i in range(count):
        mail = EmailMessage(policy=SMTP_POLICY)
        mail["Subject"] = rendered.subject
        mail["From"] = "nhacviec@dondoc.test"
        mail["To"] = recipients[i % distinct]
        mail["Message-ID"] = message_id(f"bench:{i}")
        mail.set_content(rendered.text, charset="utf-8")
        mail.add_alternative(rendered.html, subtype="html", charset="utf-8")
        client.sendmail("nhacviec@dondoc.test", [recipients[i % distinct]], mail.as_bytes())
    client.quit()
    return time.perf_counter() - start


def bench_channel(sink, count: int, distinct: int, rendered) -> tuple[float, int]:
    urls = [sink.url(to=f"don-vi-{i:05d}@thiuy.vn") for i in range(distinct)]
    messages = [
        OutgoingMessage(
            key=f"bench:{i}",
            url=urls[i % distinct],
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
        )
        for i in range(count)
    ]
    channel = EmailChannel(timeout=30)
    start = time.perf_counter()
    results = channel.send_batch(messages)
    channel.close()
    elapsed = time.perf_counter() - start
    failures = [r for r in results if not hasattr(r, "provider_id")]
    if failures:
        raise SystemExit(f"{len(failures)} sends failed, first: {failures[0]!r}")
    return elapsed, channel.connections_opened


class SinkProcess:
    """The SMTP sink in a child process, so server and client do not share one GIL."""

    def __enter__(self) -> SinkProcess:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child,), daemon=True)
        self._proc.start()
        self.host, self.port = self._conn.recv()
        return self

    def url(self, *, to: str) -> str:
        return f"mailto://{self.host}:{self.port}?from=nhacviec@dondoc.test&to={to}&mode=insecure"

    @property
    def received(self) -> int:
        self._conn.send("count")
        return self._conn.recv()

    def __exit__(self, *exc: object) -> None:
        self._conn.send("stop")
        self._proc.join(10)


def _serve(conn) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.support import CountingSmtpServer

    with CountingSmtpServer() as sink:
        conn.send((sink.host, sink.port))
        while True:
            command = conn.recv()
            if command == "count":
                conn.send(sink.received)
            else:
                return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--distinct-urls", type=int, default=100)
    parser.add_argument(
        "--same-process", action="store_true", help="run the SMTP server in this process (shares the GIL)"
    )
    args = parser.parse_args()
    rendered = rendered_reminder()

    with CountingSmtpServer() if args.same_process else SinkProcess() as sink:
        raw_seconds = bench_raw(sink, args.count, rendered)
        time.sleep(0.2)
        raw_received = sink.received
        built_seconds = bench_raw_built(sink, args.count, args.distinct_urls, rendered)
        time.sleep(0.2)
        built_received = sink.received - raw_received
        channel_seconds, opened = bench_channel(sink, args.count, args.distinct_urls, rendered)
        time.sleep(0.2)
        channel_received = sink.received - raw_received - built_received

    if {raw_received, built_received, channel_received} != {args.count}:
        raise SystemExit(
            f"server received raw={raw_received} built={built_received} channel={channel_received},"
            f" expected {args.count} each"
        )
    raw_rate = args.count / raw_seconds
    built_rate = args.count / built_seconds
    channel_rate = args.count / channel_seconds
    ratio = channel_rate / raw_rate
    where = "same process" if args.same_process else "separate process"
    print(
        f"messages per run        : {args.count} (channel spread over {args.distinct_urls} contact URLs; aiosmtpd in a {where})"
    )
    print(f"raw smtplib, 1 conn     : {raw_seconds:7.2f} s  {raw_rate:8.0f} msg/s")
    print(
        f"dondoc email channel    : {channel_seconds:7.2f} s  {channel_rate:8.0f} msg/s  ({opened} SMTP connection(s))"
    )
    print(
        f"raw smtplib, MIME built : {built_seconds:7.2f} s  {built_rate:8.0f} msg/s  (same addresses, built per message)"
    )
    print(f"ratio channel / built   : {channel_rate / built_rate:.2f}x  (like for like)")
    print(f"ratio channel / raw     : {ratio:.2f}x  (goal >= 0.50x: {'met' if ratio >= 0.5 else 'NOT met'})")
    if ratio < 0.5:
        raise SystemExit(1)


if __name__ == "__main__":
    main()

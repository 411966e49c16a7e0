"""End-to-end checks of a dondoc installation, each answering in plain Vietnamese.

Every check returns a ``Finding``; none raises, so one broken part never hides
what is wrong with the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from dondoc.settings import Settings


@dataclass(frozen=True)
class Finding:
    name: str
    ok: bool
    detail: str
    warning: bool = False


def check_database(settings: Settings) -> Finding:
    from dondoc.db import migrate
    from dondoc.db.engine import get_engine

    engine = get_engine(settings.effective_database_url)
    where = engine.url.render_as_string(hide_password=True)
    try:
        current, head = migrate.current_revision(engine), migrate.head_revision(engine)
    except Exception as exc:  # unreachable server, bad credentials, missing file
        return Finding("Cơ sở dữ liệu", False, f"không kết nối được {where}: {str(exc).splitlines()[0]}")
    if current != head:
        if settings.is_embedded:
            return Finding("Cơ sở dữ liệu", True, f"{where}: sẽ tự nâng cấp lên {head} ở lần dùng đầu", warning=True)
        return Finding(
            "Cơ sở dữ liệu",
            False,
            f"{where} đang ở phiên bản {current or 'trống'}, cần {head}: chạy `dondoc db upgrade`",
        )
    return Finding("Cơ sở dữ liệu", True, f"{where}, phiên bản {current}")


def check_channels(settings: Settings) -> Finding:
    from dondoc.db.engine import get_engine
    from dondoc.db.models import ContactChannel
    from dondoc.org.channels import BadChannelUrl, check_channel_url

    try:
        with Session(get_engine(settings.effective_database_url)) as session:
            rows = session.execute(select(ContactChannel).where(col(ContactChannel.active) == True)).scalars().all()
    except Exception as exc:
        return Finding("Kênh liên lạc", False, f"không đọc được: {str(exc).splitlines()[0]}")
    bad = []
    for row in rows:
        try:
            check_channel_url(row.url)
        except BadChannelUrl as exc:
            bad.append(f"#{row.id} {row.url_redacted}: {exc}")
    if bad:
        return Finding("Kênh liên lạc", False, f"{len(bad)} URL không hợp lệ: " + "; ".join(bad[:5]))
    return Finding("Kênh liên lạc", True, f"{len(rows)} kênh hợp lệ")


def check_flagged_channels(settings: Settings) -> Finding:
    """Channels no message goes to since a permanent error, each with the command that puts it back."""
    from dondoc.db.engine import get_engine
    from dondoc.org.channels import flagged_channels

    with Session(get_engine(settings.effective_database_url)) as session:
        flagged = flagged_channels(session)
    if not flagged:
        return Finding("Kênh bị gắn cờ", True, "không có kênh nào bị gắn cờ lỗi vĩnh viễn")
    lines = [
        f"{f.committee_name} #{f.id} {f.redacted}: {f.reason} (`dondoc org channel-reset {f.committee_id} {f.id}`)"
        for f in flagged
    ]
    more = f"; và {len(lines) - 10} kênh khác" if len(lines) > 10 else ""
    detail = f"{len(flagged)} kênh không được gửi tin: " + "; ".join(lines[:10]) + more
    return Finding("Kênh bị gắn cờ", True, detail, warning=True)


def check_prefect(api_url: str | None, now: dt.datetime) -> list[Finding]:
    """Prefect answers, the deployments are registered and each has a run coming, and the last
    chase and expand finished (see dondoc.prefect_checks)."""
    if not api_url:
        return [
            Finding(
                "Prefect",
                True,
                "chưa đặt PREFECT_API_URL: `dondoc serve` sẽ tự khởi động một máy chủ Prefect cục bộ",
                warning=True,
            )
        ]
    from calendar_rules.vietnamese import format_local_time
    from dondoc import prefect_checks
    from dondoc.schedules import WATCHED_FLOWS

    try:
        from prefect.client.orchestration import get_client
        from prefect.client.schemas.sorting import DeploymentSort, FlowSort

        with get_client(sync_client=True) as client:
            client.api_healthcheck()
            deployments = client.read_deployments(limit=200, sort=DeploymentSort.NAME_ASC)
            flows = {f.id: f.name for f in client.read_flows(limit=200, sort=FlowSort.NAME_ASC)}
            ids = {f"{flows.get(d.flow_id, '?')}/{d.name}": d.id for d in deployments}
            expected = prefect_checks.expected_deployments()
            upcoming = prefect_checks.next_runs(client, {n: ids[n] for n in expected if n in ids}, now)
            last = {name: prefect_checks.last_runs(client, name) for name in WATCHED_FLOWS}
    except Exception as exc:
        return [Finding("Prefect", False, f"không kết nối được {api_url}: {prefect_checks.first_line(exc)}")]
    findings = [Finding("Prefect", True, f"{api_url} trả lời; {len(ids)} deployment")]
    missing = [d for d in expected if d not in ids]
    if missing:
        findings.append(Finding("Deployment", False, "chưa đăng ký: " + ", ".join(missing) + " (chạy `dondoc serve`)"))
    else:
        findings.append(Finding("Deployment", True, "đủ: " + ", ".join(expected)))
    idle = [name for name, at in upcoming.items() if at is None]
    if idle:
        detail = (
            "không có lần chạy nào sắp tới theo lịch: " + ", ".join(idle) + " (bộ lập lịch của Prefect không chạy?)"
        )
        findings.append(Finding("Lịch chạy", False, detail))
    elif upcoming:
        soon = "; ".join(f"{n} lúc {format_local_time(at)}" for n, at in upcoming.items() if at is not None)
        findings.append(Finding("Lịch chạy", True, "lần chạy tới: " + soon))
    for name, (started, completed) in last.items():
        ok, detail = prefect_checks.last_run_finding(name, started, completed)
        findings.append(Finding("Lần chạy gần nhất", ok, detail))
    return findings


def check_holidays(settings: Settings, today: dt.date) -> Finding:
    from calendar_rules import review_warnings
    from dondoc.workcal import working_calendar

    try:
        warnings = review_warnings(working_calendar(settings), today)
    except Exception as exc:
        return Finding("Lịch nghỉ", False, f"không đọc được bảng ngày nghỉ: {exc}")
    if warnings:
        return Finding("Lịch nghỉ", True, "; ".join(warnings), warning=True)
    return Finding("Lịch nghỉ", True, f"bảng ngày nghỉ năm {today.year + 1} đã được rà soát")


def run_checks(settings: Settings, today: dt.date, prefect_api_url: str | None, now: dt.datetime) -> list[Finding]:
    checks: list[Callable[[], list[Finding]]] = [
        lambda: [check_database(settings)],
        lambda: [check_channels(settings)],
        lambda: [check_flagged_channels(settings)],
        lambda: check_prefect(prefect_api_url, now),
        lambda: [check_holidays(settings, today)],
    ]
    findings: list[Finding] = []
    for check in checks:
        try:
            findings.extend(check())
        except Exception as exc:  # a check must never stop the others
            findings.append(Finding("Kiểm tra", False, f"lỗi không lường trước: {exc}"))
    return findings

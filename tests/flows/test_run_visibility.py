"""An operator reads what happened from Prefect: doctor fails against a server whose
scheduler created nothing and whose last chase failed; dondoc's own log lines reach the
run's log; flow parameters carry descriptions and read dd/mm/yyyy."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.support.prefect_servers import drain_prefect_workers, plain_prefect_server


@pytest.mark.slow
def test_doctor_fails_when_no_run_is_scheduled_and_the_last_chase_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from dondoc.cli.main import app
    from flows.chase import chase
    from flows.deployments import runner_deployments

    with plain_prefect_server(tmp_path, PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED="false") as api:
        monkeypatch.setenv("PREFECT_API_URL", api)
        with temporary_settings(updates={PREFECT_API_URL: api}):
            for deployment in runner_deployments():
                deployment.apply()
            with pytest.raises(Exception, match="không tồn tại"):
                chase(day="31/02/2024")
            result = CliRunner().invoke(app, ["doctor"])
            drain_prefect_workers()  # the chase run's logs go before this server stops
    out = result.output
    assert result.exit_code == 1, out
    assert "OK  Deployment: đủ: expand-calendars/expand-daily, chase/chase-daily" in out
    assert (
        "LỖI Lịch chạy: không có lần chạy nào sắp tới theo lịch: expand-calendars/expand-daily, chase/chase-daily, "
        "digest/digest-weekly, deliver-outbox/deliver-retries" in out
    )
    assert "LỖI Lần chạy gần nhất: chase: lần chạy chase-31/02/2024 (bắt đầu " in out
    assert "không hoàn thành (FAILED); chưa hoàn thành lần nào" in out
    assert "OK  Lần chạy gần nhất: expand-calendars: chưa chạy lần nào" in out


def test_dondoc_log_lines_appear_in_the_run_log(prefect_server: None) -> None:
    from prefect import flow
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.runtime import flow_run

    from flows.runtime import route_dondoc_logs

    @flow(name="dondoc-log-probe")
    def probe() -> str:
        route_dondoc_logs()  # what every flow's store() does
        logging.getLogger("dondoc.outbox.delivery").warning("Tin #7 gửi lỗi: máy chủ thư từ chối (550)")
        return str(flow_run.id)

    run_id = probe()
    deadline = time.monotonic() + 30  # the API handler ships logs in the background, in batches
    with get_client(sync_client=True) as client:
        while True:
            logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
            if any(log.name == "dondoc.outbox.delivery" for log in logs) or time.monotonic() > deadline:
                break
            time.sleep(1)
    assert any(log.name == "dondoc.outbox.delivery" and "Tin #7 gửi lỗi" in log.message for log in logs), [
        (log.name, log.message) for log in logs
    ]


def test_flow_parameters_have_descriptions_and_read_dd_mm_yyyy() -> None:
    import datetime as dt

    from prefect.utilities.callables import parameter_schema

    from flows.chase import chase
    from flows.expand import expand_calendars
    from flows.runtime import resolve_day

    for flow_ in (chase, expand_calendars):
        properties = parameter_schema(flow_.fn).properties
        assert "day" in properties, flow_.name  # both call the day by the same name
        assert "dd/mm/yyyy" in properties["day"]["description"]
    assert all(p.get("description") for p in parameter_schema(chase.fn).properties.values())
    assert resolve_day("05/01/2024") == dt.date(2024, 1, 5) == resolve_day("2024-01-05")


def test_a_scheduled_run_works_for_the_day_of_its_scheduled_start_in_ho_chi_minh_time(prefect_server: None) -> None:
    """Scheduled for 23:30 UTC on 04/01/2024, which is 06:30 on 05/01/2024 in Hà Nội; it runs
    now, years later, and still chases 05/01/2024 under the name of that day."""
    import datetime as dt

    from prefect.client.orchestration import get_client
    from prefect.flow_engine import run_flow
    from prefect.states import Scheduled

    from flows.chase import chase

    with get_client(sync_client=True) as client:
        flow_id = client.create_flow_from_name(chase.name)
        run = client.create_flow_run(
            chase, state=Scheduled(scheduled_time=dt.datetime(2024, 1, 4, 23, 30, tzinfo=dt.UTC))
        )
        assert run.flow_id == flow_id
    result = run_flow(chase, flow_run=run, parameters={"respect_quiet_hours": False})
    assert isinstance(result, dict) and "day_off" not in result  # Friday 05/01/2024, a working day
    with get_client(sync_client=True) as client:
        finished = client.read_flow_run(run.id)
    assert finished.name == "chase-2024-01-05"
    assert finished.state_type is not None and finished.state_type.value == "COMPLETED"

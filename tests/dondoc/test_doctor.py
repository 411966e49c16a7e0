"""`dondoc doctor` tells in plain words what works and what does not."""

from __future__ import annotations

from tests.support.cli import Cli
from tests.support.paths import EXAMPLES


def test_doctor_passes_on_a_healthy_store_and_names_what_is_only_a_warning(cli: Cli) -> None:
    assert cli("org", "import", str(EXAMPLES / "org_tree.yaml")).code == 0
    result = cli("doctor")
    assert result.code == 0, result.stdout
    assert "OK  Cơ sở dữ liệu" in result.stdout
    assert "kênh hợp lệ" in result.stdout
    assert "PREFECT_API_URL" in result.stdout  # not set: a warning, serve starts a local server


def test_doctor_fails_in_plain_words_when_prefect_is_unreachable(cli: Cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from prefect.settings import PREFECT_API_URL, temporary_settings

    unreachable = "http://127.0.0.1:9/api"
    monkeypatch.setenv("PREFECT_API_URL", unreachable)
    # doctor runs in-process: if this worker has already started the flow tests' Prefect test
    # server, Prefect's settings context points at it, and the client reads that before the
    # environment (a doctor process of its own reads the environment only).
    with temporary_settings(updates={PREFECT_API_URL: unreachable}):
        result = cli("doctor")
    assert result.code == 1
    assert "LỖI Prefect: không kết nối được http://127.0.0.1:9/api" in result.stdout
    assert "1 mục cần sửa" in result.stdout

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
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    result = cli("doctor")
    assert result.code == 1
    assert "LỖI Prefect: không kết nối được http://127.0.0.1:9/api" in result.stdout
    assert "1 mục cần sửa" in result.stdout

"""``dondoc notify test``: one test message through the real channel, its outcome in one Vietnamese line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dondoc.cli.main import app
from tests.support.servers import FakeTelegramApi


def test_a_folder_url_receives_the_test_message_under_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DONDOC_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(app, ["notify", "test", "folder://thu-nghiem"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK   folder://thu-nghiem: written to folder")
    assert len(list((tmp_path / "home" / "folder" / "thu-nghiem").iterdir())) == 1
    assert not (tmp_path / "home" / "outbox").exists()  # "outbox" is the database queue, not a directory


def test_an_unknown_chat_is_reported_as_permanent_without_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeTelegramApi() as api:
        monkeypatch.setenv("DONDOC_HOME", str(tmp_path / "home"))
        monkeypatch.setenv("DONDOC_TELEGRAM_API_BASE", api.base_url)
        result = CliRunner().invoke(app, ["notify", "test", api.url(4242)])
    assert result.exit_code == 1
    assert "LỖI" in result.output and "lỗi vĩnh viễn" in result.output and "chat not found" in result.output
    assert api.token not in result.output

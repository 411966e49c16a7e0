"""Fixtures for the channel tests: real servers on free localhost ports, sample deadlines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from notifications.render import Deadline
from tests.support.servers import FakeTelegramApi, FakeZaloApi, SmtpSink


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def telegram_api() -> Iterator[FakeTelegramApi]:
    with FakeTelegramApi() as api:
        yield api


@pytest.fixture
def zalo_api() -> Iterator[FakeZaloApi]:
    with FakeZaloApi() as api:
        yield api


@pytest.fixture
def deadline() -> Deadline:
    return Deadline(
        plan_number="91-KH/TU",
        plan_title="Kế hoạch thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị",
        task="Báo cáo sơ kết 6 tháng đầu năm việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        period="2023-Q2",
        due_date=dt.date(2023, 6, 30),
        assignee="Đảng ủy xã Phổ An",
        report_to="Ban Thường vụ Thị ủy (qua Ban Tuyên giáo Thị ủy)",
        submit_url="http://127.0.0.1:8080/ghi-nhan/tok-123?u=pho-an&p=2023-Q2",
    )

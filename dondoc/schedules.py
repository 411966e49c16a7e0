"""The scheduled deployments of dondoc, in Asia/Ho_Chi_Minh, as plain data.

They live here, not in ``flows/``, so that ``dondoc doctor`` can check them
without importing the flows (flows depend on dondoc, never the reverse);
``flows/deployments.py`` turns them into Prefect deployments.

| deployment                      | schedule                 | what it does |
|---------------------------------|--------------------------|--------------|
| expand-calendars/expand-daily   | daily 06:00              | keeps occurrences materialised for the window (one year back, two ahead), per subtree |
| chase/chase-daily               | daily 07:30              | decides due steps, queues and sends reminders/escalations (nothing on days off) |
| digest/digest-weekly            | Monday 07:00             | each committee gets the state of the units under it |
| deliver-outbox/deliver-retries  | every 15 min, 7–17h, Mon–Sat | sends queued messages and those whose retry time has come (quiet hours respected) |
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Prefect global concurrency limits the senders occupy, one per provider. They are created (with a
# generous default) when the deployments are registered, so a run never logs that they are missing;
# an operator lowers them (`prefect gcl update dondoc-send-zalo --limit 1`).
SEND_LIMITS = ("dondoc-send-email", "dondoc-send-telegram", "dondoc-send-zalo")
SEND_LIMIT_DEFAULT = 10


@dataclass(frozen=True)
class DeploymentSpec:
    flow_path: str  # module:function
    flow_name: str  # the @flow(name=...) of that function
    name: str
    cron: str
    parameters: dict[str, Any]
    description: str

    @property
    def full_name(self) -> str:
        """``flow/deployment``, as Prefect names it."""
        return f"{self.flow_name}/{self.name}"


SPECS: tuple[DeploymentSpec, ...] = (
    DeploymentSpec(
        "flows.expand:expand_calendars",
        "expand-calendars",
        "expand-daily",
        "0 6 * * *",
        {},
        "Lập và cập nhật các kỳ báo cáo trong khoảng một năm trước đến hai năm tới, theo từng nhánh của cây tổ chức.",
    ),
    DeploymentSpec(
        "flows.chase:chase",
        "chase",
        "chase-daily",
        "30 7 * * *",
        {"dry_run": False},
        "Nhắc việc, báo quá hạn và báo cáo cấp trên theo chính sách; không gửi vào ngày nghỉ.",
    ),
    DeploymentSpec(
        "flows.digest:digest",
        "digest",
        "digest-weekly",
        "0 7 * * 1",
        {"respect_quiet_hours": True},
        "Mỗi sáng thứ Hai: gửi mỗi cấp ủy bản tổng hợp tình hình báo cáo của các đơn vị trực thuộc.",
    ),
    DeploymentSpec(
        "flows.deliver:deliver_outbox",
        "deliver-outbox",
        "deliver-retries",
        "*/15 7-17 * * 1-6",
        {"respect_quiet_hours": True},
        "Gửi các tin đang chờ và các tin đến hạn gửi lại.",
    ),
)

# The flows whose last run doctor reports (a failed or crashed last run is an error).
WATCHED_FLOWS = ("chase", "expand-calendars")

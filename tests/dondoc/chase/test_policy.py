"""Escalation policy files: the shipped default, line-numbered problems, an operator's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from dondoc.chase.policy import Repeat, Target, load_policies, parse_policy_text
from dondoc.errors import ValidationFailed


def test_default_policy_is_the_ladder_of_the_domain() -> None:
    policy = load_policies()["default"]
    assert [(s.id, s.offset, s.working, s.template) for s in policy.steps] == [
        ("remind-7", -7, False, "upcoming"),
        ("remind-1", -1, False, "upcoming"),
        ("overdue-1", 1, True, "overdue"),
        ("escalate-3", 3, True, "escalation"),
        ("escalate-7", 7, True, "escalation"),
    ]
    assert policy.step("escalate-3").target == Target("report_to")
    assert policy.step("escalate-7").target == Target("above_report_to", n=1)
    assert policy.step("escalate-7").repeat == Repeat(every_days=7, limit=8)
    assert policy.step("remind-7").channels is None


def test_all_target_forms_and_channels_parse() -> None:
    policy = parse_policy_text(
        """name: strict
steps:
  - {id: a, days: 0, target: assignee, template: due_today, channels: [email, zalo]}
  - {id: b, working_days: 2, target: {ancestor: 2}, template: escalation}
  - {id: c, working_days: 5, target: {board: Ban Tuyên giáo}, template: escalation, repeat: {every_days: 3}}
""",
        "strict.yaml",
    )
    a, b, c = policy.steps
    assert a.channels == ("email", "zalo") and a.line == 3
    assert b.target == Target("ancestor", n=2) and b.target.level == 2
    assert c.target == Target("board", board="Ban Tuyên giáo") and c.repeat == Repeat(3, 8)  # default limit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "name: p\nsteps:\n  - id: x\n    days: -7\n    working_days: 2\n    target: assignee\n    template: upcoming\n",
            "p.yaml:4: cần đúng một trong 'days'",
        ),
        (
            "name: p\nsteps:\n  - id: x\n    days: 1\n    target: cấp trên\n    template: overdue\n",
            "p.yaml:5: 'target' phải là",
        ),
        (
            "name: p\nsteps:\n  - id: x\n    days: 1\n    target: assignee\n    template: nhắc\n",
            "p.yaml:6: 'template' phải là một trong",
        ),
        (
            "name: p\nsteps:\n  - id: X Y\n    days: 1\n    target: assignee\n    template: overdue\n",
            "p.yaml:3: thiếu 'id' hoặc mã bước không hợp lệ",
        ),
        (
            "name: p\nsteps:\n  - {id: x, days: 1, target: assignee, template: overdue}\n  - {id: x, days: 2, target: assignee, template: overdue}\n",
            "p.yaml:4: mã bước 'x' bị lặp (đã dùng ở dòng 3)",
        ),
        (
            "name: p\nsteps:\n  - id: x\n    days: 1\n    target: {ancestor: 0}\n    template: overdue\n",
            "p.yaml:5: 'ancestor' cần một số từ 1 đến 20",
        ),
        (
            "name: p\nsteps:\n  - id: x\n    days: 1\n    target: assignee\n    template: overdue\n    repeat: {limit: 3}\n",
            "p.yaml:7: 'repeat.every_days'",
        ),
        (
            "name: p\nsteps:\n  - id: x\n    days: 1\n    target: assignee\n    template: overdue\n    channels: [fax]\n",
            "p.yaml:7: 'channels' phải là",
        ),
        (
            "name: p\nsteps:\n  - id: x\n    days: 1\n    target: assignee\n    template: overdue\n    when: sáng\n",
            "p.yaml:7: khóa 'when' không hợp lệ",
        ),
        ("name: p\nsteps: []\n", "p.yaml:2: cần 'steps'"),
        (
            "name: Mặc định\nsteps:\n  - {id: x, days: 1, target: assignee, template: overdue}\n",
            "p.yaml:1: thiếu 'name' hoặc tên không hợp lệ",
        ),
        ("name: p\nsteps:\n  - id: x\n   days: 1\n", "p.yaml:4: YAML không hợp lệ"),
    ],
)
def test_problems_name_the_file_and_line(text: str, expected: str) -> None:
    with pytest.raises(ValidationFailed) as raised:
        parse_policy_text(text, "p.yaml")
    assert any(problem.startswith(expected) for problem in raised.value.problems), raised.value.problems


def test_every_problem_of_a_file_is_reported_together() -> None:
    text = "name: p\nsteps:\n  - {id: a, days: 1, target: nobody, template: overdue}\n  - {id: b, days: 1, target: assignee, template: nope}\n"
    with pytest.raises(ValidationFailed) as raised:
        parse_policy_text(text, "p.yaml")
    assert [p.split(":")[1] for p in raised.value.problems] == ["3", "4"]


def test_an_operator_folder_adds_and_overrides_policies(tmp_path: Path) -> None:
    (tmp_path / "gentle.yaml").write_text(
        "name: gentle\nsteps:\n  - {id: once, days: -3, target: assignee, template: upcoming}\n", encoding="utf-8"
    )
    (tmp_path / "default.yml").write_text(
        "name: default\nsteps:\n  - {id: only, working_days: 1, target: assignee, template: overdue}\n",
        encoding="utf-8",
    )
    policies = load_policies(tmp_path)
    assert set(policies) == {"default", "gentle"}
    assert [s.id for s in policies["default"].steps] == ["only"]


def test_a_folder_with_problems_reports_each_file(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "name: same\nsteps:\n  - {id: x, days: 1, target: assignee, template: overdue}\n", encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text(
        "name: same\nsteps:\n  - {id: x, days: 1, target: assignee, template: overdue}\n", encoding="utf-8"
    )
    (tmp_path / "c.yaml").write_text(
        "name: c\nsteps:\n  - {id: x, days: 999, target: assignee, template: overdue}\n", encoding="utf-8"
    )
    with pytest.raises(ValidationFailed) as raised:
        load_policies(tmp_path)
    problems = raised.value.problems
    assert any(p.startswith(f"{tmp_path / 'b.yaml'}:1: chính sách 'same' đã được khai báo") for p in problems)
    assert any(p.startswith(f"{tmp_path / 'c.yaml'}:3: 'days' phải là số nguyên") for p in problems)


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="không phải thư mục"):
        load_policies(tmp_path / "nowhere")


def test_the_folder_channel_kind_and_its_older_name_with_a_warning() -> None:
    step = "name: p\nsteps:\n  - id: x\n    days: 1\n    target: assignee\n    template: overdue\n    channels: [{}]\n"
    assert parse_policy_text(step.format("folder, email"), "p.yaml").steps[0].channels == ("folder", "email")
    with pytest.warns(FutureWarning, match=r"^loại kênh 'outbox' là tên cũ, nay gọi là 'folder'") as warned:
        policy = parse_policy_text(step.format("outbox, folder, email"), "p.yaml")
    assert [(w.filename, w.lineno) for w in warned] == [("p.yaml", 7)]
    assert policy.steps[0].channels == ("folder", "email")

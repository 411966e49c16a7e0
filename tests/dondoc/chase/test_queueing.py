"""Resolving targets and channels, and the message keys, on a real store."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlmodel import Session

from dondoc.chase.candidates import find_due_steps
from dondoc.chase.policy import load_policies, parse_policy_text
from dondoc.chase.queueing import document_kind, group_step, plan_messages
from dondoc.outbox.queue import message_key
from tests.support import scenario
from tests.support.stores import Store

DAY = dt.date(2023, 7, 3)  # overdue-1 for the 30/06 deadline, and every test policy below fires on it

TARGETS = """name: targets
steps:
  - {id: to-self, working_days: 1, target: assignee, template: overdue, channels: [email]}
  - {id: to-parent, working_days: 1, target: {ancestor: 1}, template: escalation}
  - {id: to-grandparent, working_days: 1, target: {ancestor: 2}, template: escalation}
  - {id: to-far, working_days: 1, target: {ancestor: 5}, template: escalation}
  - {id: to-board, working_days: 1, target: {board: Ban Tuyên giáo Thị ủy}, template: escalation}
  - {id: to-above, working_days: 1, target: {above_report_to: 1}, template: escalation}
"""


def _plan(store: Store, policy_text: str):  # type: ignore[no-untyped-def]
    policies = {**load_policies(), "targets": parse_policy_text(policy_text, "targets.yaml")}
    with Session(store.engine) as session:
        found = find_due_steps(session, DAY, policies, scenario.calendar())
        return plan_messages(
            session, found.candidates, day=DAY, at=scenario.at_on(DAY), base_url="http://localhost:8080"
        )


def test_each_target_kind_resolves_in_the_tree(store: Store) -> None:
    scenario.seed_tree(store.engine)
    task = scenario.seed_plan(store.engine, policy="targets")
    scenario.add_occurrence(store.engine, task, "dang-uy-xa-pho-an", scenario.Q2_DUE)
    with store.engine.begin() as conn:  # the assignee gets an email channel besides its outbox
        contact = conn.execute(text("SELECT id FROM contact WHERE committee_id = 'dang-uy-xa-pho-an'")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO contact_channel (contact_id, kind, url, url_redacted, active) VALUES (:c, 'email', 'mailto://u:p@mail.example.vn?to=phoan@example.vn', 'mailto://***@mail.example.vn', true)"
            ),
            {"c": contact},
        )
    planned, skipped = _plan(store, TARGETS)
    got = {(i.candidate.step_key, p.message.recipient_id, p.message.channel_kind) for p in planned for i in p.items}
    assert got == {
        ("to-self#0", "dang-uy-xa-pho-an", "email"),  # channels: [email] leaves the folder channel out
        ("to-parent#0", scenario.THI_UY, "folder"),
        ("to-grandparent#0", scenario.TINH_UY, "folder"),
        ("to-board#0", scenario.BTG, "folder"),
        ("to-above#0", scenario.TINH_UY, "folder"),
    }
    assert [(s.step_key, s.reason) for s in skipped] == [("to-far#0", "Đảng ủy xã Phổ An không có cấp trên thứ 5")]
    # the Tỉnh ủy is both grandparent and above report_to: one escalation, listing the occurrence once
    to_tinh_uy = [p for p in planned if p.message.recipient_id == scenario.TINH_UY]
    assert len(to_tinh_uy) == 1 and to_tinh_uy[0].message.body_text.count("Đảng ủy xã Phổ An:") == 1
    board = next(p for p in planned if p.message.recipient_id == scenario.BTG)
    message = board.message
    assert message.key == message_key(None, group_step("escalation", board.items), scenario.BTG, message.channel_id)  # type: ignore[arg-type]
    assert message.step.startswith("escalation:")
    assert message.subject.startswith("[Chậm báo cáo]") and message.body_html is not None


def test_flagged_and_inactive_channels_are_not_used(store: Store) -> None:
    scenario.seed_tree(store.engine)
    task = scenario.seed_plan(store.engine)
    scenario.add_occurrence(store.engine, task, "dang-uy-xa-pho-an", scenario.Q2_DUE)
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE contact_channel SET flagged_at = :t WHERE contact_id IN (SELECT id FROM contact WHERE committee_id = 'dang-uy-xa-pho-an')"
            ),
            {
                "t": dt.datetime(2023, 7, 1, tzinfo=dt.UTC).replace(tzinfo=None)
                if store.backend == "sqlite"
                else dt.datetime(2023, 7, 1, tzinfo=dt.UTC)
            },
        )
    planned, skipped = _plan(store, TARGETS.replace("name: targets", "name: unused"))
    assert planned == [] and [s.target for s in skipped] == ["dang-uy-xa-pho-an"]


def test_document_kind_comes_from_the_number() -> None:
    assert document_kind("91-KH/TU") == "Kế hoạch"
    assert document_kind("05-HD/BTGTU") == "Hướng dẫn"
    assert document_kind("123-CV/TU") == "Công văn"
    assert document_kind("không số") == "Kế hoạch"

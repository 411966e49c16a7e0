"""The weekly digest names each deadline's document by its kind, as every other message does."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlmodel import Session, select

from dondoc.chase.digest import queue_digests
from dondoc.db.models import Message
from tests.support import scenario
from tests.support.stores import Store

MONDAY = dt.date(2023, 6, 26)  # the week before the 30/06 deadline


def _digest_to_thi_uy(store: Store) -> str:
    queue_digests(store.engine, today=MONDAY, at=scenario.at_on(MONDAY), actor="test", base_url="http://localhost:8080")
    with Session(store.engine) as session:
        digest = session.exec(
            select(Message).where(Message.template == "digest", Message.recipient_id == scenario.THI_UY)
        ).one()
    return digest.body_text


def test_a_letter_in_the_digest_is_called_a_cong_van(store: Store) -> None:
    scenario.seed_tree(store.engine)
    task = scenario.seed_plan(store.engine)
    scenario.add_occurrence(store.engine, task, "dang-uy-xa-pho-an", scenario.Q2_DUE)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE plan SET number = '12-CV/TU'"))
    body = _digest_to_thi_uy(store)
    assert "Công văn số 12-CV/TU" in body
    assert "Kế hoạch số" not in body


def test_a_plan_in_the_digest_is_called_a_ke_hoach(store: Store) -> None:
    scenario.seed_tree(store.engine)
    task = scenario.seed_plan(store.engine)
    scenario.add_occurrence(store.engine, task, "dang-uy-xa-pho-an", scenario.Q2_DUE)
    assert "Kế hoạch số 91-KH/TU" in _digest_to_thi_uy(store)

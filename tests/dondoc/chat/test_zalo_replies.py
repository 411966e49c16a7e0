"""A secretary answers a Zalo OA reminder: a signed event records once; forged, replayed, foreign refused.

The reminder is really sent through the Zalo stand-in (its message_id kept);
the webhook is the real app's ``POST /chat/zalo`` on both stores.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dondoc.chat import zalo
from dondoc.settings import Settings
from dondoc.web.app import create_app
from dondoc.web.deps import get_now, get_today
from tests.support.chat import (
    NOW,
    OA_SECRET,
    REPLY_TS,
    TODAY,
    Sent,
    refusals,
    send_reminder,
    settings_for,
    submissions,
)
from tests.support.servers import FakeZaloApi
from tests.support.stores import Store

REF = "Báo cáo số 12-BC/CB"
SECRETARY = "8000000000000000001"
STRANGER = "8000000000000000002"


@dataclass
class Oa:
    store: Store
    api: FakeZaloApi
    settings: Settings
    sent: Sent
    client: TestClient


@pytest.fixture
def oa(store: Store, tmp_path: Path) -> Iterator[Oa]:
    with FakeZaloApi() as api:
        settings = settings_for(tmp_path, zalo=api.base_url)
        sent = send_reminder(store, settings, api.url(SECRETARY), "zalo")
        app = create_app(settings, engine=store.engine)
        app.dependency_overrides[get_today] = lambda: TODAY
        app.dependency_overrides[get_now] = lambda: NOW
        with TestClient(app, base_url="https://testserver") as client:
            yield Oa(store, api, settings, sent, client)


def _event(api: FakeZaloApi, msg_id: str, text: str, *, sender: str = SECRETARY, quote: str | None = None) -> bytes:
    message: dict[str, Any] = {"msg_id": msg_id, "text": text}
    if quote is not None:
        message["quote_msg_id"] = quote
    body = {
        "app_id": api.app_id,
        "user_id_by_app": "5000000000000000001",
        "event_name": "user_send_text",
        "timestamp": str(REPLY_TS * 1000),
        "sender": {"id": sender},
        "recipient": {"id": api.oa_id},
        "message": message,
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _post(oa: Oa, raw: bytes, *, key: str = OA_SECRET) -> Any:
    event = json.loads(raw)
    mac = zalo.signature(event["app_id"], raw, event["timestamp"], key)
    return oa.client.post(
        "/chat/zalo", content=raw, headers={"X-ZEvent-Signature": f"mac={mac}", "Content-Type": "application/json"}
    )


def test_a_signed_reply_records_the_submission_once_and_confirms_it(oa: Oa) -> None:
    raw = _event(oa.api, "zmsg-1", f"Đã nộp {REF}", quote=oa.sent.provider_id)
    first = _post(oa, raw)
    assert (first.status_code, first.json()["outcome"]) == (200, "recorded")
    [submission] = submissions(oa.store)
    assert (submission.occurrence_id, submission.ref, submission.actor) == (
        oa.sent.occurrence_id,
        REF,
        f"zalo:{SECRETARY}",
    )
    assert submission.submitted_on == TODAY
    confirmation = oa.api.sent[-1]
    assert confirmation["recipient"]["user_id"] == SECRETARY
    assert confirmation["message"]["text"].startswith(f"Đã ghi nhận báo cáo '{REF}' ngày 28/06/2023 (đúng hạn)")

    replay = _post(oa, raw)
    assert (replay.status_code, replay.json()["outcome"]) == (200, "replayed")
    again = _post(oa, _event(oa.api, "zmsg-2", f"/nop {REF}"))  # no quote: the latest reminder to this follower
    assert again.json()["outcome"] == "duplicate"
    assert len(submissions(oa.store)) == 1
    assert [e.outcome for e in refusals(oa.store)] == ["tin đã xử lý (gửi lại)"]


def test_a_forged_signature_is_refused_and_recorded(oa: Oa) -> None:
    raw = _event(oa.api, "zmsg-9", f"/nop {REF}", quote=oa.sent.provider_id)
    forged = _post(oa, raw, key="guessed-key")
    unsigned = oa.client.post("/chat/zalo", content=raw, headers={"Content-Type": "application/json"})
    assert (forged.status_code, unsigned.status_code) == (403, 403)
    assert submissions(oa.store) == []
    assert [e.outcome for e in refusals(oa.store)] == ["chữ ký sự kiện Zalo không hợp lệ"] * 2
    assert len(oa.api.sent) == 1  # only the reminder: nothing is said to a forger


def test_another_follower_cannot_answer_for_the_unit(oa: Oa) -> None:
    response = _post(oa, _event(oa.api, "zmsg-5", f"/nop {REF}", sender=STRANGER, quote=oa.sent.provider_id))
    assert response.json()["outcome"] == "refused"
    assert submissions(oa.store) == []
    [refusal] = refusals(oa.store)
    assert (refusal.actor, refusal.outcome) == (f"zalo:{STRANGER}", "cuộc trò chuyện không được nhận tin nhắc này")


def test_an_unclear_reply_gets_the_help_text(oa: Oa) -> None:
    response = _post(oa, _event(oa.api, "zmsg-7", "Chi bộ đang hoàn thiện ạ", quote=oa.sent.provider_id))
    assert response.json()["outcome"] == "help"
    assert submissions(oa.store) == []
    assert oa.api.sent[-1]["message"]["text"].startswith("Để ghi nhận báo cáo, hãy trả lời")

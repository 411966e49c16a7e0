"""The web door against the real app on both stores: login throttling, sessions
that logout and ``user disable`` end everywhere, and the security headers."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from dondoc.db.models import HistoryEvent, UserRole
from dondoc.settings import Settings
from dondoc.web.app import create_app
from dondoc.web.deps import get_now, get_today
from dondoc.web.users import add_user, disable_user
from tests.support.scenario import AT, THI_UY, seed_tree
from tests.support.stores import Store

NOW = dt.datetime(2023, 6, 20, 2, 0, tzinfo=dt.UTC)
PASSWORD = "mat-khau-du-dai"
WRONG = "sai-mat-khau-roi"


@dataclass
class Door:
    store: Store
    app: FastAPI
    client: TestClient

    def browser(self) -> TestClient:
        """Another browser on the same app: its own cookies."""
        return TestClient(self.app, base_url="https://testserver")

    def set_now(self, now: dt.datetime) -> None:
        self.app.dependency_overrides[get_now] = lambda: now


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "no CSRF field on the page"
    return match.group(1)


def attempt(client: TestClient, username: str, password: str) -> int:
    form = client.get("/login")
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf": csrf_of(form.text), "next": "/committees"},
        follow_redirects=False,
    )
    return response.status_code


def signed_in(client: TestClient) -> bool:
    response = client.get("/committees", follow_redirects=False)
    assert response.status_code in (200, 303), response.status_code
    return response.status_code == 200


def throttle_events(store: Store) -> list[HistoryEvent]:
    with Session(store.engine) as session:
        return list(session.exec(select(HistoryEvent).where(col(HistoryEvent.kind) == "login_throttled")).all())


@pytest.fixture
def door(store: Store, tmp_path: Path) -> Iterator[Door]:
    seed_tree(store.engine)
    with Session(store.engine) as session:
        add_user(session, "vp.thiuy", PASSWORD, UserRole.committee, THI_UY, at=AT, actor="test")
        add_user(session, "kiemtoan", PASSWORD, UserRole.auditor, None, at=AT, actor="test")
        session.commit()
    settings = Settings(
        home=tmp_path / "web-home", base_url="https://lich.dondoc.test", secret_key="test-secret-" + "x" * 40
    )
    app = create_app(settings, engine=store.engine)
    app.dependency_overrides[get_today] = lambda: NOW.date()
    app.dependency_overrides[get_now] = lambda: NOW
    with TestClient(app, base_url="https://testserver") as client:
        yield Door(store, app, client)


def test_five_wrong_passwords_lock_the_user_name_even_against_the_right_one(door: Door) -> None:
    for _ in range(5):
        assert attempt(door.client, "vp.thiuy", WRONG) == 401
    form = door.client.get("/login")
    refused = door.client.post(
        "/login",
        data={"username": "vp.thiuy", "password": PASSWORD, "csrf": csrf_of(form.text)},
        follow_redirects=False,
    )
    assert refused.status_code == 429
    assert 0 < int(refused.headers["retry-after"]) <= 15 * 60
    assert "Đăng nhập sai quá nhiều lần" in refused.text and "phút" in refused.text
    assert not signed_in(door.client)
    assert attempt(door.client, "vp.thiuy", PASSWORD) == 429
    events = throttle_events(door.store)
    assert len(events) == 1, "one history event per block, not one per refused attempt"
    details = json.loads(events[0].details)
    assert details["username"] == "vp.thiuy" and details["scope"] == "user"
    # another user from the same address is not locked by this user's failures
    assert attempt(door.client, "kiemtoan", PASSWORD) == 303


def test_the_lock_ends_after_the_window_and_the_right_password_works_again(door: Door) -> None:
    for _ in range(5):
        attempt(door.client, "vp.thiuy", WRONG)
    assert attempt(door.client, "vp.thiuy", PASSWORD) == 429
    door.set_now(NOW + dt.timedelta(minutes=16))
    assert attempt(door.client, "vp.thiuy", PASSWORD) == 303
    assert signed_in(door.client)


def test_twenty_failures_from_one_address_lock_the_address_for_every_name(door: Door) -> None:
    for n in range(20):
        assert attempt(door.client, f"khong-co-{n}", WRONG) == 401
    assert attempt(door.client, "kiemtoan", PASSWORD) == 429
    events = throttle_events(door.store)
    assert [json.loads(e.details)["scope"] for e in events] == ["address"]


def test_a_hostile_user_name_is_a_wrong_login_not_a_server_error(door: Door) -> None:
    for name in ("vp\x00thiuy", "x" * 5000, "vp.thiuy\n", "' OR 1=1 --"):
        assert attempt(door.client, name, WRONG) in (401, 429)
    for _ in range(5):
        attempt(door.client, "a\x00b", WRONG)
    assert attempt(door.client, "a\x00b", WRONG) == 429  # the history records it without the NUL
    assert all("\x00" not in (e.outcome or "") for e in throttle_events(door.store))


def test_logout_ends_every_session_of_the_user_including_a_copied_cookie(door: Door) -> None:
    office, laptop = door.client, door.browser()
    assert attempt(office, "vp.thiuy", PASSWORD) == 303
    assert attempt(laptop, "vp.thiuy", PASSWORD) == 303
    copied = dict(office.cookies)
    page = office.get("/committees")
    office.post("/logout", data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert not signed_in(office)
    assert not signed_in(laptop), "the other browser's session ended too"
    thief = door.browser()
    thief.cookies.update(copied)
    assert not signed_in(thief), "a cookie copied before logout does not work after it"
    assert attempt(laptop, "vp.thiuy", PASSWORD) == 303 and signed_in(laptop)


def test_disabling_a_user_ends_the_open_session_and_reenabling_does_not_revive_it(door: Door) -> None:
    assert attempt(door.client, "kiemtoan", PASSWORD) == 303
    assert signed_in(door.client)
    copied = dict(door.client.cookies)
    with Session(door.store.engine) as session:
        user = disable_user(session, "kiemtoan", at=AT, actor="test")
        session.commit()
        user.active = True  # an admin turning the account back on by hand
        session.add(user)
        session.commit()
    thief = door.browser()
    thief.cookies.update(copied)
    assert not signed_in(door.client) and not signed_in(thief)


@pytest.mark.parametrize("path", ["/login", "/healthz", "/committees", "/khong-co-trang-nay"])
def test_every_response_carries_the_security_headers(door: Door, path: str) -> None:
    response = door.client.get(path, follow_redirects=False)
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_a_throttled_answer_and_a_post_carry_the_headers_too(door: Door) -> None:
    for _ in range(6):
        attempt(door.client, "vp.thiuy", WRONG)
    form = door.client.get("/login")
    response = door.client.post("/login", data={"username": "vp.thiuy", "password": WRONG, "csrf": csrf_of(form.text)})
    assert response.status_code == 429
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors" in response.headers["content-security-policy"]

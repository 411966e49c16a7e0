"""The web app on a store as the page and feed tests drive it: for the pages, the scenario's tree and
plan, three occurrences, three users, a test client behind an https base URL, and the one-click links;
for the feeds, an app whose day is fixed, feed tokens and the scenario's event UIDs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from calendar_rules.ical import occurrence_uid
from dondoc.db.models import UserRole
from dondoc.links import make_submission_link
from dondoc.settings import Settings
from dondoc.web import feed_tokens
from dondoc.web.app import create_app
from dondoc.web.deps import get_now, get_today
from dondoc.web.users import add_user
from tests.support.scenario import AT, PLAN, THI_UY, TINH_UY, add_occurrence, seed_plan, seed_tree
from tests.support.stores import Store

TODAY = dt.date(2023, 6, 20)
NOW = dt.datetime(2023, 6, 20, 2, 0, tzinfo=dt.UTC)  # 09:00 in Hà Nội
BASE_URL = "https://lich.dondoc.test"
PHO_HOA = "dang-uy-phuong-pho-hoa"
PHO_AN = "dang-uy-xa-pho-an"
PASSWORD = "mat-khau-du-dai"


@dataclass
class Web:
    store: Store
    app: FastAPI
    client: TestClient
    settings: Settings
    occurrences: dict[str, int]

    def link(self, unit: str, at: dt.datetime = NOW) -> str:
        url = make_submission_link(
            occurrence_id=self.occurrences[unit], recipient_id=unit, at=at, settings=self.settings
        )
        return url.removeprefix(BASE_URL)

    def set_now(self, now: dt.datetime) -> None:
        self.app.dependency_overrides[get_now] = lambda: now

    def submit_by_link(self, unit: str, ref: str, on: str) -> None:
        """What the unit's one-click link records: open it, post the form with its CSRF token."""
        link = self.link(unit)
        response = self.client.post(link, data={"ref": ref, "on": on, "csrf": csrf_of(self.client.get(link).text)})
        assert response.status_code == 200, response.text

    def login(self, username: str, password: str = PASSWORD) -> None:
        form = self.client.get("/login")
        response = self.client.post(
            "/login",
            data={"username": username, "password": password, "csrf": csrf_of(form.text), "next": "/"},
            follow_redirects=False,
        )
        assert response.status_code == 303, response.text


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "no CSRF field on the page"
    return match.group(1)


def make_web(store: Store, tmp_path: Path) -> Iterator[Web]:
    """The scenario's tree and plan, three occurrences, three users and the app on the store."""
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    occurrences = {
        unit: add_occurrence(store.engine, task, unit, dt.date(2023, 6, 30)) for unit in (PHO_HOA, PHO_AN, TINH_UY)
    }
    with Session(store.engine) as session:
        add_user(session, "vp.thiuy", PASSWORD, UserRole.committee, THI_UY, at=AT, actor="test")
        add_user(session, "vp.phohoa", PASSWORD, UserRole.committee, PHO_HOA, at=AT, actor="test")
        add_user(session, "kiemtoan", PASSWORD, UserRole.auditor, None, at=AT, actor="test")
        session.commit()
    settings = Settings(home=tmp_path / "web-home", base_url=BASE_URL, secret_key="test-secret-" + "x" * 40)
    app = create_app(settings, engine=store.engine)
    app.dependency_overrides[get_today] = lambda: TODAY
    app.dependency_overrides[get_now] = lambda: NOW
    # the session cookie is Secure behind an https base URL, as in production
    with TestClient(app, base_url="https://testserver") as client:
        yield Web(store, app, client, settings, occurrences)


def make_app(store: Store, tmp_path: Path, today: dt.date = TODAY) -> FastAPI:
    """The app on the store, its day fixed to ``today`` (no users: the feeds need none)."""
    app = create_app(Settings(home=tmp_path / "web-home", base_url=BASE_URL), engine=store.engine)
    app.dependency_overrides[get_today] = lambda: today
    return app


def issue(store: Store, *units: str) -> dict[str, str]:
    """A feed token for each of ``units``."""
    with Session(store.engine) as session:
        tokens = {unit: feed_tokens.issue_token(session, unit, AT, actor="test") for unit in units}
        session.commit()
    return tokens


def uid(unit: str, period: str) -> str:
    """The feed UID of the scenario task's occurrence of ``unit`` for ``period``."""
    return occurrence_uid(PLAN, "1", unit, period)

"""The iCal feeds through the real app (FastAPI TestClient) on a real database, on both stores.

The request's day comes from the ``get_today`` dependency (the one clock read at
the HTTP boundary); tests set it with ``dependency_overrides`` so the scenario's
2023 dates hold whatever the wall clock says.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import icalendar
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from calendar_rules.ical import unit_day_uid
from dondoc.db.models import Committee, FeedToken, HistoryEvent
from dondoc.occurrence.actions import record_submission
from dondoc.occurrence.lookup import select_occurrence
from dondoc.settings import Settings
from dondoc.web import feed_tokens
from dondoc.web.deps import get_today
from dondoc.web.feed_query import DETAIL_LEVELS
from dondoc.web.server import run_in_thread
from tests.support.ical import events_of
from tests.support.scenario import AT, THI_UY, TINH_UY, add_occurrence, seed_plan, seed_tree
from tests.support.servers import free_port
from tests.support.stores import Store
from tests.support.web import BASE_URL, PHO_AN, PHO_HOA, TODAY, issue, make_app, uid

NGUYEN_NGHIEM = "dang-uy-phuong-nguyen-nghiem"


@dataclass
class Feeds:
    """An app on the test's store, its client, and the tokens issued for the scenario."""

    store: Store
    app: FastAPI
    client: TestClient
    tokens: dict[str, str]
    task_id: int
    today: dt.date = TODAY

    def set_today(self, day: dt.date) -> None:
        self.today = day
        self.app.dependency_overrides[get_today] = lambda: day

    def get(self, unit: str, *, subtree: bool = False, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        url = f"/feeds/{self.tokens[unit]}.ics" + ("?include=subtree" if subtree else "")
        return self.client.get(url, headers={"Accept-Encoding": "identity", **(headers or {})})

    @property
    def renders(self) -> int:
        cache = getattr(self.app.state, "feed_cache", None)
        return cache.renders if cache is not None else 0


def seed_scenario(store: Store) -> int:
    """Plan 91-KH/TU task 1 with occurrences in and out of the feeds; returns the task id.

    In the window (20/06/2022 … 20/06/2025 for TODAY): Phổ Hòa Q1 and Q2, Phổ An Q2,
    the Thị ủy's own Q2, the Tỉnh ủy's Q2 (outside the Thị ủy's subtree). Out: a
    cancelled one, one before and one after the window.
    """
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2023, 6, 30), period="2023-Q2")
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2023, 3, 31), period="2023-Q1")
    add_occurrence(store.engine, task, PHO_AN, dt.date(2023, 6, 30), period="2023-Q2")
    add_occurrence(store.engine, task, THI_UY, dt.date(2023, 6, 30), period="2023-Q2")
    add_occurrence(store.engine, task, TINH_UY, dt.date(2023, 6, 30), period="2023-Q2")
    add_occurrence(store.engine, task, NGUYEN_NGHIEM, dt.date(2023, 6, 30), period="2023-Q2", status="cancelled")
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2021, 12, 31), period="2021-Q4")
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2025, 9, 30), period="2025-Q3")
    return task


@pytest.fixture
def feeds(store: Store, tmp_path: Path) -> Iterator[Feeds]:
    task = seed_scenario(store)
    tokens = issue(store, PHO_HOA, THI_UY, NGUYEN_NGHIEM)
    app = make_app(store, tmp_path)
    with TestClient(app) as client:
        yield Feeds(store, app, client, tokens, task)


# --------------------------------------------------------------------------- content


def test_committee_feed_holds_its_own_occurrences_in_the_window(feeds: Feeds) -> None:
    response = feeds.get(PHO_HOA)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert "private" in response.headers["cache-control"]
    events = events_of(response.content)
    # cancelled, before-the-window and after-the-window occurrences are left out
    assert set(events) == {uid(PHO_HOA, "2023-Q2"), uid(PHO_HOA, "2023-Q1")}
    q2 = events[uid(PHO_HOA, "2023-Q2")]
    assert q2.decoded("DTSTART") == dt.date(2023, 6, 30)
    assert int(q2["SEQUENCE"]) == 0
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Hạn báo cáo — Đảng ủy phường Phổ Hòa"
    text = response.content.decode("utf-8")
    assert "91-KH/TU" in text
    assert (
        "Thị ủy Đức Phổ (qua Ban Tuyên giáo Thị ủy Đức Phổ)"
        in icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0].get("DESCRIPTION", "")
        or "Ban Tuyên giáo" in text
    )


def test_subtree_feed_holds_every_unit_under_the_committee(feeds: Feeds) -> None:
    response = feeds.get(THI_UY, subtree=True)
    assert response.status_code == 200
    events = events_of(response.content)
    assert set(events) == {
        uid(PHO_HOA, "2023-Q2"),
        uid(PHO_HOA, "2023-Q1"),
        uid(PHO_AN, "2023-Q2"),
        uid(THI_UY, "2023-Q2"),
    }
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Hạn báo cáo — Thị ủy Đức Phổ và các đơn vị trực thuộc"
    # many units share one task: in a subtree feed each title names its unit
    assert "Đảng ủy xã Phổ An" in str(events[uid(PHO_AN, "2023-Q2")]["SUMMARY"])
    # without ?include=subtree the committee sees only its own deadlines
    assert set(events_of(feeds.get(THI_UY).content)) == {uid(THI_UY, "2023-Q2")}


def test_empty_feed_is_still_a_valid_calendar(feeds: Feeds) -> None:
    response = feeds.get(NGUYEN_NGHIEM)  # only a cancelled occurrence
    assert response.status_code == 200
    assert events_of(response.content) == {}


def test_window_is_one_year_back_and_two_years_ahead(store: Store, tmp_path: Path) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    inside = {"first": dt.date(2022, 6, 20), "last": dt.date(2025, 6, 20)}
    outside = {"before": dt.date(2022, 6, 19), "after": dt.date(2025, 6, 21)}
    for period, due in {**inside, **outside}.items():
        add_occurrence(store.engine, task, PHO_HOA, due, period=period)
    tokens = issue(store, PHO_HOA)
    with TestClient(make_app(store, tmp_path)) as client:
        body = client.get(f"/feeds/{tokens[PHO_HOA]}.ics").content
    assert set(events_of(body)) == {uid(PHO_HOA, p) for p in inside}


# --------------------------------------------------------------------------- identity, changes, caching


def test_uid_is_stable_across_renders_and_apps(feeds: Feeds, store: Store, tmp_path: Path) -> None:
    first = feeds.get(THI_UY, subtree=True)
    with TestClient(make_app(store, tmp_path)) as other:  # a fresh process-wide cache: a real re-render
        second = other.get(
            f"/feeds/{feeds.tokens[THI_UY]}.ics?include=subtree", headers={"Accept-Encoding": "identity"}
        )
    assert set(events_of(first.content)) == set(events_of(second.content))
    assert first.content == second.content  # same data, same day: the same bytes
    assert first.headers["etag"] == second.headers["etag"]


def test_unchanged_data_is_served_from_the_cache(feeds: Feeds) -> None:
    first = feeds.get(PHO_HOA)
    renders = feeds.renders
    for _ in range(3):
        again = feeds.get(PHO_HOA)
        assert again.content == first.content
        assert again.headers["etag"] == first.headers["etag"]
    assert feeds.renders == renders  # fingerprint held: no re-render
    feeds.get(PHO_HOA, subtree=True)
    assert feeds.renders == renders + 1  # another (committee, include) is its own entry


def test_a_poll_whose_body_left_the_cache_is_still_a_304_without_a_render(feeds: Feeds) -> None:
    from dondoc.web.feed_cache import FeedCache
    from dondoc.web.feeds import feed_cache

    feeds.app.state.feed_cache = FeedCache(max_entries=1)  # room for one body only
    first = feeds.get(PHO_HOA)
    feeds.get(NGUYEN_NGHIEM)  # pushes Phổ Hòa's body out
    renders = feed_cache(feeds.app).renders
    again = feeds.get(PHO_HOA, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == first.headers["etag"]
    assert feed_cache(feeds.app).renders == renders  # the tag was enough
    fresh = feeds.get(PHO_HOA)  # no tag: the body is rendered again, the same bytes
    assert fresh.status_code == 200 and fresh.content == first.content
    assert feed_cache(feeds.app).renders == renders + 1
    with Session(feeds.store.engine) as session:  # a change: the old tag no longer answers
        view = select_occurrence(session, org=PHO_HOA, period="2023-Q2")
        record_submission(session, view, ref="Báo cáo số 7-BC/ĐU", on=TODAY, today=TODAY, actor="test", at=AT)
        session.commit()
    feeds.get(NGUYEN_NGHIEM)
    changed = feeds.get(PHO_HOA, headers={"If-None-Match": first.headers["etag"]})
    assert changed.status_code == 200 and changed.headers["etag"] != first.headers["etag"]


def test_submission_changes_sequence_marker_and_etag(feeds: Feeds) -> None:
    before = feeds.get(PHO_HOA)
    event_before = events_of(before.content)[uid(PHO_HOA, "2023-Q2")]
    with Session(feeds.store.engine) as session:
        view = select_occurrence(session, org=PHO_HOA, period="2023-Q2")
        record_submission(
            session, view, ref="Báo cáo số 12-BC/ĐU", on=TODAY, today=TODAY, actor="test", at=AT + dt.timedelta(days=19)
        )
        session.commit()
    after = feeds.get(PHO_HOA, headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200  # the old tag no longer matches
    assert after.headers["etag"] != before.headers["etag"]
    event_after = events_of(after.content)[uid(PHO_HOA, "2023-Q2")]
    assert int(event_after["SEQUENCE"]) == int(event_before["SEQUENCE"]) + 1
    assert str(event_after["SUMMARY"]) != str(event_before["SUMMARY"])  # the state marker moved
    # the other occurrence of the feed did not change
    other = uid(PHO_HOA, "2023-Q1")
    assert events_of(after.content)[other]["SEQUENCE"] == events_of(before.content)[other]["SEQUENCE"]


def test_a_new_day_rerenders_the_states(feeds: Feeds) -> None:
    before = feeds.get(PHO_HOA)
    renders = feeds.renders
    feeds.set_today(dt.date(2023, 7, 5))  # Q2 (due 30/06) is now overdue
    after = feeds.get(PHO_HOA)
    assert feeds.renders == renders + 1
    assert after.headers["etag"] != before.headers["etag"]
    q2 = uid(PHO_HOA, "2023-Q2")
    assert str(events_of(after.content)[q2]["SUMMARY"]) != str(events_of(before.content)[q2]["SUMMARY"])


def test_if_none_match_gives_304_without_body(feeds: Feeds) -> None:
    first = feeds.get(PHO_HOA)
    tag = first.headers["etag"]
    assert tag.startswith('"') and tag.endswith('"')
    for header in (tag, f"W/{tag}", f'"something-else", {tag}', "*"):
        response = feeds.get(PHO_HOA, headers={"If-None-Match": header})
        assert response.status_code == 304, header
        assert response.content == b""
        assert response.headers["etag"] == tag
    assert feeds.get(PHO_HOA, headers={"If-None-Match": '"stale"'}).status_code == 200


def test_gzip_when_accepted(feeds: Feeds) -> None:
    plain = feeds.get(PHO_HOA)
    assert "content-encoding" not in plain.headers
    with feeds.client.stream(
        "GET", f"/feeds/{feeds.tokens[PHO_HOA]}.ics", headers={"Accept-Encoding": "gzip, deflate"}
    ) as response:
        raw = b"".join(response.iter_raw())
        assert response.status_code == 200
        assert response.headers["content-encoding"] == "gzip"
        assert "accept-encoding" in response.headers["vary"].lower()
        gz_tag = response.headers["etag"]
    assert gzip.decompress(raw) == plain.content
    assert len(raw) < len(plain.content)
    assert gz_tag != plain.headers["etag"]  # another representation, another strong tag
    assert plain.headers["etag"] == f'"{hashlib.sha256(plain.content).hexdigest()[:40]}"'
    # a client refusing gzip gets the identity body
    assert "content-encoding" not in feeds.get(PHO_HOA, headers={"Accept-Encoding": "gzip;q=0"}).headers
    # either tag validates either representation
    assert feeds.get(PHO_HOA, headers={"If-None-Match": gz_tag}).status_code == 304


def test_head_answers_like_get(feeds: Feeds) -> None:
    get = feeds.get(PHO_HOA)
    head = feeds.client.head(f"/feeds/{feeds.tokens[PHO_HOA]}.ics", headers={"Accept-Encoding": "identity"})
    assert head.status_code == 200
    assert head.headers["etag"] == get.headers["etag"]
    assert head.content == b""


# --------------------------------------------------------------------------- tokens


def test_unknown_revoked_and_malformed_tokens_are_the_same_plain_404(feeds: Feeds) -> None:
    wrong = feeds.client.get("/feeds/" + "A" * 43 + ".ics")
    with Session(feeds.store.engine) as session:
        assert feed_tokens.revoke_tokens(session, PHO_HOA, AT + dt.timedelta(days=1), actor="test") == 1
        session.commit()
    revoked = feeds.get(PHO_HOA)
    bad_include = feeds.client.get(f"/feeds/{feeds.tokens[THI_UY]}.ics?include=everything")
    too_long = feeds.client.get("/feeds/" + "x" * 300 + ".ics")
    for response in (wrong, revoked, bad_include, too_long):
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/plain")
        assert response.content == wrong.content
    assert feeds.get(THI_UY).status_code == 200  # other committees' tokens still work


def test_only_the_hash_is_stored_and_history_records_issue_and_revoke(store: Store) -> None:
    seed_tree(store.engine)
    with Session(store.engine) as session:
        first = feed_tokens.issue_token(session, THI_UY, AT, actor="test")
        second = feed_tokens.issue_token(session, THI_UY, AT, actor="test")
        session.commit()
    assert first != second and len(first) >= 43  # 32 random bytes, base64url
    with Session(store.engine) as session:
        rows = session.exec(select(FeedToken).where(FeedToken.committee_id == THI_UY)).all()
        assert {r.token_hash for r in rows} == {hashlib.sha256(t.encode()).hexdigest() for t in (first, second)}
        assert feed_tokens.lookup(session, first) is not None
        assert feed_tokens.lookup(session, "nope") is None
        assert feed_tokens.revoke_tokens(session, THI_UY, AT + dt.timedelta(hours=1), actor="test") == 2
        assert feed_tokens.revoke_tokens(session, THI_UY, AT + dt.timedelta(hours=2), actor="test") == 0
        session.commit()
        assert feed_tokens.lookup(session, first) is None and feed_tokens.lookup(session, second) is None
        kinds = [
            e.kind
            for e in session.exec(
                select(HistoryEvent)
                .where(col(HistoryEvent.kind).startswith("feed_token"))
                .order_by(col(HistoryEvent.id))
            ).all()
        ]
    assert kinds == ["feed_token_issued", "feed_token_issued", "feed_token_revoked"]


# --------------------------------------------------------------------------- the CLI


def test_cli_token_revoke_list(cli, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    add_occurrence(store.engine, task, PHO_HOA, dt.date(2023, 6, 30))
    issued = cli("feed", "token", THI_UY)
    assert issued.code == 0, issued.stderr
    token = next(line.split(":", 1)[1].strip() for line in issued.stdout.splitlines() if line.startswith("Mã:"))
    assert f"{cli_base_url(cli)}/feeds/{token}.ics" in issued.stdout
    assert f"{cli_base_url(cli)}/feeds/{token}.ics?include=subtree" in issued.stdout
    assert "Thị ủy Đức Phổ" in issued.stdout

    app = make_app(store, tmp_path)
    with TestClient(app) as client:
        response = client.get(f"/feeds/{token}.ics?include=subtree")
        assert response.status_code == 200
        assert set(events_of(response.content)) == {uid(PHO_HOA, "2023-Q2")}

        listed = cli("feed", "list")
        assert listed.code == 0, listed.stderr
        assert "Thị ủy Đức Phổ (thi-uy-duc-pho)" in listed.stdout
        assert "còn hiệu lực" in listed.stdout
        assert token not in listed.stdout

        revoked = cli("feed", "revoke", THI_UY)
        assert revoked.code == 0, revoked.stderr
        assert "Đã thu hồi 1 liên kết lịch của Thị ủy Đức Phổ" in revoked.stdout
        assert client.get(f"/feeds/{token}.ics").status_code == 404
    listed = cli("feed", "list")
    assert "Tổng: 1 liên kết, 0 còn hiệu lực." in listed.stdout

    for command in ("token", "revoke"):
        unknown = cli("feed", command, "khong-co-don-vi")
        assert unknown.code == 4
        assert unknown.stdout == ""
        assert unknown.stderr.strip().splitlines() == ["Lỗi: không có đơn vị 'khong-co-don-vi' (xem `dondoc org tree`)"]


def cli_base_url(cli) -> str:  # type: ignore[no-untyped-def]
    """The base URL the CLI subprocess sees (the default: no DONDOC_BASE_URL in its environment)."""
    return Settings(home=cli.home).base_url


# --------------------------------------------------------------------------- the whole example tree


def test_every_feed_of_the_example_tree_parses(store: Store, tmp_path: Path) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    second = seed_plan(store.engine, code="2.a", via=None)
    seeded = [
        PHO_HOA,
        PHO_AN,
        NGUYEN_NGHIEM,
        THI_UY,
        TINH_UY,
        "chi-bo-tdp-1-nguyen-nghiem",
        "dang-uy-so-khdt",
        "chi-bo-phong-dkkd-so-khdt",
    ]
    for unit in seeded:
        add_occurrence(store.engine, task, unit, dt.date(2023, 6, 30), period="2023-Q2")
        add_occurrence(store.engine, second, unit, dt.date(2023, 12, 29), period="2023")
    with Session(store.engine) as session:
        units = session.exec(select(Committee.id, Committee.path)).all()
    assert len(units) > 60
    paths = dict(units)
    tokens = issue(store, *paths)
    with TestClient(make_app(store, tmp_path)) as client:
        for unit, path in paths.items():
            own = events_of(client.get(f"/feeds/{tokens[unit]}.ics").content)
            assert len(own) == (2 if unit in seeded else 0), unit
            under = [u for u in seeded if paths[u].startswith(path)]
            subtree = events_of(client.get(f"/feeds/{tokens[unit]}.ics?include=subtree").content)
            # a subtree feed carries the next 90 days (the 2023-Q2 report, not the yearly one of
            # 29/12/2023); units more than two levels down are one summary event per unit and day
            level = path.count("/") - 2 + DETAIL_LEVELS
            near = [u for u in under if paths[u].count("/") - 2 <= level]
            deep = {paths[u].strip("/").split("/")[level] for u in under if u not in near}
            assert set(subtree) == {uid(u, "2023-Q2") for u in near} | {
                unit_day_uid(a, dt.date(2023, 6, 30)) for a in deep
            }, unit


def test_healthz(store: Store, tmp_path: Path) -> None:
    with TestClient(make_app(store, tmp_path)) as client:
        assert client.get("/healthz").text == "ok"


# --------------------------------------------------------------------------- the server


def _store_settings(store: Store, home: Path) -> Settings:
    """Settings that open the test's store: its SQLite file as DONDOC_HOME's database, or its PostgreSQL URL."""
    if store.backend == "sqlite":
        db = Path(store.engine.url.database)  # type: ignore[arg-type]
        assert db.name == "dondoc.sqlite3"
        return Settings(home=db.parent, base_url=BASE_URL)
    return Settings(home=home, database_url=store.url, base_url=BASE_URL)


def test_run_in_thread_serves_feeds_over_http_and_stops(store: Store, tmp_path: Path) -> None:
    import httpx

    from dondoc.clock import local_today

    seed_tree(store.engine)
    task = seed_plan(store.engine)
    # a real server reads the real clock: a deadline ten days from the real today
    due = local_today() + dt.timedelta(days=10)
    add_occurrence(store.engine, task, PHO_HOA, due, period=due.isoformat())
    tokens = issue(store, THI_UY)
    handle = run_in_thread("127.0.0.1", free_port(), _store_settings(store, tmp_path))
    try:
        assert httpx.get(f"{handle.url}/healthz").text == "ok"
        response = httpx.get(f"{handle.url}/feeds/{tokens[THI_UY]}.ics?include=subtree")  # httpx asks for gzip
        assert response.status_code == 200
        assert response.headers["content-encoding"] == "gzip"
        assert set(events_of(response.content)) == {uid(PHO_HOA, due.isoformat())}
        again = httpx.get(
            f"{handle.url}/feeds/{tokens[THI_UY]}.ics?include=subtree",
            headers={"If-None-Match": response.headers["etag"]},
        )
        assert again.status_code == 304
    finally:
        handle.stop()
    assert not handle.thread.is_alive()


def test_dondoc_web_command_serves_until_stopped(cli, store: Store) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys
    import time

    import httpx

    seed_tree(store.engine)
    tokens = issue(store, THI_UY)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dondoc", "web", "--port", str(port)],
        env=cli.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "dondoc web did not answer within 60 s"
            time.sleep(0.2)
        feed = httpx.get(f"http://127.0.0.1:{port}/feeds/{tokens[THI_UY]}.ics")
        assert feed.status_code == 200
        assert events_of(feed.content) == {}
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}" in out


def test_event_link_opens_the_one_click_page_of_the_same_app(feeds: Feeds) -> None:
    from dondoc.web.deps import get_now

    event = events_of(feeds.get(PHO_HOA).content)[uid(PHO_HOA, "2023-Q2")]
    url = str(event["URL"])
    assert url.startswith(f"{BASE_URL}/s/")
    assert url in str(event["DESCRIPTION"]).replace("\n", "")
    feeds.app.dependency_overrides[get_now] = lambda: dt.datetime(2023, 6, 20, 3, 0, tzinfo=dt.UTC)
    page = feeds.client.get(url.removeprefix(BASE_URL))
    assert page.status_code == 200
    assert "Ghi nhận đã nộp báo cáo" in page.text and "Đảng ủy phường Phổ Hòa" in page.text

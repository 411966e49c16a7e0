"""The e-office API against the real app on both stores: tokens from the CLI,
scoping, idempotency, conflicts, 401, 404, 429, plausible dates and OpenAPI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from dondoc.api.tokens import issue_api_token
from dondoc.db.models import ApiToken, ExtensionRequest, HistoryEvent, Submission
from dondoc.settings import Settings
from dondoc.web.app import create_app
from dondoc.web.deps import get_now, get_today
from tests.support.cli import Cli
from tests.support.scenario import AT, BTG, THI_UY, add_occurrence, seed_plan, seed_tree
from tests.support.stores import Store

ApiFixture = tuple[TestClient, dict[str, int], dict[str, str]]
TODAY = dt.date(2023, 6, 20)
NOW = dt.datetime(2023, 6, 20, 2, 0, tzinfo=dt.UTC)
WARD = "dang-uy-phuong-nguyen-nghiem"
CHI_BO = "chi-bo-tdp-1-nguyen-nghiem"
OTHER_WARD = "dang-uy-xa-pho-an"


@pytest.fixture
def api(store: Store, tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, int], dict[str, str]]]:
    seed_tree(store.engine)
    task = seed_plan(store.engine, report_to=WARD, via=BTG)
    occ = {unit: add_occurrence(store.engine, task, unit, dt.date(2023, 6, 30)) for unit in (CHI_BO, OTHER_WARD)}
    with Session(store.engine) as session:
        tokens = {unit: issue_api_token(session, unit, AT, actor="test") for unit in (WARD, THI_UY)}
        session.commit()
    app = create_app(Settings(home=tmp_path / "home", secret_key="s" * 48), engine=store.engine)
    for target in (app, app.state.api):
        target.dependency_overrides[get_today] = lambda: TODAY
        target.dependency_overrides[get_now] = lambda: NOW
    with TestClient(app) as client:
        yield client, occ, tokens


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_openapi_lists_the_paths_and_the_docs_page_opens(api: ApiFixture) -> None:
    client, _, _ = api
    spec = client.get("/api/v1/openapi.json").json()
    for path in (
        "/occurrences",
        "/occurrences/{occurrence_id}/submission",
        "/occurrences/{occurrence_id}/extension-request",
        "/occurrences/{occurrence_id}/acknowledgement",
    ):
        assert path in spec["paths"], path
    assert client.get("/api/v1/docs").status_code == 200


def test_without_a_valid_token_the_api_answers_401(api: ApiFixture) -> None:
    client, occ, _ = api
    assert client.get("/api/v1/occurrences").status_code == 401
    assert client.get("/api/v1/occurrences", headers=_auth("ddk_forged")).status_code == 401
    body = {"reference": "BC 12", "submitted_on": "2023-06-19"}
    assert client.post(f"/api/v1/occurrences/{occ[CHI_BO]}/submission", json=body).status_code == 401


def test_a_token_sees_only_its_subtree(api: ApiFixture) -> None:
    client, occ, tokens = api
    listed = client.get("/api/v1/occurrences", headers=_auth(tokens[WARD]), params={"status": "open"}).json()
    assert [row["id"] for row in listed] == [occ[CHI_BO]]
    assert set(listed[0]) == {"id", "task", "plan", "unit", "period", "due", "status"}
    assert listed[0]["unit"] == CHI_BO and listed[0]["due"] == "2023-06-30" and listed[0]["period"] == "2023-Q2"
    whole = client.get("/api/v1/occurrences", headers=_auth(tokens[THI_UY]), params={"from": "2023-06-01"}).json()
    assert {row["id"] for row in whole} == set(occ.values())
    assert client.get("/api/v1/occurrences", headers=_auth(tokens[WARD]), params={"org": OTHER_WARD}).status_code == 404
    body = {"reference": "BC 12", "submitted_on": "2023-06-19"}
    outside = client.post(f"/api/v1/occurrences/{occ[OTHER_WARD]}/submission", json=body, headers=_auth(tokens[WARD]))
    assert outside.status_code == 404


def test_submission_is_idempotent_and_a_different_one_conflicts(api: ApiFixture, store: Store) -> None:
    client, occ, tokens = api
    url = f"/api/v1/occurrences/{occ[CHI_BO]}/submission"
    body = {"reference": "Báo cáo số 12-BC/CB", "submitted_on": "2023-06-19"}
    first = client.post(url, json=body, headers=_auth(tokens[WARD]))
    assert first.status_code == 201 and first.json()["created"] is True
    again = client.post(url, json=body, headers=_auth(tokens[WARD]))
    assert again.status_code == 200 and again.json() == {"id": first.json()["id"], "created": False}
    other = client.post(url, json={**body, "reference": "Báo cáo số 13"}, headers=_auth(tokens[WARD]))
    assert other.status_code == 409
    with Session(store.engine) as session:
        assert len(session.exec(select(Submission)).all()) == 1
        (event,) = session.exec(select(HistoryEvent).where(col(HistoryEvent.kind) == "submission")).all()
        assert event.actor == f"api:{WARD}"


def test_extension_requests_and_acknowledgements_are_idempotent_too(api: ApiFixture, store: Store) -> None:
    client, occ, tokens = api
    headers = _auth(tokens[WARD])
    url = f"/api/v1/occurrences/{occ[CHI_BO]}/extension-request"
    body = {"to": "2023-07-15", "reason": "Chờ số liệu"}
    assert client.post(url, json=body, headers=headers).status_code == 201
    assert client.post(url, json=body, headers=headers).status_code == 200
    assert client.post(url, json={**body, "to": "2023-07-20"}, headers=headers).status_code == 409
    ack = f"/api/v1/occurrences/{occ[CHI_BO]}/acknowledgement"
    assert client.post(ack, json={"until": "2023-07-05"}, headers=headers).status_code == 201
    assert client.post(ack, json={"until": "2023-07-05"}, headers=headers).status_code == 200
    assert client.post(ack, json={"until": "2023-07-06"}, headers=headers).status_code == 409
    with Session(store.engine) as session:
        assert len(session.exec(select(ExtensionRequest)).all()) == 1


def test_implausible_dates_are_refused_with_the_field(api: ApiFixture) -> None:
    client, occ, tokens = api
    url = f"/api/v1/occurrences/{occ[CHI_BO]}/submission"
    refused = client.post(url, json={"reference": "BC 1", "submitted_on": "2020-01-01"}, headers=_auth(tokens[WARD]))
    assert refused.status_code == 422
    assert refused.json()["field"] == "submitted_on" and "trước ngày ban hành kế hoạch" in refused.json()["detail"]


def test_the_api_is_rate_limited(api: ApiFixture) -> None:
    client, _, tokens = api
    app = client.app
    assert isinstance(app, FastAPI)
    app.state.api.state.limiter.per_minute = 3
    codes = [client.get("/api/v1/occurrences", headers=_auth(tokens[WARD])).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_cli_prints_a_token_once_stores_its_hash_and_revokes_it(cli: Cli, store: Store) -> None:
    seed_tree(store.engine)
    issued = cli("api", "token", THI_UY)
    assert issued.code == 0, issued.stderr
    token = next(line for line in issued.stdout.splitlines() if line.startswith("ddk_"))
    with Session(store.engine) as session:
        (row,) = session.exec(select(ApiToken)).all()
        assert row.token_hash != token and len(row.token_hash) == 64
    revoked = cli("api", "revoke", THI_UY)
    assert revoked.code == 0 and "Đã thu hồi 1 mã API" in revoked.stdout
    with Session(store.engine) as session:
        assert session.exec(select(ApiToken)).one().revoked_at is not None


def test_cli_refuses_an_implausible_date_with_its_option(cli: Cli, store: Store) -> None:
    seed_tree(store.engine)
    occ = add_occurrence(store.engine, seed_plan(store.engine), CHI_BO, dt.date(2023, 6, 30))
    result = cli("submit", f"#{occ}", "--ref", "BC 1", "--on", "01/01/2020")
    assert result.code == 2
    assert (
        result.stderr.strip() == "Lỗi: --on: ngày nộp 01/01/2020 ở trước ngày ban hành kế hoạch 91-KH/TU (10/02/2023)"
    )


def test_the_example_client_posts_a_submission_over_http(store: Store, tmp_path: Path) -> None:
    import httpx

    from dondoc.web.server import run_in_thread
    from examples.eoffice_client import open_occurrences, post_submission
    from tests.support.servers import free_port

    seed_tree(store.engine)
    occ = add_occurrence(store.engine, seed_plan(store.engine), CHI_BO, dt.date(2023, 6, 30))
    with Session(store.engine) as session:
        token = issue_api_token(session, WARD, AT, actor="test")
        session.commit()
    app = create_app(Settings(home=tmp_path / "home", secret_key="s" * 48), engine=store.engine)
    app.state.api.dependency_overrides[get_today] = lambda: TODAY
    port = free_port()
    handle = run_in_thread("127.0.0.1", port, app=app)
    try:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}/api/v1", headers=headers) as client:
            assert [row["id"] for row in open_occurrences(client)] == [occ]
            assert post_submission(client, occ, "Báo cáo số 12-BC/CB", dt.date(2023, 6, 19)) == "đã ghi nhận"
            assert post_submission(client, occ, "Báo cáo số 12-BC/CB", dt.date(2023, 6, 19)).startswith("đã có")
            assert post_submission(client, occ, "Báo cáo số 13", dt.date(2023, 6, 19)).startswith("xung đột")
    finally:
        handle.stop()


def test_an_id_beyond_64_bits_is_not_found(api) -> None:  # type: ignore[no-untyped-def]
    client, _, tokens = api
    response = client.post(
        "/api/v1/occurrences/99999999999999999999999/submission",
        json={"reference": "BC 1", "submitted_on": "2023-06-19"},
        headers=_auth(tokens[THI_UY]),
    )
    assert response.status_code == 404

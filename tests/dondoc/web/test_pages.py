"""One-click links, login and the pages behind it, through the real app on both stores.

Refused access is the point of most of these tests: tampered, expired and
replayed links; pages without a login; a committee user reading another
committee; a non-auditor reading the audit history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from dondoc.db.models import HistoryEvent, Occurrence, Submission, UsedLink
from dondoc.links import verify_link
from dondoc.web.users import disable_user
from tests.support.scenario import AT, THI_UY, TINH_UY, seed_tree
from tests.support.stores import Store
from tests.support.web import NOW, PASSWORD, PHO_AN, PHO_HOA, Web, csrf_of, make_web


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[Web]:
    yield from make_web(store, tmp_path)


def status_of(store: Store, occurrence_id: int) -> str:
    with Session(store.engine) as session:
        occ = session.get(Occurrence, occurrence_id)
        assert occ is not None
        return str(getattr(occ.status, "value", occ.status))


# --------------------------------------------------------------------------- one-click links


def test_link_opens_the_occurrence_and_records_the_submission_once(web: Web) -> None:
    link = web.link(PHO_HOA)
    form = web.client.get(link)
    assert form.status_code == 200
    assert "Đảng ủy phường Phổ Hòa" in form.text and "30/06/2023" in form.text and "91-KH/TU" in form.text
    response = web.client.post(
        link, data={"ref": "Báo cáo số 12-BC/ĐU", "on": "19/06/2023", "csrf": csrf_of(form.text)}
    )
    assert response.status_code == 200, response.text
    assert "Đã ghi nhận Báo cáo số 12-BC/ĐU" in response.text
    occ_id = web.occurrences[PHO_HOA]
    assert status_of(web.store, occ_id) == "submitted"
    with Session(web.store.engine) as session:
        (submission,) = session.exec(select(Submission).where(col(Submission.occurrence_id) == occ_id)).all()
        assert submission.submitted_on == dt.date(2023, 6, 19) and not submission.late
        assert submission.actor == f"link:{PHO_HOA}"
        event = session.exec(select(HistoryEvent).where(col(HistoryEvent.kind) == "submission")).one()
        assert event.occurrence_id == occ_id and event.at == NOW
        assert len(session.exec(select(UsedLink)).all()) == 1
    # replayed: the page and the POST both refuse it
    again = web.client.get(link)
    assert again.status_code == 409 and "đã được dùng" in again.text
    replay = web.client.post(link, data={"ref": "Báo cáo khác", "on": "19/06/2023", "csrf": csrf_of(form.text)})
    assert replay.status_code == 409
    with Session(web.store.engine) as session:
        assert len(session.exec(select(Submission)).all()) == 1


def test_tampered_links_are_refused(web: Web) -> None:
    link = web.link(PHO_HOA)
    body, signature = link.removeprefix("/s/").split(".")
    other_body = web.link(PHO_AN).removeprefix("/s/").split(".")[0]
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    for bad in (
        f"/s/{other_body}.{signature}",
        f"/s/{body}.{flipped}",
        f"/s/{body}",
        "/s/khong-phai-lien-ket",
        "/s/" + "x" * 500,
    ):
        response = web.client.get(bad)
        assert response.status_code == 403, bad
        assert "Liên kết không hợp lệ" in response.text
        posted = web.client.post(bad, data={"ref": "x", "on": "19/06/2023", "csrf": "x"})
        assert posted.status_code == 403
    assert status_of(web.store, web.occurrences[PHO_HOA]) == "open"


def test_expired_link_is_refused_with_its_date(web: Web) -> None:
    issued = NOW - dt.timedelta(days=web.settings.link_ttl_days, seconds=1)
    response = web.client.get(web.link(PHO_HOA, at=issued))
    assert response.status_code == 410
    assert "Liên kết đã hết hạn" in response.text and "20/06/2023" in response.text
    # one second younger is still valid
    assert web.client.get(web.link(PHO_HOA, at=issued + dt.timedelta(seconds=2))).status_code == 200


def test_post_without_the_page_csrf_token_records_nothing(web: Web) -> None:
    link = web.link(PHO_HOA)
    web.client.get(link)
    response = web.client.post(link, data={"ref": "Báo cáo số 12-BC/ĐU", "on": "19/06/2023", "csrf": "forged"})
    assert response.status_code == 400
    assert "Phiên làm việc đã hết hạn" in response.text
    fresh = TestClient(web.app, base_url="https://testserver")  # another browser: no session at all
    assert fresh.post(link, data={"ref": "Báo cáo số 12-BC/ĐU", "on": "19/06/2023"}).status_code == 400
    assert status_of(web.store, web.occurrences[PHO_HOA]) == "open"


def test_bad_input_is_explained_and_the_link_stays_usable(web: Web) -> None:
    link = web.link(PHO_HOA)
    csrf = csrf_of(web.client.get(link).text)
    bad_date = web.client.post(link, data={"ref": "Báo cáo số 12", "on": "31/02/2023", "csrf": csrf})
    assert bad_date.status_code == 400 and "Ngày nộp: Ngày" in bad_date.text and "không tồn tại" in bad_date.text
    future = web.client.post(link, data={"ref": "Báo cáo số 12", "on": "25/06/2023", "csrf": csrf})
    assert future.status_code == 400 and "sau hôm nay" in future.text
    empty = web.client.post(link, data={"ref": "  ", "on": "19/06/2023", "csrf": csrf})
    assert empty.status_code == 400
    assert status_of(web.store, web.occurrences[PHO_HOA]) == "open"
    ok = web.client.post(link, data={"ref": "Báo cáo số 12", "on": "21/06/2023".replace("21", "20"), "csrf": csrf})
    assert ok.status_code == 200


def test_links_are_deterministic_and_name_their_occurrence(web: Web) -> None:
    assert web.link(PHO_HOA) == web.link(PHO_HOA)
    token = web.link(PHO_HOA).removeprefix("/s/")
    claims = verify_link(token, secret=web.settings.web_secret(), now=NOW, ttl=dt.timedelta(days=1))
    assert (claims.occurrence_id, claims.recipient_id, claims.issued_at) == (web.occurrences[PHO_HOA], PHO_HOA, NOW)
    # another secret does not accept it
    with pytest.raises(Exception, match="không hợp lệ"):
        verify_link(token, secret="another secret", now=NOW, ttl=dt.timedelta(days=1))


# --------------------------------------------------------------------------- login and pages


def test_pages_need_a_login(web: Web) -> None:
    for path in (
        "/",
        f"/committees/{THI_UY}",
        f"/occurrences/{web.occurrences[PHO_HOA]}",
        "/audit",
        "/audit.csv",
        "/committees",
    ):
        response = web.client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=")


def test_wrong_password_and_disabled_user_cannot_log_in(web: Web) -> None:
    form = web.client.get("/login")
    wrong = web.client.post(
        "/login", data={"username": "vp.thiuy", "password": "sai-mat-khau-roi", "csrf": csrf_of(form.text)}
    )
    assert wrong.status_code == 401 and "Sai tên đăng nhập hoặc mật khẩu" in wrong.text
    web.login("vp.thiuy")
    assert web.client.get(f"/committees/{THI_UY}").status_code == 200
    with Session(web.store.engine) as session:
        disable_user(session, "vp.thiuy", at=AT, actor="test")
        session.commit()
    # the open session stops working at once
    assert web.client.get(f"/committees/{THI_UY}", follow_redirects=False).status_code == 303


def test_login_redirects_only_inside_the_site(web: Web) -> None:
    form = web.client.get("/login")
    response = web.client.post(
        "/login",
        data={
            "username": "vp.thiuy",
            "password": PASSWORD,
            "csrf": csrf_of(form.text),
            "next": "https://evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_committee_page_shows_the_units_under_it(web: Web) -> None:
    web.login("vp.thiuy")
    home = web.client.get("/", follow_redirects=False)
    assert home.headers["location"] == f"/committees/{THI_UY}"
    page = web.client.get(f"/committees/{THI_UY}")
    assert page.status_code == 200
    text = page.text
    assert "Thị ủy Đức Phổ" in text and "Tình hình đến ngày 20/06/2023" in text
    assert "Đảng ủy phường Phổ Hòa" in text and "Đảng ủy xã Phổ An" in text
    assert "Tỉnh ủy" not in text.split("<main>")[1].split("Cấp trên")[0]  # the province's own deadline is not listed
    assert 'id="quarter-chart"' in text and "Trong hạn" in text


def test_a_committee_user_cannot_read_another_committee(web: Web) -> None:
    web.login("vp.phohoa")
    assert web.client.get(f"/committees/{PHO_HOA}").status_code == 200
    for path in (
        f"/committees/{THI_UY}",
        f"/committees/{PHO_AN}",
        f"/occurrences/{web.occurrences[PHO_AN]}",
        f"/occurrences/{web.occurrences[TINH_UY]}",
    ):
        response = web.client.get(path)
        assert response.status_code == 404, path  # not 403: ids of others cannot be enumerated
        assert "Không tìm thấy" in response.text
    assert web.client.get("/audit").status_code == 403
    assert web.client.get("/audit.csv").status_code == 403


def test_occurrence_timeline_shows_the_submission(web: Web) -> None:
    web.submit_by_link(PHO_HOA, "Báo cáo số 12-BC/ĐU", "19/06/2023")
    web.login("vp.thiuy")
    page = web.client.get(f"/occurrences/{web.occurrences[PHO_HOA]}")
    assert page.status_code == 200
    assert "Ghi nhận báo cáo" in page.text and "Báo cáo số 12-BC/ĐU" in page.text and "Đúng hạn" in page.text
    assert web.client.get("/occurrences/999999").status_code == 404


def test_auditor_reads_filters_and_exports_the_history(web: Web) -> None:
    web.submit_by_link(PHO_HOA, "Báo cáo số 12-BC/ĐU", "19/06/2023")
    web.login("kiemtoan")
    page = web.client.get("/audit")
    assert page.status_code == 200
    assert "Ghi nhận báo cáo" in page.text and "Thêm người dùng" in page.text
    assert 'href="/audit?verify=1"' in page.text  # the chain is checked on demand
    checked = web.client.get("/audit", params={"verify": "1"}).text  # from the newest checkpoint that holds
    assert "Lịch sử toàn vẹn" in checked and "Phạm vi: kiểm tra từ mốc #" in checked
    assert 'href="/audit?verify=full"' in checked
    whole = web.client.get("/audit", params={"verify": "full"}).text
    assert "Lịch sử toàn vẹn" in whole and "Phạm vi: kiểm tra toàn bộ." in whole
    filtered = web.client.get(
        "/audit", params={"kind": "submission", "org": THI_UY, "from": "20/06/2023", "to": "20/06/2023"}
    )
    assert filtered.status_code == 200
    assert filtered.text.count('class="event-submission"') == 1 and 'class="event-user_added"' not in filtered.text
    assert web.client.get("/audit", params={"from": "32/13/2023"}).status_code == 400
    exported = web.client.get("/audit.csv", params={"kind": "submission"})
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    lines = exported.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("id,at,at_local,kind") and len(lines) == 2 and "Báo cáo số 12-BC/ĐU" in lines[1]


def test_audit_page_names_the_edited_row(web: Web) -> None:
    """The first row, edited without re-hashing, is before the last checkpoint: the full check names it."""
    with Session(web.store.engine) as session:
        row = session.exec(select(HistoryEvent).order_by(col(HistoryEvent.id))).first()
        assert row is not None
        row.outcome = "đã bị sửa"
        session.add(row)
        session.commit()
        edited = row.id
    web.login("kiemtoan")
    page = web.client.get("/audit", params={"verify": "full"})
    assert f"Chuỗi băm bị phá vỡ tại dòng #{edited}" in page.text


def test_an_id_beyond_64_bits_is_a_vietnamese_404_not_a_crash(web: Web) -> None:
    web.login("kiemtoan")
    for path in ("/occurrences/99999999999999999999999", "/occurrences/9223372036854775808"):
        response = web.client.get(path)
        assert response.status_code == 404 and "Không tìm thấy" in response.text


def test_unknown_page_is_a_vietnamese_404(web: Web) -> None:
    response = web.client.get("/khong-co-trang-nay")
    assert response.status_code == 404
    assert "Không tìm thấy" in response.text and 'lang="vi"' in response.text


# --------------------------------------------------------------------------- the CLI


@pytest.mark.production_password_cost  # the one test of the stored hash's parameters (argon2-cffi's defaults)
def test_cli_user_add_list_disable(cli, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_tree(store.engine)
    added = cli(
        "user", "add", "vp.thiuy", "--role", "committee", "--org", THI_UY, "--password-stdin", input=PASSWORD + "\n"
    )
    assert added.code == 0, added.stderr
    assert "Đã thêm tài khoản vp.thiuy (vai trò đơn vị) của đơn vị thi-uy-duc-pho." in added.stdout
    with Session(store.engine) as session:
        from dondoc.web.users import authenticate

        user = authenticate(session, "vp.thiuy", PASSWORD)
        assert user is not None and user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    short = cli("user", "add", "khac", "--role", "auditor", "--password-stdin", input="ngan\n")
    assert short.code == 1 and short.stderr.strip() == "Lỗi: mật khẩu quá ngắn: cần ít nhất 10 ký tự"
    no_org = cli("user", "add", "khac", "--role", "committee", "--password-stdin", input=PASSWORD + "\n")
    assert no_org.code == 1 and "--org: người dùng vai trò 'committee' cần mã đơn vị" in no_org.stderr
    unknown_org = cli("user", "add", "khac", "--org", "khong-co", "--password-stdin", input=PASSWORD + "\n")
    assert unknown_org.code == 4
    duplicate = cli("user", "add", "vp.thiuy", "--org", THI_UY, "--password-stdin", input=PASSWORD + "\n")
    assert duplicate.code == 1 and "đã có người dùng 'vp.thiuy'" in duplicate.stderr
    listed = cli("user", "list")
    assert (
        "vp.thiuy" in listed.stdout
        and "Thị ủy Đức Phổ (thi-uy-duc-pho)" in listed.stdout
        and "đang dùng" in listed.stdout
    )
    assert cli("user", "disable", "vp.thiuy").code == 0
    assert "đã khóa" in cli("user", "list").stdout
    assert cli("user", "disable", "khong-co").code == 4
    with Session(store.engine) as session:
        assert authenticate(session, "vp.thiuy", PASSWORD) is None

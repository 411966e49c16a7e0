"""Logged-in actions and who sees what, through the real app on both stores.

A chi bộ records its report (with a PDF) and asks for more time; the đảng ủy it
reports to decides; the office the plan names as ``via`` sees the unit; other
units get 404 for what is not theirs, exactly as for what does not exist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from dondoc.db.models import Evidence, ExtensionRequest, HistoryEvent, Occurrence, UserRole
from dondoc.settings import Settings
from dondoc.web.app import create_app
from dondoc.web.deps import get_now, get_today
from dondoc.web.users import add_user
from tests.support.pdf import report_pdf
from tests.support.scenario import AT, BTG, TINH_UY, add_occurrence, seed_plan, seed_tree
from tests.support.stores import Store
from tests.support.web import NOW, PASSWORD, TODAY, Web, csrf_of

CHI_BO = "chi-bo-tdp-1-nguyen-nghiem"
OTHER_CHI_BO = "chi-bo-tdp-2-nguyen-nghiem"
DANG_UY = "dang-uy-phuong-nguyen-nghiem"


@pytest.fixture
def desk(store: Store, tmp_path: Path) -> Iterator[Web]:
    seed_tree(store.engine)
    task = seed_plan(store.engine, report_to=DANG_UY, via=BTG)
    other = seed_plan(store.engine, report_to=TINH_UY, via=None, code="2")
    occurrences = {
        CHI_BO: add_occurrence(store.engine, task, CHI_BO, dt.date(2023, 6, 30)),
        OTHER_CHI_BO: add_occurrence(store.engine, task, OTHER_CHI_BO, dt.date(2023, 6, 30)),
        "province": add_occurrence(store.engine, other, TINH_UY, dt.date(2023, 6, 30)),
    }
    with Session(store.engine) as session:
        for name, role, unit in (
            ("bt.chibo1", UserRole.committee, CHI_BO),
            ("bt.chibo2", UserRole.committee, OTHER_CHI_BO),
            ("vp.danguy", UserRole.committee, DANG_UY),
            ("btg.thiuy", UserRole.committee, BTG),
        ):
            add_user(session, name, PASSWORD, role, unit, at=AT, actor="test")
        session.commit()
    settings = Settings(home=tmp_path / "home", base_url="https://lich.dondoc.test", secret_key="k" * 48)
    app = create_app(settings, engine=store.engine)
    app.dependency_overrides[get_today] = lambda: TODAY
    app.dependency_overrides[get_now] = lambda: NOW
    with TestClient(app, base_url="https://testserver") as client:
        yield Web(store, app, client, settings, occurrences)


def _post(web: Web, path: str, data: dict[str, str], **kwargs: Any) -> httpx.Response:
    page = web.client.get("/login")  # any page carries the session's CSRF token
    return web.client.post(path, data={**data, "csrf": csrf_of(page.text)}, follow_redirects=False, **kwargs)


def _events(web: Web, kind: str) -> list[HistoryEvent]:
    with Session(web.store.engine) as session:
        return list(session.exec(select(HistoryEvent).where(col(HistoryEvent.kind) == kind)).all())


def test_a_chi_bo_records_its_report_with_a_pdf_kept_by_its_hash(desk: Web) -> None:
    desk.login("bt.chibo1")
    occ = desk.occurrences[CHI_BO]
    pdf = report_pdf()
    form = desk.client.get(f"/occurrences/{occ}")
    assert 'id="submission-form"' in form.text
    response = desk.client.post(
        f"/occurrences/{occ}/submission",
        data={"ref": "Báo cáo số 12-BC/CB", "on": "19/06/2023", "csrf": csrf_of(form.text)},
        files={"evidence": ("bao-cao-12.pdf", pdf, "application/pdf")},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    page = desk.client.get(f"/occurrences/{occ}")
    assert "Đã ghi nhận Báo cáo số 12-BC/CB" in page.text and "bt.chibo1 (trên trang web)" in page.text
    digest = hashlib.sha256(pdf).hexdigest()
    (submission,) = _events(desk, "submission")
    assert submission.actor == "web:bt.chibo1" and submission.occurrence_id == occ
    (evidence,) = _events(desk, "evidence")
    assert json.loads(evidence.details)["sha256"] == digest
    stored = desk.settings.home / "evidence" / digest[:2] / f"{digest}.pdf"
    assert stored.read_bytes() == pdf
    with Session(desk.store.engine) as session:
        assert session.exec(select(Evidence)).one().sha256 == digest


def test_a_file_that_is_not_a_pdf_or_docx_is_refused_and_nothing_is_recorded(desk: Web) -> None:
    desk.login("bt.chibo1")
    occ = desk.occurrences[CHI_BO]
    form = desk.client.get(f"/occurrences/{occ}")
    response = desk.client.post(
        f"/occurrences/{occ}/submission",
        data={"ref": "Báo cáo số 12-BC/CB", "on": "19/06/2023", "csrf": csrf_of(form.text)},
        files={"evidence": ("bao-cao.pdf", b"MZ not a pdf", "application/pdf")},
    )
    assert response.status_code == 400 and "Tệp minh chứng: Nội dung tệp" in response.text
    assert _events(desk, "submission") == []


def test_extension_asked_by_the_unit_and_approved_by_the_committee_above(desk: Web) -> None:
    occ = desk.occurrences[CHI_BO]
    desk.login("bt.chibo1")
    asked = _post(desk, f"/occurrences/{occ}/extension-request", {"to": "15/07/2023", "reason": "Chờ số liệu quý"})
    assert asked.status_code == 303
    page = desk.client.get(f"/occurrences/{occ}")
    assert "Đang chờ quyết định" in page.text and 'id="approve"' not in page.text  # the unit cannot approve itself
    with Session(desk.store.engine) as session:
        request_id = session.exec(select(ExtensionRequest)).one().id
    forbidden = desk.client.post(
        f"/occurrences/{occ}/extension-requests/{request_id}",
        data={"decision": "approve", "csrf": csrf_of(page.text)},
    )
    assert forbidden.status_code == 403
    desk.login("vp.danguy")
    page = desk.client.get(f"/occurrences/{occ}")
    assert 'id="approve"' in page.text
    no_csrf = desk.client.post(
        f"/occurrences/{occ}/extension-requests/{request_id}", data={"decision": "approve", "csrf": "x"}
    )
    assert no_csrf.status_code == 400
    approved = desk.client.post(
        f"/occurrences/{occ}/extension-requests/{request_id}",
        data={"decision": "approve", "note": "Đồng ý", "csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert approved.status_code == 303
    with Session(desk.store.engine) as session:
        occurrence = session.get(Occurrence, occ)
        assert occurrence is not None and occurrence.current_due == dt.date(2023, 7, 15)
    (extension,) = _events(desk, "extension")
    assert extension.actor == "web:vp.danguy" and "Chờ số liệu quý" in json.loads(extension.details)["reason"]
    timeline = desk.client.get(f"/occurrences/{occ}").text
    assert "Đề nghị gia hạn" in timeline and "Chờ số liệu quý" in timeline and "15/07/2023" in timeline


def test_refusing_needs_a_reason_and_waiving_needs_the_committee(desk: Web) -> None:
    occ = desk.occurrences[CHI_BO]
    desk.login("bt.chibo1")
    _post(desk, f"/occurrences/{occ}/extension-request", {"to": "15/07/2023", "reason": "Chờ số liệu"})
    assert _post(desk, f"/occurrences/{occ}/waiver", {"reason": "x"}).status_code == 403
    desk.login("vp.danguy")
    with Session(desk.store.engine) as session:
        request_id = session.exec(select(ExtensionRequest)).one().id
    no_reason = _post(desk, f"/occurrences/{occ}/extension-requests/{request_id}", {"decision": "refuse"})
    assert no_reason.status_code == 400
    refused = _post(
        desk, f"/occurrences/{occ}/extension-requests/{request_id}", {"decision": "refuse", "note": "Không có căn cứ"}
    )
    assert refused.status_code == 303 and len(_events(desk, "extension_refused")) == 1
    assert _post(desk, f"/occurrences/{occ}/waiver", {"reason": "Chi bộ giải thể"}).status_code == 303
    (waiver,) = _events(desk, "waiver")
    assert waiver.actor == "web:vp.danguy"


def test_acknowledgement_with_a_promised_date(desk: Web) -> None:
    occ = desk.occurrences[CHI_BO]
    desk.login("bt.chibo1")
    assert _post(desk, f"/occurrences/{occ}/acknowledgement", {"until": "05/07/2023"}).status_code == 303
    with Session(desk.store.engine) as session:
        occurrence = session.get(Occurrence, occ)
        assert occurrence is not None and occurrence.ack_until == dt.date(2023, 7, 5)
    assert "Hẹn nộp" in desk.client.get(f"/occurrences/{occ}").text


def test_implausible_dates_are_refused_in_vietnamese_on_the_web(desk: Web) -> None:
    occ = desk.occurrences[CHI_BO]
    desk.login("bt.chibo1")
    before_plan = _post(desk, f"/occurrences/{occ}/submission", {"ref": "BC 1", "on": "01/01/2020"})
    assert before_plan.status_code == 400 and "trước ngày ban hành kế hoạch 91-KH/TU (10/02/2023)" in before_plan.text
    before_period = _post(desk, f"/occurrences/{occ}/submission", {"ref": "BC 1", "on": "20/03/2023"})
    assert before_period.status_code == 400 and "trước khi kỳ báo cáo" in before_period.text
    future = _post(desk, f"/occurrences/{occ}/submission", {"ref": "BC 1", "on": "21/06/2023"})
    assert future.status_code == 400 and "sau hôm nay" in future.text
    assert _events(desk, "submission") == []


def test_each_user_sees_its_subtree_and_the_office_what_it_tracks(desk: Web) -> None:
    chi_bo, other, province = (desk.occurrences[k] for k in (CHI_BO, OTHER_CHI_BO, "province"))
    desk.login("bt.chibo2")
    assert desk.client.get(f"/occurrences/{other}").status_code == 200
    for path in (f"/occurrences/{chi_bo}", f"/occurrences/{province}", f"/committees/{CHI_BO}", "/occurrences/99999"):
        response = desk.client.get(path)
        assert response.status_code == 404 and "Không tìm thấy" in response.text, path
    # acting on what one cannot see is the same 404
    assert _post(desk, f"/occurrences/{chi_bo}/submission", {"ref": "x", "on": "19/06/2023"}).status_code == 404
    desk.login("vp.danguy")
    for path in (f"/occurrences/{chi_bo}", f"/occurrences/{other}", f"/committees/{CHI_BO}"):
        assert desk.client.get(path).status_code == 200, path
    assert desk.client.get(f"/occurrences/{province}").status_code == 404
    desk.login("btg.thiuy")  # the Ban Tuyên giáo the plan reports through
    for path in (f"/occurrences/{chi_bo}", f"/committees/{CHI_BO}"):
        assert desk.client.get(path).status_code == 200, path
    assert desk.client.get(f"/occurrences/{province}").status_code == 404
    assert desk.client.get(f"/committees/{TINH_UY}").status_code == 404


def test_the_office_page_lists_the_units_it_tracks_and_pages_take_a_day(desk: Web) -> None:
    desk.login("btg.thiuy")
    page = desk.client.get(f"/committees/{BTG}")
    assert page.status_code == 200 and 'id="tracked"' in page.text
    assert "Chi bộ Tổ dân phố 1" in page.text or CHI_BO in page.text
    assert 'type="date"' in page.text
    later = desk.client.get(f"/committees/{BTG}", params={"on": "10/07/2023"})
    assert "Tình hình đến ngày 10/07/2023" in later.text
    desk.login("bt.chibo1")
    occ = desk.occurrences[CHI_BO]
    before = desk.client.get(f"/occurrences/{occ}", params={"on": "20/06/2023"})
    after = desk.client.get(f"/occurrences/{occ}", params={"on": "2023-07-10"})
    assert "Trong hạn" in before.text and "Quá hạn" in after.text


def test_an_approver_over_the_unit_may_waive_and_a_plain_user_of_the_unit_may_not(desk: Web) -> None:
    with Session(desk.store.engine) as session:
        add_user(session, "duyet.thiuy", PASSWORD, UserRole.approver, "thi-uy-duc-pho", at=AT, actor="test")
        session.commit()
    occ = desk.occurrences[OTHER_CHI_BO]
    desk.login("bt.chibo2")
    assert _post(desk, f"/occurrences/{occ}/waiver", {"reason": "Sáp nhập"}).status_code == 403
    desk.login("duyet.thiuy")
    assert 'id="waiver-form"' in desk.client.get(f"/occurrences/{occ}").text
    assert _post(desk, f"/occurrences/{occ}/waiver", {"reason": "Chi bộ sáp nhập"}).status_code == 303
    (waiver,) = _events(desk, "waiver")
    assert waiver.actor == "web:duyet.thiuy" and waiver.occurrence_id == occ

"""The office at work in a real headless Chromium: a chi bộ secretary records a report
with its PDF and asks for more time on the next one; the đảng ủy above approves;
the Ban Tuyên giáo that receives escalations sees the unit; the pages change;
screenshots are saved, one at phone width (375 px), to ``DONDOC_SCREENSHOT_DIR``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from dondoc.db.models import UserRole
from dondoc.settings import Settings
from dondoc.web.app import create_app
from dondoc.web.deps import get_now, get_today
from dondoc.web.server import ServerHandle, run_in_thread
from dondoc.web.users import add_user
from tests.support.browser import screenshot
from tests.support.pdf import report_pdf
from tests.support.scenario import AT, BTG, add_occurrence, seed_plan, seed_tree
from tests.support.servers import free_port
from tests.support.stores import Store
from tests.support.web import PASSWORD

TODAY = dt.date(2023, 6, 20)
NOW = dt.datetime(2023, 6, 20, 2, 0, tzinfo=dt.UTC)
CHI_BO = "chi-bo-tdp-1-nguyen-nghiem"
DANG_UY = "dang-uy-phuong-nguyen-nghiem"


@pytest.fixture
def office(sqlite_store: Store, tmp_path: Path) -> Iterator[tuple[ServerHandle, dict[str, int]]]:
    seed_tree(sqlite_store.engine)
    task = seed_plan(sqlite_store.engine, report_to=DANG_UY, via=BTG)
    occurrences = {
        "q2": add_occurrence(sqlite_store.engine, task, CHI_BO, dt.date(2023, 6, 30)),
        "q3": add_occurrence(sqlite_store.engine, task, CHI_BO, dt.date(2023, 9, 30), period="2023-Q3"),
    }
    with Session(sqlite_store.engine) as session:
        for name, unit in (("bt.chibo1", CHI_BO), ("vp.danguy", DANG_UY), ("btg.thiuy", BTG)):
            add_user(session, name, PASSWORD, UserRole.committee, unit, at=AT, actor="test")
        session.commit()
    port = free_port()
    settings = Settings(home=tmp_path / "home", base_url=f"http://127.0.0.1:{port}", secret_key="b" * 48)
    app = create_app(settings, engine=sqlite_store.engine)
    app.dependency_overrides[get_today] = lambda: TODAY
    app.dependency_overrides[get_now] = lambda: NOW
    handle = run_in_thread("127.0.0.1", port, settings, app=app)
    try:
        yield handle, occurrences
    finally:
        handle.stop()


def _login(driver, url: str, username: str, page: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    driver.delete_all_cookies()
    driver.get(f"{url}{page}")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    button = driver.find_element(By.ID, "login")
    button.click()

    # The login page has an h1 too: wait until it is gone. Chromium reports a button of a page that
    # has gone either as a stale element or as "Node with given id does not belong to the document".
    def login_page_gone(_driver) -> bool:  # type: ignore[no-untyped-def]
        try:
            button.is_enabled()
        except WebDriverException:
            return True
        return False

    WebDriverWait(driver, 15).until(login_page_gone)
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))


def _wait_notice(driver) -> str:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    return str(WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.ID, "notice"))).text)


def test_chi_bo_records_and_asks_the_dang_uy_approves_the_office_sees(  # type: ignore[no-untyped-def]
    browser,
    office,
    tmp_path: Path,
) -> None:
    from selenium.webdriver.common.by import By

    handle, occ = office
    driver = browser
    pdf = tmp_path / "bao-cao-12-BC-CB.pdf"
    pdf.write_bytes(report_pdf())

    _login(driver, handle.url, "bt.chibo1", f"/occurrences/{occ['q2']}")
    driver.find_element(By.ID, "ref").send_keys("Báo cáo số 12-BC/CB")
    driver.find_element(By.ID, "evidence").send_keys(str(pdf))
    driver.find_element(By.ID, "record").click()
    assert "Đã ghi nhận Báo cáo số 12-BC/CB" in _wait_notice(driver)
    assert driver.find_element(By.ID, "status").text.startswith("Đã nộp ngày 20/06/2023")
    timeline = driver.find_element(By.ID, "timeline").text
    assert "Đính kèm minh chứng" in timeline and "bt.chibo1 (trên trang web)" in timeline

    driver.get(f"{handle.url}/occurrences/{occ['q3']}")
    driver.find_element(By.ID, "to").send_keys("15/10/2023")
    driver.find_element(By.ID, "ext-reason").send_keys("Chờ số liệu quyết toán quý III")
    driver.find_element(By.ID, "ask-extension").click()
    assert "Đã gửi đề nghị gia hạn đến 15/10/2023" in _wait_notice(driver)
    driver.set_window_size(375, 900)
    driver.refresh()
    width = driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 380, f"the page is {width}px wide at a 375px viewport"
    screenshot(driver, tmp_path, "occurrence-phone.png")
    driver.set_window_size(1280, 1000)

    _login(driver, handle.url, "vp.danguy", f"/occurrences/{occ['q3']}")
    assert "Chờ số liệu quyết toán quý III" in driver.find_element(By.ID, "extension-requests").text
    screenshot(driver, tmp_path, "extension-request.png")
    driver.find_element(By.ID, "approve").click()
    assert "Đã chấp thuận gia hạn đến 15/10/2023" in _wait_notice(driver)
    assert driver.find_element(By.ID, "due").text.startswith("15/10/2023")
    assert "Gia hạn" in driver.find_element(By.ID, "timeline").text
    screenshot(driver, tmp_path, "occurrence-timeline.png")

    _login(driver, handle.url, "btg.thiuy", f"/committees/{BTG}")
    assert "Chi bộ Tổ dân phố 1" in driver.find_element(By.ID, "tracked").text
    driver.get(f"{handle.url}/occurrences/{occ['q3']}")
    assert driver.find_element(By.ID, "due").text.startswith("15/10/2023")

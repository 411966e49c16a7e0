"""End to end in a real headless Chromium (Debian's chromium + chromedriver) against the
app served by uvicorn on loopback: log in, read a committee's status, follow the
one-click link of a reminder the real chase wrote to the outbox, submit, and see
the status and the history change. Screenshots are saved (to the test's folder,
and to ``DONDOC_SCREENSHOT_DIR`` when set: that is how docs/screenshots is made).

The day is fixed (23/06/2023, the 7-day reminder of a 30/06/2023 deadline) by
overriding the app's ``get_today``/``get_now`` and passing it to the chase.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from calendar_rules import load_calendar
from dondoc.chase.policy import load_policies
from dondoc.chase.run import run_chase
from dondoc.db.models import UserRole
from dondoc.outbox.sending import send_now
from dondoc.settings import Settings, reset_settings_cache
from dondoc.web.app import create_app
from dondoc.web.deps import get_now, get_today
from dondoc.web.server import ServerHandle, run_in_thread
from dondoc.web.users import add_user
from tests.support.browser import screenshot
from tests.support.scenario import AT, THI_UY, add_occurrence, seed_plan, seed_tree
from tests.support.servers import free_port
from tests.support.stores import Store
from tests.support.web import PASSWORD, PHO_AN, PHO_HOA

TODAY = dt.date(2023, 6, 23)
NOW = dt.datetime(2023, 6, 23, 0, 30, tzinfo=dt.UTC)  # 07:30 in Hà Nội: the chase's hour


@pytest.fixture
def served(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[ServerHandle, Settings, dict[str, int]]]:
    """The example tree, one task due 30/06/2023 for two wards, a user of the Thị ủy, and the app on loopback."""
    port = free_port()
    home = Path(sqlite_store.engine.url.database).parent  # type: ignore[arg-type]
    env = {
        "DONDOC_HOME": str(home),
        "DONDOC_BASE_URL": f"http://127.0.0.1:{port}",
        "DONDOC_SECRET_KEY": "e2e-secret-" + "y" * 40,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("DONDOC_DATABASE_URL", raising=False)
    reset_settings_cache()  # the chase signs links with the process settings: the same secret as the app
    settings = Settings()
    seed_tree(sqlite_store.engine)
    task = seed_plan(sqlite_store.engine)
    occurrences = {
        unit: add_occurrence(sqlite_store.engine, task, unit, dt.date(2023, 6, 30)) for unit in (PHO_HOA, PHO_AN)
    }
    with Session(sqlite_store.engine) as session:
        add_user(session, "vp.thiuy", PASSWORD, UserRole.committee, THI_UY, at=AT, actor="test")
        session.commit()
    app = create_app(settings, engine=sqlite_store.engine)
    app.dependency_overrides[get_today] = lambda: TODAY
    app.dependency_overrides[get_now] = lambda: NOW
    handle = run_in_thread("127.0.0.1", port, settings, app=app)
    try:
        yield handle, settings, occurrences
    finally:
        handle.stop()
        reset_settings_cache()


def _outbox_link(settings: Settings, unit: str) -> str:
    """The one-click link in the reminder the folder channel wrote for ``unit``."""
    files = [p for p in settings.folder_dir.rglob("*") if p.is_file() and unit in str(p)]
    assert files, f"no outbox message for {unit} in {settings.folder_dir}"
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    match = re.search(re.escape(settings.base_url) + r"/s/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+", text)
    assert match, f"no one-click link in {files}"
    return match.group(0)


def test_login_status_one_click_submission_and_history(browser, served, sqlite_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    handle, settings, occurrences = served
    driver = browser

    # the real chase of 23/06/2023 writes the 7-day reminders to the folder channel
    run = run_chase(
        sqlite_store.engine,
        day=TODAY,
        at=NOW,
        policies=load_policies(),
        calendar=load_calendar(),
        actor="test",
        base_url=settings.base_url,
    )
    assert run.report.queued >= 2
    sent = send_now(settings, sqlite_store.engine, actor="test", respect_quiet_hours=False, now=NOW)
    assert sent is not None
    link = _outbox_link(settings, PHO_HOA)

    # a page behind the login sends the browser to the login form, then back
    driver.get(f"{handle.url}/committees/{THI_UY}")
    assert "/login" in driver.current_url
    driver.find_element(By.ID, "username").send_keys("vp.thiuy")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login").click()
    # a click returns before the next page has loaded: wait for it, never sleep
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.ID, "committee-name")))
    assert driver.current_url.endswith(f"/committees/{THI_UY}")
    assert driver.find_element(By.ID, "committee-name").text == "Thị ủy Đức Phổ"
    assert driver.find_element(By.CSS_SELECTOR, "#count-trong_han .n").text == "2"
    assert driver.find_element(By.CSS_SELECTOR, "#count-dung_han .n").text == "0"
    assert "Đảng ủy phường Phổ Hòa" in driver.find_element(By.ID, "list-trong_han").text

    # the one-click link from the outbox message
    driver.get(link)
    assert "Ghi nhận đã nộp báo cáo" in driver.page_source
    assert driver.find_element(By.ID, "on").get_attribute("value") == "23/06/2023"
    driver.find_element(By.ID, "ref").send_keys("Báo cáo số 12-BC/ĐU")
    screenshot(driver, tmp_path, "one-click-submission.png")
    driver.find_element(By.ID, "submit").click()
    done = WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.ID, "done")))
    assert "Đã ghi nhận Báo cáo số 12-BC/ĐU" in done.text

    # the committee's status moved: one on time, one still in time
    driver.get(f"{handle.url}/committees/{THI_UY}")
    assert driver.find_element(By.CSS_SELECTOR, "#count-dung_han .n").text == "1"
    assert driver.find_element(By.CSS_SELECTOR, "#count-trong_han .n").text == "1"
    assert "Đảng ủy phường Phổ Hòa" in driver.find_element(By.ID, "list-dung_han").text
    shot = screenshot(driver, tmp_path, "committee-status.png")
    assert shot.stat().st_size > 10_000

    # and the occurrence's timeline has the reminder sent and the submission through the link
    driver.get(f"{handle.url}/occurrences/{occurrences[PHO_HOA]}")
    timeline = driver.find_element(By.ID, "timeline").text
    assert "Đã gửi tin" in timeline
    assert "Ghi nhận báo cáo" in timeline and f"Liên kết một lần gửi {PHO_HOA}" in timeline
    assert driver.find_element(By.ID, "status").text.startswith("Đã nộp ngày 23/06/2023")
    screenshot(driver, tmp_path, "occurrence-timeline.png")

    # the same link again is refused with a Vietnamese page
    driver.get(link)
    assert "Liên kết đã được sử dụng" in driver.page_source

"""The API's reference page opens in a real headless Chromium under the app's Content-Security-Policy:
Swagger UI comes from the app's own files and lists the API's operations (FastAPI's default page,
from a CDN with an inline script, stayed blank under that policy)."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from dondoc.settings import Settings
from dondoc.web.app import create_app
from dondoc.web.server import run_in_thread
from tests.support.browser import screenshot
from tests.support.servers import free_port
from tests.support.stores import Store


def test_the_api_reference_page_lists_the_operations_from_local_files(  # type: ignore[no-untyped-def]
    browser, sqlite_store: Store, tmp_path: Path
) -> None:
    port = free_port()
    settings = Settings(home=tmp_path / "home", base_url=f"http://127.0.0.1:{port}")
    handle = run_in_thread("127.0.0.1", port, settings, app=create_app(settings, engine=sqlite_store.engine))
    try:
        browser.get(f"{handle.url}/api/v1/docs")
        WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"))
        paths = {e.text.replace("\u200b", "") for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
        assert {
            "/occurrences",
            "/occurrences/{occurrence_id}/submission",
            "/occurrences/{occurrence_id}/extension-request",
            "/occurrences/{occurrence_id}/acknowledgement",
        } <= paths, paths
        assert "Ghi nhận đã nộp báo cáo" in browser.page_source
        # nothing was refused by the page's policy, nor fetched from elsewhere
        console = browser.get_log("browser")
        assert not [entry for entry in console if entry["level"] == "SEVERE"], console
        screenshot(browser, tmp_path, "api-docs.png")
    finally:
        handle.stop()

"""Screenshots of the web pages for the README, on the demo's data (the 2023 story).

    .venv/bin/python scripts/screenshot_pages.py [--out docs/screenshots]

Runs ``dondoc demo`` into a temporary DONDOC_HOME, adds a user of the Thị ủy,
serves the app on loopback with the day fixed to 29/12/2023 (the end of the
story), and saves PNGs of the committee page (also at phone width) and the audit page taken in
headless Chromium (Debian's chromium + chromedriver).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DAY = dt.date(2023, 12, 29)
PASSWORD = "anh-chup-man-hinh"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from dondoc.settings import Settings
    from dondoc.web.app import create_app
    from dondoc.web.deps import get_now, get_today
    from dondoc.web.server import run_in_thread

    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DONDOC_")} | {"DONDOC_HOME": home}
        subprocess.run(
            [sys.executable, "-m", "dondoc", "demo"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL
        )
        for username, role, org in (("vp.thiuy", "committee", "thi-uy-duc-pho"), ("kiemtoan", "auditor", None)):
            command = [sys.executable, "-m", "dondoc", "user", "add", username, "--role", role, "--password-stdin"] + (
                ["--org", org] if org else []
            )
            subprocess.run(
                command, env=env, input=PASSWORD + "\n", text=True, check=True, cwd=ROOT, stdout=subprocess.DEVNULL
            )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        settings = Settings(home=Path(home), base_url=f"http://127.0.0.1:{port}")
        app = create_app(settings)
        app.dependency_overrides[get_today] = lambda: DAY
        app.dependency_overrides[get_now] = lambda: dt.datetime.combine(DAY, dt.time(3, 0), tzinfo=dt.UTC)
        handle = run_in_thread("127.0.0.1", port, settings, app=app)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400"):
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        args.out.mkdir(parents=True, exist_ok=True)
        try:
            for username, page, name in (
                ("vp.thiuy", "/committees/thi-uy-duc-pho", "committee-page.png"),
                ("kiemtoan", "/audit?kind=escalation&verify=1", "audit-page.png"),
            ):
                driver.delete_all_cookies()
                driver.get(f"{handle.url}/login?next={quote(page, safe='/')}")
                driver.find_element(By.ID, "username").send_keys(username)
                driver.find_element(By.ID, "password").send_keys(PASSWORD)
                driver.find_element(By.ID, "login").click()
                WebDriverWait(driver, 30).until(
                    lambda d: (
                        "/login" not in d.current_url and d.execute_script("return document.readyState") == "complete"
                    )
                )
                driver.save_screenshot(str(args.out / name))
                print(f"saved {args.out / name}")
                if name == "committee-page.png":  # and as a phone shows it (375 px wide)
                    driver.set_window_size(375, 1400)
                    driver.refresh()
                    driver.save_screenshot(str(args.out / "committee-page-phone.png"))
                    print(f"saved {args.out / 'committee-page-phone.png'}")
                    driver.set_window_size(1280, 1400)
        finally:
            driver.quit()
            handle.stop()


if __name__ == "__main__":
    main()

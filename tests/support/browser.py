"""The headless Chromium the browser tests drive (Debian's chromium and chromedriver), and their
screenshots (to the test's folder, and to ``DONDOC_SCREENSHOT_DIR`` when set: that is how
docs/screenshots is made)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def require_browser() -> None:
    """Skip the test where Chromium is missing; fail it under CI, where it must be installed."""
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    reason = "Debian's chromium and chromium-driver are not installed (.ci/run installs them: apt-get install chromium chromium-driver)"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def screenshot(driver, tmp_path: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    """The page as a PNG in the test's folder, and in ``DONDOC_SCREENSHOT_DIR`` when set."""
    path = tmp_path / name
    assert driver.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    target = os.environ.get("DONDOC_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / name)
    return path

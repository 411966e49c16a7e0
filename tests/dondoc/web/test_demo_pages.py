"""After the demo (README command 1), the web shows its year: feeds and the committee page.

The demo tells 2023; ``dondoc web`` pins the day to the demo's last one, so the
subtree feed of Thị ủy Đức Phổ has events and its page shows the demo's numbers.
Runs the real demo in-process on the embedded SQLite (about 20 seconds).
"""

from __future__ import annotations

import datetime as dt
import re

from fastapi.testclient import TestClient
from sqlmodel import Session
from typer.testing import CliRunner

from dondoc.cli.main import app as cli_app
from dondoc.db.models import UserRole
from dondoc.db.store import open_store
from dondoc.settings import get_settings
from dondoc.status.categories import CATEGORY_ORDER
from dondoc.status.report import build_status
from dondoc.web.app import create_app
from dondoc.web.feed_tokens import issue_token
from dondoc.web.replay import demo_day, pin_day
from dondoc.web.users import add_user
from tests.support.web import PASSWORD, csrf_of

THI_UY = "thi-uy-duc-pho"
AT = dt.datetime(2024, 1, 2, 1, 0, tzinfo=dt.UTC)


def test_after_the_demo_the_feed_and_the_committee_page_show_its_year() -> None:
    told = CliRunner().invoke(cli_app, ["demo"])
    assert told.exit_code == 0, told.output
    settings = get_settings()
    engine = open_store(settings)
    day = demo_day(engine)
    assert day is not None and day.year == 2023
    with Session(engine) as session:
        token = issue_token(session, THI_UY, AT, actor="test")
        add_user(session, "vp.thiuy", PASSWORD, UserRole.committee, THI_UY, at=AT, actor="test")
        session.commit()
        expected = build_status(session, on=day, org_id=THI_UY).counts()
    app = create_app(settings, engine=engine)
    pin_day(app, day, real_today=dt.date.today())
    with TestClient(app) as client:
        feed = client.get(f"/feeds/{token}.ics", params={"include": "subtree"})
        assert feed.status_code == 200
        assert feed.text.count("BEGIN:VEVENT") > 10 and "2023" in feed.text
        form = client.get("/login")
        client.post("/login", data={"username": "vp.thiuy", "password": PASSWORD, "csrf": csrf_of(form.text)})
        page = client.get(f"/committees/{THI_UY}")
    assert page.status_code == 200 and f"Tình hình đến ngày {day.strftime('%d/%m/%Y')}" in page.text
    assert sum(expected.values()) > 0
    for category in CATEGORY_ORDER:
        shown = re.search(rf'id="count-{category.value}"><div class="n [a-z_]+">(\d+)</div>', page.text)
        assert shown is not None and int(shown.group(1)) == expected[category], category
    assert re.search(r"Q[IV]+/2023", page.text)  # the chart shows the demo's quarters

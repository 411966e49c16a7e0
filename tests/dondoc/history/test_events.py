"""The constructors of ``dondoc.history.events`` fill the fields that name what an event is about."""

from __future__ import annotations

import datetime as dt

from dondoc.history.events import chat_event, expand_event, token_event, user_event

AT = dt.datetime(2024, 4, 2, 8, 0, tzinfo=dt.UTC)


def test_user_event_is_filed_under_the_users_committee_and_names_the_user() -> None:
    event = user_event(
        "user_added", username="btg", committee_id="btg", at=AT, actor="cli", outcome="x", details={"role": "committee"}
    )
    assert (event.kind, event.committee_id, event.actor) == ("user_added", "btg", "cli")
    assert event.details == {"username": "btg", "role": "committee"}
    assert user_event("user_disabled", username="a", committee_id=None, at=AT, actor="cli", outcome="x").details == {
        "username": "a"
    }


def test_token_event_is_filed_under_the_committee() -> None:
    event = token_event("feed_token_issued", committee_id="u1", at=AT, actor="cli", outcome="cấp", details={"id": 3})
    columns = event.columns()
    assert (columns["kind"], columns["committee_id"], columns["details"]) == ("feed_token_issued", "u1", '{"id": 3}')


def test_chat_event_has_the_chat_as_actor_and_keeps_what_it_answered() -> None:
    refused = chat_event("chat_refused", channel="telegram", chat="42", at=AT, outcome="no", details={})
    assert (refused.actor, refused.channel, refused.occurrence_id, refused.committee_id) == (
        "telegram:42",
        "telegram",
        None,
        None,
    )
    subject = {"occurrence_id": 7, "plan_id": "p", "committee_id": "u1"}
    answered = chat_event("chat_submission", channel="zalo", chat="9", subject=subject, at=AT, outcome="ok", details={})
    assert (answered.occurrence_id, answered.plan_id, answered.committee_id) == (7, "p", "u1")
    assert (answered.actor, answered.channel) == ("zalo:9", "zalo")


def test_expand_event_is_filed_under_its_one_plan_only() -> None:
    one = expand_event(at=AT, actor="cli", plan_ids=["kh-1"], details={"inserted": 2})
    assert (one.kind, one.plan_id, one.outcome, one.details) == (
        "expand",
        "kh-1",
        None,
        {"plans": ["kh-1"], "inserted": 2},
    )
    both = expand_event(at=AT, actor="cli", plan_ids=["kh-1", "kh-2"], details={})
    assert (both.plan_id, both.details["plans"]) == (None, ["kh-1", "kh-2"])
    assert expand_event(at=AT, actor="cli", plan_ids=None, details={}).details == {"plans": "all"}

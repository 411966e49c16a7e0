"""The auditors' history: one append-only, hash-chained table of every event."""

from dondoc.history.chain import Event, VerifyResult, append_event, append_events, verify_chain

__all__ = ["Event", "VerifyResult", "append_event", "append_events", "verify_chain"]

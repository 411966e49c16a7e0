"""The auditors' history: one append-only, hash-chained table of every event."""

from dondoc.history.chain import append_event, append_events
from dondoc.history.checkpoints import write_checkpoint
from dondoc.history.events import Event
from dondoc.history.verify import VerifyResult, verify_chain

__all__ = ["Event", "VerifyResult", "append_event", "append_events", "verify_chain", "write_checkpoint"]

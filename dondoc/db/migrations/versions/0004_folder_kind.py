"""contact_channel.kind, message.channel_kind: the folder channel's kind is 'folder', no longer 'outbox'

Revision ID: 0004_folder_kind
Revises: 0003_tally

"outbox" is the database queue of messages; the folder transport (``folder://``, older spelling
``outbox://``) was stored under that word. Its stored rows are rewritten, the same SQL on SQLite
and PostgreSQL. ``history_event.channel`` keeps 'outbox' in the events written before: they are
hash-chained, and rewriting them would break the chain that verification checks (the web timeline
labels both words alike).

A channel's URL in the older spelling (``outbox://name``) becomes ``folder://name`` too, so that
importing the committee tree again, which now writes ``folder://``, finds the same channel instead
of replacing it. The downgrade keeps ``folder://``: the code before this revision reads it already.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_folder_kind"
down_revision: str | Sequence[str] | None = "0003_tally"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KIND_COLUMNS = (("contact_channel", "kind"), ("message", "channel_kind"))
"""Every column that stores a channel kind (``ChannelKind``), except the chained history."""


def _rename(old: str, new: str) -> None:
    for table, column in KIND_COLUMNS:
        op.execute(f"UPDATE {table} SET {column} = '{new}' WHERE {column} = '{old}'")


def upgrade() -> None:
    _rename("outbox", "folder")
    for column in ("url", "url_redacted"):
        op.execute(
            f"UPDATE contact_channel SET {column} = 'folder://' || substr({column}, 10) WHERE {column} LIKE 'outbox://%'"
        )


def downgrade() -> None:
    _rename("folder", "outbox")

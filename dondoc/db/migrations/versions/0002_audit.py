"""history_event.mac: the chain keyed with a key kept outside the database

Rows already in the history are signed as they stand on the day of the upgrade
(with DONDOC_HOME/audit.key, created then if missing): from then on, re-hashing
the chain after an edit needs the key.

Revision ID: 0002_audit
Revises: 0002_desk
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from dondoc.history.checkpoints import chain_key, row_mac
from dondoc.settings import get_settings

revision: str = "0002_audit"
down_revision: str | None = "0002_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("history_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mac", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, hash FROM history_event ORDER BY id")).all()
    if not rows:
        return
    key = chain_key(get_settings())
    conn.execute(
        sa.text("UPDATE history_event SET mac = :mac WHERE id = :id"),
        [{"id": row_id, "mac": row_mac(row_hash, key)} for row_id, row_hash in rows],
    )


def downgrade() -> None:
    with op.batch_alter_table("history_event", schema=None) as batch_op:
        batch_op.drop_column("mac")

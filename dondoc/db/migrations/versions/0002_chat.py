"""chat replies: message.provider_id and the chat_update table of handled updates

Revision ID: 0002_chat
Revises: 0002_chase
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import dondoc.db.types

revision: str = "0002_chat"
# The base branch has two heads (0002_claim_index, 0002_desk); this one joins them so
# ``upgrade head`` works. At merge the lead re-chains it like the others (down_revision "0001").
down_revision: str | Sequence[str] | None = "0002_chase"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("provider_id", sa.Text(), nullable=True))
    op.create_table(
        "chat_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("update_id", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("received_at", dondoc.db.types.UTCDateTime(), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel", "source", "update_id", name="uq_chat_update"),
    )


def downgrade() -> None:
    op.drop_table("chat_update")
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_column("provider_id")

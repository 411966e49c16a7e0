"""chase_run: the days a chase completed, so the next one catches up on the gap

Revision ID: 0002_chase
Revises: 0002_hostile
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import dondoc.db.types

revision: str = "0002_chase"
down_revision: str | None = "0002_hostile"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "chase_run",
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=130), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("completed_at", dondoc.db.types.UTCDateTime(), nullable=False),
        sa.Column("queued", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "day"),
    )


def downgrade() -> None:
    op.drop_table("chase_run")

"""Plan details a clerk edits: topic, period of validity, and archiving.

Revision ID: 0007
Revises: 0006

A workspace holds several plans; each says what it is about (its topic: the seed plan's is "thông tin
đối ngoại", another may be on digital transformation), from when to when it runs, and whether it is
archived (kept, read-only, out of today's lists). Existing plans keep everything; their topic is the
one every plan had until now.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("topic", sa.String(200), nullable=False, server_default="thông tin đối ngoại"))
        batch.add_column(sa.Column("valid_from", sa.Date(), nullable=True))
        batch.add_column(sa.Column("valid_to", sa.Date(), nullable=True))
        batch.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("archived_at")
        batch.drop_column("valid_to")
        batch.drop_column("valid_from")
        batch.drop_column("topic")

"""A report remembers the plan it is about.

Revision ID: 0008
Revises: 0007

With several plans a report is about one plan (its key) or about the unit's whole work, one section per
plan (NULL). Drafts have no payload yet, and a whole-work report of a workspace with one plan looks like
a one-plan report in its payload, so the choice is kept on the report itself: reopening or building it
again uses the same plan(s). Every report made before plans could be chosen was about the whole work,
so existing reports keep NULL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("report") as batch:
        batch.add_column(sa.Column("plan_key", sa.String(120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report") as batch:
        batch.drop_column("plan_key")

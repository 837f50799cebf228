"""The compiling office's roster, deadlines and received reports: who must report, by when, who did.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period", sa.String(12), nullable=False),
        sa.Column("plan_key", sa.String(120), nullable=False, server_default=""),
        sa.Column("unit_name", sa.String(300), nullable=False),
        sa.Column("unit_key", sa.String(300), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.UniqueConstraint("period", "plan_key", "unit_key"),
    )
    op.create_index("ix_roster_entry_period", "roster_entry", ["period"])
    op.create_table(
        "period_deadline",
        sa.Column("period", sa.String(12), primary_key=True),
        sa.Column("due_date", sa.Date(), nullable=False),
    )
    op.create_table(
        "received_report",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period", sa.String(12), nullable=False),
        sa.Column("unit_name", sa.String(300), nullable=False),
        sa.Column("unit_key", sa.String(300), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("file", sa.Text(), nullable=False, server_default=""),
        sa.Column("signer", sa.String(300), nullable=False, server_default=""),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("report_uuid", sa.String(36), nullable=False, server_default=""),
        sa.Column("sha256", sa.String(64), nullable=False, server_default=""),
        sa.UniqueConstraint("period", "unit_key"),
    )
    op.create_index("ix_received_report_period", "received_report", ["period"])


def downgrade() -> None:
    op.drop_index("ix_received_report_period", table_name="received_report")
    op.drop_table("received_report")
    op.drop_table("period_deadline")
    op.drop_index("ix_roster_entry_period", table_name="roster_entry")
    op.drop_table("roster_entry")

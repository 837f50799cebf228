"""Signers the compiling office accepted for a unit whose name their certificate does not carry.

Revision ID: 0009
Revises: 0008

A leader who signs for two units signs with one certificate; the office accepts that signer for the
other unit once, and every later compile counts that unit's reports signed by them. Nothing existing
changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accepted_signer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("unit_name", sa.String(300), nullable=False),
        sa.Column("unit_key", sa.String(300), nullable=False),
        sa.Column("signer", sa.String(300), nullable=False),
        sa.Column("signer_key", sa.String(300), nullable=False),
        sa.Column("organisations", sa.Text(), nullable=False, server_default=""),
        sa.Column("organisation_key", sa.Text(), nullable=False, server_default=""),
        sa.Column("file", sa.Text(), nullable=False, server_default=""),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("unit_key", "signer_key", "organisation_key"),
    )


def downgrade() -> None:
    op.drop_table("accepted_signer")

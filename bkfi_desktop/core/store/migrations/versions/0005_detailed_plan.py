"""The unit's detailed plan (Kế hoạch chi tiết): its editable texts and budget estimates; sub-task owners.

Revision ID: 0005
Revises: 0004

One row per plan the unit implements (keyed by the plan's id); the texts and the estimates are JSON
because they are read and written whole by the plan dialog and `bkfi plan build`. A sub-task may
name the staff member who carries it out (the plan's "IV. TỔ CHỨC THỰC HIỆN" lists them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "detailed_plan",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), sa.ForeignKey("plan.id", ondelete="CASCADE"), nullable=False),
        sa.Column("texts", sa.Text(), nullable=True),
        sa.Column("budget", sa.Text(), nullable=True),
        sa.Column("extra_items", sa.Text(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("uuid", sa.String(36), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
        sa.UniqueConstraint("plan_id", name="uq_detailed_plan_plan_id"),
    )
    with op.batch_alter_table("subtask", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_subtask_owner_id_staff", "staff", ["owner_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("subtask", schema=None) as batch_op:
        batch_op.drop_constraint("fk_subtask_owner_id_staff", type_="foreignkey")
        batch_op.drop_column("owner_id")
    op.drop_table("detailed_plan")

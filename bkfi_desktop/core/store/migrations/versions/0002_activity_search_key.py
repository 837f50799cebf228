"""Activity search key: the title folded (no diacritics, lower case) so search runs in SQL.

Revision ID: 0002
Revises: 0001

Search is a substring match (LIKE '%x%'), which no index serves; a scan of 100k short keys is
fast enough, and an index would only slow every insert.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_key", sa.Text(), nullable=False, server_default=""))
    # Backfill existing rows so old workspaces are searchable at once.
    from bkfi_desktop.textvn.folding import fold_for_search

    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, title FROM activity")).fetchall()
    if rows:
        connection.execute(
            sa.text("UPDATE activity SET title_key = :key WHERE id = :id"),
            [{"id": row.id, "key": fold_for_search(row.title or "")} for row in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("title_key")

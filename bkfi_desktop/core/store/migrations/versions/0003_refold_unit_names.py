"""Recompute unit name keys: folding now treats "và", "&" and a dash alike and knows more abbreviations.

Revision ID: 0003
Revises: 0002

Without this, a unit stored under its old key would not be found by its new one, and the next
import would add it a second time. Two stored units that now share a key are both kept (a clerk
may have meant them as different); the later one gets its id appended so the key stays unique.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from bkfi_desktop.textvn.folding import fold_for_match

    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name FROM unit ORDER BY id")).fetchall()
    taken: set[str] = set()
    updates = []
    for row in rows:
        key = fold_for_match(row.name)
        if key in taken:
            key = f"{key} #{row.id}"
        taken.add(key)
        updates.append({"id": row.id, "key": key})
    # Park every key first so the unique index never sees two rows on one value mid-update.
    connection.execute(sa.text("UPDATE unit SET name_key = '~' || id"))
    if updates:
        connection.execute(sa.text("UPDATE unit SET name_key = :key WHERE id = :id"), updates)


def downgrade() -> None:
    # The old keys cannot be rebuilt without the old folding; they are only a lookup cache.
    pass

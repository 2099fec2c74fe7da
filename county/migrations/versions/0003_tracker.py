"""The request tracker: assignments to a handler or department, internal notes, 答复书 drafts.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "county_assignments",
        sa.Column("request_uuid", sa.String(64), primary_key=True),
        sa.Column("assignee", sa.String(64), nullable=True, index=True),
        sa.Column("department", sa.String(50), nullable=False, server_default=""),
        sa.Column("assigned_by", sa.String(64), nullable=False),
        sa.Column("assigned_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "county_notes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("request_uuid", sa.String(64), nullable=False, index=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "county_reply_drafts",
        sa.Column("request_uuid", sa.String(64), primary_key=True),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("issued_at", sa.String(40), nullable=True),
        sa.Column("issued_sha256", sa.String(64), nullable=True),
    )

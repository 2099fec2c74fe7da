"""The resident's voice (issue 26): a 差评's follow-up, a comment's adoption decision and a question's
answer (county/feedback.py, county/drafts.py).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "county_followups",
        sa.Column("ref", sa.String(200), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "county_comment_decisions",
        sa.Column("ref", sa.String(200), primary_key=True),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("decided_at", sa.String(40), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "county_answers",
        sa.Column("ref", sa.String(200), primary_key=True),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("answered_at", sa.String(40), nullable=False),
        sa.Column("answered_by", sa.String(64), nullable=False),
        sa.Column("published_as", sa.String(200), nullable=False, server_default=""),
    )

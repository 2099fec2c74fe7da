"""A kiosk's uploaded items the county refused by the kiosk's own rules (county/upload_rules.py),
kept with the reason for the console until an accepted upload of the same item removes them.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "county_held_uploads",
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("ref", sa.String(200), primary_key=True),
        sa.Column("township", sa.String(32), nullable=False),
        sa.Column("kiosk_id", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("first_received_at", sa.String(40), nullable=False),
        sa.Column("last_received_at", sa.String(40), nullable=False),
    )
    op.create_index("county_held_uploads_kiosk", "county_held_uploads", ["township", "kiosk_id"])

"""county_records: records of the upward kinds that have no tables of their own (county/upward.py).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "county_records",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("ref", sa.String(200), nullable=False),
        sa.Column("township", sa.String(32), nullable=False),
        sa.Column("kiosk_id", sa.String(16), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("first_received_at", sa.String(40), nullable=False),
        sa.Column("last_received_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("kind", "ref", name="county_records_ref"),
    )
    op.create_index("county_records_kiosk", "county_records", ["kind", "township", "kiosk_id"])

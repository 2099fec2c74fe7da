"""Alembic's entry point: runs on the connection (and in the transaction) county.migrations.upgrade
hands over; there is no alembic.ini and no URL of its own."""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("county migrations run through county.migrations.upgrade(engine), not the alembic CLI")
context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite",
                  transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()

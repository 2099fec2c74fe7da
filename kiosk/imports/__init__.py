"""Importing content that county staff collect: scraped policy texts and spreadsheets.

Readers (`read_roster`, `read_catalogue`, `read_policy`) only read and validate; they never touch
the database, so the county publisher can use them too. Writers (`save_*`) take validated rows
and write them in the caller's transaction.
"""

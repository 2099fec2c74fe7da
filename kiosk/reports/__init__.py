"""Reports from the request log: the annual report table and PDF, the register export."""

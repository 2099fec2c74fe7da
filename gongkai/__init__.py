"""The `gongkai` command: a thin shell that wires the core, sync and the UI together."""

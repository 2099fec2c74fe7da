"""Trust: the audit chain, the kiosk key, staff accounts, bounded readers and text safety checks."""

"""An event's budget window (issue 16)."""

"""Tasks (issue 15): deadlines with an owner, on an event or on none."""

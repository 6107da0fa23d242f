"""Events and series: creating, changing, moving, splitting and deleting them, and reading
periods."""

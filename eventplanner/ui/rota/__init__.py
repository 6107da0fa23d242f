"""An event's staff rota: its shifts by day, the coverage grid, warnings, and the people."""

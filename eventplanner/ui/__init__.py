"""The desktop application's widgets, Qt models, dialogs and undo commands (no SQLAlchemy)."""

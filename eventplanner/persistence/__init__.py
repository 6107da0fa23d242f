"""Where the planning year is kept: SQLAlchemy models, the database, its migrations."""

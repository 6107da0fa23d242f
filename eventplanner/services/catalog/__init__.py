"""The catalog: venues, organisations, contacts, projects and tags."""

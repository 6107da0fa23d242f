"""The catalog manager: venues, organisations, contacts, projects and tags."""

"""Plain-Python rules of Eventplanner: no database, no Qt."""

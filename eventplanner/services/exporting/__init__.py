"""Exporting events as .ics files."""

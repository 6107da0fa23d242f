"""Registrations of people to events (issue 16): seats, waitlist, promotion."""

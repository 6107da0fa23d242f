"""Check-in at the door: an event's registrations searched as one types (issue 16)."""

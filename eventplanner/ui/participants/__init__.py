"""An event's participants: its registrations, waitlist and attendance (issue 16)."""

"""The programme of an event: its timetable, its list, the session editor and a person's
itinerary."""

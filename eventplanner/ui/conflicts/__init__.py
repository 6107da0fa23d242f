"""The Conflicts window and the subscribed calendars, in the window."""

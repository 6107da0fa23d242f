"""The database's working days (issue 15): whether bridge days are days off and the
organisation's own days off, shared by everyone on it, and the calendar every task
computation counts in."""

"""Personal data (GDPR, issue 16): what is held about a person, its export, anonymising,
erasing, and the retention of participants' data after their events."""

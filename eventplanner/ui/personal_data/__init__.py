"""The Personal data window (issue 16, GDPR): find a person, what is held about them, its
export, anonymising, erasing, and the retention of participants' data."""

"""The stand at a fair: stand, deadlines, co-exhibitors, staff for badges, materials."""

"""Qt item models over plain lists of domain records."""

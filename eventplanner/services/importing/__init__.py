"""Importing .ics files: the plan of what an import does, writing it, and taking it back."""

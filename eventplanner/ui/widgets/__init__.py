"""Reusable widgets: the filter bar, and the event editor's inputs (time-zone picker, catalog
pickers, tags, the recurrence editor, field problems and banners).

They know the domain's value types but no services: owners hand them plain data and hear
back through signals.
"""

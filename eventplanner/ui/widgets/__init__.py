"""Reusable widgets every capability may use: choice buttons, date fields, the time-zone
picker, catalog pickers, field problems and banners, the read-only tables' look.

They know the domain's value types but no services: owners hand them plain data and hear
back through signals.
"""

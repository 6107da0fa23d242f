"""Budgets of events and projects (issue 16)."""

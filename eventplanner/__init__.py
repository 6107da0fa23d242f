"""Eventplanner: plan a cluster's year of events and publish it to Outlook."""

__version__ = "0.1.0"

"""Feeds: which events each shows, publishing them as .ics files, and the feed server."""

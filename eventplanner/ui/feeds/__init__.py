"""The feeds window, the feed editor and serving feeds from the window."""

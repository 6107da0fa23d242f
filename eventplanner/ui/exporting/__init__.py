"""Exporting from the window: the export dialog and the preview in Outlook's eyes."""

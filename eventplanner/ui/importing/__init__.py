"""Importing from the window: the import dialog, its preview and the undoable import."""

"""The stand at a fair: its window, lists, dialogs and undoable changes."""

"""The main window: its views' frame, menus, navigation, filters and the database it has open."""

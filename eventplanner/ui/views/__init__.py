"""The calendar views of the main window: agenda, month, week and year, each a widget of its own."""

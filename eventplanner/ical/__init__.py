"""iCalendar in and out. Outlook's rules (../shared/OUTLOOK.md) live here and nowhere else.

Imports only the domain: the services hand it plain records and get text back.
"""

"""iCalendar in and out. Outlook's rules (../shared/OUTLOOK.md) live here and nowhere else.

Imports only the domain: the services hand it plain records and get text back.

``event_text`` writes one event's VEVENTs (cacheable by the event's revision),
``calendar_text`` puts them in a VCALENDAR with their VTIMEZONEs (``calendar_data`` the same
as bytes; ``CalendarLayout`` and ``layout_pieces`` in pieces, from each event's text encoded
once, for a feed written again and again), ``export_calendar`` does
both; ``outlook_warnings`` says what Outlook cannot show, and ``preview`` reads an exported
calendar back the way Outlook will.
"""

from eventplanner.ical.calendar import (
    PRODID,
    calendar_data,
    calendar_pieces,
    calendar_text,
    export_calendar,
    layout_pieces,
)
from eventplanner.ical.event_warnings import outlook_warnings
from eventplanner.ical.layout import CalendarLayout, Pieces
from eventplanner.ical.outlook_rules import OutlookWarning
from eventplanner.ical.outlook_series import endless_problem
from eventplanner.ical.preview import PreviewRow, preview
from eventplanner.ical.programme_entries import EntryPerson, ProgrammeEntry, entry_text
from eventplanner.ical.values import CalendarInfo, EventText, ExportOptions, Place
from eventplanner.ical.vevent import event_text

__all__ = [
    "PRODID",
    "CalendarInfo",
    "CalendarLayout",
    "EntryPerson",
    "EventText",
    "ExportOptions",
    "OutlookWarning",
    "Pieces",
    "Place",
    "PreviewRow",
    "ProgrammeEntry",
    "calendar_data",
    "calendar_pieces",
    "calendar_text",
    "endless_problem",
    "entry_text",
    "event_text",
    "export_calendar",
    "layout_pieces",
    "outlook_warnings",
    "preview",
]

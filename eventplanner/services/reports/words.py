"""The funder's report's words in English and Swedish, for its documents (PDF, XLSX, the
command line's table). A report is written in the language chosen for it, not the window's,
so its words are a table of their own (as ``printing.wording`` is for the programme)."""

from __future__ import annotations

from eventplanner.domain.document_words import Language, in_language

WORDS: dict[str, tuple[str, str]] = {
    "report": ("Report", "Rapport"),
    "title": ("Report to the funder", "Rapport till finansiären"),
    "project": ("Project", "Projekt"),
    "funder": ("Funder", "Finansiär"),
    "period": ("Period", "Period"),
    "page": ("Page {n} of {m}", "Sida {n} av {m}"),
    "made": ("Made {day}", "Skapad {day}"),
    "summary": ("Summary", "Sammanfattning"),
    "figure": ("Figure", "Uppgift"),
    "value": ("Value", "Värde"),
    "events_held": ("Events held", "Genomförda evenemang"),
    "public_events": ("Public events", "Öppna evenemang"),
    "closed_events": ("Closed events", "Slutna evenemang"),
    "hours": ("Hours", "Timmar"),
    "days": ("Days", "Dagar"),
    "seats": ("Registrations (seats taken)", "Anmälningar (platser)"),
    "attended": ("Participations attended", "Deltaganden (närvarande)"),
    "people_registered": ("Unique people registered", "Unika anmälda personer"),
    "people": ("Unique people reached", "Unika personer som deltog"),
    "organisations": ("Unique organisations reached", "Unika organisationer som deltog"),
    "sessions": ("Sessions", "Programpunkter"),
    "speakers": ("Speakers", "Talare"),
    "events": ("Events by kind", "Evenemang per typ"),
    "kind": ("Kind", "Typ"),
    "count": ("Events", "Evenemang"),
    "public": ("Public", "Öppna"),
    "closed": ("Closed", "Slutna"),
    "registered": ("Registered", "Anmälda"),
    "attended_short": ("Attended", "Deltog"),
    "total": ("Total", "Totalt"),
    "registrations": ("Registrations by status", "Anmälningar per status"),
    "status": ("Status", "Status"),
    "number": ("Number", "Antal"),
    "actor": ("Reach by actor type", "Räckvidd per aktörstyp"),
    "organisation_type": ("Reach by organisation type", "Räckvidd per organisationstyp"),
    "size": ("Reach by company size", "Räckvidd per företagsstorlek"),
    "country": ("Reach by country", "Räckvidd per land"),
    "actor_head": ("Actor type", "Aktörstyp"),
    "organisation_type_head": ("Organisation type", "Organisationstyp"),
    "size_head": ("Size", "Storlek"),
    "country_head": ("Country", "Land"),
    "people_head": ("People", "Personer"),
    "organisations_head": ("Organisations", "Organisationer"),
    "none": ("(none given)", "(ej angivet)"),
    "budget": ("Budget (SEK)", "Budget (kr)"),
    "item": ("Item", "Post"),
    "planned": ("Planned", "Budgeterat"),
    "actual": ("Actual", "Utfall"),
    "costs": ("Costs", "Kostnader"),
    "income": ("Income", "Intäkter"),
    "net": ("Net", "Netto"),
    "per_participant": ("Costs per participant", "Kostnad per deltagare"),
    "own_left_out": (
        "Project's own costs, not counted (only over its whole run)",
        "Projektets egna kostnader, ej medräknade (endast över hela projekttiden)",
    ),
    "targets": ("Targets", "Mål"),
    "target": ("Target", "Mål"),
    "what": ("Counts", "Räknar"),
    "goal": ("Goal", "Målvärde"),
    "progress": ("Progress %", "Uppfyllt %"),
    "no_targets": ("No targets set.", "Inga mål satta."),
    "chart": ("Attended by kind of event", "Deltagare per typ av evenemang"),
    "chart_targets": ("Progress against targets", "Uppfyllelse av målen"),
    "all_kinds": ("all kinds", "alla typer"),
}

VALUES: dict[str, tuple[str, str]] = {
    # event kinds
    "trade_fair": ("Trade fair", "Mässa"),
    "launch": ("Launch", "Lansering"),
    "innovation_day": ("Innovation day", "Innovationsdag"),
    "course": ("Course", "Kurs"),
    "seminar": ("Seminar", "Seminarium"),
    "workshop": ("Workshop", "Workshop"),
    "webinar": ("Webinar", "Webbinarium"),
    "network_meeting": ("Network meeting", "Nätverksmöte"),
    "other": ("Other", "Övrigt"),
    # registration statuses
    "registered": ("Registered", "Anmäld"),
    "waitlisted": ("Waitlisted", "Väntelista"),
    "cancelled": ("Cancelled", "Avanmäld"),
    "attended": ("Attended", "Deltog"),
    "no_show": ("No-show", "Uteblev"),
    # actor types
    "industry": ("Industry", "Näringsliv"),
    "academia": ("Academia", "Akademi"),
    "research_institute": ("Research institute", "Forskningsinstitut"),
    "public_sector": ("Public sector", "Offentlig sektor"),
    "civil_society": ("Civil society", "Civilsamhälle"),
    # organisation types
    "member_company": ("Member company", "Medlemsföretag"),
    "partner": ("Partner", "Partner"),
    "university_or_institute": ("University or institute", "Universitet eller institut"),
    "trade_fair_organiser": ("Trade-fair organiser", "Mässarrangör"),
    "funder": ("Funder", "Finansiär"),
    # sizes
    "sme": ("SME", "SMF"),
    "large": ("Large company", "Stort företag"),
    # target kinds
    "events_held": ("Events held", "Genomförda evenemang"),
    "public_events": ("Public events", "Öppna evenemang"),
    "closed_events": ("Closed events", "Slutna evenemang"),
    "hours": ("Hours", "Timmar"),
    "registrations": ("Registrations", "Anmälningar"),
    "participants": ("Participants (attended)", "Deltagare (närvarande)"),
    "unique_people": ("Unique people", "Unika personer"),
    "organisations": ("Organisations reached", "Nådda organisationer"),
    "companies": ("Companies reached", "Nådda företag"),
    "smes": ("SMEs reached", "Nådda SMF"),
    "sessions": ("Sessions", "Programpunkter"),
    "speakers": ("Speakers", "Talare"),
}


def word(key: str, language: Language, **values: object) -> str:
    return in_language(WORDS[key], language).format(**values)


def value_word(value: str, language: Language, *, breakdown: str = "") -> str:
    """A stored value's name ("industry", "sme", "seminar"); a country as its code; "" as
    "(none given)". ``breakdown`` "actor" makes "other" an actor's, as any other."""
    if not value:
        return word("none", language)
    if breakdown == "country":
        return value
    pair = VALUES.get(value)
    return value.replace("_", " ") if pair is None else in_language(pair, language)

"""Take the README's screenshots of the desktop app with the sample database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py

Writes resources/screenshots/{agenda,month,week,year,venues,feeds,export-preview,
event-dialog,import}.png from a fresh sample year. With ``--svenska`` it writes only
svenska.png instead: the month of the busy week in Swedish; with ``--import`` only
import.png: the import dialog on two real files of the shared test data, one of them
imported already; with ``--conflicts`` only conflicts.png: the Conflicts window on the
sample year with a subscribed calendar of the region's events (some at the same time as the
sample's), two events planned on days off, and one conflict accepted with a reason; with
``--programme`` only programme-pdf.png (the first page of the innovation days' printed
programme, drawn by the painting code that writes the PDF) and print-dialog.png.
``--timetable`` only timetable.png: the programme window on the innovation days' second day.
``--tasks`` only tasks-view.png (View → Tasks… on the sample's tasks from its playbooks) and
tasks-month.png (the month with its deadline badges, the reminder and the status bar's counts).
``--rota`` only rota.png: the rota window (View → Rota…) on the next Västerås fair, still
being planned, its last day chosen (an afternoon one short).
``--playbooks`` only playbook-editor.png: View → Edit playbooks… on the team's copy of the
trade fair's playbook, its tasks written in Swedish, a task counted from another chosen.
``--stand`` only stand.png (the stand of the next Västerås fair: its co-exhibitors) and
stand-deadlines.png (its deadlines, the last week's overdue).
``--budget`` only budget.png: the budget (View → Budget…) of the last fair held, its actual
amounts in, a co-exhibitor's share chosen (where it comes from, below).
``--participants`` only participants.png: View → Participants… on the sample's next event
full with a waitlist, one cancellation's promotion just made (whom to tell, below).
``--checkin`` only checkin.png: View → Check-in… on the same event at the door, a few
arrived, "an" typed in the search.
``--sheets`` only participants-import.png and participants-import-problems.png: Import… on
the participants of that seminar, a web form's list previewed (its columns guessed from
the Swedish headers, a duplicate merged, some to the waitlist), then a list with a
malformed e-mail address and a date that is none (Import disabled, each row named).
``--personal-data`` only personal_data.png: Manage → Personal data… with a person found and
everything held about them, and the retention previewed (participants of past events).
``--reports`` only reports.png (View → Reports… on the steel project, the people behind its
seminars' attendance listed) and report_page.png (the first page of its PDF, in Swedish):
see tools/report_shots.py.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from eventplanner.app.desktop import build
from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.sample import build_sample
from eventplanner.services.workspace import Workspace
from eventplanner.ui.language import install as install_language

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots"
sys.path.insert(0, str(ROOT))  # the shared test data is found as the tests find it
from tests.shared_tools import TESTDATA_ICS  # noqa: E402
from tools.report_shots import report_shots, steel_project  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv)
    swedish = "--svenska" in sys.argv[1:]
    import_only = "--import" in sys.argv[1:]
    conflicts_only = "--conflicts" in sys.argv[1:]
    programme_only = "--programme" in sys.argv[1:]
    timetable_only = "--timetable" in sys.argv[1:]
    tasks_only = "--tasks" in sys.argv[1:]
    rota_only = "--rota" in sys.argv[1:]
    playbooks_only = "--playbooks" in sys.argv[1:]
    stand_only = "--stand" in sys.argv[1:]
    budget_only = "--budget" in sys.argv[1:]
    participants_only = "--participants" in sys.argv[1:]
    checkin_only = "--checkin" in sys.argv[1:]
    sheets_only = "--sheets" in sys.argv[1:]
    personal_only = "--personal-data" in sys.argv[1:]
    reports_only = "--reports" in sys.argv[1:]
    if swedish:
        install_language(app, "sv")
    folder = Path(tempfile.mkdtemp(prefix="eventplanner-shots-"))
    database = folder / "sample.sqlite"
    workspace = Workspace.open(database)
    build_sample(workspace)
    if conflicts_only:
        conflicts_first = with_conflicts(workspace, folder)
    if playbooks_only:
        with_own_playbook(workspace)
    if participants_only or checkin_only or sheets_only or personal_only:
        seminar_id = with_registrations(workspace)
    if checkin_only:
        at_the_door(workspace, seminar_id)
    if personal_only:
        person = with_past_registrations(workspace)
    if reports_only:
        steel = steel_project(workspace)
    workspace.close()
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window, planner = build(store, str(database))
    window.resize(1280, 800)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    steps = []

    def later(step):  # type: ignore[no-untyped-def]
        steps.append(step)

    def run_next() -> None:
        if planner.busy:
            QTimer.singleShot(100, run_next)
            return
        if not steps:
            app.quit()
            return
        steps.pop(0)()
        QTimer.singleShot(600, run_next)

    # The week of next January's innovation days: the sample's busiest.
    today = date.today()  # noqa: DTZ011 - the sample is built around the local today
    busy = date.fromisocalendar(today.year + (today.month > 1), 4, 3)
    if swedish:
        later(window.window_actions.show_month.trigger)
        later(lambda: window.calendar.clicked.emit(QDate(busy.year, busy.month, busy.day)))
        later(lambda: window.grab().save(str(OUT / "svenska.png")))
    elif import_only:
        import_shots(window, later)
    elif conflicts_only:
        conflict_shots(window, later, conflicts_first)
    elif programme_only:
        programme_shots(window, planner, later, database)
    elif timetable_only:
        timetable_shots(window, planner, later, busy)
    elif tasks_only:
        task_shots(window, later)
    elif rota_only:
        rota_shots(window, planner, later)
    elif playbooks_only:
        playbook_shots(window, later)
    elif stand_only:
        stand_shots(window, planner, later)
    elif budget_only:
        budget_shots(window, planner, later)
    elif participants_only:
        participant_shots(window, later, seminar_id)
    elif checkin_only:
        checkin_shots(window, later, seminar_id)
    elif sheets_only:
        sheet_shots(window, later, seminar_id, folder)
    elif personal_only:
        personal_data_shots(window, later, person)
    elif reports_only:
        report_shots(window, later, steel, OUT)
    else:
        english_shots(window, later, busy)
        import_shots(window, later)
    QTimer.singleShot(1500, run_next)
    status = app.exec()
    planner.close()
    return status


def english_shots(window, later, busy: date) -> None:  # type: ignore[no-untyped-def]
    """The README's pictures, in the order they are taken."""
    later(lambda: window.grab().save(str(OUT / "agenda.png")))
    later(window.window_actions.show_month.trigger)
    later(lambda: window.grab().save(str(OUT / "month.png")))
    later(window.window_actions.show_week.trigger)
    later(lambda: window.calendar.clicked.emit(QDate(busy.year, busy.month, busy.day)))
    later(lambda: window.grab().save(str(OUT / "week.png")))
    later(window.window_actions.show_year.trigger)  # the year of that busy week
    later(lambda: window.grab().save(str(OUT / "year.png")))
    later(window.window_actions.manage_venues.trigger)

    def venues_shot() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowTitle() == "Venues":
                widget.resize(900, 560)
                widget.grab().save(str(OUT / "venues.png"))
                widget.close()

    later(venues_shot)
    feed_shots(window, later)
    later(window.window_actions.new_event.trigger)

    def dialog_shot() -> None:
        dialog = window.editing.dialog
        if dialog is not None:
            dialog.form.title_edit.setText("Frukostmöte: AI i verkstadsindustrin")
            QTimer.singleShot(300, lambda: dialog.grab().save(str(OUT / "event-dialog.png")))
            # Closed without its question about the typed title: it would wait for an answer.
            QTimer.singleShot(500, lambda: dialog.done(0))

    later(dialog_shot)


def feed_shots(window, later) -> None:  # type: ignore[no-untyped-def]
    """The feeds window while serving, and a feed's preview in Outlook's eyes."""
    window.feeds.serving.port = 0  # any free port: the shot shows a link either way
    later(window.window_actions.serve_feeds.trigger)
    later(window.window_actions.manage_feeds.trigger)

    def feeds_shot() -> None:
        feeds = window.feeds.dialog
        if feeds is not None:
            feeds.select_feed("Öppna evenemang")
            feeds.resize(1100, 520)
            QTimer.singleShot(300, lambda: feeds.grab().save(str(OUT / "feeds.png")))

    later(feeds_shot)
    later(lambda: window.feeds.dialog and window.feeds.dialog.preview())

    def preview_shot() -> None:
        feeds = window.feeds.dialog
        preview = getattr(feeds, "preview_dialog", None)
        if preview is not None:
            preview.resize(1240, 560)
            QTimer.singleShot(300, lambda: preview.grab().save(str(OUT / "export-preview.png")))
            QTimer.singleShot(500, preview.close)
            QTimer.singleShot(600, feeds.close)

    later(preview_shot)
    later(lambda: window.window_actions.serve_feeds.trigger())


def import_shots(window, later) -> None:  # type: ignore[no-untyped-def]
    """The import dialog previewing a partner's file and a site's, the site's imported
    already: new events, unchanged ones greyed, warnings tinted."""
    site = TESTDATA_ICS / "rie__discourse_no_dtend.ics"  # an event site's, without DTEND
    partner = TESTDATA_ICS / "rie__fablab_cottbus.ics"  # a WordPress calendar's
    if not site.exists() or not partner.exists():
        print(f"No test data in {TESTDATA_ICS}: import.png not taken", file=sys.stderr)
        return
    later(lambda: window.imports.open_dialog([site]))
    later(lambda: window.imports.dialog and window.imports.dialog.start_import())
    later(lambda: window.imports.open_dialog([site, partner]))

    def import_shot() -> None:
        dialog = window.imports.dialog
        if dialog is not None:
            QTimer.singleShot(300, lambda: dialog.grab().save(str(OUT / "import.png")))
            QTimer.singleShot(500, dialog.close)

    later(import_shot)


def with_conflicts(workspace: Workspace, folder: Path) -> date:
    """The region's calendar (subscribed) with events at the same time as four of the
    sample's, two events on days off, one conflict accepted; the first day to show."""
    from datetime import UTC, datetime, timedelta

    from eventplanner.domain.filters import TimeWindow
    from eventplanner.domain.holidays import swedish_days_off
    from eventplanner.domain.model import EventDraft
    from eventplanner.domain.timing import TimedSpan

    today = date.today()  # noqa: DTZ011 - the sample is built around the local today
    year = today.year + (today.month > 1)
    window = TimeWindow.days(date(year, 1, 1), date(year, 12, 31))
    found = [o for o in workspace.queries.occurrences(window) if not o.timing.all_day]
    chosen = found[2 : len(found) : max(1, len(found) // 4)][:4]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Regionen//Evenemang//SV"]
    titles = ["Regionala tillväxtdagen", "Företagarfrukost", "Energiforum Norr",
              "Investerarträff"]  # fmt: skip
    places = ["Umeå Folkets Hus", "Stadshuset", "Aula Nordica", "Science Park"]
    for number, (occurrence, title, place) in enumerate(zip(chosen, titles, places, strict=False)):
        start = occurrence.timing.utc_bounds()[0] - timedelta(hours=1)
        stamp = "%Y%m%dT%H%M%SZ"
        lines += ["BEGIN:VEVENT", f"UID:region-{number}@example.org",
                  f"DTSTAMP:{datetime.now(UTC):{stamp}}", f"DTSTART:{start:{stamp}}",
                  f"DTEND:{start + timedelta(hours=3):{stamp}}", f"SUMMARY:{title}",
                  f"LOCATION:{place}", "END:VEVENT"]  # fmt: skip
    lines.append("END:VCALENDAR")
    region = folder / "regionen.ics"
    region.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    workspace.subscriptions.subscribe("Regionens evenemang", str(region))
    days = swedish_days_off(year)
    ascension = next(d for d, (name, _eve) in days.items() if name.startswith("Kristi"))
    midsummer = next(d for d, (name, eve) in days.items() if eve and name.startswith("Mids"))
    stockholm = "Europe/Stockholm"
    for title, day in (("Styrgruppsmöte", ascension + timedelta(days=1)),
                       ("Sommarmingel för medlemmar", midsummer)):  # fmt: skip
        start = datetime(day.year, day.month, day.day, 14, tzinfo=UTC)
        workspace.events.create(
            EventDraft(title, TimedSpan(start, start + timedelta(hours=2), stockholm))
        )
    booked = next(o for o in reversed(found) if o.venue_id is not None)
    start, end = booked.timing.utc_bounds()
    workspace.events.create(EventDraft("Styrelsemöte", TimedSpan(start + timedelta(hours=1),
                                       end + timedelta(hours=1), stockholm),
                                       venue_id=booked.venue_id))  # fmt: skip
    listed = workspace.conflicts.conflicts(window)
    if listed:
        workspace.conflicts.accept(listed[0].key, "Known; the region's guests come to ours too",
                                   window=window)  # fmt: skip
    return date(year, 1, 1)


def conflict_shots(window, later, first: date) -> None:  # type: ignore[no-untyped-def]
    later(window.window_actions.show_conflicts.trigger)

    def shown():  # type: ignore[no-untyped-def]
        return window.commands.conflicts.conflicts

    later(lambda: shown() and shown().resize(1280, 470))
    later(lambda: shown() and shown().set_period(first, date(first.year, 12, 31)))
    later(lambda: shown() and shown().select_row(2))
    later(lambda: shown() and shown().grab().save(str(OUT / "conflicts.png")))


def programme_shots(window, planner, later, database: Path) -> None:  # type: ignore[no-untyped-def]
    from eventplanner.printing import documents
    from eventplanner.printing.render import page_image
    from eventplanner.ui.printing.print_dialog import PrintDialog

    title = "Innovationsdagarna Västerås 2027"
    workspace = Workspace.open(database)
    ((event_id, _),) = workspace.programme.events_titled(title)
    printable = documents.load(workspace, event_id)
    workspace.close()
    document = documents.document(printable, documents.Choice())
    page_image(document, 1, dpi=110).save(str(OUT / "programme-pdf.png"))
    made = []

    def open_dialog() -> None:
        made.append(PrintDialog(planner, event_id, title, window))
        made[0].show()

    later(open_dialog)
    later(lambda: made[0].grab().save(str(OUT / "print-dialog.png")))


def timetable_shots(window, planner, later, busy: date) -> None:  # type: ignore[no-untyped-def]
    """The programme of the innovation days (View → Programme…), their second day."""
    shown = []

    def open_programme() -> None:
        title = f"Innovationsdagarna Västerås {busy.year}"
        event_id = planner.workspace.programme.events_titled(title)[0][0]
        made = window.commands.show_programme(event_id)
        made.resize(1280, 860)
        shown.append(made)

    def select() -> None:
        made = shown[0]
        made.show_day(busy)
        pitch = next(s for s in made.programme.sessions
                     if s.start.date() == busy and s.title.startswith("Pitch"))  # fmt: skip
        made.view.select(pitch.id)

    later(open_programme)
    later(select)
    later(lambda: shown[0].grab().save(str(OUT / "timetable.png")))


def task_shots(window, later) -> None:  # type: ignore[no-untyped-def]
    """The month with its deadline badges and the reminder, then the Tasks view."""
    later(window.window_actions.show_month.trigger)
    later(window.window_actions.today.trigger)
    later(lambda: window.grab().save(str(OUT / "tasks-month.png")))

    def open_tasks() -> None:
        made = window.commands.tasks.show_tasks()
        made.resize(1180, 760)

    def chosen() -> None:
        made = window.commands.tasks.tasks
        model = made.model
        from PySide6.QtWidgets import QAbstractItemView

        headings = [r for r in range(model.rowCount()) if model.is_heading(r)]
        today = model.index(headings[1] if len(headings) > 1 else 0, 0)  # overdue above it
        made.table.setCurrentIndex(model.index(today.row() + 1, 0))
        made.table.scrollTo(today, QAbstractItemView.ScrollHint.PositionAtCenter)
        made.table.setFocus()

    later(open_tasks)
    later(chosen)
    later(lambda: window.commands.tasks.tasks.grab().save(str(OUT / "tasks-view.png")))


OWN_PLAYBOOK = "Vår monter på mässan"


def with_own_playbook(workspace: Workspace) -> None:
    """The team's copy of the trade fair's playbook, its tasks written in Swedish."""
    from dataclasses import replace

    copied = workspace.playbooks.copy("Trade fair with a shared stand", OWN_PLAYBOOK)
    playbook = copied.stored.playbook
    workspace.playbooks.edit(OWN_PLAYBOOK, replace(playbook, language="sv"))


def playbook_shots(window, later) -> None:  # type: ignore[no-untyped-def]
    """View → Edit playbooks… on the team's own playbook, a task counted from another."""

    def open_playbooks() -> None:
        window.window_actions.show_playbooks.trigger()
        made = window.commands._playbooks
        made.resize(1600, 860)
        made.choose(OWN_PLAYBOOK)

    def chosen() -> None:
        made = window.commands._playbooks
        from eventplanner.ui.playbooks.template_model import TemplateColumn

        made.choose_template("co-exhibitors-confirmed", TemplateColumn.REF)
        made.table.setFocus()

    later(open_playbooks)
    later(chosen)
    later(lambda: window.commands._playbooks.grab().save(str(OUT / "playbook-editor.png")))


def rota_shots(window, planner, later) -> None:  # type: ignore[no-untyped-def]
    """The rota of the next Västerås fair (View → Rota…) on its last open day."""
    shown = []

    def open_rota() -> None:
        today = date.today()  # noqa: DTZ011 - the sample is built around the local today
        for year in (today.year, today.year + 1):
            found = planner.workspace.programme.events_titled(f"Automationsmässan Västerås {year}")
            if found and planner.workspace.rota.rota(found[0][0]).warnings:
                made = window.commands.show_rota(found[0][0])
                made.resize(1240, 760)
                shown.append(made)
                return

    def select() -> None:
        made = shown[0]
        short = next(w for w in made.rota.warnings if w.shift_ids)
        made.choose_shift(short.shift_ids[0])

    later(open_rota)
    later(select)
    later(lambda: shown[0].grab().save(str(OUT / "rota.png")))


def stand_shots(window, planner, later) -> None:  # type: ignore[no-untyped-def]
    """The stand of the next Västerås fair (View → Stand…): its co-exhibitors; then the
    deadlines of a stand with one overdue (the sample's last week's are still open)."""
    shown = []
    today = date.today()  # noqa: DTZ011 - the sample is built around the local today

    def open_stand() -> None:
        workspace = planner.workspace
        for year in (today.year, today.year + 1):
            found = workspace.programme.events_titled(f"Automationsmässan Västerås {year}")
            days = found and workspace.stand.stand(found[0][0]).open_days
            if days and days[0].day >= today:
                made = window.commands.show_stand(found[0][0])
                made.resize(1180, 760)
                shown.append(made)
                return

    def overdue_deadlines() -> None:
        workspace = planner.workspace
        fairs = [o.event_id for o in workspace.queries.occurrences(
            TimeWindow.days(today - timedelta(days=120), today + timedelta(days=365)),
            EventFilter(kinds=frozenset({EventKind.TRADE_FAIR})),
        )]  # fmt: skip
        late = next((i for i in dict.fromkeys(fairs)
                     if any(not d.done and d.due < today
                            for d in workspace.stand.stand(i).deadlines)), None)  # fmt: skip
        if late is not None:
            shown[0].close()
            made = window.commands.show_stand(late)
            made.resize(1180, 760)
            shown[0] = made
        shown[0].tabs.setCurrentWidget(shown[0].deadline_page)

    later(open_stand)
    later(lambda: shown[0].exhibitor_page.table.selectRow(0))
    later(lambda: shown[0].grab().save(str(OUT / "stand.png")))
    later(overdue_deadlines)
    later(lambda: shown[0].grab().save(str(OUT / "stand-deadlines.png")))


def budget_shots(window, planner, later) -> None:  # type: ignore[no-untyped-def]
    """The budget of the last fair held (its actuals in), a co-exhibitor's share chosen."""
    shown = []
    today = date.today()  # noqa: DTZ011 - the sample is built around the local today

    def open_budget() -> None:
        workspace = planner.workspace
        fairs = [o for o in workspace.queries.occurrences(
            TimeWindow.days(today - timedelta(days=200), today),
            EventFilter(kinds=frozenset({EventKind.TRADE_FAIR})),
        ) if workspace.budget.event_budget(o.event_id).lines]  # fmt: skip
        made = window.commands.show_budget(fairs[-1].event_id)
        made.resize(1180, 620)
        shown.append(made)

    def choose_share() -> None:
        budget = shown[0].budget
        shown[0].table.selectRow(len(budget.typed))

    later(open_budget)
    later(choose_share)
    later(lambda: shown[0].grab().save(str(OUT / "budget.png")))


def with_registrations(workspace: Workspace) -> int:
    """The next event of the sample that is full with a waitlist (the sample's own
    registrations), one of those with a seat just cancelled and the first waiting promoted."""
    today = date.today()  # noqa: DTZ011 - the sample is built around the local today
    ahead = dict.fromkeys(
        o.event_id for o in workspace.queries.occurrences(
            TimeWindow.days(today, today + timedelta(days=200))
        )
    )  # fmt: skip
    counts = workspace.registrations.counts(list(ahead))
    event_id = next(i for i in ahead if counts[i].waiting)
    lines = workspace.registrations.registrations(event_id).lines
    seated = next(x for x in lines if x.registration.status.value == "registered")
    workspace.registrations.cancel(event_id, seated.registration.contact_id)
    return event_id


def participant_shots(window, later, event_id: int) -> None:  # type: ignore[no-untyped-def]
    shown = []

    def open_participants() -> None:
        made = window.commands.show_participants(event_id)
        made.resize(1180, 640)
        shown.append(made)

    later(open_participants)
    later(lambda: shown[0].table.scrollToBottom())  # the waitlist and the cancelled
    later(lambda: shown[0].grab().save(str(OUT / "participants.png")))


def at_the_door(workspace: Workspace, event_id: int) -> None:
    """Three more of the seminar's registered arrived, one of them a walk-in."""
    from eventplanner.domain.model import Contact
    from eventplanner.domain.registrations import RegistrationStatus

    listed = workspace.registrations.registrations(event_id)
    registered = [line for line in listed.lines
                  if line.registration.status is RegistrationStatus.REGISTERED]  # fmt: skip
    workspace.registrations.attend_many(
        event_id, [line.registration.contact_id for line in registered[1:4]]
    )
    workspace.registrations.register_new(event_id, Contact(None, "Anneli Sjöberg",
                                         "anneli.sjoberg@example.se"),
                                         status=RegistrationStatus.ATTENDED)  # fmt: skip


def checkin_shots(window, later, event_id: int) -> None:  # type: ignore[no-untyped-def]
    shown = []

    def open_checkin() -> None:
        made = window.commands.show_checkin(event_id)
        made.resize(1040, 560)
        shown.append(made)

    def type_letters() -> None:
        shown[0].search.setText("an")

    later(open_checkin)
    later(type_letters)
    later(lambda: shown[0].grab().save(str(OUT / "checkin.png")))


FORM_LIST = (
    "Tidsstämpel;Förnamn;Efternamn;E-postadress;Företag;Organisationsnummer;Titel/Roll;"
    "Kost/Allergier\n"
    "2026-11-02 08:14;Karin;Åström;karin.astrom@hitachienergy.example;Hitachi Energy;556029-7813;"
    "Utvecklingsingenjör;\n"
    "2026-11-02 09:40;Jonas;Lindqvist;jonas.lindqvist@mdu.example;Mälardalens universitet;;Lektor;"
    "Vegetarisk\n"
    """2026-11-03 13:05;Sofia;Ek;sofia.ek@northvolt.example;Northvolt;;Produktionschef;Laktosfri
2026-11-03 16:22;Ahmed;Karimi;ahmed@robotdalen.example;Robotdalen;;Projektledare;
2026-11-04 10:11;Karin;Åström;Karin.Astrom@hitachienergy.example;;;;Glutenfri
2026-11-05 07:58;Maria;Sjöberg;maria.sjoberg@vasteras.example;Västerås stad;;Näringslivsutvecklare;
2026-11-05 11:30;Erik;Holm;erik.holm@abb.example;ABB;;Automationsingenjör;Nötallergi
"""
)


def sheet_shots(window, later, event_id: int, folder: Path) -> None:  # type: ignore[no-untyped-def]
    shown = []
    good = folder / "anmälningar-robotseminarium.csv"
    good.write_text(FORM_LIST, encoding="utf-8-sig")
    bad = folder / "anmälningar-med-fel.csv"
    bad.write_text(FORM_LIST.replace("sofia.ek@northvolt.example", "sofia.ek(at)northvolt.example")
                   .replace("2026-11-05 07:58", "i förrgår"), encoding="cp1252")  # fmt: skip

    def open_participants() -> None:
        made = window.commands.show_participants(event_id)
        made.resize(1180, 640)
        made.sheets.dialog_opened.connect(shown.append)
        shown.append(made)

    def import_file(path: Path) -> None:
        shown[0].sheets.open_chooser = lambda _suggested: (str(path), "")
        shown[0].sheets.import_list()

    def save(name: str) -> None:
        dialog = shown[-1]
        dialog.resize(900, 660)
        dialog.grab().save(str(OUT / name))
        dialog.reject()

    later(open_participants)
    later(lambda: import_file(good))
    later(lambda: None)
    later(lambda: save("participants-import.png"))
    later(lambda: import_file(bad))
    later(lambda: None)
    later(lambda: save("participants-import-problems.png"))


def with_past_registrations(workspace: Workspace) -> str:
    """The sample's people at the events already held (some with needs), one of them also
    on the next seminar: whom the Personal data window is shown on (by e-mail)."""
    from eventplanner.domain.errors import ValidationError
    from eventplanner.domain.registrations import RegistrationStatus

    today = date.today()  # noqa: DTZ011 - the sample is built around the local today
    held = [o for o in workspace.queries.occurrences(
        TimeWindow.days(today - timedelta(days=400), today - timedelta(days=2)), EventFilter(),
    ) if o.recurrence_id is None][:4]  # fmt: skip
    from eventplanner.domain.model import Contact

    known = [c for c in workspace.contacts.list() if c.email]
    made = [
        workspace.contacts.create(Contact(None, name, email, title="Deltagare"))
        for name, email in (("Lena Wik", "lena.wik@example.se"), ("Omar Said", "omar@example.se"),
                            ("Pia Nyström", "pia@example.se"), ("Rune Ek", "rune@example.se"))
    ]  # fmt: skip
    people = [known[4], *made, *known[15:]]  # the next seminar's registered the first 15
    for n, occurrence in enumerate(held):
        for person in people[n : n + 8]:
            try:
                workspace.registrations.register(
                    occurrence.event_id, person.id or 0, status=RegistrationStatus.ATTENDED,
                    needs="Vegetarian" if (person.id or 0) % 3 == 0 else "",
                )  # fmt: skip
            except ValidationError:  # already on it: the next one
                continue
    return people[0].email


def personal_data_shots(window, later, email: str) -> None:  # type: ignore[no-untyped-def]
    shown = []

    def open_window() -> None:
        made = window.commands.show_personal_data()
        made.resize(1180, 860)
        made.search.setText(email)
        made.retention.months.setValue(2)
        shown.append(made)

    def choose() -> None:
        shown[0].people.selectRow(0)
        shown[0].retention.preview_button.click()

    later(open_window)
    later(choose)
    later(lambda: shown[0].grab().save(str(OUT / "personal_data.png")))


if __name__ == "__main__":
    sys.exit(main())

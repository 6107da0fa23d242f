"""The printed programme read back with pypdf: its pages, each session's title once on its
day's page with its time and speakers (never split across a page break), the header's
event, day and "page n of m", the run sheet's cues and phone numbers, a door sheet and a
person's run sheet, in English and Swedish; and `eventplanner programme EVENT --pdf`."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest

from eventplanner.cli import main
from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.programme import Session, Target
from eventplanner.domain.timing import TimedSpan
from eventplanner.printing import documents, wording
from eventplanner.printing.documents import Choice, DocumentKind, Printable
from eventplanner.printing.render import page_image, write_pdf
from eventplanner.services.programme.releases import NotReleasedError
from eventplanner.services.workspace import Workspace
from tests.copies import Templates, sqlite_copy
from tests.printing.big_programme import big_printable

TODAY = date(2026, 11, 18)
DAYS = "Innovationsdagarna Västerås 2027"


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pages_of(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(path).pages]


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Path:
    """The sample year: a copy of the run's (built once, tests/copies.py)."""
    path = tmp_path_factory.mktemp("printing") / "sample.sqlite"
    sqlite_copy(templates, path, "sample_year", TODAY)
    return path


@pytest.fixture
def printable(sample_file: Path) -> Iterator[Printable]:
    workspace = Workspace.open(sample_file)
    try:
        ((event_id, _),) = workspace.programme.events_titled(DAYS)
        yield documents.load(workspace, event_id)
    finally:
        workspace.close()


def write(qapp, printable: Printable, tmp_path: Path, **choice: object) -> list[str]:
    path = tmp_path / "out.pdf"
    count = write_pdf(documents.document(printable, Choice(**choice)), path)
    pages = pages_of(path)
    assert len(pages) == count
    return pages


def check_programme(printable: Printable, pages: list[str], language: str = "en") -> None:
    programme = printable.programme
    for n, page in enumerate(pages, start=1):
        assert page.startswith(flat(wording.word("page", language, n=n, m=len(pages))))
        assert flat(programme.event.title) in page
    for session in programme.sessions:
        day = flat(wording.day(session.start.date(), language))
        title = flat(session.title)
        found = [n for n, page in enumerate(pages) if title in page]
        assert found, session.title
        same = [s for s in programme.sessions if title in flat(s.title)]
        if not session.kind.is_pause:  # a lunch is also named as a kind
            assert sum(page.count(title) for page in pages) == len(same), session.title
        # On its own day's page, whole: its time and its speakers on the same page.
        span = f"{session.start:%H:%M}–{session.end:%H:%M}"
        people = [
            flat(printable.people[p.contact_id].name)
            for p in programme.people_on(Target.SESSION, session.id or 0)
            if p.confirmation.value != "declined"
        ]
        assert any(
            day in pages[n] and span in pages[n] and all(p in pages[n] for p in people)
            for n in found
        ), session.title


def test_the_programme_is_a_day_a_page_with_every_session_once(qapp, printable, tmp_path):
    pages = write(qapp, printable, tmp_path)
    assert len(pages) == 3  # three days, each fits a page
    check_programme(printable, pages)
    assert "Scen 1, studion" in pages[0] and "Digital scen" in pages[0]
    assert "Åsa Lindqvist, Automationsklustret Västerås" in pages[0]  # with organisation


def test_the_programme_in_swedish_on_a3(qapp, printable, tmp_path):
    pages = write(qapp, printable, tmp_path, paper="A3", language="sv")
    check_programme(printable, pages, "sv")
    assert "Program · tisdag 26 januari 2027" in pages[0]
    assert "Sida 1 av 3" in pages[0]


def test_a_day_that_does_not_fit_continues_on_the_next_page(qapp, tmp_path):
    printable = big_printable(500, days=3, stages=6)
    pages = write(qapp, printable, tmp_path)
    assert len(pages) > 3
    check_programme(printable, pages)
    assert any("(continued)" in page for page in pages)
    mediabox = pypdf.PdfReader(tmp_path / "out.pdf").pages[0].mediabox
    assert mediabox.width > mediabox.height  # six stages side by side: landscape


def test_the_run_sheet_has_cues_changeovers_and_phone_numbers(qapp, printable, tmp_path):
    pages = write(qapp, printable, tmp_path, kind=DocumentKind.RUN_SHEET)
    text = " ".join(pages)
    assert "Run sheet · Tuesday 26 January 2027" in pages[0]
    assert "Crew: " in pages[0] and "(stream operator)" in pages[0]
    assert "Changeover, 15 min" in text
    assert "Microphones: 4" in text  # the panel: a moderator and three panellists
    assert "Stream live: https://live.automationsklustret.se/" in text
    for person in printable.people.values():
        if person.phone:
            assert person.phone in text
    for session in printable.programme.sessions:
        assert flat(session.title) in text


def test_a_door_sheet_holds_only_its_stage(qapp, printable, tmp_path):
    stage = printable.programme.stages[1]
    pages = write(qapp, printable, tmp_path, kind=DocumentKind.DOOR_SHEET, stage_id=stage.id,
                  language="sv")  # fmt: skip
    text = " ".join(pages)
    assert f"Dörrskylt: {stage.name}" in pages[0]
    for session in printable.programme.sessions:
        assert (flat(session.title) in text) == (session.stage_id == stage.id), session.title
    with pytest.raises(NotFoundError):
        documents.document(printable, Choice(DocumentKind.DOOR_SHEET, stage_id=999))


def test_a_persons_run_sheet_holds_their_sessions(qapp, printable, tmp_path):
    programme = printable.programme
    panel = next(s for s in programme.sessions if s.title.startswith("Panel"))
    person = programme.people_on(Target.SESSION, panel.id or 0)[1]
    pages = write(qapp, printable, tmp_path, kind=DocumentKind.PERSON,
                  contact_id=person.contact_id)  # fmt: skip
    text = " ".join(pages)
    assert f"Run sheet for {person.contact_name}" in pages[0]
    theirs = {p.target_id for p in programme.people
              if p.target is Target.SESSION and p.contact_id == person.contact_id}  # fmt: skip
    for session in programme.sessions:
        assert (flat(session.title) in text) == (session.id in theirs), session.title
    with pytest.raises(NotFoundError):
        documents.document(printable, Choice(DocumentKind.PERSON, contact_id=10_000))


def test_the_command_line_prints_without_a_window(qapp, sample_file, tmp_path, capsys):
    database = str(sample_file)
    target = tmp_path / "program.pdf"
    status = main(["--database", database, "programme", DAYS, "--pdf", str(target),
                   "--language", "sv", "--paper", "A3"])  # fmt: skip
    assert status == 0, capsys.readouterr().err
    assert "3 pages" in capsys.readouterr().out
    assert "Program · onsdag 27 januari 2027" in pages_of(target)[1]
    status = main(["--database", database, "programme", DAYS, "--pdf", str(target),
                   "--door-sheet", "Digital scen"])  # fmt: skip
    assert status == 0 and "Door sheet: Digital scen" in pages_of(target)[0]
    status = main(["--database", database, "programme", DAYS, "--pdf", str(target),
                   "--person", "Annika Söderberg"])  # fmt: skip
    assert status == 0 and "Run sheet for Annika Söderberg" in pages_of(target)[0]
    status = main(["--database", database, "programme", DAYS, "--pdf", str(target),
                   "--run-sheet"])  # fmt: skip
    assert status == 0 and "Run sheet" in pages_of(target)[0]
    capsys.readouterr()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--door-sheet", "Scen 9"], "has no stage 'Scen 9' (its stages: 'Scen 1, studion'"),
        (["--person", "Ingen Alls"], "Ingen Alls"),
        (["--paper", "A5"], "invalid choice"),
        (["--pdf", "/no/such/folder/program.pdf"], "pdf: cannot write /no/such/folder/program.pdf"),
    ],
)
def test_the_command_line_refuses_what_is_not_there(qapp, sample_file, tmp_path, capsys,
                                                    args, message):  # fmt: skip
    target = tmp_path / "program.pdf"
    try:
        status = main(["--database", str(sample_file), "programme", DAYS, "--pdf", str(target),
                       *args])  # fmt: skip
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    assert status != 0
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_a_programme_without_sessions_prints_a_page_saying_so(qapp, tmp_path):
    empty = big_printable(0)
    for kind in (DocumentKind.PROGRAMME, DocumentKind.RUN_SHEET):
        pages = write(qapp, empty, tmp_path, kind=kind, language="sv")
        assert len(pages) == 1 and "Inga programpunkter ännu." in pages[0]
    stage = empty.programme.stages[0]
    pages = write(qapp, empty, tmp_path, kind=DocumentKind.DOOR_SHEET, stage_id=stage.id)
    assert len(pages) == 1 and "No sessions yet." in pages[0]


def test_the_crews_own_run_sheet_names_their_role_on_the_whole_event(qapp, printable, tmp_path):
    programme = printable.programme
    (crew,) = [p for p in programme.people_on(Target.EVENT, programme.event.id)
               if p.role.value == "stream_operator"]  # fmt: skip
    pages = write(qapp, printable, tmp_path, kind=DocumentKind.PERSON,
                  contact_id=crew.contact_id, language="sv")  # fmt: skip
    assert len(pages) == 1
    assert "Roll (hela evenemanget): sändningstekniker" in pages[0]


def test_a_page_drawn_into_an_image_for_a_screenshot(qapp, printable):
    document = documents.document(printable, Choice())
    image = page_image(document, 2, dpi=72)
    assert (image.width(), image.height()) == (595, 842)  # A4 portrait in points
    colours = {image.pixel(x, y) for x in range(0, 595, 7) for y in range(0, 842, 7)}
    assert len(colours) > 2  # text, rules and shading on white


def test_the_draft_says_so_on_each_page(qapp, sample_file, tmp_path, capsys):
    database = str(sample_file)
    target = tmp_path / "utkast.pdf"
    status = main(["--database", database, "programme", DAYS, "--pdf", str(target),
                   "--draft", "--language", "sv"])  # fmt: skip
    assert status == 0, capsys.readouterr().err
    pages = pages_of(target)
    assert len(pages) > 1 and all("Utkast · Sida" in page for page in pages)
    status = main(["--database", database, "programme", DAYS, "--pdf", str(target)])
    assert status == 0 and not any("Draft" in page for page in pages_of(target))
    capsys.readouterr()


def test_a_programme_never_released_prints_only_as_its_draft(qapp, workspace, tmp_path):
    event = workspace.events.create(
        EventDraft("Seminarium", TimedSpan(datetime(2027, 2, 1, 13, tzinfo=UTC),
                                           datetime(2027, 2, 1, 16, tzinfo=UTC)))
    ).event  # fmt: skip
    workspace.programme.add_session(
        Session(None, event.id, "Inledning", datetime(2027, 2, 1, 13, tzinfo=UTC),
                datetime(2027, 2, 1, 13, 30, tzinfo=UTC))
    )  # fmt: skip
    with pytest.raises(NotReleasedError, match="'Seminarium' has not been released yet"):
        documents.load(workspace, event.id)
    draft = documents.load(workspace, event.id, draft=True)
    pages = write(qapp, draft, tmp_path)
    assert "Inledning" in pages[0] and "Draft · Page 1 of 1" in pages[0]
    assert "Programme · DRAFT" in pages[0]
    workspace.releases.release(event.id, "Final")
    released = write(qapp, documents.load(workspace, event.id), tmp_path)
    assert "Inledning" in released[0] and "Draft" not in released[0]

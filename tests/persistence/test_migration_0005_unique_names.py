"""Revision 0005 merges tags and venues that differ only in case or spaces, and keeps them unique.

A 0003 database holding the tags "Robotics", "robotics " and "ROBOTICS" and two venues whose
names differ in case is upgraded: one tag and one venue are left, and every event keeps its
tags and venue (now the merged ones).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import EventDraft, Tag, Venue
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.database import create_database_engine
from eventplanner.services.workspace import Workspace


def _draft(title: str, day: int, venue_id: int | None = None) -> EventDraft:
    start = datetime(2027, 3, day, 9, 0, tzinfo=UTC)
    return EventDraft(
        title=title,
        timing=TimedSpan(start, start + timedelta(hours=2)),
        venue_id=venue_id,
        tags=("Robotics", "Mässa"),
    )


def _make_0003_database_with_duplicates(url: URL) -> dict[str, int]:
    """Three events at 0003; then duplicates only an older Eventplanner could make."""
    workspace = Workspace.open(url)
    try:
        hall = workspace.venues.create(Venue(None, "Kongresshallen"))
        ids = {
            title: workspace.events.create(_draft(title, day, hall.id)).event.id or 0
            for title, day in (("Robotdagen", 15), ("Robotkursen", 16), ("Robotmässan", 17))
        }
        migrations.downgrade(workspace.database.engine, "0003")
    finally:
        workspace.close()
    engine = create_database_engine(url)
    try:
        with engine.begin() as connection:
            run = connection.execute
            for name in ("robotics ", "ROBOTICS"):
                run(text("INSERT INTO tags (name, version) VALUES (:n, 1)"), {"n": name})
            run(
                text(
                    "INSERT INTO venues (name, address, city, country, time_zone, notes, version) "
                    "VALUES ('KONGRESSHALLEN ', '', 'Västerås', '', 'Europe/Stockholm', '', 1)"
                )
            )
            tag = {n: i for i, n in run(text("SELECT id, name FROM tags"))}
            other_hall = run(text("SELECT max(id) FROM venues")).scalar_one()
            # Robotkursen: tagged "robotics " instead of "Robotics", at the other hall.
            run(
                text("UPDATE event_tags SET tag_id = :new WHERE event_id = :e AND tag_id = :old"),
                {"new": tag["robotics "], "e": ids["Robotkursen"], "old": tag["Robotics"]},
            )
            run(
                text("UPDATE events SET venue_id = :v, tag_names = :names WHERE id = :e"),
                {"v": other_hall, "names": "Mässa\nrobotics ", "e": ids["Robotkursen"]},
            )
            # A feed at 0003 (tags by name) choosing "ROBOTICS" and the other hall: 0004 keeps
            # the tag by one of the duplicates' ids, which 0005 must turn into the kept one's.
            run(
                text(
                    "INSERT INTO feeds (name, calendar_name, description, filter_json, "
                    "include_cancelled, cancelled_prefix, include_notes, folder, token, "
                    "created_at, modified_at, version) VALUES ('Robotar', 'Robotar', '', "
                    ":filter, false, '', false, '', 'tok', :now, :now, 1)"
                ),
                {
                    "filter": f'{{"tags": ["ROBOTICS"], "venue_ids": [{other_hall}]}}',
                    "now": datetime(2026, 12, 1),
                },
            )
            # Robotmässan: both "Robotics" and "ROBOTICS".
            run(
                text("INSERT INTO event_tags (event_id, tag_id) VALUES (:e, :t)"),
                {"e": ids["Robotmässan"], "t": tag["ROBOTICS"]},
            )
        assert migrations.state(engine).current == "0003"
        assert "name_key" not in {c["name"] for c in inspect(engine).get_columns("tags")}
    finally:
        engine.dispose()
    return ids


def test_a_0003_database_with_duplicates_is_merged_and_events_keep_tags_and_venue(
    empty_database_url: URL,
) -> None:
    ids = _make_0003_database_with_duplicates(empty_database_url)
    workspace = Workspace.open(empty_database_url)
    try:
        assert migrations.state(workspace.database.engine).current == migrations.head()
        assert sorted(t.name for t in workspace.tags.list()) == ["Mässa", "Robotics"]
        venues = workspace.venues.list()
        assert [v.name for v in venues] == ["Kongresshallen"]
        for title, ident in ids.items():
            event = workspace.events.get(ident)
            assert event.tags == ("Mässa", "Robotics"), title
            assert event.venue_id == venues[0].id, title
            # The events' stored copy of their tag names follows the merge too.
            [found] = workspace.queries.search(title)
            assert found.tags == ("Mässa", "Robotics"), title
        [feed] = workspace.feeds.list()
        [robotics] = [t for t in workspace.tags.list() if t.name == "Robotics"]
        assert feed.where.tag_ids == frozenset({robotics.id})
        assert feed.where.venue_ids == frozenset({venues[0].id})
        published = workspace.feeds.render(feed.id).body.decode()
        assert all(f"SUMMARY:{title}" in published for title in ids)
        with pytest.raises(ValidationError, match="already a tag"):
            workspace.tags.create(Tag(None, " robotics"))
        with pytest.raises(ValidationError, match="already a venue"):
            workspace.venues.create(Venue(None, "kongresshallen"))
    finally:
        workspace.close()


def test_an_upgraded_database_refuses_a_case_variant_written_below_the_services(
    empty_database_url: URL,
) -> None:
    _make_0003_database_with_duplicates(empty_database_url)
    workspace = Workspace.open(empty_database_url)
    workspace.close()
    engine = create_database_engine(empty_database_url)
    try:
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(
                text("INSERT INTO tags (name, name_key, version) VALUES ('X', 'robotics', 1)")
            )
    finally:
        engine.dispose()

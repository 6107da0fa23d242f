"""Tags and venues unique whatever their case: duplicates merged, a unique name_key column

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Two people adding "Robotics" and "robotics " at the same moment (or an import beside an
edit) could make two tags, or two venues, that a person reads as one. Each table gets
``name_key``, the name stripped and case-folded, unique; rows with the same key are merged
first into the oldest (lowest id): events keep their tags and venue, now the merged one's,
and feeds that chose a merged-away tag or venue (by id since 0004) choose the kept one.
"""

from __future__ import annotations

import json
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from eventplanner.domain.text import swedish_sort_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    # A frozen copy of domain.text.name_key as of this revision.
    return name.strip().casefold()


def _duplicates(connection: sa.Connection, table: str) -> dict[int, list[int]]:
    """Keeper id -> the ids merged into it; and every row's key written."""
    groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for ident, name in connection.execute(sa.text(f"SELECT id, name FROM {table} ORDER BY id")):
        groups[_key(str(name))].append((int(ident), str(name)))
    merged: dict[int, list[int]] = {}
    for key, rows in groups.items():
        keeper, keeper_name = rows[0]
        connection.execute(
            sa.text(f"UPDATE {table} SET name_key = :key, name = :name WHERE id = :id"),
            {"key": key, "name": keeper_name.strip(), "id": keeper},
        )
        if len(rows) > 1:
            merged[keeper] = [ident for ident, _ in rows[1:]]
    return merged


def _kept(merged: dict[int, list[int]]) -> dict[int, int]:
    """Each merged-away id -> the id it was merged into."""
    return {other: keeper for keeper, others in merged.items() for other in others}


def _rechoose_in_feeds(connection: sa.Connection, key: str, kept: dict[int, int]) -> None:
    """Feeds' stored filters (JSON) choose the kept row where they chose a merged-away one."""
    if not kept:
        return
    rows = connection.execute(sa.text("SELECT id, filter_json FROM feeds")).all()
    for ident, text in rows:
        try:
            value = json.loads(text or "{}")
        except json.JSONDecodeError:
            continue  # the app reports a damaged filter; nothing to merge in it
        chosen = value.get(key) if isinstance(value, dict) else None
        if not isinstance(chosen, list) or not any(i in kept for i in chosen):
            continue
        value[key] = sorted({kept.get(i, i) for i in chosen})
        connection.execute(
            sa.text("UPDATE feeds SET filter_json = :text WHERE id = :id"),
            {"text": json.dumps(value, ensure_ascii=False, sort_keys=True), "id": ident},
        )


def _merge_tags(connection: sa.Connection) -> None:
    merged = _duplicates(connection, "tags")
    _rechoose_in_feeds(connection, "tag_ids", _kept(merged))
    touched: set[int] = set()
    for keeper, others in merged.items():
        for other in others:
            events = connection.execute(
                sa.text("SELECT event_id FROM event_tags WHERE tag_id = :other"), {"other": other}
            ).scalars()
            for event_id in list(events):
                touched.add(int(event_id))
                connection.execute(
                    sa.text(
                        "INSERT INTO event_tags (event_id, tag_id) SELECT :event, :keeper "
                        "WHERE NOT EXISTS (SELECT 1 FROM event_tags "
                        "WHERE event_id = :event AND tag_id = :keeper)"
                    ),
                    {"event": event_id, "keeper": keeper},
                )
            connection.execute(sa.text("DELETE FROM event_tags WHERE tag_id = :o"), {"o": other})
            connection.execute(sa.text("DELETE FROM tags WHERE id = :o"), {"o": other})
    # The events' copy of their tag names (one per line, in name order) follows the links.
    for event_id in sorted(touched):
        names = connection.execute(
            sa.text(
                "SELECT tags.name FROM tags JOIN event_tags ON event_tags.tag_id = tags.id "
                "WHERE event_tags.event_id = :event"
            ),
            {"event": event_id},
        ).scalars()
        text = "\n".join(sorted({str(n) for n in names}, key=swedish_sort_key))
        connection.execute(
            sa.text("UPDATE events SET tag_names = :names WHERE id = :event"),
            {"names": text, "event": event_id},
        )


def _merge_venues(connection: sa.Connection) -> None:
    merged = _duplicates(connection, "venues")
    _rechoose_in_feeds(connection, "venue_ids", _kept(merged))
    for keeper, others in merged.items():
        for other in others:
            connection.execute(
                sa.text("UPDATE events SET venue_id = :keeper WHERE venue_id = :other"),
                {"keeper": keeper, "other": other},
            )
            connection.execute(sa.text("DELETE FROM venues WHERE id = :o"), {"o": other})


def upgrade() -> None:
    # Columns added and indexes made in place, never by copying the table (SQLite's batch
    # mode): dropping the old tags table would cascade to event_tags, and the old venues
    # table is referenced by events.
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    for table in ("tags", "venues"):
        if sqlite:  # SQLite adds a NOT NULL column only with a default
            op.execute(f"ALTER TABLE {table} ADD COLUMN name_key VARCHAR(200) NOT NULL DEFAULT ''")
        else:
            op.add_column(table, sa.Column("name_key", sa.String(length=200), nullable=True))
    _merge_tags(connection)
    _merge_venues(connection)
    for table in ("tags", "venues"):
        if not sqlite:
            op.alter_column(table, "name_key", existing_type=sa.String(200), nullable=False)
        op.create_index(op.f(f"ix_{table}_name_key"), table, ["name_key"], unique=True)


def downgrade() -> None:
    for table in ("tags", "venues"):
        op.drop_index(op.f(f"ix_{table}_name_key"), table_name=table)
        op.drop_column(table, "name_key")

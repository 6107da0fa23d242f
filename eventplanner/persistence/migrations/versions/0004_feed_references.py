"""Feeds keep the tags they choose by id, not by name

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

A feed filtered on a tag kept the tag's name, so renaming the tag emptied the feed without
a word. Each feed's stored filter (JSON in ``feeds.filter_json``) gets its tag names turned
into the tags' ids ("tag_ids"); venues, projects and organisers were kept by id already. A
name that matches no tag (one renamed before this upgrade) is left as a name: the feed
shows what it showed before, and the feeds window asks for a tag that exists when saved.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen copies of the tables as of this revision: the models may change later.
_feeds = sa.table("feeds", sa.column("id", sa.Integer), sa.column("filter_json", sa.Text))
_tags = sa.table("tags", sa.column("id", sa.Integer), sa.column("name", sa.String))


def _filters(connection: sa.Connection) -> list[tuple[int, dict[str, Any]]]:
    """Each feed's filter; one that is not a JSON object is left alone (the app reports it)."""
    found = []
    for ident, text in connection.execute(sa.select(_feeds.c.id, _feeds.c.filter_json)):
        try:
            value = json.loads(text or "{}")
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            found.append((int(ident), value))
    return found


def _store(connection: sa.Connection, ident: int, value: dict[str, Any]) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    connection.execute(sa.update(_feeds).where(_feeds.c.id == ident).values(filter_json=text))


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def upgrade() -> None:
    connection = op.get_bind()
    ids = {
        str(name).casefold(): int(ident)
        for ident, name in connection.execute(sa.select(_tags.c.id, _tags.c.name))
    }
    for ident, value in _filters(connection):
        names = _strings(value.get("tags"))
        known = {n for n in names if n.strip().casefold() in ids}
        tag_ids = {ids[n.strip().casefold()] for n in known}
        value["tags"] = sorted(set(names) - known)
        value["tag_ids"] = sorted(tag_ids)
        _store(connection, ident, value)


def downgrade() -> None:
    connection = op.get_bind()
    names = {
        int(ident): str(name)
        for ident, name in connection.execute(sa.select(_tags.c.id, _tags.c.name))
    }
    for ident, value in _filters(connection):
        found = value.pop("tag_ids", [])
        tag_ids = [i for i in found if isinstance(i, int)] if isinstance(found, list) else []
        kept = set(_strings(value.get("tags")))
        value["tags"] = sorted(kept | {names[i] for i in tag_ids if i in names})
        _store(connection, ident, value)

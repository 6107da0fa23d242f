"""Fixtures of the services' tests: a token store and a feed server on a free loopback port;
the feeds' world of venues, tags and events; a folder to publish in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventplanner.services.feeds.feed_server import FeedServer
from eventplanner.services.workspace import Workspace
from tests.feed_documents import FeedStore
from tests.services.feed_world import World, build_world


@pytest.fixture
def feed_store() -> FeedStore:
    return FeedStore()


@pytest.fixture
def feed_server(feed_store: FeedStore) -> Iterator[FeedServer]:
    with FeedServer(feed_store) as server:
        yield server


@pytest.fixture
def world(workspace: Workspace) -> World:
    return build_world(workspace)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder to publish in, such as a OneDrive folder (the database lives beside it)."""
    made = tmp_path / "OneDrive - Klustret"
    made.mkdir()
    return made

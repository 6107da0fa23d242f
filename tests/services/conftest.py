"""Fixtures of the feed server's tests: a token store and a server on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventplanner.services.feed_server import FeedServer
from tests.feed_documents import FeedStore


@pytest.fixture
def feed_store() -> FeedStore:
    return FeedStore()


@pytest.fixture
def feed_server(feed_store: FeedStore) -> Iterator[FeedServer]:
    with FeedServer(feed_store) as server:
        yield server

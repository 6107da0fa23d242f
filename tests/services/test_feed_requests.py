"""The feed server's request rules without a socket: paths, conditional headers, encodings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from eventplanner.services.feeds.feed_requests import (
    accepts_gzip,
    feed_token,
    http_date,
    is_entity_tag,
    is_token,
    none_match,
    not_modified_since,
    variant_tag,
)

TOKEN = "Abc-def_0123456789xyz"


@pytest.mark.parametrize(
    "target",
    [f"/feeds/{TOKEN}.ics", f"/feeds/{TOKEN}", f"/feeds/{TOKEN}.ics?nocache=17"],
)
def test_feed_paths_name_their_token(target: str) -> None:
    assert feed_token(target) == TOKEN


@pytest.mark.parametrize(
    "target",
    [
        "/",
        "/feeds/",
        "/feeds/.ics",
        f"/feeds/{TOKEN}.ICS",
        f"/feeds/{TOKEN}.ics/",
        f"/feeds/{TOKEN}.ics.ics",
        f"/FEEDS/{TOKEN}.ics",
        f"//feeds/{TOKEN}.ics",
        f"/feeds//{TOKEN}.ics",
        f"/feeds/../feeds/{TOKEN}.ics",
        f"/feeds/{TOKEN}/../{TOKEN}.ics",
        f"/feeds/%2e%2e/{TOKEN}.ics",
        f"/feeds/{TOKEN}%2eics",
        f"/feeds/%41{TOKEN}.ics",
        f"/feeds/{TOKEN}.ics%0d%0aSet-Cookie:%20a=b",
        f"/feeds/{TOKEN}.ics\r\nSet-Cookie: a=b",
        f"/feeds/{TOKEN}.ics#top",
        f"/feeds/{TOKEN}.ics?a=<script>",
        f"http://127.0.0.1/feeds/{TOKEN}.ics",
        f"/feeds/{TOKEN}\n.ics",
        "/feeds/short.ics",
        "/feeds/" + "a" * 129 + ".ics",
        "/feeds/" + "å" * 20 + ".ics",
        "/feeds/abc.def.ghi.jkl.mno.ics",
    ],
)
def test_anything_else_names_no_token(target: str) -> None:
    assert feed_token(target) is None


def test_tokens_are_url_safe_and_of_plausible_length() -> None:
    assert is_token("a" * 16) and is_token("Z" * 128) and is_token(TOKEN)
    assert not is_token("a" * 15)
    assert not is_token("a" * 129)
    assert not is_token("a" * 20 + "\n")
    assert not is_token("a" * 20 + "=")
    assert not is_token("")


def test_entity_tags_are_checked_before_they_are_sent() -> None:
    assert is_entity_tag('"abc"') and is_entity_tag('W/"abc"') and is_entity_tag('""')
    assert not is_entity_tag("abc")
    assert not is_entity_tag('"a\r\nSet-Cookie: x"')
    assert not is_entity_tag('"a b"')
    assert not is_entity_tag('"a"b"')


@pytest.mark.parametrize(
    "fields",
    [
        ['"v1"'],
        ['W/"v1"'],
        ['"other", "v1"'],
        ['"other",W/"v1" , "more"'],
        ["*"],
        ['"other"', '"v1"'],  # two fields: both count
        ['"v1-gzip"'],  # the compressed variant's tag stands for the same content
    ],
)
def test_if_none_match_matches_lists_weak_tags_and_star(fields: list[str]) -> None:
    assert none_match(fields, ['"v1"', '"v1-gzip"'])


@pytest.mark.parametrize(
    "fields",
    [[], ['"v2"'], ['"v"'], ['"v1'], ["v1"], ['"v1" garbage'], ['W/ "v1"'], ["", " "]],
)
def test_if_none_match_without_a_match(fields: list[str]) -> None:
    assert not none_match(fields, ['"v1"'])


def test_if_modified_since() -> None:
    changed = datetime(2027, 3, 1, 9, 0, 0, 700000, tzinfo=UTC)
    assert not_modified_since(["Mon, 01 Mar 2027 09:00:00 GMT"], changed)  # same second
    assert not_modified_since(["Mon, 01 Mar 2027 10:00:00 GMT"], changed)
    assert not not_modified_since(["Mon, 01 Mar 2027 08:59:59 GMT"], changed)
    # The other two date forms HTTP recipients must accept (RFC 9110 5.6.7).
    assert not_modified_since(["Monday, 01-Mar-27 09:00:00 GMT"], changed)
    assert not_modified_since(["Mon Mar  1 09:00:00 2027"], changed)
    assert not not_modified_since(["yesterday"], changed)
    assert not not_modified_since([""], changed)
    assert not not_modified_since([], changed)
    two = ["Mon, 01 Mar 2027 10:00:00 GMT", "Mon, 01 Mar 2027 10:00:00 GMT"]
    assert not not_modified_since(two, changed)


def test_if_modified_since_compares_instants_across_zones() -> None:
    stockholm = timezone(timedelta(hours=1))
    changed = datetime(2027, 3, 1, 10, 0, tzinfo=stockholm)  # 09:00 UTC
    assert not_modified_since(["Mon, 01 Mar 2027 09:00:00 GMT"], changed)
    assert not not_modified_since(["Mon, 01 Mar 2027 08:30:00 GMT"], changed)


@pytest.mark.parametrize(
    ("fields", "gzip"),
    [
        (["gzip, deflate, br"], True),
        (["deflate", "GZip;q=0.5"], True),
        (["x-gzip"], True),
        (["gzip;q=0"], False),
        (["gzip; q=0.0"], False),
        (["br, deflate"], False),
        (["identity"], False),
        ([], False),
        (["gzip;q=nonsense"], False),
    ],
)
def test_accept_encoding(fields: list[str], gzip: bool) -> None:
    assert accepts_gzip(fields) is gzip


def test_http_dates_are_imf_fixdates_in_gmt() -> None:
    moment = datetime(2027, 3, 1, 10, 0, 30, 999, tzinfo=timezone(timedelta(hours=1)))
    assert http_date(moment) == "Mon, 01 Mar 2027 09:00:30 GMT"


def test_variant_tags() -> None:
    assert variant_tag('"abc"', "gzip") == '"abc-gzip"'
    assert variant_tag('W/"abc"', "gzip") == 'W/"abc-gzip"'
    with pytest.raises(ValueError, match="entity tag"):
        variant_tag("abc", "gzip")

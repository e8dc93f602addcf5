"""The redis store's layout: one hash per table, prefixed keys, URLs without secrets."""

from __future__ import annotations

import json

import pytest
import redis

from shadow.store.redis import RedisStore, parse_redis_url
from tests.shadow.support import run


def test_a_tables_parked_values_are_one_hash_of_json_rows(
    local_redis: str, redis_prefix: str
) -> None:
    async def body() -> None:
        store = RedisStore(f"{local_redis}?prefix={redis_prefix}")
        await store.write_parked(park={("public", "users"): {"1": {"a": "x"}, "2": {"b": None}}})
        await store.close()

    run(body())
    client = redis.Redis.from_url(local_redis, decode_responses=True)
    key = redis_prefix + 'parked:["public", "users"]'
    assert client.type(key) == "hash"
    assert {k: json.loads(v) for k, v in client.hgetall(key).items()} == {
        "1": {"a": "x"},
        "2": {"b": None},
    }
    assert all(k.startswith(redis_prefix) for k in client.scan_iter(match=redis_prefix + "*"))
    client.close()


def test_stores_with_different_prefixes_do_not_see_each_other(
    local_redis: str, redis_prefix: str
) -> None:
    async def body() -> None:
        first = RedisStore(f"{local_redis}?prefix={redis_prefix}a:")
        second = RedisStore(f"{local_redis}?prefix={redis_prefix}b:")
        await first.park("public", "users", "1", {"a": "x"})
        assert await second.parked_tables() == []
        assert await first.parked_tables() == [("public", "users")]
        await first.close()
        await second.close()

    run(body())


def test_the_url_loses_its_prefix_and_its_name_loses_the_password() -> None:
    url, prefix, name = parse_redis_url("redis://user:s3cret@cache.local:6380/2?prefix=stg:&x=1")
    assert url == "redis://user:s3cret@cache.local:6380/2?x=1"
    assert prefix == "stg:"
    assert name == "redis store (redis://cache.local:6380/2)"
    assert parse_redis_url("redis://localhost")[1] == "pgstitch:"


def test_a_url_that_is_not_redis_is_refused_without_repeating_its_password() -> None:
    with pytest.raises(ValueError, match="not a redis URL") as raised:
        parse_redis_url("http://user:s3cret@localhost:6379")
    assert "s3cret" not in str(raised.value)

"""Concurrent HTTP clients for the feed server benchmark, run as a process of their own.

    python http_load.py '{"port": 8080, "path": "/feeds/x.ics", "clients": 50, ...}'

Each round starts ``clients`` threads together (a barrier); each makes ``requests`` GETs,
on one keep-alive connection or a new connection per request. Prints one JSON object: each
round's wall-clock milliseconds, every request's latency, the bytes received and the answers
that were not as expected. The clients live apart from the server so that their Python work
does not share the server's interpreter lock, as a real calendar client's would not.
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time
from typing import Any


def _client(
    settings: dict[str, Any], start: threading.Barrier, out: dict[str, Any], lock: threading.Lock
) -> None:
    host, port, path = settings["host"], settings["port"], settings["path"]
    headers = settings.get("headers", {})
    latencies: list[float] = []
    received = 0
    wrong: list[str] = []
    connection: http.client.HTTPConnection | None = None
    start.wait()
    for _ in range(settings["requests"]):
        began = time.perf_counter()
        if connection is None:
            connection = http.client.HTTPConnection(host, port, timeout=60)
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        latencies.append((time.perf_counter() - began) * 1000)
        received += len(body)
        if response.status != settings["status"] or len(body) != settings["length"]:
            wrong.append(f"{response.status} with {len(body)} bytes")
        if settings["new_connection"] or response.will_close:
            connection.close()
            connection = None
    if connection is not None:
        connection.close()
    with lock:
        out["latencies_ms"].extend(latencies)
        out["bytes"] += received
        out["wrong"].extend(wrong)


def run(settings: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"rounds_ms": [], "latencies_ms": [], "bytes": 0, "wrong": []}
    lock = threading.Lock()
    for _ in range(settings["rounds"]):
        start = threading.Barrier(settings["clients"] + 1)
        threads = [
            threading.Thread(target=_client, args=(settings, start, out, lock))
            for _ in range(settings["clients"])
        ]
        for thread in threads:
            thread.start()
        start.wait()
        began = time.perf_counter()
        for thread in threads:
            thread.join()
        out["rounds_ms"].append((time.perf_counter() - began) * 1000)
    return out


if __name__ == "__main__":
    print(json.dumps(run(json.loads(sys.argv[1]))))

"""``eventplanner serve`` as a person runs it: a process on the sample year, its links
answered with the feeds' calendars, and Ctrl+C a clean stop."""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from eventplanner.services.sample import build_sample
from eventplanner.services.workspace import Workspace

# Ctrl+C to exit; generous, since a loaded CI machine starts and ends processes slowly.
_STOP_SECONDS = 60


def test_serve_answers_each_sample_feed_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    database = tmp_path / "sample.sqlite"
    workspace = Workspace.open(database)
    try:
        build_sample(workspace)
        feeds = {f.shown_name: f for f in workspace.feeds.list()}
    finally:
        workspace.close()
    assert feeds, "the sample year has feeds"
    # faulthandler: a server that does not stop is made to print where each thread is.
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONFAULTHANDLER": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "eventplanner", "--database", str(database),
         "serve", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        printed: list[str] = []
        for line in server.stdout:
            printed.append(line)
            if "Subscribe from web" in line:
                break
        text = "".join(printed)
        links = re.findall(r"http://127\.0\.0\.1:(\d+)(/feeds/[\w-]+\.ics)", text)
        assert len(links) == len(feeds), text
        assert all(f"webcal://127.0.0.1:{port}{path}" in text for port, path in links)
        for port, path in links:
            connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            connection.close()
            assert response.status == 200
            assert response.getheader("Content-Type") == "text/calendar; charset=utf-8"
            assert body.startswith(b"BEGIN:VCALENDAR\r\n")
            name = re.search(rb"X-WR-CALNAME:(.*)\r\n", body)
            assert name and name[1].decode() in feeds
        server.send_signal(signal.SIGINT)
        try:
            out, err = server.communicate(timeout=_STOP_SECONDS)
        except subprocess.TimeoutExpired:
            server.send_signal(signal.SIGABRT)  # faulthandler prints every thread's stack
            out, err = server.communicate(timeout=30)
            raise AssertionError(
                f"serve did not stop within {_STOP_SECONDS} s of Ctrl+C; where it was:\n{err}"
            ) from None
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    assert server.returncode == 0, err
    assert "Stopped" in out and "Traceback" not in err

"""Secrets and privacy: the API key never lands anywhere mockloop writes or prints, the data
directory is private, --offline never opens a socket, and --debug logs sizes, not words."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
from pathlib import Path

import pytest

from mockloop.store.db import DB_NAME, Store
from tests.support.loopback import LoopbackServer, Step, scripted_interviewer

from .conftest import SEED_NOTES
from .test_cli import ANSWERS, BIN, mockloop

pytestmark = pytest.mark.slow  # processes and real sockets: `pytest -m 'not slow'` skips them

KEY = "PLANTED-key-3c9f0e7d5b1a-Kp3vR8"  # not key-shaped: only scrubbing by value can catch it
TAIL = KEY[-6:]
ANSWER_MARK = "zebra-crossing-orchestration"  # a word of the candidate's that --debug must not log


def _squash(text: str) -> str:
    """Text with whitespace and table borders removed, so a key wrapped across cells still shows."""
    return re.sub(r"[\s│┃║|]", "", text)


def _assert_no_key(where: str, text: str) -> None:
    for needle in (KEY, TAIL):
        assert needle not in text and needle not in _squash(text), f"{needle!r} leaked in {where}"


def _every_file(root: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _config(tmp_path: Path, server: LoopbackServer) -> dict[str, str]:
    """The Fireworks preset pointed at the loopback: the key lives in FIREWORKS_API_KEY."""
    config = tmp_path / "config.toml"
    config.write_text(
        f'[providers.fireworks]\nbase_url = "{server.base_url}"\nmodel = "loopback-model"\n'
    )
    return {
        "MOCKLOOP_CONFIG": str(config),
        "FIREWORKS_API_KEY": KEY,
        "MOCKLOOP_RETRIES": "1",
        "COLUMNS": "200",
    }


def _echoing_key(body: dict) -> Step:
    """A server that puts the key in every error body, as some proxies do."""
    return Step(status=401, error=f"invalid api key {KEY} (Bearer {KEY})")


def test_the_key_never_appears_in_outputs_files_or_logs(tmp_path: Path, isolated_env: Path) -> None:
    outputs: dict[str, str] = {}

    def run(
        name: str, *args: str, stdin: str = "", env: dict[str, str]
    ) -> subprocess.CompletedProcess[str]:
        result = mockloop(*args, stdin=stdin, env=env)
        outputs[f"{name} stdout"], outputs[f"{name} stderr"] = result.stdout, result.stderr
        return result

    answers = [f"{ANSWERS[1]} {ANSWER_MARK}", ANSWERS[2], "/end"]
    with LoopbackServer() as server:
        env = _config(tmp_path, server)
        server.responder = _echoing_key  # the 401 path: the interview and doctor are refused
        refused = run("interview 401", "--debug", "interview", str(SEED_NOTES), "-r", "recruiter", "-n", "2",
                      stdin="\n".join(answers) + "\n", env=env)  # fmt: skip
        assert refused.returncode == 1 and "FIREWORKS_API_KEY" in refused.stderr, refused.stderr
        assert run("doctor 401", "--debug", "doctor", env=env).returncode == 1

        transient = iter([Step(status=429, error=f"slow down {KEY}", headers={"retry-after": "0"})])
        server.responder = lambda body: next(transient, None) or scripted_interviewer(body)
        ok = run("interview", "--debug", "interview", str(SEED_NOTES), "-r", "recruiter", "-n", "2",
                 stdin="\n".join(answers) + "\n", env=env)  # fmt: skip
        assert ok.returncode == 0, ok.stderr
        assert run("doctor", "--debug", "doctor", env=env).returncode == 0
        sid = Store().list_sessions()[0].id
        assert run("score", "score", sid, "--regrade", env=env).returncode == 0
    for args in (["config", "show"], ["config", "show", "--json"]):
        assert run(" ".join(args), *args, env=env).returncode == 0
    assert "value hidden" in outputs["config show stdout"]
    exported = tmp_path / "exports"
    exported.mkdir()
    assert run("export md", "export", sid, env=env).returncode == 0
    assert (
        run(
            "export json", "export", sid, "-f", "json", "-o", str(exported / "t.json"), env=env
        ).returncode
        == 0
    )
    assert run("report terminal", "report", sid, env=env).returncode == 0
    for fmt in ("md", "html", "json"):
        assert (
            run(
                f"report {fmt}", "report", sid, "-f", fmt, "-o", str(exported / f"r.{fmt}"), env=env
            ).returncode
            == 0
        )

    log = isolated_env / "mockloop.log"
    text = log.read_text()
    assert (
        "FIREWORKS_API_KEY=[redacted]" in text
        and "retry: attempt 1" in text
        and "response 401" in text
    )
    assert ANSWER_MARK not in text  # lengths only, without --debug-content
    assert re.search(r"\d+ messages · lengths system:\d+, user:\d+", text)
    for where, body in {**outputs, **{k: v.decode("utf-8", "replace") for k, v in _every_file(isolated_env).items()},
                        **{k: v.decode() for k, v in _every_file(exported).items()}}.items():  # fmt: skip
        _assert_no_key(where, body)
    for where, raw in _every_file(
        isolated_env
    ).items():  # the database as bytes too (UTF-16 would hide from .decode)
        assert KEY.encode() not in raw and KEY.encode("utf-16-le") not in raw, where


def test_debug_content_logs_the_words_and_still_not_the_key(
    tmp_path: Path, isolated_env: Path
) -> None:
    with LoopbackServer() as server:
        env = _config(tmp_path, server)
        run = mockloop("--debug-content", "interview", str(SEED_NOTES), "-r", "recruiter", "-n", "1",
                       stdin=f"{ANSWERS[1]} {ANSWER_MARK}\n/end\n", env=env)  # fmt: skip
    assert run.returncode == 0, run.stderr
    text = (isolated_env / "mockloop.log").read_text()
    assert ANSWER_MARK in text and "content [" in text
    _assert_no_key("debug-content log", text)


# ---------------------------------------------------------------- private files


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_directory_and_every_store_file_are_private_even_with_an_open_umask(
    isolated_env: Path,
) -> None:
    run = subprocess.run(
        [str(BIN), "--debug", "interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1"],
        input="/end\n", capture_output=True, text=True, timeout=60, preexec_fn=lambda: os.umask(0), check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert _mode(isolated_env) == 0o700
    files = [
        p for p in isolated_env.iterdir() if p.name.startswith(DB_NAME) or p.name == "mockloop.log"
    ]
    assert {p.name for p in files} >= {DB_NAME, "mockloop.log"}
    for path in (
        files
    ):  # mockloop.db, -wal and -shm (left by a process that exits without closing), the log
        assert _mode(path) == 0o600, path


def test_a_store_made_readable_by_others_is_made_private_again(isolated_env: Path) -> None:
    store = Store()
    store.close()
    os.chmod(store.path, 0o644)
    reopened = Store()
    for path in [store.path, *isolated_env.glob(f"{DB_NAME}-*")]:
        assert _mode(path) == 0o600, path
    reopened.close()


# ---------------------------------------------------------------- --offline opens no socket

NO_NETWORK = """
import os, socket

def _refuse(*args, **kwargs):
    with open(os.environ["NETWORK_ATTEMPTS"], "a") as fh:
        fh.write(repr(args[:2]) + "\\n")
    raise OSError("network disabled by the test")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def test_offline_makes_no_network_connection(tmp_path: Path, isolated_env: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_NETWORK)
    attempts = tmp_path / "attempts.txt"
    env = {"PYTHONPATH": str(site), "NETWORK_ATTEMPTS": str(attempts), "FIREWORKS_API_KEY": KEY}
    connect = "import socket; socket.create_connection(('127.0.0.1', 9))"
    probe = subprocess.run([str(BIN.with_name("python")), "-c", connect], capture_output=True, text=True,
                           env={**os.environ, **env}, check=False)  # fmt: skip
    assert probe.returncode != 0 and attempts.read_text()  # the hook is live
    attempts.unlink()

    interview = mockloop("interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "2",
                         stdin="\n".join(ANSWERS) + "\n", env=env)  # fmt: skip
    assert interview.returncode == 0, interview.stderr
    sid = json.loads(mockloop("sessions", "--json", env=env).stdout)[0]["id"]
    commands = [
        ["report", sid], ["report", sid, "-f", "html"], ["score", sid, "--regrade", "--offline"],
        ["feedback", "--offline", "-r", "technical", "-q", "What is prefix caching?", "-a", ANSWERS[1]],
    ]  # fmt: skip
    for command in commands:
        result = mockloop(*command, env=env)
        assert result.returncode == 0, (command, result.stderr)
    assert not attempts.exists(), attempts.read_text()


def test_a_server_that_is_down_is_reported_without_the_key(
    tmp_path: Path, isolated_env: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[providers.fireworks]\nbase_url = "http://127.0.0.1:9/v1"\nmodel = "m"\n')
    env = {"MOCKLOOP_CONFIG": str(config), "FIREWORKS_API_KEY": KEY, "MOCKLOOP_RETRIES": "1"}
    result = mockloop(
        "--debug",
        "interview",
        str(SEED_NOTES),
        "-r",
        "recruiter",
        "-n",
        "1",
        stdin="/end\n",
        env=env,
    )
    assert result.returncode == 1 and "could not connect" in result.stderr, result.stderr
    log = (isolated_env / "mockloop.log").read_text()
    assert "retry: attempt 1 failed (APIConnectionError" in log and "exit 1: " in log
    _assert_no_key("stderr", result.stdout + result.stderr + log)

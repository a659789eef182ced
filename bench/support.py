"""Shared machinery for the benchmarks: statistics, the loopback server with per-marker
timestamps, and a driver that runs the installed CLI with piped stdin and timestamps every
byte it writes to stdout."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(
    0, str(Path(__file__).resolve().parent.parent)
)  # the repository root: tests/support

from tests.support.loopback import LoopbackServer, Step, scripted_interviewer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_NOTES = FIXTURES / "notes" / "fireworks-fdpm.md"
BENCH_KEY_ENV = "MOCKLOOP_BENCH_KEY"
# variables that would point the CLI at a real provider or another config
_CLEARED = (
    "FIREWORKS_API_KEY", "OPENAI_API_KEY", "TOGETHER_API_KEY", "GROQ_API_KEY", "MOCKLOOP_PROVIDER",
    "MOCKLOOP_MODEL", "MOCKLOOP_BASE_URL", "MOCKLOOP_API_KEY_ENV", "MOCKLOOP_PROMPTS",
    "MOCKLOOP_JUDGE_MODEL", "MOCKLOOP_TEMPERATURE", "MOCKLOOP_TIMEOUT", "MOCKLOOP_RETRIES", "MOCKLOOP_DEBUG",
)  # fmt: skip

SHORT_ANSWER = (
    "I led the project and it went well."  # under 20 words: the scripted interviewer probes it
)
LONG_ANSWER = (
    "At my last job I led the migration of our inference fleet to FP8, which cut the cost per million "
    "tokens by 38 percent while eval quality stayed flat; I wrote the rollout plan, ran the weekly "
    "review with three customer teams, and owned the decision to pause when p99 latency regressed."
)


# ---------------------------------------------------------------- statistics


@dataclass
class Stat:
    """A figure: the median of its samples, with min and max."""

    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def lo(self) -> float:
        return min(self.samples)

    @property
    def hi(self) -> float:
        return max(self.samples)

    @property
    def n(self) -> int:
        return len(self.samples)


def ms(seconds: float) -> float:
    return seconds * 1000.0


# ---------------------------------------------------------------- processes


def cli_command() -> list[str]:
    """The installed console script next to this interpreter, as a user runs it."""
    script = Path(sys.executable).with_name("mockloop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mockloop"]


def cli_env(home: Path, server: LoopbackServer | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    env.update(
        {
            "MOCKLOOP_HOME": str(home),
            "MOCKLOOP_CONFIG": str(home / "no-config.toml"),
            "COLUMNS": "120",
        }
    )
    if server is not None:
        env.update({
            "MOCKLOOP_BASE_URL": server.base_url, "MOCKLOOP_MODEL": "loopback-model",
            "MOCKLOOP_API_KEY_ENV": BENCH_KEY_ENV, BENCH_KEY_ENV: "bench-not-a-secret", "MOCKLOOP_RETRIES": "2",
        })  # fmt: skip
    env.update(extra)
    return env


def temp_home(tag: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"mockloop-bench-{tag}-"))


def time_process(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    """Wall seconds of one whole process, output discarded; raises if it fails."""
    started = time.perf_counter()
    done = subprocess.run(
        cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.decode()[-500:]}"
        )
    return elapsed


class CliRun:
    """The CLI as a subprocess: stdin piped, stdout read unbuffered in a thread, every read
    stamped with time.perf_counter() (CLOCK_MONOTONIC, comparable with the server's stamps)."""

    def __init__(self, args: list[str], env: dict[str, str], *, stdout: int | None = None) -> None:
        self.chunks: list[tuple[float, int]] = []  # (time of the read, offset after it)
        self.out = bytearray()
        self.err = bytearray()
        self._cond = threading.Condition()
        self.proc = subprocess.Popen(
            [*cli_command(), *args], env=env, cwd=ROOT, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE if stdout is None else stdout, stderr=subprocess.PIPE, bufsize=0,
        )  # fmt: skip
        self.rusage: Any = None
        self.exit_time: float | None = None
        self._readers = [threading.Thread(target=self._read_err, daemon=True)]
        if self.proc.stdout is not None:
            self._readers.append(
                threading.Thread(
                    target=self._read_out, args=(self.proc.stdout.fileno(),), daemon=True
                )
            )
        for reader in self._readers:
            reader.start()

    def _read_out(self, fd: int) -> None:
        self.read_fd(fd)

    def read_fd(self, fd: int) -> None:
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError:  # a pty reports EIO once the child has gone
                data = b""
            stamp = time.perf_counter()
            with self._cond:
                if not data:
                    self.chunks.append((stamp, len(self.out)))
                    self._cond.notify_all()
                    return
                self.out.extend(data)
                self.chunks.append((stamp, len(self.out)))
                self._cond.notify_all()

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        for line in iter(self.proc.stderr.readline, b""):
            self.err.extend(line)

    def send(self, text: str) -> float:
        assert self.proc.stdin is not None
        stamp = time.perf_counter()
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()
        return stamp

    def close_stdin(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()

    def wait_for(self, needle: str, timeout: float = 60.0, start: int = 0) -> float:
        """Block until ``needle`` appears in stdout; the time of the read that completed it."""
        raw = needle.encode()
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                at = self.out.find(raw, start)
                if at != -1:
                    return self.time_at(at + len(raw) - 1)
                if (
                    self.proc.poll() is not None
                    and self.chunks
                    and self.chunks[-1][1] == len(self.out)
                ):
                    raise RuntimeError(
                        f"the CLI exited before printing {needle!r}: {self.err.decode()[-800:]}"
                    )
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"no {needle!r} in the CLI's output after {timeout}s: {self.err.decode()[-800:]}"
                    )
                self._cond.wait(min(left, 0.5))

    def time_at(self, offset: int) -> float:
        """When the byte at ``offset`` of stdout was read."""
        for stamp, end in self.chunks:
            if end > offset:
                return stamp
        raise ValueError(offset)

    def wait(self, timeout: float = 120.0) -> int:
        """Wait for exit; keeps the child's own rusage (peak RSS) from wait4."""
        deadline = time.monotonic() + timeout
        while True:
            pid, status, rusage = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                self.exit_time = time.perf_counter()
                self.rusage = rusage
                self.proc.returncode = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() > deadline:
                self.proc.kill()
                raise TimeoutError(
                    f"the CLI did not exit within {timeout}s: {self.err.decode()[-800:]}"
                )
            time.sleep(0.002)
        for reader in self._readers:
            reader.join(timeout=5)
        return self.proc.returncode

    def text(self) -> str:
        return self.out.decode("utf-8", "replace")


# ---------------------------------------------------------------- the server


class BenchServer(LoopbackServer):
    """The loopback server, also stamping the moment the first content chunk that starts with
    a marker word (``Mk0001``) was written, so each turn's first byte is matched exactly even
    while judge requests run concurrently."""

    MARKER = re.compile(r"(?:\[[^\]]*\])?(Mk\d{4}\b)")

    def __init__(self, **kwargs: Any) -> None:
        self.marker_times: dict[str, float] = {}
        super().__init__(**kwargs)

    def _handler(self) -> type:
        base = super()._handler()
        server = self

        class Handler(base):  # type: ignore[misc, valid-type]
            def _send(
                self, delta: dict[str, Any], body: dict[str, Any], *args: Any, **kwargs: Any
            ) -> None:
                found = server.MARKER.match(delta.get("content") or "")
                if found and found.group(1) not in server.marker_times:
                    # stamped just before the write: the overhead includes the server's own send
                    server.marker_times[found.group(1)] = time.perf_counter()
                super()._send(delta, body, *args, **kwargs)

        return Handler


def is_judge(body: dict[str, Any]) -> bool:
    return "interview assessor" in str((body.get("messages") or [{}])[0].get("content", ""))


def marked(
    responder: Callable[[dict[str, Any]], Step] = scripted_interviewer,
) -> Callable[[dict[str, Any]], Step]:
    """Every interviewer reply starts with a unique marker word, glued to its control tag so tag
    and marker arrive in the same first chunk: ``[NEXT]Mk0007 Thanks for that. …``."""
    counter = iter(range(1, 10_000))
    lock = threading.Lock()

    def respond(body: dict[str, Any]) -> Step:
        step = responder(body)
        if is_judge(body) or body.get("response_format"):
            return step
        with lock:
            marker = f"Mk{next(counter):04d}"
        found = re.match(r"\s*(\[[^\]]*\])\s*", step.text)
        tag, rest = (found.group(1), step.text[found.end() :]) if found else ("", step.text)
        step.text = f"{tag}{marker} {rest}"
        return step

    return respond


def slow_judge(
    seconds: float, responder: Callable[[dict[str, Any]], Step] = scripted_interviewer
) -> Callable[[dict[str, Any]], Step]:
    """Judge requests wait ``seconds`` before their first byte; interviewer requests do not."""

    def respond(body: dict[str, Any]) -> Step:
        step = responder(body)
        if is_judge(body):
            step.ttfb = seconds
        return step

    return respond


TAIL = ("Where is the team based?", "no, that's all")


def interview_answers(questions: int, short: int = 1, tail: Iterable[str] = TAIL) -> list[str]:
    """Per question ``short`` thin answers (the scripted interviewer probes each, up to the
    follow-up limit) then a full one; then the candidate's questions."""
    lines: list[str] = []
    for _ in range(questions):
        lines.extend([SHORT_ANSWER] * short)
        lines.append(LONG_ANSWER)
    return [*lines, *tail]


def serialised(messages: list[dict[str, Any]]) -> str:
    """A prompt as a provider sees it for caching: the messages in order, serialised."""
    return "".join(json.dumps(m, ensure_ascii=False) for m in messages)


def shared_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))

"""A small OpenAI-compatible server on 127.0.0.1 for tests, benchmarks and offline demos.

Standard library only. It streams SSE like the real providers (usage in a final chunk with
empty ``choices``), can be scripted turn by turn, and can misbehave on purpose: error
statuses with Retry-After, a connection dropped mid-stream, malformed SSE lines, a stream
without ``[DONE]``, a slow first byte, a fixed token rate.

    python -m mockloop.loopback --port 8089 --ttfb 0.2 --tps 60
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


@dataclass
class Step:
    """How the server answers one chat request."""

    text: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None  # error message for a non-200 status
    finish_reason: str = "stop"
    usage: str = "separate"  # "separate" (extra chunk, empty choices) | "last" | "none"
    drop_after: int | None = None  # close the socket after this many content chunks
    reset: bool = False  # with drop_after: abort with a TCP RST instead of a clean close
    stall_after: int | None = None  # go silent after this many content chunks ...
    stall: float = (
        0.0  # ... for this many seconds (longer than the client's timeout: a read timeout)
    )
    malformed: bool = False  # add SSE lines a parser must skip
    no_done: bool = False  # end the stream without "data: [DONE]"
    empty_choices: bool = False  # add a chunk with empty choices and no usage
    ttfb: float | None = None  # seconds before the first byte (overrides the server's)
    chunk_words: int = 1
    # streamed first as reasoning deltas (a reasoning model thinking), word by word
    reasoning: str = ""
    reasoning_field: str = "reasoning_content"  # vLLM/Ollama/OpenRouter say "reasoning"


Responder = Callable[[dict[str, Any]], Step]


def _director(body: dict[str, Any]) -> str:
    last = body.get("messages", [{}])[-1].get("content", "")
    found = re.search(r"<director>(.*?)</director>", last, re.DOTALL)
    return found.group(1) if found else last


def _last_answer(body: dict[str, Any]) -> str:
    last = body.get("messages", [{}])[-1].get("content", "")
    found = re.search(r"<answer>\s*(.*?)\s*</answer>", last, re.DOTALL)
    return found.group(1) if found else ""


def _is_judge(body: dict[str, Any]) -> bool:
    return "interview assessor" in str((body.get("messages") or [{}])[0].get("content", ""))


def schema_instance(schema: dict[str, Any]) -> Any:
    """The plainest value that validates against a flat JSON schema."""
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object":
        props = schema.get("properties", {})
        return {name: schema_instance(sub) for name, sub in props.items()}
    if kind == "array":
        return []
    return {"integer": 3, "number": 3.0, "boolean": False, "null": None}.get(str(kind), "ready")


def scripted_judge(body: dict[str, Any]) -> Step:
    """A judge reply that grades every criterion 3 and quotes the candidate's first sentence."""
    system = body["messages"][0]["content"]
    users = [str(m.get("content", "")) for m in body["messages"] if m.get("role") == "user"]
    # the answer is in the first user message; a re-ask appends more messages after it
    user = next((u for u in users if "<candidate>" in u), users[-1] if users else "")
    listed = re.search(r"for each of: ([^\n.]+)", system)
    ids = [i.strip() for i in listed.group(1).split(",")] if listed else []
    answer = re.search(r"<candidate>\s*(.*?)\s*</candidate>", user, re.DOTALL)
    quote = re.split(r"(?<=[.!?])\s", answer.group(1).strip())[0][:120] if answer else ""
    reply = {
        "criteria": [
            {
                "criterion_id": i,
                "evidence": [quote] if quote else [],
                "reasoning": "Matches level 3.",
                "score": 3,
            }
            for i in ids
        ],
        "key_points_covered": [],
        "key_points_missed": [],
        "errors": [],
        "strengths": ["Clear structure."],
        "improvements": ["Add a number.", "Name the trade-off."],
        "stronger_answer": "Lead with the result, then the trade-off.",
    }
    return Step(json.dumps(reply))


def _agenda_question(body: dict[str, Any], note: str) -> str:
    """The text of the agenda question the director note hands out ('ask Q3 [NEXT]: "…"')."""
    del body  # the question travels in the note, never in the system prompt
    asked = re.search(r'\bask Q\d+ \[NEXT\]: "(.+)"', note)
    return asked.group(1).strip() if asked else ""


def scripted_interviewer(body: dict[str, Any]) -> Step:
    """A deterministic stand-in for a model following mockloop's director notes (and, for
    requests from mockloop's judge, a valid judgment)."""
    if _is_judge(body):
        return scripted_judge(body)
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return Step(json.dumps(schema_instance(fmt["json_schema"]["schema"])))
    note = _director(body)
    asked = _agenda_question(body, note)
    if "[FOLLOW-UP]" in note and len(_last_answer(body).split()) < 20:
        # worded per question: the guards stop a turn that repeats an earlier sentence
        on = re.search(r"Follow up on Q(\d+)", note)
        where = f"Staying with question {on.group(1)}: can" if on else "Can"
        return Step(f"[FOLLOW-UP] {where} you give me one specific example, with the result?")
    if "[INVITE]" in note:
        return Step(
            "[INVITE] Thanks, that covers what I wanted to ask. What questions do you have for me?"
        )
    if asked:
        return Step(f"[NEXT] Thanks for that. {asked}")
    if "Close the interview" in note:
        return Step("Thank you for your time today, it was great to talk.")
    if "candidate's question" in note:
        asked = sum("<question>" in str(m.get("content", "")) for m in body.get("messages", []))
        return Step(
            "My notes don't cover that, so I'd rather not guess: the recruiter can tell you"
            + ("" if asked <= 1 else f" (question {asked})")
            + ". Anything else?"
        )
    return Step("Understood.")


class LoopbackServer:
    """Start with ``with LoopbackServer() as server:``; ``server.base_url`` ends in /v1."""

    def __init__(
        self,
        *,
        port: int = 0,
        responder: Responder = scripted_interviewer,
        ttfb: float = 0.0,
        tokens_per_second: float = 0.0,
        models: tuple[str, ...] = ("loopback-model",),
    ) -> None:
        self.responder = responder
        self.script: list[Step] = []
        self.ttfb = ttfb
        self.tokens_per_second = tokens_per_second
        self.models = models
        self.requests: list[dict[str, Any]] = []
        # POST /audio/transcriptions: each upload hears the next word list (timed by the WAV's
        # voiced stretches); a Step with a non-200 status is an error; word_timestamps=False
        # is a server that sends none
        self.speech: list[list[str] | Step] = []
        self.word_timestamps = True
        self.audio_requests: list[dict[str, Any]] = []
        self.first_byte_times: list[float] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._thread: threading.Thread | None = None
        self._fillers: list[socket.socket] = []

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        # a short poll interval: stop() waits for the serving loop to notice (0.5 s by default)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        for filler in self._fillers:
            filler.close()
        self._fillers.clear()

    def refuse(self) -> None:
        """Stop listening: every new connection is refused (a server that is down)."""
        self.stop()

    def blackhole(self) -> None:
        """Keep the port bound but never accept, with the accept queue full: a new connection
        hangs in SYN_SENT until the client's connect timeout (a server that is unreachable).
        Linux drops a SYN when the queue of a listen(0) socket is full."""
        import select

        self._httpd.shutdown()
        self._httpd.socket.listen(0)
        for number in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", self.port))
            if number == 0:  # it completes its handshake and fills the queue; the others hang
                select.select([], [filler], [], 1.0)
            self._fillers.append(filler)

    def next_step(self, body: dict[str, Any]) -> Step:
        with self._lock:
            self.requests.append(body)
            if self.script:
                return self.script.pop(0)
        return self.responder(body)

    def transcribe(self, body: bytes, headers: Any) -> tuple[int, dict[str, Any]]:
        """A verbose_json transcription of a multipart upload: the next scripted words, each
        timed by the next voiced stretch of the WAV (tests/support/speech.py)."""
        from .speech import voiced_segments

        fields, audio = _multipart(body, headers.get("content-type", ""))
        with self._lock:
            self.audio_requests.append(
                {
                    **fields,
                    "bytes": len(audio),
                    "_headers": {k.lower(): v for k, v in headers.items()},
                }
            )
            scripted = self.speech.pop(0) if self.speech else ["hello"]
        if isinstance(scripted, Step):
            return scripted.status, {"error": {"message": scripted.error or "loopback error"}}
        try:
            stretches, duration = voiced_segments(audio)
        except Exception:  # noqa: BLE001 - not a WAV: untimed words
            stretches, duration = [], 0.0
        words = [
            {"word": w, "start": a, "end": b}
            for w, (a, b) in zip(scripted, stretches, strict=False)
        ]
        payload: dict[str, Any] = {
            "task": "transcribe", "language": "english", "duration": duration,
            "text": " " + " ".join(scripted), "segments": [],
        }  # fmt: skip
        if self.word_timestamps and "word" in fields.get("timestamp_granularities[]", []):
            payload["words"] = words
        return 200, payload

    def chat_requests(self) -> list[dict[str, Any]]:
        """Interviewer requests only (judge requests are left out)."""
        return [r for r in self.requests if "messages" in r and not _is_judge(r)]

    def judge_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if "messages" in r and _is_judge(r)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    data = [
                        {"id": m, "object": "model", "owned_by": "loopback"} for m in server.models
                    ]
                    self._json(200, {"object": "list", "data": data})
                else:
                    self._json(404, {"error": {"message": f"no route {self.path}"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if self.path.rstrip("/").endswith("/audio/transcriptions"):
                    self._json(*server.transcribe(self.rfile.read(length), self.headers))
                    return
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except json.JSONDecodeError:
                    self._json(400, {"error": {"message": "invalid JSON body"}})
                    return
                body["_headers"] = {k.lower(): v for k, v in self.headers.items()}
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._json(404, {"error": {"message": f"no route {self.path}"}})
                    return
                step = server.next_step(body)
                delay = server.ttfb if step.ttfb is None else step.ttfb
                if delay:
                    time.sleep(delay)
                if step.status != 200:
                    message = step.error or f"loopback status {step.status}"
                    self._json(
                        step.status,
                        {"error": {"message": message, "type": "loopback"}},
                        step.headers,
                    )
                elif body.get("stream"):
                    self._stream(body, step)
                else:
                    self._json(200, _completion(body, step))

            def _json(
                self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
                server.first_byte_times.append(time.perf_counter())

            def _stream(self, body: dict[str, Any], step: Step) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("cache-control", "no-cache")
                self.send_header("connection", "close")
                self.end_headers()
                self.close_connection = True
                interval = 1.0 / server.tokens_per_second if server.tokens_per_second else 0.0
                pieces = _pieces(step.text, step.chunk_words)
                include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
                try:
                    self._send({"role": "assistant", "content": ""}, body)
                    if step.malformed:
                        self.wfile.write(
                            b": keep-alive comment\n\ndata: {not json\n\nevent: ping\n\n"
                        )
                    if step.empty_choices:
                        self._raw({"id": "x", "object": "chat.completion.chunk", "choices": []})
                    for thought in _pieces(step.reasoning, step.chunk_words):
                        self._send({step.reasoning_field: thought}, body)
                        if interval:
                            time.sleep(interval * max(1, step.chunk_words))
                    for number, piece in enumerate(pieces):
                        if step.drop_after is not None and number >= step.drop_after:
                            if (
                                step.reset
                            ):  # SO_LINGER 0: close() sends RST, the client reads ECONNRESET
                                self.connection.setsockopt(
                                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                                )
                                self.connection.close()
                            else:
                                self.connection.shutdown(socket.SHUT_RDWR)
                            return
                        if step.stall_after is not None and number == step.stall_after:
                            time.sleep(step.stall)
                        last = number == len(pieces) - 1
                        usage = (
                            _usage(body, step)
                            if last and include_usage and step.usage == "last"
                            else None
                        )
                        self._send(
                            {"content": piece}, body, step.finish_reason if last else None, usage
                        )
                        if number == 0:
                            server.first_byte_times.append(time.perf_counter())
                        if interval:
                            time.sleep(interval * max(1, step.chunk_words))
                    if not pieces:
                        self._send({}, body, step.finish_reason)
                    if include_usage and step.usage == "separate":
                        self._raw(
                            {
                                "id": "x",
                                "object": "chat.completion.chunk",
                                "choices": [],
                                "usage": _usage(body, step),
                            }
                        )
                    if not step.no_done:
                        self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    return

            def _send(
                self,
                delta: dict[str, Any],
                body: dict[str, Any],
                finish: str | None = None,
                usage: dict[str, Any] | None = None,
            ) -> None:
                chunk: dict[str, Any] = {
                    "id": "chatcmpl-loopback",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": body.get("model", "loopback-model"),
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
                if usage is not None:
                    chunk["usage"] = usage
                self._raw(chunk)

            def _raw(self, chunk: dict[str, Any]) -> None:
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                self.wfile.flush()

        return Handler


def _multipart(body: bytes, content_type: str) -> tuple[dict[str, list[str]], bytes]:
    """The text fields (each a list: a field may repeat) and the file of a multipart body."""
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, list[str]] = {}
    audio = b""
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if part.get_filename() is not None:
            audio = part.get_payload(decode=True) or b""
            fields["filename"] = [part.get_filename()]
        else:
            payload = part.get_payload(decode=True) or b""
            fields.setdefault(str(name), []).append(payload.decode())
    return fields, audio


def _pieces(text: str, words: int) -> list[str]:
    tokens = re.findall(r"\S+\s*|\s+", text)
    return ["".join(tokens[i : i + words]) for i in range(0, len(tokens), max(1, words))]


def prompt_tokens(body: dict[str, Any]) -> int:
    """A stable stand-in for a tokenizer: four characters a token."""
    return sum(len(str(m.get("content", ""))) for m in body.get("messages", [])) // 4


def _usage(body: dict[str, Any], step: Step) -> dict[str, Any]:
    reasoning = len(step.reasoning) // 4
    completion = max(1, len(step.text) // 4) + reasoning
    prompt = prompt_tokens(body)
    usage: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }
    if step.reasoning:
        usage["completion_tokens_details"] = {"reasoning_tokens": reasoning}
    return usage


def _completion(body: dict[str, Any], step: Step) -> dict[str, Any]:
    return {
        "id": "chatcmpl-loopback",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "loopback-model"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": step.text},
                "finish_reason": step.finish_reason,
            }
        ],
        "usage": _usage(body, step),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ttfb", type=float, default=0.0, help="seconds before the first byte")
    parser.add_argument(
        "--tps", type=float, default=0.0, help="tokens per second (0: as fast as possible)"
    )
    args = parser.parse_args()
    server = LoopbackServer(port=args.port, ttfb=args.ttfb, tokens_per_second=args.tps)
    print(f"serving {server.base_url}", flush=True)
    try:
        server._httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()


def assert_prefix_kept(earlier: list[dict[str, Any]], later: list[dict[str, Any]]) -> None:
    """A later request replays the earlier one as its prefix: every message byte for byte,
    except the earlier request's closing director note, which is sent once and then dropped
    (its user message keeps the candidate's words, so a prefix cache still reuses them)."""
    n = len(earlier)
    assert later[: n - 1] == earlier[: n - 1]
    assert later[n - 1]["role"] == earlier[n - 1]["role"] == "user"
    kept, sent = later[n - 1]["content"], earlier[n - 1]["content"]
    assert kept == sent or (kept and sent.startswith(kept + "\n\n<director>"))

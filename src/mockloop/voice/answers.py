"""Spoken answers in the interview loop: a console that reads answers from the microphone or
from recorded files, transcribes them, and stores how each one sounded beside its turn; and,
with --speak, says each interviewer turn aloud once it is complete, so the microphone never
records while the interviewer speaks.

It wraps the terminal console, so the turn loop knows nothing of audio: it reads text and
stores turns as always, and the delivery of a spoken answer is stored right after its turn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockloop.errors import MockloopError
from mockloop.text import printable

from . import audio
from .delivery import length_band, line, measure, observations

if TYPE_CHECKING:
    from mockloop.interview.session import Prepared
    from mockloop.interview.turns import Console, Reply, Sink
    from mockloop.store.db import Store

    from .speak import Speaker
    from .transcribe import Transcriber, Transcript

Prompt = Callable[[str], str]
RECORD_PROMPT = "Enter: record your answer · or type it, or a /command › "
REVIEW_PROMPT = "Enter sends · r records again · e edits › "


@dataclass
class VoiceSetup:
    """What the command line chose: where answers come from, who transcribes them, whether
    their audio is kept, and who speaks the interviewer's turns (None: nobody)."""

    transcriber: Transcriber
    files: list[Path] = field(default_factory=list)
    mic: bool = False
    keep_audio: bool = True
    speaker: Speaker | None = None
    prompt: Prompt = input  # the push-to-talk and review prompts (tests script them)
    edit: Callable[[str], str] | None = None  # edits a transcript; None: prompt-toolkit or input

    @property
    def listens(self) -> bool:
        return self.mic or bool(self.files)

    def console(
        self,
        inner: Console,
        store: Store,
        prepared: Prepared,
        *,
        coach: bool = False,
    ) -> VoiceConsole:
        return VoiceConsole(
            inner, self, store, prepared, coach=coach, prompt=self.prompt, edit=self.edit or _edit
        )


@dataclass
class _Heard:
    """A spoken answer on its way to the loop: what was heard, what is sent, where the audio is."""

    transcript: Transcript
    text: str
    audio: Path | None
    edited: bool = False
    recording_s: float | None = None


class VoiceConsole:
    """The terminal console with answers from audio and, optionally, a voice for the
    interviewer. Anything it does not define is the wrapped console's."""

    def __init__(
        self,
        inner: Console,
        setup: VoiceSetup,
        store: Store,
        prepared: Prepared,
        *,
        coach: bool = False,
        prompt: Prompt = input,
        edit: Callable[[str], str],
    ) -> None:
        self.inner = inner
        self.setup = setup
        self.store = store
        self.session_id = prepared.session_id
        self.ctx = prepared.ctx
        self.persona = prepared.persona.interviewer
        self.coach = coach
        self.prompt = prompt
        self.edit = edit
        self.files = list(setup.files)
        self._speaker = setup.speaker
        self._heard: _Heard | None = None
        planned = self.ctx.plan.round(self.ctx.round_id)
        self.kind = planned.kind_id if planned is not None else self.ctx.round_id
        self._dir: Path | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    # ------------------------------------------------------------ the interviewer's side

    def interviewer_sink(self) -> Sink:
        return self.inner.interviewer_sink()

    def finish_interviewer_turn(self, reply: Reply) -> None:
        self.inner.finish_interviewer_turn(reply)
        if self._speaker is None:
            return
        try:
            self._speaker.say(reply.text, self.persona)  # blocks: nothing records meanwhile
        except MockloopError as exc:
            self._speaker = None
            self.info(f"the interviewer cannot speak ({exc}); the interview goes on in text")

    def info(self, message: str) -> None:
        self.inner.info(message)

    # ------------------------------------------------------------ the candidate's side

    def read_command(self) -> str | None:
        """Coach feedback is shown and waits for /retry or /next: typed, never recorded, so a
        recorded answer is not spent on it."""
        self._heard = None
        return self.inner.read_answer()

    def read_answer(self) -> str | None:
        self._heard = None
        if self.files:
            return self._from_file(self.files.pop(0))
        if self.setup.mic:
            return self._from_mic()
        return self.inner.read_answer()

    def _audio_dir(self) -> Path:
        if self._dir is None:
            self._dir = audio.session_audio_dir(self.store.directory, self.session_id)
        return self._dir

    def _from_file(self, path: Path) -> str:
        """A recorded answer: transcribed, shown once stored, sent without asking."""
        kept = (
            audio.keep_copy(path, self._audio_dir(), len(self.ctx.turns))
            if (self.setup.keep_audio)
            else None
        )
        transcript = self.setup.transcriber.transcribe(kept or path)
        self.info(f"{path.name}: transcribed by {transcript.source or 'the local model'}")
        if not transcript.text.strip():
            self.info(f"nothing was heard in {path.name}: it is skipped")
            audio.discard(kept)
            return ""
        self._heard = _Heard(transcript, transcript.text, kept, recording_s=audio.wav_seconds(path))
        return transcript.text

    def _from_mic(self) -> str | None:
        """Push-to-talk: record, transcribe, show; Enter sends, r records again, e edits. A
        typed line at the first prompt is sent as typed (an answer or a /command)."""
        from .record import VoiceUnavailable, record_answer

        while True:
            try:
                typed = self.prompt(RECORD_PROMPT)
                if typed.strip():
                    return typed
                path = audio.answer_path(self._audio_dir(), len(self.ctx.turns))
                record_answer(path, prompt=_already_started(self.prompt))
            except (EOFError, KeyboardInterrupt):
                return None
            except VoiceUnavailable as exc:  # no sound in this take, the device busy: not the end
                self.info(f"{exc} · record again, or type your answer")
                continue
            audio.make_private(path)
            heard = self._transcribe(path)
            if heard is None:
                continue
            try:
                choice = self.prompt(REVIEW_PROMPT).strip().lower()
            except (EOFError, KeyboardInterrupt):
                audio.discard(path)
                return None
            if choice.startswith("r"):
                audio.discard(path)
                continue
            if choice.startswith("e"):
                heard.text, heard.edited = self.edit(heard.text), True
            if not self.setup.keep_audio:
                audio.discard(path)
                heard.audio = None
            self._heard = heard
            return heard.text

    def _transcribe(self, path: Path) -> _Heard | None:
        """Transcribe a fresh recording and show it; None (after saying why) to record again."""
        try:
            transcript = self.setup.transcriber.transcribe(path)
        except MockloopError as exc:
            audio.discard(path)
            self.info(f"transcription failed: {exc} · record again, or type your answer")
            return None
        if not transcript.text.strip():
            audio.discard(path)
            self.info("nothing was heard: check the microphone and record again, or type")
            return None
        self._show("Heard", transcript.text)
        return _Heard(transcript, transcript.text, path, recording_s=audio.wav_seconds(path))

    def show_answer(self, text: str) -> None:
        """The loop stored ``text``: a spoken answer gets its delivery stored beside its turn
        (and shown in coach mode); a typed one is echoed as the terminal console does."""
        heard, self._heard = self._heard, None
        last = self.ctx.turns[-1] if self.ctx.turns else None
        if heard is None or last is None or last.speaker != "candidate" or last.text != text:
            show = getattr(self.inner, "show_answer", None)
            if show is not None:
                show(text)
            return
        if not self.setup.mic:
            self._show("You (spoken)", text)
        if last.kind != "answer":
            return  # a question for the interviewer: spoken, but no answer to measure
        delivery = measure(
            heard.transcript,
            seq=last.seq,
            expected=length_band(self.kind, last.follow_up),
            question_index=last.question_index,
            attempt=last.attempt,
            follow_up=last.follow_up,
            recording_s=heard.recording_s,
            edited=heard.edited,
        )
        from mockloop.store.voice import save_delivery

        save_delivery(self.store, self.session_id, delivery, heard.transcript, heard.audio)
        if self.coach:
            head = f"Delivery · Q{(last.question_index or 0) + 1}" + (
                ", follow-up answer" if last.follow_up else ""
            )
            lines = [head, *(f"  {line(o)}" for o in observations(delivery))]
            lines.append("observations beside the usual ranges, not a verdict")
            feedback = getattr(self.inner, "feedback", None)
            if feedback is not None:
                feedback(lines)
            else:
                for one in lines:
                    self.info(one)

    def _show(self, label: str, text: str) -> None:
        out = getattr(self.inner, "out", None)
        if out is None:
            self.info(f"{label}: {text}")
            return
        from rich.markup import escape

        out.print(f"\n[bold green]{escape(label)}[/]")
        out.print(printable(text), markup=False)


def _already_started(prompt: Prompt) -> Prompt:
    """record_answer's prompts, less its first: the Enter that started it was already pressed."""
    calls = 0

    def ask(message: str) -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            return ""
        return prompt(message)

    return ask


def _edit(text: str) -> str:
    """The transcript in an editor line: prompt-toolkit on a terminal, else one typed line."""
    import sys

    if sys.stdin.isatty():
        from prompt_toolkit import prompt as pt_prompt

        return str(pt_prompt("edit › ", default=text, multiline=False))
    typed = input("edit (the new text) › ")
    return typed.strip() or text
